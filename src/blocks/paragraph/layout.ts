// A paragraph: keep-all wrapped handwriting, key terms in the accent over a highlighter swash.
import type { Paragraph } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import { lineHeight, type LayoutBlock } from "../types.js";
import { lineMetrics } from "../../fonts/measure.js";
import { lineMarks, wrapRich } from "../../layout/wrap.js";
import { highlighterFor } from "../../layout/color.js";

export const layoutParagraph: LayoutBlock<Paragraph> = (block, env, space) => {
  const px = env.fontPx;
  const lines = wrapRich(block.text, space.width, px);
  const lh = lineHeight(env, px, lineMetrics(px).height);
  const marks: Mark[] = [];
  const style = { color: env.ink, boldColor: env.accent, highlight: highlighterFor(env.accent), seed: env.seed };
  lines.forEach((line, i) => marks.push(...lineMarks(line, 0, i * lh, px, { ...style, seed: env.seed + i * 17 })));
  const width = Math.min(space.width, Math.max(0, ...lines.map((l) => l.width)));
  return { width, height: lines.length * lh, marks };
};
