// Balancing: one size family across the page (no panel more than ~1.35× the smallest fitted size), and the
// leftover height of each panel spread evenly between its blocks so no panel looks half empty.
import type { Box, PositionedBlock } from "../model/positioned.js";
import { translateMarks } from "../model/positioned.js";
import { stackHeight, type Arrangement, type Item } from "./fit.js";

export const SIZE_SPREAD = 1.35;
/** Within one row, neighbours side by side: the largest body size at most this times the smallest. */
export const ROW_SPREAD = 1.25;
/**
 * A nearly empty panel (a fact card: `$40K` over `원래 비용`) may be drawn up to this times the page's smallest
 * size, as long as it still reads as nearly empty there: a line or two in a big box reads better large.
 */
export const EMPTY_SPREAD = 1.7;
/** A panel whose blocks cover less than this share of its content box is nearly empty. */
export const NEARLY_EMPTY = 0.15;

const half = (px: number): number => Math.floor(px * 2 + 1e-9) / 2;

/**
 * The size each panel is drawn at, given the size each one could fit and its row: no panel above SIZE_SPREAD ×
 * the page's smallest, nor above ROW_SPREAD × its row's smallest. A nearly empty panel (`nearlyEmpty` at the
 * row-capped size) keeps only the page cap, as far as it still reads as nearly empty there: a line or two in a
 * big box reads better large.
 */
export function balancedSizes(fitted: number[], rows: number[], minPx: number, nearlyEmpty: (i: number, px: number) => boolean = () => false): number[] {
  if (fitted.length === 0) return [];
  const pageCap = half(Math.max(minPx, Math.min(...fitted) * SIZE_SPREAD));
  const emptyCap = half(Math.max(minPx, Math.min(...fitted) * EMPTY_SPREAD));
  const rowMin = new Map<number, number>();
  fitted.forEach((px, i) => rowMin.set(rows[i]!, Math.min(rowMin.get(rows[i]!) ?? Infinity, px)));
  return fitted.map((px, i) => {
    const page = Math.max(minPx, Math.min(px, pageCap));
    const row = Math.max(minPx, Math.min(page, half(rowMin.get(rows[i]!)! * ROW_SPREAD)));
    const roomy = Math.max(minPx, Math.min(px, emptyCap));
    if (!(row < roomy && nearlyEmpty(i, row))) return row;
    // Larger, but not so large that it no longer reads as nearly empty (then the row's cap holds after all).
    for (let px = roomy; px > row; px -= 0.5) if (nearlyEmpty(i, px)) return px;
    return row;
  });
}

/** Share of a content box covered by the measured items (their boxes; a caption in its chart's empty margin counts twice, a few hundred px²). */
export function fillOf(a: Arrangement, content: { width: number; height: number }): number {
  const area = [...a.top, ...a.cols.flat()].flatMap((it) => it.parts?.map((p) => p.item) ?? [it]).reduce((s, it) => s + it.layout.width * it.layout.height, 0);
  return content.width * content.height > 0 ? area / (content.width * content.height) : 0;
}

/** Gaps between columns grow to at most this many times the base gap; beyond that columns would look unrelated. */
const MAX_GAP_GROWTH = 3;
/**
 * Gaps between stacked blocks grow to at most this many times the base gap: a heading line, its list and the
 * note under it drift apart and read as unrelated well before the gap between columns would.
 */
export const MAX_STACK_GAP_GROWTH = 1.5;

/**
 * Share of a stack's leftover height set above it. A group centred exactly looks low and, in a tall box with
 * little in it, cut off from its title by a blank band; a designer sets it at the optical centre, a little
 * high, so a third goes above and two thirds below.
 */
export const TOP_SHARE = 1 / 3;

/**
 * Offsets for items of the given heights stacked in `height`: spare space first widens the gaps between
 * items evenly (up to MAX_STACK_GAP_GROWTH), and what is left sets the group at the optical centre
 * (TOP_SHARE), so nothing sits in one half.
 */
