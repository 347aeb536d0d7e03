// A long horizontal flowchart cut into a snake of 2–3 rows (place.ts): odd rows run mirrored, so the chain turns
// down at the row end and comes back, instead of shrinking the text to fit one line.
import type { Pt } from "../diagram/geometry.js";
import { outerBox, type Sizes } from "./measure.js";
import type { Placement } from "./place.js";

/** Cut the columns of a horizontal layout into `rows` bands and stack them, every other one mirrored. */
export function snake(p: Placement, rows: number, s: Sizes): void {
  const all = [...p.nodes.values()];
  const spans = all.map((n) => [n.cx + n.m.off - n.m.outerW / 2, n.cx + n.m.off + n.m.outerW / 2] as const).sort((a, b) => a[0] - b[0]);
  // Gaps between columns (x intervals no node covers) are the only places a row may end.
  const gaps: number[] = [];
  let reach = -Infinity;
  for (const [l, r] of spans) {
    if (reach > -Infinity && l > reach) gaps.push((l + reach) / 2);
    reach = Math.max(reach, r);
  }
  const left = spans[0]?.[0] ?? 0;
  const total = reach - left;
  // A return loop cut in two reads badly, so a cut through one costs as much as a very uneven row.
  const loops = p.edges.filter((e) => e.back).map((e) => [p.nodes.get(e.edge.from)?.cx ?? 0, p.nodes.get(e.edge.to)?.cx ?? 0].sort((a, b) => a - b));
  const cost = (x: number, target: number): number => Math.abs(x - target) + loops.filter(([a, b]) => a! < x && x < b!).length * total * 0.3;
  const cuts: number[] = [];
  for (let j = 1; j < rows; j++) {
    const target = left + (total * j) / rows;
    const best = gaps.filter((x) => x > (cuts[cuts.length - 1] ?? -Infinity)).sort((a, b) => cost(a, target) - cost(b, target))[0];
    if (best !== undefined) cuts.push(best);
  }
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return;
  const rowOf = (x: number): number => cuts.filter((c) => c < x).length;
  for (const n of all) n.row = rowOf(n.cx);
  const count = cuts.length + 1;
  const start: number[] = [];
  const width: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  for (let r = 0; r < count; r++) {
    const inRow = all.filter((n) => n.row === r);
    const lo = Math.min(...inRow.map((n) => outerBox(n).x));
    start.push(lo);
    width.push(Math.max(...inRow.map((n) => n.cx + n.m.off + n.m.outerW / 2)) - lo);
    top.push(Math.min(...inRow.map((n) => n.cy - n.m.outerH / 2)));
    bottom.push(Math.max(...inRow.map((n) => n.cy + n.m.outerH / 2)));
  }
  const inner = p.edges.filter((e) => !e.back && p.nodes.get(e.edge.from)?.row === p.nodes.get(e.edge.to)?.row);
  for (const e of inner) {
    const r = p.nodes.get(e.edge.from)!.row;
    for (const [, y] of [...e.points, ...(e.labelAt ? [e.labelAt] : [])]) {
      top[r] = Math.min(top[r]!, y - (e.label?.height ?? 0));
      bottom[r] = Math.max(bottom[r]!, y + (e.label?.height ?? 0));
    }
  }
  const W = Math.max(...width);
  // Room between rows for the turn-down connector and a return arc over the next row.
  const gap = s.px * (s.tight ? 2.1 : 2.6);
  const shiftY: number[] = [];
  let y = 0;
  for (let r = 0; r < count; r++) {
    shiftY.push(y - top[r]!);
    y += bottom[r]! - top[r]! + gap;
  }
  const map = (r: number, [x, yy]: Pt): Pt => [r % 2 === 0 ? x - start[r]! : W - (x - start[r]!), yy + shiftY[r]!];
  // A loop from a node back to itself stands over it with its label on top (route.ts `selfLoop`): where that label
  // would reach down onto a box of the row above, the rows from its own on move down clear of it.
  for (const e of p.edges) {
    const n = e.edge.from === e.edge.to ? p.nodes.get(e.edge.from) : undefined;
    if (!n || n.row === 0 || !e.label) continue;
    const [x, y] = map(n.row, [n.cx, n.cy]);
    const top = y - n.m.height / 2 - s.px * 1.7 - e.label.height - 2;
    const [l, r] = [x - e.label.width / 2, x + e.label.width / 2];
    const above = all.filter((m) => m.row === n.row - 1).map((m) => ({ at: map(m.row, [m.cx, m.cy]), m }));
    const reach = Math.max(0, ...above.filter(({ at, m }) => at[0] + m.m.width / 2 > l && at[0] - m.m.width / 2 < r).map(({ at, m }) => at[1] + m.m.height / 2 + 2 - top));
    for (let k = n.row; k < count; k++) shiftY[k]! += reach;
  }
  for (const n of all) [n.cx, n.cy] = map(n.row, [n.cx, n.cy]);
  for (const e of p.edges) {
    const a = p.nodes.get(e.edge.from);
    const b = p.nodes.get(e.edge.to);
    if (!a || !b) continue;
    if (a.row !== b.row) {
      e.crossRow = true;
      e.points = [];
      e.labelAt = undefined;
      continue;
    }
    e.points = e.points.map((pt) => map(a.row, pt));
    if (e.labelAt) e.labelAt = map(a.row, e.labelAt);
  }
  p.rows = count;
}
