// PDF export: the text-mode SVG (real <text> runs) drawn into pdfkit by svg-to-pdfkit, with our own TTF
// faces embedded under their family names, so the PDF is vector, its text is selectable and pdftotext
// reads it back. Everything that could vary between runs (dates, file id) is pinned for byte-identical output.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { RenderError } from "../errors.js";
import { FACE_IDS, FACE_SPECS, loadFace } from "../fonts/faces.js";
import type { PageGeometry } from "../model/positioned.js";

type FontOptions = { fauxBold: boolean; fauxItalic: boolean };
type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    warningCallback?: (message: string) => void;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: FontOptions) => string;
  },
) => void;

// svg-to-pdfkit is CommonJS and ships no types; load it through require with the one signature we use.
const require = createRequire(import.meta.url);
const svgToPdf = require("svg-to-pdfkit") as SvgToPdf;

/** A fixed date: PDFs built from the same input are byte-identical (pdfkit derives the file id from it too). */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const PT_PER_MM = 72 / 25.4;

/** Page size in PDF points (A4 landscape is 841.89 × 595.28). */
export function pagePoints(page: PageGeometry): { width: number; height: number } {
  return { width: page.widthMm * PT_PER_MM, height: page.heightMm * PT_PER_MM };
}

/** The first family of a CSS font-family list, unquoted. */
function firstFamily(list: string): string {
  const first = list.split(",")[0] ?? "";
  return first.trim().replace(/^["']|["']$/g, "");
}

export interface PdfOptions {
  /** Title written into the document info. */
  title?: string;
  /** Called with svg-to-pdfkit's complaints (unsupported SVG features); silent by default. */
  onWarning?: (message: string) => void;
}

/** Draw a text-mode SVG page into a one-page PDF of the page's exact size. */
export async function renderPdf(svgTextMode: string, page: PageGeometry, opts: PdfOptions = {}): Promise<Buffer> {
  const size = pagePoints(page);
  const doc = new PDFDocument({
    size: [size.width, size.height],
    margin: 0,
    compress: true,
    autoFirstPage: true,
    info: {
      Producer: "nanosheet",
      Creator: "nanosheet",
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
      ...(opts.title ? { Title: opts.title } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Faces are registered the first time the SVG asks for them (decoding an unused face costs time);
  // pdfkit then embeds only the glyphs actually drawn.
  const byFamily = new Map(FACE_IDS.map((id) => [FACE_SPECS[id].family, id]));
  const registered = new Set<string>();
  const use = (family: string): string => {
    if (!registered.has(family)) {
      doc.registerFont(family, loadFace(byFamily.get(family) ?? "latin").data);
      registered.add(family);
    }
    return family;
  };
  const fallback = FACE_SPECS.latin.family;
  const problems: string[] = [];

  try {
    svgToPdf(doc, svgTextMode, 0, 0, {
      width: size.width,
      height: size.height,
      preserveAspectRatio: "xMidYMid meet",
      warningCallback: (message) => opts.onWarning?.(message),
      fontCallback: (familyList, bold, italic, fontOptions) => {
        const family = firstFamily(familyList);
        // Our faces have one weight; bold/italic runs get pdfkit's faux styles instead of a missing file.
        fontOptions.fauxBold = bold;
        fontOptions.fauxItalic = italic;
        if (byFamily.has(family)) return use(family);
        problems.push(`unknown font family "${family}" in the SVG`);
        return use(fallback);
      },
    });
    doc.end();
  } catch (err) {
    throw new RenderError(`PDF rendering failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const p of new Set(problems)) opts.onWarning?.(p);
  return done;
}
