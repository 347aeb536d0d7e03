// Panel chrome: a hand-drawn border and the title on a pastel tape label with its emoji, plus the content box
// left inside for auto-fit.
import type { Panel } from "../model/sheet.js";
import { LEGIBLE_MIN_PX } from "../model/sheet.js";
import { translateMarks, type Box, type Mark } from "../model/positioned.js";
import { EMOJI_SCALE, lineMetrics, textWidth } from "../fonts/measure.js";
import { lineMarks, wrapRich } from "./wrap.js";
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
}

export function layoutChrome(panel: Panel, box: Box, o: ChromeOptions): Chrome {
  const { accent, seed, pad } = o;
  const title = panel.emoji ? `${panel.emoji} ${panel.title}` : panel.title;
  const maxW = box.width - 2 * pad - 8;
  let px = o.titlePx;
  while (px > LEGIBLE_MIN_PX && textWidth(title, px, "bold") > maxW) px -= 0.5;
  const line = wrapRich([{ text: title, bold: true }], Number.POSITIVE_INFINITY, px)[0];
  const lh = lineMetrics(px).height;
  const tapeH = Math.max(px * 1.25, px * EMOJI_SCALE + 3) + 1;
  const tx = box.x + pad - 4;
  const ty = o.compact ? box.y + 1 : box.y + Math.min(6, pad * 0.45);
  const tapeW = (line?.width ?? 0) + 14;
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
  if (line) marks.push(...translateMarks(lineMarks(line, 0, 0, px, { color: INK, seed: seed + 2 }), tx + 7, ty + (tapeH - lh) / 2 + px * 0.04));
  const top = ty + tapeH + pad * 0.4;
  const content = { x: box.x + pad, y: top, width: box.width - 2 * pad, height: box.y + box.height - pad * (o.compact ? 0.35 : 0.55) - top };
  return { marks, content };
}
