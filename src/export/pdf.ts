// PDF export: the text-mode SVG (real <text> runs) drawn into pdfkit by svg-to-pdfkit, with our own TTF
// faces embedded under their family names, so the PDF is vector, its text is selectable and pdftotext
// reads it back. Everything that could vary between runs (dates, file id) is pinned for byte-identical output.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { FACE_IDS, FACE_SPECS, loadFace } from "../fonts/faces.js";
import type { PageGeometry } from "../model/positioned.js";
import { failed, pagePoints, pdfFromSvg, type FontData, type PdfOptions, type SvgToPdf } from "./pdf-doc.js";

export { pagePoints, type PdfOptions } from "./pdf-doc.js";
export { startPdfWorker, type PdfWorker } from "./pdf-worker.js";

// svg-to-pdfkit is CommonJS and ships no types; load it through require with the one signature we use.
const require = createRequire(import.meta.url);
const svgToPdf = require("svg-to-pdfkit") as SvgToPdf;


const FAMILIES = new Map(FACE_IDS.map((id) => [FACE_SPECS[id].family, id]));

/** Draw a text-mode SVG page into a one-page PDF of the page's exact size. */
export async function renderPdf(svgTextMode: string, page: PageGeometry, opts: PdfOptions = {}): Promise<Buffer> {
  const fontData: FontData = (family) => {
    const id = FAMILIES.get(family);
    return id ? loadFace(id).data : undefined;
  };
  try {
    return await pdfFromSvg({ PDFDocument, svgToPdf }, svgTextMode, pagePoints(page), fontData, FACE_SPECS.latin.family, opts.title, (m) => opts.onWarning?.(m));
  } catch (err) {
    throw failed(err);
  }
}


