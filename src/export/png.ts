// PNG export: rasterise the glyph-path SVG with resvg. Text is already outlines, so no font is loaded at all —
// the PNG looks the same on every machine and resvg skips its slow system-font scan. A build renders the page
// in two horizontal bands at once (png-bands.ts) on the worker; both paths encode with png-encode.ts.
import { createRequire } from "node:module";
import * as zlib from "node:zlib";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { RenderError } from "../errors.js";
import { startWorker, workerCode, type WorkerSpec } from "./worker.js";
import { adler32, pngFromZlib, scanlines, zlibFromParts } from "./png-encode.js";
import type { PageGeometry } from "../model/positioned.js";

/** Pixel size of the page at `dpi`; the PNG and the layout report agree on it. */
export function pagePixels(page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi: number): { width: number; height: number } {
  return { width: Math.round((page.widthMm / 25.4) * dpi), height: Math.round((page.heightMm / 25.4) * dpi) };
}

/** What to rasterise: SVGs of horizontal bands, top to bottom, each `rows` pixels tall and `width` wide. */
export interface PngJob {
  width: number;
  height: number;
  bands: { svg: string; rows: number }[];
}

function options(width: number): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: width },
    // No background fill: every page starts with its opaque paper rectangle over the whole page (paper.ts),
    // so a white fill underneath was a pass over every pixel (~6 ms a 300-dpi page) that nothing showed.
    font: { loadSystemFonts: false },
  };
}

/** zlib's crc32 where this Node has it (20.15 and later). */
function nativeCrc32(): ((data: Uint8Array) => number) | undefined {
  return (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
}

function failed(err: unknown): RenderError {
  return new RenderError(`PNG rendering failed: ${err instanceof Error ? err.message : String(err)}`);
}

/** The whole SVG as one band: the page at `dpi` (A4 landscape at 300 dpi is 3508×2480). */
export function wholePage(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi: number): PngJob {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new RenderError(`cannot render a PNG at ${dpi} dpi`);
  const { width, height } = pagePixels(page, dpi);
  return { width, height, bands: [{ svg: exactRows(svg, width, height), rows: height }] };
}

/**
 * The page's SVG with its root as tall, in its own units, as `rows` pixels at `width`: resvg rounds a page that
 * comes out half a pixel tall its own way (16:9 at 45 dpi is 337.5 rows, and it made 337 where the report says
 * 338), so the root is given the height that makes exactly the rows promised, the drawing stretched under a pixel.
 */
function exactRows(svg: string, width: number, rows: number): string {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const box = root && /\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root);
  if (!root || !box) return svg;
  const w = Number(box[1]);
  const sized = root.replace(/\swidth="[^"]*"/, ` width="${w}"`).replace(/\sheight="[^"]*"/, ` height="${(rows * w) / width}"`);
  return sized.replace(/>$/, ' preserveAspectRatio="none">') + svg.slice(root.length);
}

/** Render a PNG job in this thread. */
export function renderPngJob(job: PngJob): Buffer {
  try {
    // Loaded here, not at the top: a build renders on the worker and the main thread never needs resvg.
    const { Resvg } = createRequire(import.meta.url)("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
    const raws = job.bands.map((band) => {
      const image = new Resvg(band.svg, options(job.width)).render();
      if (image.height !== band.rows) throw new Error(`a band came out ${image.height} rows tall instead of ${band.rows}`);
      return scanlines(image.pixels, job.width, band.rows);
    });
    if (raws.length === 1) return pngFromZlib(job.width, job.height, zlib.deflateSync(raws[0]!, { level: 1 }), nativeCrc32());
    const parts = raws.map((raw) => ({ data: zlib.deflateRawSync(raw, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }), adler: adler32(raw), length: raw.length }));
    return pngFromZlib(job.width, job.height, zlibFromParts(parts), nativeCrc32());
  } catch (err) {
    throw failed(err);
  }
}

