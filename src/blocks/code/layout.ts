// A code block: the text as written on a fixed character grid on a pale card. No monospaced face is bundled,
// so the handwriting faces are set one grapheme per cell (two cells for Hangul, CJK and emoji), each glyph
// centred in its cell; the cell is measured from the Latin hand's own advances.
import type { Code } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import type { LayoutBlock } from "../types.js";
import { advanceEm, lineMetrics, measureRuns, textWidth, type Run } from "../../fonts/measure.js";
import { FACE_SPECS } from "../../fonts/faces.js";
import { shade, tint } from "../../layout/color.js";
import { lineMarks, wrapRich } from "../../layout/wrap.js";
import { CONTINUATION, codeSourceLines, gridLines, type Cell } from "./grid.js";

/** Code is set a little smaller than body text, never below the legible minimum. */
export function codePx(fontPx: number, minFontPx: number): number {
  return Math.max(minFontPx, fontPx * 0.9);
}

/** One grid cell, px: a little wider than a digit, so the wide letters (m, W) barely touch their neighbours. */
export function cellWidth(px: number): number {
  return textWidth("0", px) * 1.2;
}

const sourceCache = new WeakMap<Code, string[]>();

function sourceLines(block: Code): string[] {
  let lines = sourceCache.get(block);
  if (!lines) sourceCache.set(block, (lines = codeSourceLines(block.text)));
  return lines;
}

export const layoutCode: LayoutBlock<Code> = (block, env, space) => {
  const px = codePx(env.fontPx, env.minFontPx);
  const cell = cellWidth(px);
  const { height: lh, baseline } = lineMetrics(px);
  const pad = px * 0.55;
  const lines = sourceLines(block);
  const grid = gridLines(lines, (space.width - 2 * pad) / cell);
  const cols = grid.reduce((m, l) => Math.max(m, l.width), 0);
  const captionLines = block.caption ? wrapRich([{ text: block.caption }], space.width, px) : [];
  const captionH = captionLines.length * lh;
  const width = Math.min(space.width, Math.max(cols * cell + 2 * pad, px * 4, ...captionLines.map((l) => l.width)));
  const cardW = Math.min(width, Math.max(cols * cell + 2 * pad, px * 4));
  const height = captionH + Math.max(1, grid.length) * lh + 2 * pad;
  const marks: Mark[] = captionLines.flatMap((line, i) => lineMarks(line, 0, i * lh, px, { color: shade(env.accent, 0.2), seed: env.seed + 1 + i }));
  marks.push(
    {
      kind: "rect",
      x: 0,
      y: captionH,
      width: cardW,
      height: height - captionH,
      style: { seed: env.seed, stroke: shade(env.ink, 0.05), strokeWidth: 0.9, fill: tint(env.ink, 0.92), fillStyle: "solid", roughness: 0.7 },
    },
  );
  const markColor = shade(env.accent, 0.1);
  grid.forEach((line, i) => {
    const top = captionH + pad + i * lh;
    for (const c of line.cells) marks.push(...cellMarks(c, pad + c.col * cell, top, baseline, lh, cell, px, c.mark ? markColor : env.ink));
  });
  return { width, height, marks };
};

/**
 * Characters set in the math face instead of the hand: the hand's `|` reads as an `l` (`<|im_start|>`), and the
 * continuation sign would otherwise be taken for an emoji.
 */
const MATH_FACE = new Set(["|", CONTINUATION]);

function runsOf(text: string, px: number): Run[] {
  if (!MATH_FACE.has(text)) return measureRuns(text, px);
  const size = px * FACE_SPECS.math.scale;
  return [{ kind: "text", face: "math", text, width: advanceEm("math", text) * size, size, bold: false }];
}

/** The glyph(s) of one cell, centred in it. */
function cellMarks(c: Cell, x: number, top: number, baseline: number, lh: number, cell: number, px: number, color: string): Mark[] {
  const runs = runsOf(c.text, px);
  const total = runs.reduce((s, r) => s + r.width, 0);
  let cx = x + (c.cells * cell - total) / 2;
  const out: Mark[] = [];
  for (const r of runs) {
    if (r.kind === "emoji") out.push({ kind: "emoji", x: cx, y: top + (lh - r.size) / 2, size: r.size, emoji: r.text });
    else out.push({ kind: "text", x: cx, y: top + baseline, size: r.size, face: r.face, text: r.text, width: r.width, color });
    cx += r.width;
  }
  return out;
}
