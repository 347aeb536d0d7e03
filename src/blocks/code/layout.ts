// A code block: the text as written on a fixed character grid on a pale card. Each grid line is set as code is
// set inline (fonts/cells.ts): fixed-advance text runs, so the PDF's text reads line by line with its blanks.
import { DENSE_CODE, type Code } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import { lineHeight, type LayoutBlock } from "../types.js";
import { MONO_CELL_EM, lineMetrics } from "../../fonts/measure.js";
import { runMarks, type Look } from "../../layout/inline.js";
import { shade, tint } from "../../layout/color.js";
import { lineMarks, wrapRich } from "../../layout/wrap.js";
import { CONTINUATION, codeSourceLines, gridLines } from "./grid.js";

/** Code is set a little smaller than body text, never below the legible minimum. */
export function codePx(fontPx: number, minFontPx: number): number {
  return Math.max(minFontPx, fontPx * 0.9);
}

/** Code as inline code is set: the same runs, faces and cells. */
const CODE: Look = { bold: false, code: true };

const sourceCache = new WeakMap<Code, string[]>();

function sourceLines(block: Code): string[] {
  let lines = sourceCache.get(block);
  if (!lines) sourceCache.set(block, (lines = codeSourceLines(block.text)));
  return lines;
}

export const layoutCode: LayoutBlock<Code> = (block, env, space) => {
  // The page's very last rescue (BlockEnv.smallCode): a sample at the minimum set a step smaller, its lines closer.
  const small = env.smallCode === true && env.fontPx <= env.minFontPx;
  const px = small ? env.minFontPx * DENSE_CODE : codePx(env.fontPx, env.minFontPx);
  const cell = MONO_CELL_EM * px;
  const box = lineMetrics(px);
  const lh = small ? lineHeight(env, px, box.height) : box.height;
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
    if (line.mark !== undefined) marks.push(...runMarks(CONTINUATION, CODE, pad + line.mark * cell, top, box, px, markColor));
    marks.push(...runMarks(line.text, CODE, pad + line.col * cell, top, box, px, env.ink));
  });
  return { width, height, marks };
};
