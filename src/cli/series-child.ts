// One process of a series build's pool (`nanosheet __series-child`, forked by series-pool.ts). It renders
// chapter after chapter on one long-lived PNG worker and one PDF worker, so resvg, pdfkit, the faces, the
// parsers and the compiled code load once per process instead of once per sheet, and writes each chapter's
// outputs itself (atomically, as a single build does), so no image crosses the pipe to the parent.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Format } from "../build.js";
import type { PdfWorker } from "../export/pdf-worker.js";
import type { PngWorker } from "../export/png.js";
import type { PageSize } from "../model/sheet.js";
import { readInputBytes, writeAllAtomic, type OutFile } from "./files.js";
import { reportError } from "./report-error.js";

/** Thumbnail resolution for the gallery: an A4 page comes out 701 px wide, sharp on a phone's card. */
export const THUMB_DPI = 60;

export interface ChapterJob {
  id: number;
  /** Absolute input path, and the path as messages show it. */
  input: string;
  shown: string;
  /** Output files, absolute, by format (only those asked for), plus the report when asked. */
  outputs: Partial<Record<Format | "report", string>>;
  /** Where the gallery's thumbnail goes. */
  thumb: string;
  page?: PageSize;
  dpi: number;
  allowOverflow: boolean;
  maxFontPx?: number;
  /** Read and lay out only, answering with the body sizes (the first pass of `--consistent`). */
  measure?: boolean;
  debug: boolean;
}

export interface ChapterMeta {
  title: string;
  titleKr?: string;
  series?: string;
  chapter?: number;
}

export interface ChapterReply {
  id: number;
  ok: boolean;
  meta?: ChapterMeta;
  /** The page in PDF points (the book's page size). */
  size?: { width: number; height: number };
  /** Byte sizes of what was written, by path (the cache checks them). */
  written?: Record<string, number>;
  warnings: string[];
  /** The error as the single build prints it: first line `file:line: message — hint`, then details. */
  error?: string[];
  /** Each panel's chosen body size (with `measure`). */
  bodyPx?: number[];
  /** Wall time this chapter took in the child. */
  ms?: number;
  /** The child's resident memory after it (the pool replaces a child that grew too big). */
  rss?: number;
}

interface Workers {
  png?: PngWorker;
  pdf?: PdfWorker;
}

async function runChapter(job: ChapterJob, workers: Workers): Promise<ChapterReply> {
  const text = await readInputBytes(job.input, job.shown);
  const opts = { file: job.shown, ...(job.page ? { page: job.page } : {}), dpi: job.dpi, allowOverflow: job.allowOverflow, ...(job.maxFontPx ? { maxFontPx: job.maxFontPx } : {}) };
  if (job.measure) {
    const [{ readSheet }, { layoutSheet }] = await Promise.all([import("../read/index.js"), import("../layout/index.js")]);
    const { sheet } = await readSheet(text, { file: job.shown });
    const positioned = layoutSheet(sheet, job.page ? { page: job.page } : {});
    return { id: job.id, ok: true, meta: sheet.meta, warnings: [], bodyPx: positioned.panels.map((p) => p.fontPx) };
  }
  const { buildOnWorkers } = await import("../build.js");
  const { pagePoints } = await import("../export/pdf-doc.js");
  const { wholePage } = await import("../export/png.js");
  workers.png ??= (await import("../export/png.js")).startPngWorker(true);
  const wantPdf = job.outputs.pdf !== undefined;
  if (wantPdf) workers.pdf ??= (await import("../export/pdf-worker.js")).startPdfWorker(true);
  // The SVG is always made: the thumbnail is drawn from it.
  const formats = (["md", "svg", "png", "pdf"] as const).filter((f) => f === "svg" || job.outputs[f] !== undefined);
  const result = await buildOnWorkers(text, { ...opts, formats }, { png: workers.png, pdf: workers.pdf });
  const files: OutFile[] = [];
  for (const f of formats) {
    const path = job.outputs[f];
    const data = result.outputs[f];
    if (path !== undefined && data !== undefined) files.push({ path, data });
  }
  if (job.outputs.report) files.push({ path: job.outputs.report, data: `${JSON.stringify(result.report, null, 2)}\n` });
  const page = result.positioned.page;
  files.push({ path: job.thumb, data: await workers.png.render(wholePage(result.outputs.svg!, page, THUMB_DPI)) });
  await Promise.all([...new Set(files.map((f) => dirname(f.path)))].map((d) => mkdir(d, { recursive: true })));
  await writeAllAtomic(files, [job.input]);
  const warnings = [...result.warnings];
  if (job.debug) warnings.push(`timings: ${Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)}ms`).join(", ")}`);
  return {
    id: job.id,
    ok: true,
    meta: result.sheet.meta,
    size: pagePoints(page),
    written: Object.fromEntries(files.map((f) => [f.path, Buffer.byteLength(f.data)])),
    warnings,
  };
}

/** The message loop: one reply per job, in any order; ends when the parent disconnects. */
export function serveChild(): Promise<number> {
  const workers: Workers = {};
  const send = (reply: ChapterReply) => process.send?.(reply);
  process.on("message", (job: ChapterJob) => {
    const t0 = performance.now();
    runChapter(job, workers).then((r) => send({ ...r, ms: performance.now() - t0, rss: process.memoryUsage.rss() }), (err: unknown) => {
      const lines: string[] = [];
      reportError(err, { out: () => {}, err: (l) => lines.push(l), cwd: process.cwd(), debug: job.debug });
      send({ id: job.id, ok: false, warnings: [], error: lines, ms: performance.now() - t0 });
    });
  });
  return new Promise((resolve) => {
    process.once("disconnect", () => {
      workers.png?.close();
      workers.pdf?.close();
      resolve(0);
    });
  });
}
