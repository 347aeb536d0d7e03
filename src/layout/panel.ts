// Panel chrome: a hand-drawn border and the title on a pastel tape label with its emoji, plus the content box
// left inside for auto-fit.
import type { Panel } from "../model/sheet.js";
import { LEGIBLE_MIN_PX } from "../model/sheet.js";
import { translateMarks, type Box, type Mark } from "../model/positioned.js";
import { EMOJI_SCALE, lineMetrics, textWidth } from "../fonts/measure.js";
import { lineMarks, wrapRich, type WrappedLine } from "./wrap.js";
import { tint } from "./color.js";
import { INK } from "../blocks/types.js";

export interface Chrome {
  marks: Mark[];
  content: Box;
}

export interface ChromeOptions {
  accent: string;
  seed: number;
  /** Panel title size, px (one size for the whole page). */
  titlePx: number;
  /** Inner padding, px. */
  pad: number;
  /**
   * Cramped page: the tape is stuck on the top border (as tape holds paper) and the padding under the
   * content is halved, so a short panel gets ~15 px more for its content.
   */
  compact?: boolean;
  /** The content starts at the top, right of the tape (beside.ts). */
  beside?: boolean;
}

export function layoutChrome(panel: Panel, box: Box, o: ChromeOptions): Chrome {
  const { accent, seed, pad } = o;
  const title = panel.emoji ? `${panel.emoji} ${panel.title}` : panel.title;
  const maxW = box.width - 2 * pad - 8;
  const { lines, px } = titleLines(title, maxW, o.titlePx);
  const lh = lineMetrics(px).height;
  // One line's tape, and each further line adds its line height.
  const tapeH = Math.max(px * 1.25, px * EMOJI_SCALE + 3) + 1 + (lines.length - 1) * lh;
  const tx = box.x + pad - 4;
  const ty = o.compact ? box.y + 1 : box.y + Math.min(6, pad * 0.45);
  const tapeW = Math.max(0, ...lines.map((l) => l.width)) + 14;
  const marks: Mark[] = [
    {
      kind: "rect",
      x: box.x + 2,
      y: box.y + 2,
      width: box.width - 4,
      height: box.height - 4,
      style: { seed, stroke: INK, strokeWidth: 1.5, roughness: 1.1, bowing: 1.2 },
    },
    {
      kind: "polygon",
      // A strip of washi tape: a little skewed, torn-looking ends.
      points: [[tx - 2, ty + 1.5], [tx + tapeW + 3, ty - 1], [tx + tapeW + 1, ty + tapeH / 2], [tx + tapeW + 4, ty + tapeH + 0.5], [tx - 1, ty + tapeH + 1.5], [tx + 1.5, ty + tapeH / 2]],
      style: { seed: seed + 1, stroke: "none", fill: tint(accent, 0.62), fillStyle: "solid", roughness: 0.6, opacity: 0.85 },
    },
  ];
  const textTop = ty + (tapeH - lines.length * lh) / 2 + px * 0.04;
  lines.forEach((line, k) => marks.push(...translateMarks(lineMarks(line, 0, 0, px, { color: INK, seed: seed + 2 + k * 7 }), tx + 7, textTop + k * lh)));
  const top = o.beside ? box.y + pad * 0.6 : ty + tapeH + pad * 0.4;
  const left = o.beside ? tx + tapeW + pad : box.x + pad;
  const content = { x: left, y: top, width: box.x + box.width - pad - left, height: box.y + box.height - pad * (o.compact ? 0.35 : 0.55) - top };
  return { marks, content };
}

/**
 * The title's line(s) and size: one line at the page's tape size, shrunk as far as the legible minimum to fit.
 * A title too long for one line even there (a narrow sidebar's `💬 WHAT HAPPENS WHEN I PRESS ENTER?`) is set
 * on two lines, broken where the longer line is shortest, as a person letters a label that will not fit.
 */
function titleLines(title: string, maxW: number, titlePx: number): { lines: WrappedLine[]; px: number } {
  const one = (px: number): WrappedLine[] => wrapRich([{ text: title, bold: true }], Number.POSITIVE_INFINITY, px).slice(0, 1);
  let px = titlePx;
  while (px > LEGIBLE_MIN_PX && textWidth(title, px, "bold") > maxW) px -= 0.5;
  const words = title.split(" ");
  if (textWidth(title, px, "bold") <= maxW || words.length < 2) return { lines: one(px), px };
  const widest = (k: number, at: number): number => Math.max(textWidth(words.slice(0, k).join(" "), at, "bold"), textWidth(words.slice(k).join(" "), at, "bold"));
  let best = 1;
  for (let k = 2; k < words.length; k++) if (widest(k, LEGIBLE_MIN_PX) < widest(best, LEGIBLE_MIN_PX)) best = k;
  px = titlePx;
  while (px > LEGIBLE_MIN_PX && widest(best, px) > maxW) px -= 0.5;
  const lines = [words.slice(0, best).join(" "), words.slice(best).join(" ")].map((t) => wrapRich([{ text: t, bold: true }], Number.POSITIVE_INFINITY, px)[0]!);
  return { lines, px };
}
