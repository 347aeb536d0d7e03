// PNG export: rasterise the default (glyph-path) SVG with resvg. Text is already outlines, so no font is
// loaded at all — the PNG looks the same on every machine and resvg skips its slow system-font scan.
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { RenderError } from "../errors.js";
import { startWorker } from "./worker.js";
import type { PageGeometry } from "../model/positioned.js";

/** Pixel size of the page at `dpi`; the PNG and the layout report agree on it. */
export function pagePixels(page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi: number): { width: number; height: number } {
  return { width: Math.round((page.widthMm / 25.4) * dpi), height: Math.round((page.heightMm / 25.4) * dpi) };
}

function options(page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi: number): ResvgRenderOptions {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new RenderError(`cannot render a PNG at ${dpi} dpi`);
  return {
    fitTo: { mode: "width", value: pagePixels(page, dpi).width },
    // Paper colour comes from the SVG; white underneath keeps the PNG opaque if a viewer ignores alpha.
    background: "#ffffff",
    font: { loadSystemFonts: false },
  };
}

function failed(err: unknown): RenderError {
  return new RenderError(`PNG rendering failed: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * RGBA pixels → PNG bytes. resvg's own encoder spends ~180 ms on an A4 page at 300 dpi; zlib at level 1
 * with no row filters takes ~60 ms and, for a page of flat paper and pen strokes, makes a smaller file.
 * Self-contained, zlib passed in: it also runs on the worker thread from its source text.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number, deflate: (raw: Buffer, o: { level: number }) => Buffer): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    let c = -1;
    for (let i = 4; i < 8 + data.length; i++) c = table[(c ^ out[i]!) & 0xff]! ^ (c >>> 8);
    out.writeInt32BE(~c, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflate(raw, { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Render an SVG page to PNG bytes at `dpi` (A4 landscape at 300 dpi is 3508×2480). */
export function renderPng(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Buffer {
  const opts = options(page, dpi);
  try {
    // Loaded here, not at the top: a build renders on the worker and the main thread never needs resvg.
    const { Resvg } = createRequire(import.meta.url)("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
    const image = new Resvg(svg, opts).render();
    return encodePng(image.pixels, image.width, image.height, deflateSync);
  } catch (err) {
    throw failed(err);
  }
}

/** A PNG render on a worker thread, started before its SVG exists. */
export interface PngWorker {
  render(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi?: number): Promise<Buffer>;
  /** Stop the worker if it was never used (a failed build). */
  cancel(): void;
}

// Runs on the worker: resvg loads at start-up, before the SVG arrives, so that cost overlaps the caller's work.
const SETUP = `function (data) {
  const { Resvg } = require(data.resvgPath);
  const { deflateSync } = require("node:zlib");
  const encodePng = ${encodePng.toString()};
  // Warm the encoder up on a tiny image while the main thread is busy; the page itself then encodes faster.
  const warm = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><path d="M4 4 L60 40" stroke="#222"/></svg>').render();
  encodePng(warm.pixels, warm.width, warm.height, deflateSync);
  return ({ svg, options }) => {
    const image = new Resvg(svg, options).render();
    return encodePng(image.pixels, image.width, image.height, deflateSync);
  };
}`;

export function startPngWorker(): PngWorker {
  const resvgPath = createRequire(import.meta.url).resolve("@resvg/resvg-js");
  const job = startWorker<{ svg: string; options: ResvgRenderOptions }, Uint8Array>(SETUP, { resvgPath }, (m) => failed(new Error(m)));
  return {
    async render(svg, page, dpi = 300) {
      const png = await job.run({ svg, options: options(page, dpi) });
      return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    },
    cancel: () => job.cancel(),
  };
}

/**
 * The same PNG, rendered (and PNG-encoded) on a worker thread, so the caller can build the PDF meanwhile:
 * at 300 dpi the raster is the slowest stage and the two together would otherwise run back to back.
 */
export function renderPngAsync(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Promise<Buffer> {
  return startPngWorker().render(svg, page, dpi);
}
