// Balanced column splits: units (blocks, list items) cut into n contiguous columns with the smallest tallest one.
// Short lists try every cut (`balancedSplit`, whose tie-breaking decides the goldens); a panel with many blocks
// gets the same answer from prefix sums (`splitMany`), in O(m log m) instead of O(m^n · m).
import type { Panel } from "../model/sheet.js";
import type { Unit } from "./flow.js";


/** Contiguous split of `heights` into n ≤ 3 non-empty groups (m ≥ n) minimising the tallest group. */
export function splitMany(heights: readonly number[], n: number, gap: number): number[][] {
  const m = heights.length;
  const prefix = [0];
  for (let i = 0; i < m; i++) prefix.push(prefix[i]! + heights[i]!);
  // Height of items a..b-1 stacked with gaps.
  const h = (a: number, b: number): number => prefix[b]! - prefix[a]! + gap * Math.max(0, b - a - 1);
  const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);
  if (n <= 1 || m < n) return [range(0, m)];
  // The best single cut of a..m: h(a, c) grows with c and h(c, m) shrinks, so the best c is at the crossing.
  const bestCut = (a: number): { cut: number; max: number } => {
    let lo = a + 1;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h(a, mid) >= h(mid, m)) hi = mid;
      else lo = mid + 1;
    }
    let best = { cut: lo, max: Math.max(h(a, lo), h(lo, m)) };
    if (lo - 1 > a) {
      const before = Math.max(h(a, lo - 1), h(lo - 1, m));
      if (before <= best.max) best = { cut: lo - 1, max: before };
    }
    return best;
  };
  if (n === 2) {
    const { cut } = bestCut(0);
    return [range(0, cut), range(cut, m)];
  }
  let best = { first: 1, second: 2, max: Infinity };
  for (let first = 1; first <= m - 2; first++) {
    const head = h(0, first);
    if (head >= best.max) break; // later first cuts only make the first group taller
    const rest = bestCut(first);
    const max = Math.max(head, rest.max);
    if (max < best.max) best = { first, second: rest.cut, max };
  }
  return [range(0, best.first), range(best.first, best.second), range(best.second, m)];
}

/**
 * Contiguous split of units into n groups with the smallest tallest group (n ≤ 3, few blocks: brute force).
 * `heights[c][k]` is unit k's height in column c (columns may differ in width). `widow` tells the cuts that carry
 * a list's last item alone over another block, taken only when the others need `room` or `slack` more height.
 */
export function balancedSplit(heights: number[][], n: number, gap: number, widow?: (cut: number) => boolean, room = 0, slack = 0): number[][] {
  const m = heights[0]?.length ?? 0;
  // Fewer units than columns: one each, the last columns empty (never a unit left out).
  if (m < n) return Array.from({ length: n }, (_, c) => (c < m ? [c] : []));
  // Past 40 blocks trying every cut is too slow; columns are then as wide as each other, so one list of heights.
  if (m > 40) return splitMany(heights[0]!, n, gap);
  const h = (c: number, a: number, b: number): number => (heights[c] ?? []).slice(a, b).reduce((s, x) => s + x, 0) + gap * Math.max(0, b - a - 1);
  // The best cuts of all, and the best that carry no list item alone over another block (`widow`).
  const any = { groups: [] as number[][], max: Infinity, spread: Infinity };
  const whole = { ...any };
  const cuts = (start: number, left: number, acc: number[][], widows: boolean): void => {
    if (left === 1) {
      const groups = [...acc, range(start, m)];
      const tall = groups.map((g, c) => (g.length ? h(c, g[0]!, g[g.length - 1]! + 1) : 0));
      const max = Math.max(...tall);
      // Among cuts as short as each other (the tallest column is one block that no cut changes, a quote or a
      // diagram), the one whose other columns come out most even: a list beside it splits 2 | 3, not 1 | 4.
      const spread = tall.reduce((s, x) => s + x * x, 0);
      for (const best of widows ? [any] : [any, whole]) {
        if (max < best.max - 0.01 || (max < best.max + 0.01 && spread < best.spread - 1)) Object.assign(best, { groups, max, spread });
      }
      return;
    }
    for (let end = start + 1; end <= m - left + 1; end++) cuts(end, left - 1, [...acc, range(start, end)], widows || (widow?.(end) ?? false));
  };
  cuts(0, n, [], false);
  // A lone item carried over to the next column reads as a stray point: the list stays whole (or is cut
  // elsewhere) when the columns still fit their `room` so, or come out at most `slack` (a share) taller.
  return whole.groups.length && whole.max <= Math.max(room, any.max * (1 + slack)) ? whole.groups : any.groups;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/**
 * Whether a cut before unit `cut` carries a list's last items into the next column over another block: points
 * standing on top of a quote or a chart read as stray lines, not as the list's end.
 */
function widowCut(u: Unit[], cut: number): boolean {
  const a = u[cut - 1];
  const b = u[cut];
  if (!a || !b || a.bullet === undefined || b.bullet === undefined || a.src !== b.src) return false;
  return u.slice(cut + 1).some((x) => x.src !== b.src);
}

/** A cut a reader trips on: a widow (above), or one parting an item's nested points from it (the `part`
 * rescue's units), which columns with room for the whole item need not make. */
export function strayCut(panel: Panel, u: Unit[], cut: number): boolean {
  const a = u[cut - 1];
  const b = u[cut];
  const block = b ? panel.blocks[b.src] : undefined;
  const parted = !!a && !!b && a.src === b.src && b.bullet !== undefined && block?.kind === "bullets" && (block.depths?.[b.bullet] ?? 0) > 0;
  return parted || widowCut(u, cut);
}
