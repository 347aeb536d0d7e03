// The PDF document itself, kept apart from pdfkit's import: the PDF worker (pdf-worker.ts) runs
// `pdfFromPage` from its source text with its own pdfkit, so the main thread never loads pdfkit at all.
// `pdfFromPage` and `pdfPathOps` call each other by name, so they stay in this one module: in
// source text, a name imported from another module would not resolve (bundlers and vitest rewrite it).
import type PDFDocument from "pdfkit";
import { RenderError } from "../errors.js";
import type { FaceId, PageGeometry } from "../model/positioned.js";
import type { DrawnPage, TextOp } from "../draw/page.js";
import type { drawPlainArt } from "./pdf-art.js";
import type { ArtShapes } from "./pdf-art-path.js";

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

/**
 * What the PDF draws the page with: the two libraries, plain emoji art's own path (svg-to-pdfkit draws the
 * rest), the faces, and the faux-bold pen width per em.
 */
export interface PdfTools {
  PDFDocument: typeof PDFDocument;
  svgToPdf: SvgToPdf;
  drawPlainArt: typeof drawPlainArt;
  artShapes: ArtShapes;
  fontData: FontData;
  fauxBoldEm: number;
  /** Faux italic: how far a glyph's top leans right per unit of its height. */
  italicSkew: number;
}

/** The parts of pdfkit's embedded font that writing already-shaped glyphs touches. */
interface EmbeddedFont {
  id: string;
  /** PDF glyph-space units (1000 per em) per font unit. */
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/**
 * A pen path as PDF path operators, or undefined when it needs pdfkit's own SVG-path parser. rough.js and
 * the grid write absolute M, L, H, V, C and Z only, which need no parser; numbers are rounded as pdfkit
 * rounds them, so the bytes are the ones `doc.path(d)` writes. Self-contained: the PDF worker runs it from
 * its source text.
 */
export function pdfPathOps(d: string): string | undefined {
  const num = (n: number): number => Math.round(n * 1e6) / 1e6;
  const t = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const out: string[] = [];
  // Plain variables, no array destructuring: this runs over every pen path of the page in code too cold for
  // V8 to optimise, where each destructuring walks an iterator.
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let i = 0;
  let cmd = "";
  // Tokens are single letters or numbers, so the first character tells them apart.
  const letter = (tok: string): boolean => {
    const c = tok.charCodeAt(0) | 0x20;
    return c >= 0x61 && c <= 0x7a;
  };
  const n = (): number => (i < t.length && !letter(t[i]!) ? Number(t[i++]) : NaN);
  while (i < t.length) {
    if (letter(t[i]!)) cmd = t[i++]!;
    else if (cmd === "" || cmd === "Z") return undefined;
    if (cmd === "M") {
      cx = n();
      cy = n();
      sx = cx;
      sy = cy;
      out.push(`${num(cx)} ${num(cy)} m`);
      cmd = "L";
    } else if (cmd === "L" || cmd === "H" || cmd === "V") {
      if (cmd !== "V") cx = n();
      if (cmd !== "H") cy = n();
      out.push(`${num(cx)} ${num(cy)} l`);
    } else if (cmd === "C") {
      const a = n();
      const b = n();
      const c = n();
      const e = n();
      const x = n();
      const y = n();
      if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(e) || Number.isNaN(x) || Number.isNaN(y)) return undefined;
      cx = x;
      cy = y;
      out.push(`${num(a)} ${num(b)} ${num(c)} ${num(e)} ${num(x)} ${num(y)} c`);
    } else if (cmd === "Z") {
      cx = sx;
      cy = sy;
      out.push("h");
    } else return undefined;
    if (Number.isNaN(cx) || Number.isNaN(cy)) return undefined;
  }
  return out.join("\n");
}

