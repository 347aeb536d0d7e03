// The typed library entry: every stage on its own, plus `buildSheet` for the whole pipeline.
export { readSheet, detectInputKind, type ReadResult, type InputKind } from "./read/index.js";
export { decodeInput, type DecodedInput, type InputEncoding } from "./read/encoding.js";
export { layoutSheet } from "./layout/index.js";
export { drawSvg, drawPage, svgOf, type DrawnPage, type DrawOp } from "./draw/index.js";
export { renderPng, renderPngAsync, pagePixels } from "./export/png.js";
export { renderPdf, pagePoints, type PdfOptions } from "./export/pdf.js";
export { toMarkdown, toSheetMarkdown } from "./export/markdown.js";
export { layoutReport, type LayoutReport, type ReportPanel, type ReportNode } from "./export/report.js";
export {
  buildSheet,
  formatProblem,
  overflowLines,
  FORMATS,
  type Format,
  type BuildOptions,
  type BuildOutputs,
  type BuildResult,
  type Stage,
} from "./build.js";
export * from "./model/sheet.js";
// The model's zod schemas (values; the types of the same names come from sheet.js).
export * as schemas from "./model/schema.js";
export * from "./model/positioned.js";
export { InputError, RenderError, type Where } from "./errors.js";
