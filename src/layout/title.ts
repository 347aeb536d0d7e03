// The title row: the banner in the bold hand over a yellow highlighter swash (shrunk to fit one line),
// a small subtitle line under it and the source URL small in the right corner.
import type { Meta } from "../model/sheet.js";
import { LEGIBLE_MIN_PX } from "../model/sheet.js";
import { translateMarks, type Box, type Mark } from "../model/positioned.js";
import { textWidth } from "../fonts/measure.js";
import { lineMarks, plain, wrapRich } from "./wrap.js";
import { INK } from "../blocks/types.js";

export const BANNER_SWASH = "#ffd43b";
const MUTED = "#5c667a";

export function subtitleOf(meta: Meta): string {
  const series = [meta.series, meta.chapter !== undefined ? `Ch. ${meta.chapter}` : undefined].filter(Boolean).join(" ");
  return [meta.titleKr, meta.author, series].filter((s): s is string => !!s && s.trim() !== "").join("  ·  ");
}

export function layoutTitle(meta: Meta, box: Box, seed: number): { marks: Mark[]; warnings: string[] } {
  const banner = meta.banner ?? meta.title;
  const subtitle = subtitleOf(meta);
  const url = meta.sourceUrl ?? "";
  const padX = Math.min(16, box.width * 0.015);
  const subPx = Math.max(LEGIBLE_MIN_PX, Math.min(16, box.height * 0.2));
  const subH = subtitle || url ? subPx * 1.35 : 0;
  const bannerWidth = (px: number): number => textWidth(banner, px, "bold");
  // Largest banner size (0.5 px steps) that keeps it on one line and leaves room for the subtitle.
  let px = Math.max(LEGIBLE_MIN_PX, Math.floor(((box.height - subH) / 1.3) * 2) / 2);
  while (px > LEGIBLE_MIN_PX && bannerWidth(px) > box.width - 2 * padX - px * 0.4) px -= 0.5;
  const bannerH = px * 1.3;
  const top = box.y + Math.max(0, (box.height - bannerH - subH) / 2);
  const marks: Mark[] = [];
  const line = wrapRich([{ text: banner, bold: true }], Number.POSITIVE_INFINITY, px)[0];
  const warnings: string[] = [];
  if (line) {
    const x = box.x + padX;
    // The swash runs a little past both ends, like a marker pulled by hand, over the lower part of the letters.
    marks.push({ kind: "highlight", x: x - px * 0.25, y: top + px * 0.45, width: line.width + px * 0.5, height: px * 0.75, color: BANNER_SWASH, seed });
    marks.push(...translateMarks(lineMarks(line, 0, 0, px, { color: INK, seed: seed + 1 }), x, top - px * 0.1));
  }
  const subTop = top + bannerH;
  let subRight = box.x + padX;
  if (subtitle) {
    const sub = wrapRich(plain(subtitle), Number.POSITIVE_INFINITY, subPx)[0];
    if (sub) {
      marks.push(...translateMarks(lineMarks(sub, 0, 0, subPx, { color: MUTED, seed: seed + 2 }), box.x + padX + px * 0.1, subTop));
      subRight = box.x + padX + px * 0.1 + sub.width;
    }
  }
  if (url) {
    const urlPx = LEGIBLE_MIN_PX;
    const u = wrapRich(plain(url), Number.POSITIVE_INFINITY, urlPx)[0];
    if (u) {
      const x = box.x + box.width - padX - u.width;
      if (x < subRight + 12) warnings.push("the source URL crowds the subtitle in the title row");
      const y = subTop + (subPx - urlPx) * 1.1;
      marks.push(...translateMarks(lineMarks(u, 0, 0, urlPx, { color: "#7d8799", seed: seed + 3 }), Math.max(x, subRight + 12), y));
    }
  }
  marks.push({ kind: "line", x1: box.x, y1: box.y + box.height - 1, x2: box.x + box.width, y2: box.y + box.height - 1, style: { seed: seed + 4, stroke: INK, strokeWidth: 1.6, roughness: 0.8, bowing: 0.5, disableMultiStroke: true } });
  return { marks, warnings };
}
