// Matching one diagram line's upward borders to the ones the line above hands down. By order when the
// counts agree and no ASCII corner makes it doubtful (the seed's hand-aligned drift of several columns is
// read this way); else by alignment with the least change of drift.
import { UP } from "./box-arms.js";
import type { Cell } from "./box-grid.js";

export interface Anchor {
  at: number;
  col: number;
  loose: boolean;
  /** The column the line above typed it at, before it was moved onto the grid. */
  raw?: number;
}

/** Pairs (index into `up`, index into `exp`) matching this line's upward borders to the ones expected. */
export function match(up: Anchor[], exp: Anchor[]): [number, number][] {
  const strict = !up.some((u) => u.loose) && !exp.some((e) => e.loose);
  if (strict && up.length === exp.length) return up.map((_, k) => [k, k]);
  // Alignment by dynamic programming: skipping a real border costs 6, an ASCII corner (which may simply
  // end here) little; a match costs the change of drift since the previous match.
  const m = up.length;
  const n = exp.length;
  const skipU = (i: number): number => (up[i]!.loose ? 0.3 : 6);
  const skipE = (j: number): number => (exp[j]!.loose ? 0.3 : 6);
  const cost: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(Infinity));
  const prev: ([number, number] | undefined)[][] = Array.from({ length: m }, () => new Array(n).fill(undefined));
  const prefix = (len: number, f: (k: number) => number): number[] => {
    const out = [0];
    for (let k = 0; k < len; k++) out.push(out[k]! + f(k));
    return out;
  };
  const sumU = prefix(m, skipU);
  const sumE = prefix(n, skipE);
  const skips = (from: number, to: number, f: typeof skipU): number => (f === skipU ? sumU : sumE)[to]! - (f === skipU ? sumU : sumE)[from]!;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const off = up[i]!.col - exp[j]!.col;
      let best = skips(0, i, skipU) + skips(0, j, skipE) + Math.abs(off);
      let from: [number, number] | undefined;
      for (let a = Math.max(0, i - 12); a < i; a++) {
        for (let b = Math.max(0, j - 12); b < j; b++) {
          const c = cost[a]![b]!;
          if (c === Infinity) continue;
          const v = c + skips(a + 1, i, skipU) + skips(b + 1, j, skipE) + Math.abs(off - (up[a]!.col - exp[b]!.col));
          if (v < best) {
            best = v;
            from = [a, b];
          }
        }
      }
      if (Math.abs(off) <= 12) {
        cost[i]![j] = best;
        prev[i]![j] = from;
      }
    }
  }
  let end: [number, number] | undefined;
  let bestEnd = skips(0, m, skipU) + skips(0, n, skipE);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = cost[i]![j]! + skips(i + 1, m, skipU) + skips(j + 1, n, skipE);
      if (v < bestEnd) {
        bestEnd = v;
        end = [i, j];
      }
    }
  }
  const pairs: [number, number][] = [];
  for (let p = end; p; p = prev[p[0]]![p[1]]) pairs.unshift(p);
  return pairs;
}

/**
 * The pairs, matched against where the line above was typed when that fits better than against where it was
 * moved to: a line snapped onto the frame (`+---+` typed 4 columns long, straightened) carries the typed
 * drift of the line under it along, and the line under it, typed straight below it, is matched straight.
 */
export function matchTyped(up: Anchor[], exp: Anchor[]): [number, number][] {
  const pairs = match(up, exp);
  if (!exp.some((e) => e.raw !== undefined && e.raw !== e.col)) return pairs;
  const typed = exp.map((e) => ({ ...e, col: e.raw ?? e.col }));
  const pairsT = match(up, typed);
  return misfit(up, typed, pairsT) < misfit(up, exp, pairs) ? pairsT : pairs;
}

/** The line's borders that reach up (and `|` that may). */
export function upward(cells: Cell[]): Anchor[] {
  const up: Anchor[] = [];
  for (let at = 0; at < cells.length; at++) {
    const c = cells[at]!;
    if (c.maybe) up.push({ at, col: c.col, loose: true });
    else if (c.arms > 0 && (c.arms & UP || c.loose)) up.push({ at, col: c.col, loose: c.loose && !(c.arms & UP) });
  }
  return up;
}

/** How badly the line's borders fit the ones handed down: each real border left unmatched on either side,
 * and each column a matched one moved. 0 when the line is straight under the one above. */
export function misfit(up: Anchor[], expected: Anchor[], pairs: [number, number][]): number {
  const u = new Set(pairs.map(([i]) => i));
  const e = new Set(pairs.map(([, j]) => j));
  const moved = pairs.reduce((n, [i, j]) => n + Math.abs(up[i]!.col - expected[j]!.col), 0);
  return moved + 6 * (up.filter((a, i) => !a.loose && !u.has(i)).length + expected.filter((a, j) => !a.loose && !e.has(j)).length);
}
