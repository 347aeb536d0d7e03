// Boxes of one row drawn with different heights (staggered bottoms): the next row's boxes each open right on the
// bottom of the box above them, so their tops differ by a few lines. They are one row all the same: each stands
// beside the others and under its own box, as a box spanning both rows stands beside them all.
import type { Face } from "./box-faces.js";

/**
 * `tops` (sorted row tops) with each staggered top taken into the row before it: every box opening there sits
 * right under a box that opened before that row, and stands beside every box opening at the row's top (their
 * lines overlap, their columns do not).
 */
export function staggeredTops(tops: number[], units: Face[]): number[] {
  const out: number[] = [];
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;
  for (const t of tops) {
    const prev = out[out.length - 1];
    const opening = units.filter((u) => near(u.top, t));
    const rowOpening = prev === undefined ? [] : units.filter((u) => near(u.top, prev));
    const stagger =
      prev !== undefined &&
      opening.length > 0 &&
      rowOpening.length > 0 &&
      opening.every((u) => units.some((a) => near(a.bottom, u.top) && a.top < prev - 1 && cross(a, u) > 0)) &&
      opening.every((u) => rowOpening.every((o) => cross(o, u) <= 0 && o.bottom > u.top + 1));
    if (!stagger) out.push(t);
  }
  return out;
}

/** The last row a box runs down to: not the row of a box opening right on its bottom, stacked under it. */
export function stackedLast(u: Face, last: number, units: Face[], firstOf: (f: Face) => number, first: number): number {
  const under = units.filter((v) => v !== u && Math.abs(v.top - u.bottom) <= 1 && cross(u, v) > 0);
  if (under.length === 0) return last;
  return Math.max(first, Math.min(last, ...under.map((v) => firstOf(v) - 1)));
}

function cross(a: Face, b: Face): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}