/**
 * The drawn page as a one-page PDF of `size` points: the same pen paths as the SVG, as vector paths; text
 * as real text in our own faces, the very glyphs layout shaped (pdfkit embeds only those), so it is
 * selectable and extracts in drawing order; emoji art clipped to its box, plain art drawn directly and the
 * rest through svg-to-pdfkit. Our faces have one weight: bold runs get the same pen stroke around the glyphs
 * as in the SVG. Self-contained but for pdfPathOps (libraries, fonts and the plain-art path passed in)
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
  const num = (n: number): number => Math.round(n * 1e6) / 1e6;
  const penPath = (d: string): void => {
    const ops = pdfPathOps(d);
    if (ops === undefined) doc.path(d);
    else if (ops !== "") doc.addContent(ops);
  };
  // Text as the page shaped it: the glyph ids layout measured, each where the SVG draws its outline, and no
  // font shaped a second time here. The same operators pdfkit's text() writes, in one piece per run.
  const text = (o: TextOp): void => {
    // A link is an annotation over the run's line box, in page coordinates (before the flip below).
    if (o.href) doc.link(o.x, o.y - o.size * 1.02, o.width, o.size * 1.4, o.href);
    // Fixed advances (code) leave gaps around narrow letters that text extractors read as spaces: the
    // glyphs are drawn as the outlines the SVG shows, and the text goes invisibly over them, stretched to fit.
    const outlined = o.outline !== undefined;
    if (outlined) {
      doc.path(o.outline!);
      if (o.bold) doc.lineWidth(o.size * tools.fauxBoldEm).lineJoin("round").fillAndStroke(o.color, o.color);
      else doc.fill(o.color);
    }
    doc.font(face(o.face)).fontSize(o.size).fillColor(o.color);
    if (o.bold && !outlined) doc.lineWidth(o.size * tools.fauxBoldEm).lineJoin("round").strokeColor(o.color);
    const internals = doc as unknown as { _font: EmbeddedFont; page: { fonts: Record<string, unknown> } };
    const font = internals._font;
    internals.page.fonts[font.id] ??= font.ref();
    // Text space runs up the page: flip back around the baseline's own axis.
    doc.transform(1, 0, 0, -1, 0, 0);
    let perUnit = (o.size * font.scale) / 1000;
    let stretch = 1;
    if (outlined) {
      let natural = 0;
      for (const g of o.run) natural += g.xAdvance * perUnit;
      stretch = natural > 0 ? o.width / natural : 1;
      perUnit *= stretch;
    }
    // Italic runs are sheared around the baseline, as the SVG's skewX does.
    const tm = (x: number, y: number): string => `1 0 ${o.italic ? num(tools.italicSkew) : 0} 1 ${num(x)} ${num(y)} Tm`;
    const out = ["BT", tm(o.x, -o.y), `/${font.id} ${num(o.size)} Tf`];
    if (outlined) out.push("3 Tr", `${num(stretch * 100)} Tz`);
    else if (o.bold) out.push("2 Tr");
    let shown: string[] = [];
    let hex = "";
    const show = (): void => {
      if (hex) shown.push(`<${hex}>`);
      if (shown.length) out.push(`[${shown.join(" ")}] TJ`);
      [shown, hex] = [[], ""];
    };
    let x = 0;
    let moved = false;
    for (const g of o.run) {
      const gid = font.subset.includeGlyph(g.id);
      font.widths[gid] ??= g.advance * font.scale;
      font.unicode[gid] ??= g.codePoints;
      const code = `0000${gid.toString(16)}`.slice(-4);
      if (g.dx || g.dy || moved) {
        show();
        out.push(tm(o.x + (x + g.dx) * perUnit, -o.y + g.dy * perUnit));
        moved = Boolean(g.dx || g.dy);
      }
      hex += code;
      if (moved) show();
      else if (g.xAdvance !== g.advance) {
        shown.push(`<${hex}> ${num(-(g.xAdvance - g.advance) * font.scale)}`);
        hex = "";
      }
      x += g.xAdvance;
    }
    show();
    out.push("ET");
    doc.addContent(out.join("\n"));
  };
  let emoji: DrawnPage["emoji"] = {};
  const draw = (o: Op): void => {
    doc.save();
    switch (o.kind) {
      case "pen":
        for (const p of o.paths) {
          const stroked = p.stroke !== "none";
          penPath(p.d);
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
        text(o);
        break;
      case "emoji": {
        const art = emoji[o.key]!;
        // Some Noto art keeps stray shapes outside its viewBox: clip to the emoji's square, as the SVG does.
        doc.rect(o.x, o.y, o.size, o.size).clip();
        if (tools.drawPlainArt(doc as Parameters<typeof drawPlainArt>[0], art, o.x, o.y, o.size, tools.artShapes)) break;
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${art.left} ${art.top} ${art.width} ${art.height}">${art.body}</svg>`;
        tools.svgToPdf(doc, svg, o.x, o.y, { width: o.size, height: o.size, preserveAspectRatio: "xMinYMin meet", warningCallback: onWarning });
        break;
      }
    }
    doc.restore();
  };
  const paint = (page: DrawnPage, at: { width: number }): void => {
    emoji = page.emoji;
    // CSS px → points; pdfkit's own coordinates already run top-down like the SVG's.
    doc.scale(at.width / page.page.width);
    doc.rect(0, 0, page.page.width, page.page.height).fill(page.paper.fill);
    for (const l of page.paper.lines) {
      doc.save();
      penPath(l.d);
      doc.lineWidth(l.strokeWidth).strokeOpacity(l.strokeOpacity).stroke(l.stroke);
      doc.restore();
    }
    for (const o of page.title ?? []) draw(o);
    for (const p of page.panels) {
      // An overflowing panel drawn anyway (--allow-overflow) is clipped to its border, as in the SVG.
      if (p.clip) doc.save().rect(p.clip.x, p.clip.y, p.clip.width, p.clip.height).clip();
      for (const o of p.ops) draw(o);
      if (p.clip) doc.restore();
    }
  };
  paint(drawn, size);
  doc.end();
  return done;
}
