// The whole pipeline as one library call: read → layout → draw → export, all in memory. Nothing is written
// here; the CLI writes the outputs only after every requested format rendered, so a failure leaves no file.
import { RenderError } from "./errors.js";
import { readSheet } from "./read/index.js";
import { layoutSheet } from "./layout/index.js";
import { diagramLayoutMs } from "./blocks/index.js";
import { drawPage, joinSvg, svgParts } from "./draw/index.js";
import { layoutReport, type LayoutReport } from "./export/report.js";
import type { PngWorker } from "./export/png.js";
import type { PdfWorker } from "./export/pdf-worker.js";
import type { PositionedSheet, Problem } from "./model/positioned.js";
import type { PageSize, Sheet } from "./model/sheet.js";

export interface Workers {
  png: PngWorker | undefined;
  pdf: PdfWorker | undefined;
}

export type Format = "md" | "svg" | "png" | "pdf";
export const FORMATS: readonly Format[] = ["md", "svg", "png", "pdf"];

export interface BuildOptions {
  /** The input path, for error locations only. */
  file?: string;
  /** Which outputs to render; default all four. */
  formats?: readonly Format[];
  /** Overrides the page the sheet asks for. */
  page?: PageSize;
  /** PNG and report resolution; default 300. */
  dpi?: number;
  /** Draw overflowing panels anyway (clipped) and report them as warnings instead of failing. */
  allowOverflow?: boolean;
  /** Caps the body size auto-fit may choose (a series build evens sizes across chapters with it). */
  maxFontPx?: number;
}

export interface BuildOutputs {
  md?: string;
  svg?: string;
  png?: Buffer;
  pdf?: Buffer;
}

/** `diagrams` is the part of `layout` spent on flowcharts, mind maps and knobs (all auto-fit attempts). */
export type Stage = "read" | "layout" | "diagrams" | "draw" | "png" | "pdf" | "md";

export interface BuildResult {
  outputs: BuildOutputs;
  report: LayoutReport;
  /** Reader decisions, layout warnings and non-fatal problems, one line each, for the CLI to print. */
  warnings: string[];
  problems: Problem[];
  sheet: Sheet;
  positioned: PositionedSheet;
  /** Wall time per stage in ms (the bench and `--debug` print these). */
  timings: Partial<Record<Stage, number>>;
}

/** One line per problem: `panel <id>: message`. */
export function formatProblem(p: Problem): string {
  return p.panel && !p.message.startsWith(`panel ${p.panel}`) ? `panel ${p.panel}: ${p.message}` : p.message;
}

/** Overflow lines naming the panel and how far past it the content runs. */
export function overflowLines(positioned: PositionedSheet): string[] {
  const lines = positioned.panels
    .filter((p) => p.overflow)
    .map(
      (p) =>
        `panel ${p.id}: content runs ${Math.ceil(p.overflowPx)} px past the panel even at the minimum font size ${p.minFontPx}px`,
    );
  const named = new Set(positioned.panels.filter((p) => p.overflow).map((p) => p.id));
  // Overflow the layout found outside any flagged panel (e.g. the title row) is still an overflow.
  for (const p of positioned.problems) {
    if (p.kind === "overflow" && !(p.panel && named.has(p.panel))) lines.push(formatProblem(p));
  }
  return lines;
}

/** `text` may be a file's bytes: they are decoded (UTF-8, UTF-16 with a byte-order mark, Korean CP949) and an
 * encoding other than UTF-8 is named among the warnings and in the report. */
export async function buildSheet(text: string | Uint8Array, opts: BuildOptions = {}): Promise<BuildResult> {
  const formats = new Set(opts.formats ?? FORMATS);
  const dpi = opts.dpi ?? 300;
  // The PNG and the PDF render on worker threads, side by side. The workers boot (and load resvg, pdfkit
  // and the fonts) now, on the otherwise idle second core, while this thread reads and lays out.
  const workers: Workers = {
    png: formats.has("png") ? (await import("./export/png.js")).startPngWorker() : undefined,
    pdf: formats.has("pdf") ? (await import("./export/pdf-worker.js")).startPdfWorker() : undefined,
  };
  try {
    return await pipeline(text, opts, formats, dpi, workers);
  } finally {
    workers.png?.cancel();
    workers.pdf?.cancel();
  }
}

