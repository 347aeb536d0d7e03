// The PDF document itself, kept apart from pdfkit's import: the PDF worker (pdf-worker.ts) runs
// `pdfFromSvg` from its source text with its own pdfkit, so the main thread never loads pdfkit at all.
import type PDFDocument from "pdfkit";
import { RenderError } from "../errors.js";
import type { PageGeometry } from "../model/positioned.js";

type FontOptions = { fauxBold: boolean; fauxItalic: boolean };
export type SvgToPdf = (
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

const PT_PER_MM = 72 / 25.4;

/** Page size in PDF points (A4 landscape is 841.89 × 595.28). */
export function pagePoints(page: Pick<PageGeometry, "widthMm" | "heightMm">): { width: number; height: number } {
  return { width: page.widthMm * PT_PER_MM, height: page.heightMm * PT_PER_MM };
}

export interface PdfOptions {
  /** Title written into the document info. */
  title?: string;
  /** Called with svg-to-pdfkit's complaints (unsupported SVG features); silent by default. */
  onWarning?: (message: string) => void;
}

export function failed(err: unknown): RenderError {
  return new RenderError(`PDF rendering failed: ${err instanceof Error ? err.message : String(err)}`);
}

/** A face's sfnt bytes, or a font object pdfkit's own fontkit already parsed (reused across documents). */
export type FontData = (family: string) => Uint8Array | { layout: unknown } | undefined;

/**
 * The PDF itself, self-contained (libraries and fonts passed in) because it also runs on a worker thread
 * from its source text. Faces are registered the first time the SVG asks for them (decoding an unused face
 * costs time); pdfkit then embeds only the glyphs drawn. Our faces have one weight: bold or italic runs get
 * pdfkit's faux styles instead of a missing file. Unknown families are reported and drawn in `fallback`.
 */
export function pdfFromSvg(
  lib: { PDFDocument: typeof PDFDocument; svgToPdf: SvgToPdf },
  svg: string,
  size: { width: number; height: number },
  fontData: FontData,
  fallback: string,
  title: string | undefined,
  onWarning: (message: string) => void,
): Promise<Buffer> {
  // A fixed date: PDFs built from the same input are byte-identical (pdfkit derives the file id from it too).
  const fixed = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
  const doc = new lib.PDFDocument({
    size: [size.width, size.height],
    margin: 0,
    compress: true,
    autoFirstPage: true,
    info: { Producer: "nanosheet", Creator: "nanosheet", CreationDate: fixed, ModDate: fixed, ...(title ? { Title: title } : {}) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const registered = new Set<string>();
  const problems = new Set<string>();
  const use = (family: string): string => {
    if (!registered.has(family)) {
      const src = fontData(family)!;
      doc.registerFont(family, (src instanceof Uint8Array ? Buffer.from(src) : src) as Buffer);
      registered.add(family);
    }
    return family;
  };
  lib.svgToPdf(doc, svg, 0, 0, {
    width: size.width,
    height: size.height,
    preserveAspectRatio: "xMidYMid meet",
    warningCallback: onWarning,
    fontCallback: (familyList, bold, italic, fontOptions) => {
      // The first family of the CSS list, unquoted.
      const family = (familyList.split(",")[0] ?? "").trim().replace(/^["']|["']$/g, "");
      fontOptions.fauxBold = bold;
      fontOptions.fauxItalic = italic;
      if (fontData(family)) return use(family);
      problems.add(`unknown font family "${family}" in the SVG`);
      return use(fallback);
    },
  });
  doc.end();
  for (const p of problems) onWarning(p);
  return done;
}

