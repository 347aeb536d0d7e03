// PNG export: rasterise the default (glyph-path) SVG with resvg. Text is already outlines, so no font is
// loaded at all — the PNG looks the same on every machine and resvg skips its slow system-font scan.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { RenderError } from "../errors.js";
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

/** Render an SVG page to PNG bytes at `dpi` (A4 landscape at 300 dpi is 3508×2480). */
export function renderPng(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Buffer {
  const opts = options(page, dpi);
  try {
    return new Resvg(svg, opts).render().asPng();
  } catch (err) {
    throw failed(err);
  }
}

// Plain CommonJS for an `eval` worker: it runs the same whether the caller is dist/ JavaScript or
// TypeScript under vitest, where a separate worker .ts file could not be loaded. resvg loads at start-up,
// before the SVG arrives, so that cost overlaps whatever the caller does meanwhile.
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
let Resvg, loadError;
try { Resvg = require(workerData.resvgPath).Resvg; } catch (err) { loadError = err; }
parentPort.once("message", ({ svg, options }) => {
  try {
    if (loadError) throw loadError;
    parentPort.postMessage({ png: new Resvg(svg, options).render().asPng() });
  } catch (err) {
    parentPort.postMessage({ error: err && err.message ? err.message : String(err) });
  }
});
`;

/** A PNG render on a worker thread, started before its SVG exists. */
export interface PngWorker {
  render(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi?: number): Promise<Buffer>;
  /** Stop the worker if it was never used (a failed build). */
  cancel(): void;
}

export function startPngWorker(): PngWorker {
  const resvgPath = createRequire(import.meta.url).resolve("@resvg/resvg-js");
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { resvgPath } });
  // An idle worker must not keep the process alive if the build fails before it is used.
  worker.unref();
  let used = false;
  return {
    render(svg, page, dpi = 300) {
      if (used) return Promise.reject(new RenderError("a PNG worker renders one image"));
      used = true;
      const opts = options(page, dpi);
      worker.ref();
      return new Promise<Buffer>((resolve, reject) => {
        worker.once("message", (msg: { png?: Uint8Array; error?: string }) => {
          if (msg.png) resolve(Buffer.from(msg.png.buffer, msg.png.byteOffset, msg.png.byteLength));
          else reject(failed(new Error(msg.error ?? "no image")));
          void worker.terminate();
        });
        worker.once("error", (err) => reject(failed(err)));
        worker.postMessage({ svg, options: opts });
      });
    },
    cancel() {
      if (!used) void worker.terminate();
    },
  };
}

/**
 * The same PNG, rendered (and PNG-encoded) on a worker thread, so the caller can build the PDF meanwhile:
 * at 300 dpi the raster is the slowest stage and the two together would otherwise run back to back.
 */
export function renderPngAsync(svg: string, page: Pick<PageGeometry, "widthMm" | "heightMm">, dpi = 300): Promise<Buffer> {
  return startPngWorker().render(svg, page, dpi);
}
