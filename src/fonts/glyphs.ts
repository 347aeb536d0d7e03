// Glyph outlines for drawing text as paths: the SVG and PNG then look the same everywhere, with no font installed.
import type { FaceId } from "../model/positioned.js";
import type { Glyph } from "fontkit";
import { loadFace, plainGlyph } from "./faces.js";
import { WORDWISE } from "./measure.js";

export interface PlacedGlyph {
  /** Stable id for <defs>: face + glyph id. */
  ref: string;
  /** Offset from the run's origin along the baseline, in font units. */
  x: number;
  y: number;
}

const pathCache = new Map<string, string>();

const tokenCache = new Map<string, { glyphs: PlacedGlyph[]; advance: number }>();

function shapeToken(face: FaceId, text: string): { glyphs: PlacedGlyph[]; advance: number } {
  const key = `${face}\u0000${text}`;
  const hit = tokenCache.get(key);
  if (hit) return hit;
  const f = loadFace(face);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  const place = (g: Glyph, pos: { xAdvance?: number; xOffset?: number; yOffset?: number } | undefined): void => {
    const ref = `${face}-${g.id}`;
    if (!pathCache.has(ref)) pathCache.set(ref, roundPath(g.path.toSVG()));
    if (pathCache.get(ref) !== "") glyphs.push({ ref, x: x + (pos?.xOffset ?? 0), y: pos?.yOffset ?? 0 });
    x += pos?.xAdvance ?? g.advanceWidth;
  };
  if (f.plain) for (const ch of text) place(plainGlyph(f, ch.codePointAt(0)!), undefined);
  else {
    const run = f.font.layout(text);
    run.glyphs.forEach((g, i) => place(g, run.positions[i]));
  }
  const out = { glyphs, advance: x };
  tokenCache.set(key, out);
  return out;
}

/** The glyphs of one run, positioned in font units (kerning applied); word by word where measure.ts measures so. */
export function layoutGlyphs(face: FaceId, text: string): { glyphs: PlacedGlyph[]; unitsPerEm: number } {
  const unitsPerEm = loadFace(face).unitsPerEm;
  if (!WORDWISE.has(face) || !text.includes(" ")) return { glyphs: shapeToken(face, text).glyphs, unitsPerEm };
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const token of text.split(/( +)/)) {
    if (token === "") continue;
    const t = shapeToken(face, token);
    for (const g of t.glyphs) glyphs.push({ ref: g.ref, x: x + g.x, y: g.y });
    x += t.advance;
  }
  return { glyphs, unitsPerEm };
}

/** The outline of a glyph by ref, in font units, y up. */
export function glyphPath(ref: string): string {
  return pathCache.get(ref) ?? "";
}

function roundPath(d: string): string {
  return d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
}
