// Text marks as SVG: glyph outlines defined once in <defs> and placed with <use>, so the SVG and the PNG
// look the same with no font installed. (The PDF writes real text from the same marks: export/pdf-doc.ts.)
import type { TextMark } from "../model/positioned.js";
import { layoutGlyphs, glyphPath, monoLayout } from "../fonts/glyphs.js";
import { loadFace } from "../fonts/faces.js";
import { escapeAttr } from "./escape.js";

/** Faux bold: a pen stroke of the text's own colour around each glyph, as a fraction of the em. */
export const FAUX_BOLD_EM = 0.04;

/**
 * Faux italic: no slanted hand face is bundled, so italic runs are sheared, the glyph tops moved right by this
 * fraction of their height (about 12°), around the baseline, in the SVG and the PDF alike.
 */
export const ITALIC_SKEW = 0.21;
/** The same slant in degrees, for SVG's skewX. */
const ITALIC_DEG = Math.round((Math.atan(ITALIC_SKEW) * 180) / Math.PI * 1000) / 1000;

/** The glyphs of a fixed-advance run (code) as layout measured it. */
export function monoGlyphs(m: TextMark): ReturnType<typeof monoLayout> {
  const upm = loadFace(m.face).unitsPerEm;
  return monoLayout(m.face, m.text, Math.round(((m.cell ?? 0) / m.size) * upm * 1000) / 1000);
}

/**
 * A fixed-advance run's glyph outlines as one path in page px, slanted when italic: the PDF draws code with it
 * (the SVG places the same outlines with <use>), because the gaps of fixed advances between real text glyphs
 * read as spaces to text extractors; the PDF writes the run's text invisibly over it instead.
 */
export function monoOutline(m: TextMark): string {
  const { glyphs, unitsPerEm } = monoGlyphs(m);
  const k = m.size / unitsPerEm;
  const slant = m.italic ? ITALIC_SKEW : 0;
  let d = "";
  for (const g of glyphs) {
    d += glyphPath(g.ref).replace(/(-?\d*\.?\d+)[ ,]+(-?\d*\.?\d+)/g, (_all, xs: string, ys: string) => {
      const y = Number(ys) + g.y;
      return `${r2(m.x + (Number(xs) + g.x + slant * y) * k)} ${r2(m.y - y * k)}`;
    });
  }
  return d;
}

export class GlyphDefs {
  private used = new Set<string>();

  use(ref: string): string {
    this.used.add(ref);
    return glyphId(ref);
  }

  /** <path> defs for every glyph used, in a stable order. */
  svg(): string {
    return [...this.used]
      .sort()
      .map((ref) => `<path id="${glyphId(ref)}" d="${glyphPath(ref)}"/>`)
      .join("");
  }
}

export function glyphId(ref: string): string {
  return `g-${ref}`;
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function textAsPaths(m: TextMark, defs: GlyphDefs): string {
  const { glyphs, unitsPerEm } = m.cell === undefined ? layoutGlyphs(m.face, m.text) : monoGlyphs(m);
  if (glyphs.length === 0) return "";
  const k = Math.round((m.size / unitsPerEm) * 1e6) / 1e6;
  const stroke = m.bold ? ` stroke="${escapeAttr(m.color)}" stroke-width="${Math.round(FAUX_BOLD_EM * unitsPerEm)}" stroke-linejoin="round"` : "";
  const uses = glyphs
    .map((g) => `<use href="#${defs.use(g.ref)}"${g.x ? ` x="${Math.round(g.x)}"` : ""}${g.y ? ` y="${Math.round(g.y)}"` : ""}/>`)
    .join("");
  const slant = m.italic ? ` skewX(${ITALIC_DEG})` : "";
  const g = `<g transform="translate(${r2(m.x)} ${r2(m.y)}) scale(${k} ${-k})${slant}" fill="${escapeAttr(m.color)}"${stroke}>${uses}</g>`;
  return m.href ? `<a href="${escapeAttr(m.href)}">${g}</a>` : g;
}