/**
 * The same build on workers the caller owns and keeps (a series build renders many sheets on one PNG and one
 * PDF worker, started with `many`); the outputs are the bytes `buildSheet` makes.
 */
export function buildOnWorkers(text: string | Uint8Array, opts: BuildOptions, workers: Workers): Promise<BuildResult> {
  const formats = new Set(opts.formats ?? FORMATS);
  const own = { png: formats.has("png") ? workers.png : undefined, pdf: formats.has("pdf") ? workers.pdf : undefined };
  return pipeline(text, opts, formats, opts.dpi ?? 300, own);
}

async function pipeline(
  text: string | Uint8Array,
  opts: BuildOptions,
  formats: Set<Format>,
  dpi: number,
  workers: Workers,
): Promise<BuildResult> {
  const timings: BuildResult["timings"] = {};
  const time = async <T>(stage: Stage, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[stage] = performance.now() - t0;
    return out;
  };

  const { sheet, warnings: readWarnings } = await time("read", () => readSheet(text, { file: opts.file, ...(opts.page ? { page: opts.page } : {}) }));
  if (opts.maxFontPx !== undefined) sheet.style.maxFontPx = Math.max(sheet.style.minFontPx, Math.min(sheet.style.maxFontPx, opts.maxFontPx));
  const diagramsBefore = diagramLayoutMs();
  const positioned = await time("layout", () => layoutSheet(sheet, opts.page ? { page: opts.page } : {}));
  timings.diagrams = diagramLayoutMs() - diagramsBefore;
  // Layout may have moved blocks out of overflowing panels: the Markdown and the report follow the page.
  const laid = positioned.sheet ?? sheet;

  const overflow = overflowLines(positioned);
  if (overflow.length > 0 && !opts.allowOverflow) {
    throw new RenderError(
      `${opts.file ?? "<input>"}: the content does not fit the page (${overflow.length} panel${overflow.length === 1 ? "" : "s"} overflow)`,
      overflow,
    );
  }
  const warnings = [
    ...readWarnings,
    ...positioned.warnings,
    ...overflow,
    ...positioned.problems.filter((p) => p.kind !== "overflow").map(formatProblem),
  ];

  const outputs: BuildOutputs = {};
  const jobs: Promise<unknown>[] = [];
  if (formats.has("svg") || workers.png || workers.pdf) {
    // One drawn page feeds all three: the SVG (and from it the PNG) and the PDF.
    const { drawn, parts } = await time("draw", () => {
      const drawn = drawPage(positioned);
      return { drawn, parts: formats.has("svg") || workers.png ? svgParts(drawn) : undefined };
    });
    if (parts !== undefined && formats.has("svg")) outputs.svg = joinSvg(parts);
    // The PNG goes first: it is the last output to finish, and handing the PDF its drawn page takes a moment.
    if (parts !== undefined && workers.png) {
      const { pngBands } = await import("./export/png-bands.js");
      const job = pngBands(parts, drawn, dpi);
      jobs.push(time("png", () => workers.png!.render(job)).then((png) => (outputs.png = png)));
    }
    if (workers.pdf) jobs.push(time("pdf", () => workers.pdf!.render(drawn, { title: sheet.meta.title })).then((pdf) => (outputs.pdf = pdf)));
  }
  // Keep an early failure of one job from surfacing as an unhandled rejection while the rest finish.
  for (const job of jobs) job.catch(() => {});
  if (formats.has("md")) {
    const { toMarkdown } = await import("./export/markdown.js");
    outputs.md = await time("md", () => toMarkdown(laid));
  }
  await Promise.all(jobs);

  return {
    outputs,
    // The report lists every warning the build gives (the reader's too); the terminal may count repeats.
    report: { ...layoutReport(positioned, dpi, laid), warnings },
    warnings,
    problems: positioned.problems,
    sheet: laid,
    positioned,
    timings,
  };
}
