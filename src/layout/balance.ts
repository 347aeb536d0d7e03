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

/** Gaps between blocks grow to at most this many times the base gap; beyond that blocks would look unrelated. */
const MAX_GAP_GROWTH = 3;

/**
 * Offsets for items of the given heights stacked in `height`: spare space first widens the gaps between
 * items evenly (up to MAX_GAP_GROWTH), and what is left centres the group, so nothing sits in one half.
 */
export function spread(heights: number[], gap: number, height: number): number[] {
  const k = heights.length;
  const natural = heights.reduce((s, h) => s + h, 0) + gap * Math.max(0, k - 1);
  const spare = Math.max(0, height - natural);
  const between = k > 1 ? Math.min(spare / k, gap * (MAX_GAP_GROWTH - 1)) : 0;
  const tops: number[] = [];
  let y = (spare - between * (k - 1)) / 2;
  for (const h of heights) {
    tops.push(y);
    y += h + gap + between;
  }
  return tops;
}

/**
 * In a column, items start at the top with their natural gaps (a list running on from the previous column
 * must not drift down); a lone diagram or note is centred in the band.
 */
function spreadColumn(col: Item[], gap: number, height: number): number[] {
  const spare = Math.max(0, height - stackHeight(col, gap));
  if (col.length === 1) return [col[0]!.center ? spare / 2 : 0];
  const tops: number[] = [];
  let y = 0;
  for (const it of col) {
    tops.push(y);
    y += it.layout.height + gap;
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
  if (item.src !== undefined) block.src = item.src;
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
      const colTops = spreadColumn(col, a.gap, band);
      col.forEach((it, i) => out.push(place(it, x, bandTop + (colTops[i] ?? 0), a.colWidth)));
    });
  }
  return out;
}
