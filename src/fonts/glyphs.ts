// Glyph outlines for drawing text as paths: the SVG and PNG then look the same everywhere, with no font installed.
// The glyphs are the ones layout measured (shape.ts).
import type { FaceId } from "../model/positioned.js";
import { loadFace } from "./faces.js";
import { shape, type RunGlyph } from "./shape.js";
import { WORDWISE } from "./measure.js";
import { cellsOf } from "./cells.js";
import { graphemes } from "./graphemes.js";
import { glyphOutline } from "./sfnt.js";
import { TextCache } from "./cache.js";

export interface PlacedGlyph {
  /** Stable id for <defs>: face + glyph id. */
  ref: string;
  /** Offset from the run's origin along the baseline, in font units. */
  x: number;
  y: number;
}

interface Token {
  /** The glyphs with an outline, placed; blanks only move the pen. */
  glyphs: PlacedGlyph[];
  run: RunGlyph[];
  advance: number;
}

const pathCache = new Map<string, string>();

const tokenCache = new TextCache<FaceId, Token>();

function shapeToken(face: FaceId, text: string): Token {
  const hit = tokenCache.get(face, text);
  if (hit) return hit;
  const f = loadFace(face);
  const shaped = shape(face, text);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const g of shaped.glyphs) {
    const ref = `${face}-${g.id}`;
    if (!pathCache.has(ref)) pathCache.set(ref, glyphOutline(f.data, g.id) ?? roundPath(f.font.getGlyph(g.id).path.toSVG()));
    if (pathCache.get(ref) !== "") glyphs.push({ ref, x: x + g.dx, y: g.dy });
    x += g.xAdvance;
  }
  const out = { glyphs, run: shaped.glyphs, advance: shaped.advance };
  tokenCache.set(face, text, out);
  return out;
}

/** The tokens of one run, each with where it starts: word by word where measure.ts measures so. */
function tokens(face: FaceId, text: string): { token: Token; x: number }[] {
  if (!WORDWISE.has(face) || !text.includes(" ")) return [{ token: shapeToken(face, text), x: 0 }];
  const out: { token: Token; x: number }[] = [];
  let x = 0;
  for (const part of text.split(/( +)/)) {
    if (part === "") continue;
    const token = shapeToken(face, part);
    out.push({ token, x });
    x += token.advance;
  }
  return out;
}

/** The glyphs of one run, positioned in font units (kerning applied); word by word where measure.ts measures so. */
export function layoutGlyphs(face: FaceId, text: string): { glyphs: PlacedGlyph[]; unitsPerEm: number } {
  const unitsPerEm = loadFace(face).unitsPerEm;
  const parts = tokens(face, text);
  if (parts.length === 1) return { glyphs: parts[0]!.token.glyphs, unitsPerEm };
  const glyphs: PlacedGlyph[] = [];
  for (const { token, x } of parts) for (const g of token.glyphs) glyphs.push({ ref: g.ref, x: x + g.x, y: g.y });
  return { glyphs, unitsPerEm };
}

/** Every glyph of one run, blanks included, shaped exactly as layoutGlyphs places them. */
export function glyphRun(face: FaceId, text: string): RunGlyph[] {
  const parts = tokens(face, text);
  return parts.length === 1 ? parts[0]!.token.run : parts.flatMap((p) => p.token.run);
}

/** The outline of a glyph by ref, in font units, y up. */
export function glyphPath(ref: string): string {
  return pathCache.get(ref) ?? "";
}

function roundPath(d: string): string {
  return d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
}

const monoCache = new TextCache<string, PlacedGlyph[]>();

/**
 * The glyphs of a run set on fixed advances (code): each grapheme centred in `cellUnits` font units, two cells
 * for Hangul and CJK, as measure.ts measures it.
 */
export function monoLayout(face: FaceId, text: string, cellUnits: number): { glyphs: PlacedGlyph[]; unitsPerEm: number } {
  const unitsPerEm = loadFace(face).unitsPerEm;
  const key = `${face}:${cellUnits}`;
  const hit = monoCache.get(key, text);
  if (hit) return { glyphs: hit, unitsPerEm };
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  for (const g of graphemes(text)) {
    const token = shapeToken(face, g);
    const cell = cellsOf(g) * cellUnits;
    const start = pen + (cell - token.advance) / 2;
    for (const pg of token.glyphs) glyphs.push({ ref: pg.ref, x: start + pg.x, y: pg.y });
    pen += cell;
  }
  monoCache.set(key, text, glyphs);
  return { glyphs, unitsPerEm };
}