/** Render an SVG page to PNG bytes at `dpi` (A4 landscape at 300 dpi is 3508×2480). */
export function renderPng(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Buffer {
  return renderPngJob(wholePage(svg, page, dpi));
}

/** A PNG render on a worker thread, started before its SVG exists. */
export interface PngWorker {
  render(job: PngJob): Promise<Buffer>;
  /** Stop the worker if it was never used (a failed build). */
  cancel(): void;
  /** Stop a long-lived worker. */
  close(): void;
}

// Runs on the worker: resvg loads at start-up, before the SVG arrives, so that cost overlaps the caller's work.
// The bands render, and their scanlines deflate, on libuv's thread pool, so two bands use both cores.
const SETUP = `function (data) {
  const { Resvg, renderAsync } = require(data.resvgPath);
  const zlib = require("node:zlib");
  const scanlines = ${scanlines.toString()};
  const zlibFromParts = ${zlibFromParts.toString()};
  const pngFromZlib = ${pngFromZlib.toString()};
  // zlib hands its output back 16 KB at a time by default: a 300-dpi page's ~1.3 MB was ~80 trips through
  // the thread pool and back to this thread. The bytes do not depend on it.
  const OUT_CHUNK = 1 << 18;
  // A band's scanlines, deflated as they are made: rows are copied (each after its filter byte) into a few
  // reused chunk buffers and written to zlib, which deflates one chunk on libuv's pool while the next is
  // copied, instead of first copying the band into a second 17 MB buffer of fresh pages. zlib's output does
  // not depend on how its input is split, so the bytes are those of one write. It hands out the adler32 of
  // a stream at its end: take the data up to a sync flush, the checksum after it.
  const deflateRows = (pixels, width, rows) => new Promise((resolve, reject) => {
    const stride = width * 4;
    const perChunk = Math.max(1, Math.floor((1 << 20) / (stride + 1)));
    const z = zlib.createDeflate({ level: 1, chunkSize: OUT_CHUNK });
    const chunks = [];
    let flushed = -1;
    let size = 0;
    z.on("data", (c) => { chunks.push(c); size += c.length; });
    z.on("error", reject);
    z.on("end", () => {
      const all = Buffer.concat(chunks);
      resolve({ data: all.subarray(2, flushed), adler: all.readUInt32BE(all.length - 4), length: (stride + 1) * rows });
    });
    // Three buffers: one being copied into, up to two with zlib. A buffer returns once zlib has consumed it.
    const spare = [0, 1, 2].map(() => Buffer.allocUnsafe((stride + 1) * Math.min(perChunk, rows)));
    let y = 0;
    const pump = () => {
      while (y < rows && spare.length > 0) {
        const buf = spare.pop();
        const n = Math.min(perChunk, rows - y);
        scanlines(pixels, width, n, y, buf);
        y += n;
        z.write(buf.subarray(0, (stride + 1) * n), () => { spare.push(buf); pump(); });
      }
      if (y === rows && flushed === -1) {
        flushed = -2;
        z.flush(zlib.constants.Z_SYNC_FLUSH, () => { flushed = size; z.end(); });
      }
    };
    pump();
  });
  // Warm up on a tiny image while the main thread is busy; the page itself then renders and encodes faster.
  // No system fonts: resvg would otherwise scan and parse every font installed on the machine.
  const warm = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><path d="M4 4 L60 40" stroke="#222"/></svg>', { font: { loadSystemFonts: false } }).render();
  deflateRows(warm.pixels, warm.width, warm.height).then((p) => pngFromZlib(warm.width, warm.height, zlibFromParts([p]), zlib.crc32));
  return async ({ job, options }) => {
    const pixels = async (band) => {
      const image = await renderAsync(band.svg, options);
      if (image.height !== band.rows) throw new Error("a band came out " + image.height + " rows tall instead of " + band.rows);
      return image.pixels;
    };
    // One band deflates in one go, as in renderPngJob; several are joined from parts.
    if (job.bands.length === 1) {
      const rows = scanlines(await pixels(job.bands[0]), job.width, job.bands[0].rows);
      const stream = await new Promise((resolve, reject) => zlib.deflate(rows, { level: 1, chunkSize: OUT_CHUNK }, (err, out) => (err ? reject(err) : resolve(out))));
      return pngFromZlib(job.width, job.height, stream, zlib.crc32);
    }
    const parts = await Promise.all(job.bands.map((band) => pixels(band).then((px) => deflateRows(px, job.width, band.rows))));
    return pngFromZlib(job.width, job.height, zlibFromParts(parts), zlib.crc32);
  };
}`;

/** The PNG worker's source and data (the launcher may start it early from dist/workers.json). */
export function pngWorkerSpec(): WorkerSpec {
  return { code: workerCode(SETUP), data: { resvgPath: createRequire(import.meta.url).resolve("@resvg/resvg-js") } };
}

/** `many`: the worker stays up for job after job (a series build) until `close()`. */
export function startPngWorker(many = false): PngWorker {
  // Jobs of a long-lived worker overlap: renders and deflates run on libuv's pool, not the worker's thread.
  const job = startWorker<{ job: PngJob; options: ResvgRenderOptions }, Uint8Array>(pngWorkerSpec(), (m) => failed(new Error(m)), many, many);
  return {
    async render(png) {
      const out = await job.run({ job: png, options: options(png.width) });
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    },
    cancel: () => job.cancel(),
    close: () => job.close(),
  };
}

/**
 * The same PNG, rendered (and PNG-encoded) on a worker thread, so the caller can build the PDF meanwhile:
 * at 300 dpi the raster is the slowest stage and the two together would otherwise run back to back.
 */
export function renderPngAsync(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Promise<Buffer> {
  return startPngWorker().render(wholePage(svg, page, dpi));
}
