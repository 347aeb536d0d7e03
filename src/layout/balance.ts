// Balancing: one size family across the page (no panel more than ~1.35× the smallest fitted size), and the
// leftover height of each panel spread evenly between its blocks so no panel looks half empty.
import type { Box, PositionedBlock } from "../model/positioned.js";
import { translateMarks } from "../model/positioned.js";
import { stackHeight, type Arrangement, type Item } from "./fit.js";

export const SIZE_SPREAD = 1.35;

/** The size each panel is drawn at, given the size each one could fit. */
export function balancedSizes(fitted: number[], minPx: number): number[] {
  if (fitted.length === 0) return [];
  const cap = Math.max(minPx, Math.min(...fitted) * SIZE_SPREAD);
  return fitted.map((px) => Math.max(minPx, Math.min(px, Math.floor(cap * 2) / 2)));
}

/**
 * Offsets for items of the given heights stacked in `height`: the spare space goes half above the first,
 * half below the last and one share between each pair, so a lone item is centred and gaps stay even.
 */
export function spread(heights: number[], gap: number, height: number): number[] {
  const k = heights.length;
  const natural = heights.reduce((s, h) => s + h, 0) + gap * Math.max(0, k - 1);
  const spare = Math.max(0, height - natural);
  const share = k > 0 ? spare / k : 0;
  const tops: number[] = [];
  let y = share / 2;
  for (const h of heights) {
    tops.push(y);
    y += h + gap + share;
  }
  return tops;
}

function place(item: Item, x: number, y: number, width: number): PositionedBlock {
  const dx = item.center ? x + Math.max(0, (width - item.layout.width) / 2) : x;
  const block: PositionedBlock = {
    kind: item.kind,
    box: { x: dx, y, width: item.layout.width, height: item.layout.height },
    marks: translateMarks(item.layout.marks, dx, y),
  };
  if (item.layout.nodes) block.nodes = item.layout.nodes.map((n) => ({ ...n, box: { ...n.box, x: n.box.x + dx, y: n.box.y + y } }));
  return block;
}

/** Place a measured arrangement into the content box, spreading leftover height. */
export function placeArrangement(a: Arrangement, content: Box): PositionedBlock[] {
  const out: PositionedBlock[] = [];
  if (a.columns === 1) {
    const tops = spread(a.top.map((it) => it.layout.height), a.gap, content.height);
    a.top.forEach((it, i) => out.push(place(it, content.x, content.y + (tops[i] ?? 0), content.width)));
    return out;
  }
  // Rows of the page-like stack: the full-width items, then the band of columns as one unit.
  const band = Math.max(0, ...a.cols.map((c) => stackHeight(c, a.gap)));
  const heights = [...a.top.map((it) => it.layout.height), ...(band > 0 ? [band] : [])];
  const tops = spread(heights, a.gap, content.height);
  a.top.forEach((it, i) => out.push(place(it, content.x, content.y + (tops[i] ?? 0), content.width)));
  if (band > 0) {
    const bandTop = content.y + (tops[a.top.length] ?? 0);
    a.cols.forEach((col, c) => {
      const x = content.x + c * (a.colWidth + a.colGap);
      const colTops = spread(col.map((it) => it.layout.height), a.gap, band);
      col.forEach((it, i) => out.push(place(it, x, bandTop + (colTops[i] ?? 0), a.colWidth)));
    });
  }
  return out;
}
