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
  return [meta.tagline, meta.titleKr, meta.author, series].filter((s): s is string => !!s && s.trim() !== "").join("  ·  ");
}

export function layoutTitle(meta: Meta, box: Box, seed: number): { marks: Mark[]; warnings: string[] } {
  const banner = meta.banner ?? meta.title;
  const subtitle = subtitleOf(meta);
  const url = meta.sourceUrl ?? "";
  const padX = Math.min(16, box.width * 0.015);
  const subPx = Math.max(LEGIBLE_MIN_PX, Math.min(16, box.height * 0.2));
  const urlPx = LEGIBLE_MIN_PX;
  const subH = subtitle || url ? subPx * 1.35 : 0;
  const bannerWidth = (px: number): number => textWidth(banner, px, "bold");
  const inner = box.width - 2 * padX;
  // Largest banner size (0.5 px steps) that keeps it on one line within `width` and `height`.
  const largest = (width: number, height: number): number => {
    let px = Math.max(LEGIBLE_MIN_PX, Math.floor((height / 1.3) * 2) / 2);
    while (px > LEGIBLE_MIN_PX && bannerWidth(px) > width - px * 0.4) px -= 0.5;
    return px;
  };
  const stacked = largest(inner, box.height - subH);
  // A short banner in a wide, low title row (16:9) would cover a third of it: the subtitle and source then
  // go beside it, right-aligned, and the banner takes the row's full height, so the two span the row.
  const gap = 24;
  const sub = subtitle ? wrapRich(plain(subtitle), Number.POSITIVE_INFINITY, subPx)[0] : undefined;
  const u = url ? wrapRich(plain(url), Number.POSITIVE_INFINITY, urlPx)[0] : undefined;
  const sideW = Math.max(sub?.width ?? 0, u?.width ?? 0);
  const beside = largest(inner - sideW - gap, box.height);
  const side = bannerWidth(stacked) < inner * 0.75 && beside > stacked * 1.15;
  const px = side ? beside : stacked;
  const bannerH = px * 1.3;
  const top = box.y + Math.max(0, (box.height - bannerH - (side ? 0 : subH)) / 2);
  const marks: Mark[] = [];
  const line = wrapRich([{ text: banner, bold: true }], Number.POSITIVE_INFINITY, px)[0];
  const warnings: string[] = [];
  if (line) {
    const x = box.x + padX;
    // The swash runs a little past both ends, like a marker pulled by hand, over the lower part of the
    // letters; it runs on to the subtitle block beside it, or across the row, so the banner spans the row.
    const reach = Math.max(line.width + px * 0.5, (side ? inner - sideW - gap * 0.6 : inner) + px * 0.25);
    marks.push({ kind: "highlight", x: x - px * 0.25, y: top + px * 0.45, width: reach, height: px * 0.75, color: BANNER_SWASH, seed });
    marks.push(...translateMarks(lineMarks(line, 0, 0, px, { color: INK, seed: seed + 1 }), x, top - px * 0.1));
  }
  if (side) {
    // Subtitle over source, right-aligned, centred on the banner's height.
    const right = box.x + box.width - padX;
    const h = (sub ? subPx * 1.35 : 0) + (u ? urlPx * 1.35 : 0);
    let y = top + (bannerH - h) / 2;
    if (sub) {
      marks.push(...translateMarks(lineMarks(sub, 0, 0, subPx, { color: MUTED, seed: seed + 2 }), right - sub.width, y));
      y += subPx * 1.35;
    }
    if (u) marks.push(...translateMarks(lineMarks(u, 0, 0, urlPx, { color: "#7d8799", seed: seed + 3 }), right - u.width, y));
  } else {
    const subTop = top + bannerH;
    let subRight = box.x + padX;
    if (sub) {
      marks.push(...translateMarks(lineMarks(sub, 0, 0, subPx, { color: MUTED, seed: seed + 2 }), box.x + padX + px * 0.1, subTop));
      subRight = box.x + padX + px * 0.1 + sub.width;
    }
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