export function spread(heights: number[], gap: number, height: number): number[] {
  const k = heights.length;
  const natural = heights.reduce((s, h) => s + h, 0) + gap * Math.max(0, k - 1);
  const spare = Math.max(0, height - natural);
  const between = k > 1 ? Math.min(spare / k, gap * (MAX_STACK_GAP_GROWTH - 1)) : 0;
  const tops: number[] = [];
  let y = (spare - between * (k - 1)) * TOP_SHARE;
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

/** The item's blocks placed (a caption and its chart are two, at their offsets in the item). */
function place(item: Item, x: number, y: number, width: number): PositionedBlock[] {
  const dx = item.center ? x + Math.max(0, (width - item.layout.width) / 2) : x;
  return item.parts ? item.parts.map((p) => placeOne(p.item, dx + p.dx, y + p.dy)) : [placeOne(item, dx, y)];
}

function placeOne(item: Item, dx: number, y: number): PositionedBlock {
  const block: PositionedBlock = {
    kind: item.kind,
    box: { x: dx, y, width: item.layout.width, height: item.layout.height },
    marks: translateMarks(item.layout.marks, dx, y),
  };
  if (item.src !== undefined) block.src = item.src;
  if (item.layout.nodes) block.nodes = item.layout.nodes.map((n) => ({ ...n, box: { ...n.box, x: n.box.x + dx, y: n.box.y + y } }));
  return block;
}

/** Width an item needs in its column (centred items count at their own width too). */
function usedWidth(items: Item[]): number {
  return Math.max(0, ...items.map((it) => it.layout.width));
}

/**
 * Left edges of the columns once their spare width is shared out: content narrower than its column does not
 * leave a blank strip on one side; the spare goes evenly to the outer margins and the gaps between columns
 * (a gap grows to at most MAX_GAP_GROWTH times its size, the rest to the margins).
 */
export function columnXs(used: number[], colGap: number, width: number): number[] {
  const n = used.length;
  const spare = Math.max(0, width - used.reduce((s, w) => s + w, 0) - colGap * (n - 1));
  const between = n > 1 ? Math.min(spare / (n + 1), colGap * (MAX_GAP_GROWTH - 1)) : 0;
  const margin = (spare - between * (n - 1)) / 2;
  const xs: number[] = [];
  let x = margin;
  for (const w of used) {
    xs.push(x);
    x += w + colGap + between;
  }
  return xs;
}

/** The top items in their rows: one each, or as `a.shelves` groups them. */
function topRows(a: Arrangement): Item[][] {
  if (!a.shelves) return a.top.map((it) => [it]);
  const rows: Item[][] = [];
  let k = 0;
  for (const n of a.shelves) rows.push(a.top.slice(k, (k += n)));
  return rows;
}

/** Items sharing a row: side by side with the column gap, the group centred, each centred in the row's height. */
function placeShelf(row: Item[], content: Box, y: number, colGap: number, out: PositionedBlock[]): void {
  const h = Math.max(0, ...row.map((it) => it.layout.height));
  const w = row.reduce((s, it) => s + it.layout.width, 0) + colGap * (row.length - 1);
  let x = content.x + Math.max(0, (content.width - w) / 2);
  for (const it of row) {
    out.push(...place({ ...it, center: false }, x, y + (h - it.layout.height) / 2, it.layout.width));
    x += it.layout.width + colGap;
  }
}

/** Place a measured arrangement into the content box, centring it in the leftover width and height. */
export function placeArrangement(a: Arrangement, content: Box): PositionedBlock[] {
  const out: PositionedBlock[] = [];
  const rows = topRows(a);
  const rowH = (row: Item[]): number => Math.max(0, ...row.map((it) => it.layout.height));
  if (a.columns === 1) {
    const tops = spread(rows.map(rowH), a.gap, content.height);
    // The stack as one left-aligned group (its widest lone item's width), centred in the panel.
    const w = usedWidth(rows.filter((r) => r.length === 1).flat());
    const x = content.x + Math.max(0, (content.width - w) / 2);
    rows.forEach((row, i) => {
      const y = content.y + (tops[i] ?? 0);
      if (row.length > 1) return placeShelf(row, content, y, a.colGap, out);
      const it = row[0]!;
      out.push(...place(it, it.center ? content.x : x, y, it.center ? content.width : w));
    });
    return out;
  }
  // Rows of the page-like stack: the full-width items, then the band of columns as one unit.
  const band = Math.max(0, ...a.cols.map((c) => stackHeight(c, a.gap)));
  const heights = [...rows.map(rowH), ...(band > 0 ? [band] : [])];
  const tops = spread(heights, a.gap, content.height);
  const used = a.cols.map((c, k) => Math.min(a.colWidths[k] ?? 0, usedWidth(c)));
  const xs = columnXs(used, a.colGap, content.width);
  const left = content.x + (xs[0] ?? 0);
  rows.forEach((row, i) => {
    const y = content.y + (tops[i] ?? 0);
    if (row.length > 1) return placeShelf(row, content, y, a.colGap, out);
    const it = row[0]!;
    const x = it.center ? content.x : Math.max(content.x, Math.min(left, content.x + content.width - it.layout.width));
    out.push(...place(it, x, y, it.center ? content.width : it.layout.width));
  });
  if (band > 0) {
    const bandTop = content.y + (tops[rows.length] ?? 0);
    a.cols.forEach((col, c) => {
      const x = content.x + (xs[c] ?? 0);
      const colTops = spreadColumn(col, a.gap, band);
      col.forEach((it, i) => out.push(...place(it, x, bandTop + (colTops[i] ?? 0), used[c] ?? 0)));
    });
  }
  return out;
}
