// PDF export in process (a build renders it on a worker: pdf-worker.ts). The drawn page goes into pdfkit
// with our own TTF faces embedded, so the PDF is vector, its text is selectable and pdftotext reads it
// back. Everything that could vary between runs (dates, file id) is pinned for byte-identical output.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { loadFace } from "../fonts/faces.js";
import { FAUX_BOLD_EM, ITALIC_SKEW } from "../draw/text.js";
import { drawPage, type DrawnPage } from "../draw/page.js";
import type { PositionedSheet } from "../model/positioned.js";
import { failed, pagePoints, pdfFromPage, type PdfOptions, type PdfTools, type SvgToPdf } from "./pdf-doc.js";
import { drawPlainArt } from "./pdf-art.js";
import { artShapes } from "./pdf-art-path.js";

export { pagePoints, type PdfOptions } from "./pdf-doc.js";
export { startPdfWorker, type PdfWorker } from "./pdf-worker.js";

// svg-to-pdfkit is CommonJS and ships no types; load it through require with the one signature we use.
const require = createRequire(import.meta.url);
const svgToPdf = require("svg-to-pdfkit") as SvgToPdf;

/** What pdfFromPage draws with, in this thread. */
export function pdfTools(): PdfTools {
  return { PDFDocument, svgToPdf, drawPlainArt, artShapes: artShapes(), fontData: (id: Parameters<typeof loadFace>[0]) => loadFace(id).data, fauxBoldEm: FAUX_BOLD_EM, italicSkew: ITALIC_SKEW };
}

/** A laid-out sheet (or its drawn page) as a one-page PDF of the page's exact size. */
export async function renderPdf(sheet: PositionedSheet | DrawnPage, opts: PdfOptions = {}): Promise<Buffer> {
  const drawn = "rows" in sheet ? drawPage(sheet) : sheet;
  try {
    return await pdfFromPage(pdfTools(), drawn, pagePoints(drawn.page), opts.title, (m) => opts.onWarning?.(m));
  } catch (err) {
    throw failed(err);
  }
}
