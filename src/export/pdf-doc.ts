// The PDF document itself, kept apart from pdfkit's import: the PDF worker (pdf-worker.ts) runs
// `pdfFromPage` from its source text with its own pdfkit, so the main thread never loads pdfkit at all.
import type PDFDocument from "pdfkit";
import { RenderError } from "../errors.js";
import type { FaceId, PageGeometry } from "../model/positioned.js";
import type { DrawnPage } from "../draw/page.js";

/** svg-to-pdfkit's entry, with the options we use: it draws the emoji art, which is SVG. */
export type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: { width?: number; height?: number; preserveAspectRatio?: string; warningCallback?: (message: string) => void },
) => void;

const PT_PER_MM = 72 / 25.4;

/** Page size in PDF points (A4 landscape is 841.89 × 595.28). */
export function pagePoints(page: Pick<PageGeometry, "widthMm" | "heightMm">): { width: number; height: number } {
  return { width: page.widthMm * PT_PER_MM, height: page.heightMm * PT_PER_MM };
}

export interface PdfOptions {
  /** Title written into the document info. */
  title?: string;
  /** Called with svg-to-pdfkit's complaints about emoji art (unsupported SVG features); silent by default. */
  onWarning?: (message: string) => void;
}

export function failed(err: unknown): RenderError {
  return new RenderError(`PDF rendering failed: ${err instanceof Error ? err.message : String(err)}`);
}

/** A face's sfnt bytes, or a font object pdfkit's own fontkit already parsed (reused across documents). */
export type FontData = (face: FaceId) => Uint8Array | { layout: unknown };

/** What the PDF draws the page with: the two libraries, the faces, and the faux-bold pen width per em. */
export interface PdfTools {
  PDFDocument: typeof PDFDocument;
  svgToPdf: SvgToPdf;
  fontData: FontData;
  fauxBoldEm: number;
  /** Faces layout draws without OpenType shaping (src/fonts/faces.ts): the PDF must not shape them either. */
  unshaped: readonly FaceId[];
}

/**
 * Give a parsed fontkit font a `post` table of just its header. pdfkit reads only `isFixedPitch` and
 * `italicAngle` from it, but fontkit decodes the whole table, and the Korean face's lists a name for each of
 * its 11,000 glyphs (~80 ms). Self-contained: the PDF worker runs it from its source text.
 */
export function lightPost(font: { directory: { tables: Record<string, { offset: number } | undefined> }; stream: { buffer: Uint8Array }; _tables: Record<string, unknown> }): void {
  const table = font.directory.tables["post"];
  if (!table || font._tables["post"]) return;
  const bytes = font.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, 16);
  font._tables["post"] = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
  };
}

/**
 * The drawn page as a one-page PDF of `size` points: the same pen paths as the SVG, as vector paths; text
 * as real text in our own faces (pdfkit embeds only the glyphs used), so it is selectable and extracts in
 * drawing order; emoji art through svg-to-pdfkit, clipped to its box. Our faces have one weight: bold runs
 * get the same pen stroke around the glyphs as in the SVG. Self-contained (libraries and fonts passed in)
 * because it also runs on a worker thread from its source text.
 */
export function pdfFromPage(
  tools: PdfTools,
  drawn: DrawnPage,
  size: { width: number; height: number },
  title: string | undefined,
  onWarning: (message: string) => void,
): Promise<Buffer> {
  // A fixed date: PDFs built from the same input are byte-identical (pdfkit derives the file id from it too).
  const fixed = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
  const doc = new tools.PDFDocument({
    size: [size.width, size.height],
    margin: 0,
    compress: true,
    autoFirstPage: true,
    // No default Helvetica: every run names its own face, and loading the AFM metrics costs ~10 ms.
    font: null as unknown as string,
    info: { Producer: "nanosheet", Creator: "nanosheet", CreationDate: fixed, ModDate: fixed, ...(title ? { Title: title } : {}) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const registered = new Set<string>();
  const face = (id: FaceId): string => {
    if (!registered.has(id)) {
      const src = tools.fontData(id);
      doc.registerFont(id, (src instanceof Uint8Array ? Buffer.from(src) : src) as Buffer);
      registered.add(id);
    }
    return id;
  };
  type Op = DrawnPage["panels"][number]["ops"][number];
  // Every feature fontkit would apply by default, off: one glyph per code point, as layout measured it.
  const off = ["ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"];
  const NO_FEATURES = Object.fromEntries(off.map((f) => [f, false])) as unknown as PDFKit.Mixins.OpenTypeFeatures[];
  const draw = (o: Op): void => {
    doc.save();
    switch (o.kind) {
      case "pen":
        for (const p of o.paths) {
          const stroked = p.stroke !== "none";
          doc.path(p.d);
          if (p.fillOpacity !== undefined) doc.fillOpacity(p.fillOpacity);
          if (stroked) {
            if (p.strokeOpacity !== undefined) doc.strokeOpacity(p.strokeOpacity);
            doc.lineWidth(p.strokeWidth ?? 1);
            if (p.round) doc.lineCap("round").lineJoin("round");
            // pdfkit takes a whole dash array too; its types know only the two-number form.
            if (p.dash) doc.dash(p.dash.split(" ").map(Number) as unknown as number, {});
          }
          if (p.fill && stroked) doc.fillAndStroke(p.fill, p.stroke);
          else if (p.fill) doc.fill(p.fill);
          else doc.stroke(p.stroke);
          if (p.dash) doc.undash();
        }
        break;
      case "text":
        doc.font(face(o.face)).fontSize(o.size).fillColor(o.color);
        if (o.bold) doc.lineWidth(o.size * tools.fauxBoldEm).lineJoin("round").strokeColor(o.color);
        doc.text(o.text, o.x, o.y, { lineBreak: false, baseline: "alphabetic", fill: true, stroke: o.bold === true, ...(tools.unshaped.includes(o.face) ? { features: NO_FEATURES } : {}) });
        break;
      case "emoji": {
        const art = drawn.emoji[o.key]!;
        // Some Noto art keeps stray shapes outside its viewBox: clip to the emoji's square, as the SVG does.
        doc.rect(o.x, o.y, o.size, o.size).clip();
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${art.left} ${art.top} ${art.width} ${art.height}">${art.body}</svg>`;
        tools.svgToPdf(doc, svg, o.x, o.y, { width: o.size, height: o.size, preserveAspectRatio: "xMinYMin meet", warningCallback: onWarning });
        break;
      }
    }
    doc.restore();
  };
  // CSS px → points; pdfkit's own coordinates already run top-down like the SVG's.
  doc.scale(size.width / drawn.page.width);
  doc.rect(0, 0, drawn.page.width, drawn.page.height).fill(drawn.paper.fill);
  for (const l of drawn.paper.lines) {
    doc.save();
    doc.path(l.d).lineWidth(l.strokeWidth).strokeOpacity(l.strokeOpacity).stroke(l.stroke);
    doc.restore();
  }
  for (const o of drawn.title ?? []) draw(o);
  for (const p of drawn.panels) for (const o of p.ops) draw(o);
  doc.end();
  return done;
}
