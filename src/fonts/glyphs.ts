// Glyph outlines for drawing text as paths: the SVG and PNG then look the same everywhere, with no font installed.
import type { FaceId } from "../model/positioned.js";
import { loadFace } from "./faces.js";

export interface PlacedGlyph {
  /** Stable id for <defs>: face + glyph id. */
  ref: string;
  /** Offset from the run's origin along the baseline, in font units. */
  x: number;
  y: number;
}

const pathCache = new Map<string, string>();

/** The glyphs of one run, positioned in font units (kerning applied). */
export function layoutGlyphs(face: FaceId, text: string): { glyphs: PlacedGlyph[]; unitsPerEm: number } {
  const f = loadFace(face);
  const run = f.font.layout(text);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  run.glyphs.forEach((g, i) => {
    const pos = run.positions[i];
    const ref = `${face}-${g.id}`;
    if (!pathCache.has(ref)) pathCache.set(ref, roundPath(g.path.toSVG()));
    if (pathCache.get(ref) !== "") glyphs.push({ ref, x: x + (pos?.xOffset ?? 0), y: pos?.yOffset ?? 0 });
    x += pos?.xAdvance ?? g.advanceWidth;
  });
  return { glyphs, unitsPerEm: f.unitsPerEm };
}

/** The outline of a glyph by ref, in font units, y up. */
export function glyphPath(ref: string): string {
  return pathCache.get(ref) ?? "";
}

function roundPath(d: string): string {
  return d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
}
