// A table cell that is only a bar typed in glyphs (`██████░░░░`, `■■■□□`, `[####------]`), as a plan's gauges are
// read (read/prompt/gauges.ts, from the same glyphs: model/bar-glyphs.ts), is drawn as the bar it stands for: a
// hand-drawn outline filled to its share. As text, ten full-width glyphs make the widest word of the table and
// break across lines in a narrow column (a bar in two pieces reads as two bars); drawn, the bar takes the width
// its column has.
import type { Rich } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import { tint } from "../../layout/color.js";
import { BAR_CLASS, fillOf } from "../../model/bar-glyphs.js";

const GLYPHS = new RegExp(`^${BAR_CLASS}{3,}$`, "u");
const ASCII = /^\[([#=*|]*[-. _]*)\]$/;

/** Widths a bar cell asks for, in ems: at least enough to see its share, at most a short run of glyphs. */
const MIN_EM = 2.5;
const PER_GLYPH_EM = 0.4;
const MAX_EM = 7;

const bars = new WeakMap<Rich, { fill: number; glyphs: number } | null>();

/** The bar a cell draws: its share filled and how many glyphs typed it; undefined for any other cell. */
export function barOf(cell: Rich): { fill: number; glyphs: number } | undefined {
  let hit = bars.get(cell);
  if (hit === undefined) {
    const text = cell.map((s) => s.text).join("").trim();
    const inner = GLYPHS.test(text) ? text : ASCII.exec(text)?.[1];
    const glyphs = inner === undefined ? [] : [...inner];
    hit = glyphs.length >= 3 ? { fill: glyphs.reduce((s, g) => s + fillOf(g), 0) / glyphs.length, glyphs: glyphs.length } : null;
    bars.set(cell, hit);
  }
  return hit ?? undefined;
}

/** A bar cell's least and natural widths at px, as a text cell's longest word and unwrapped line are. */
export function barWidths(bar: { glyphs: number }, px: number): { min: number; nat: number } {
  return { min: MIN_EM * px, nat: Math.min(MAX_EM, Math.max(MIN_EM, bar.glyphs * PER_GLYPH_EM)) * px };
}

/** The bar drawn in a cell's text box (x, y its first line's top, w its width, lh its line height). */
export function barMarks(bar: { fill: number }, x: number, y: number, w: number, lh: number, px: number, ink: string, accent: string, seed: number): Mark[] {
  const h = px * 0.62;
  const top = y + (lh - h) / 2;
  const marks: Mark[] = [];
  if (bar.fill > 0) marks.push({ kind: "rect", x, y: top, width: w * bar.fill, height: h, style: { seed, stroke: "none", fill: tint(accent, 0.15), fillStyle: "hachure", hachureGap: Math.max(2, px / 6), fillWeight: 1.2, roughness: 0.9 } });
  marks.push({ kind: "rect", x, y: top, width: w, height: h, style: { seed: seed + 1, stroke: ink, strokeWidth: 1.1, roughness: 0.8, disableMultiStroke: true } });
  return marks;
}
