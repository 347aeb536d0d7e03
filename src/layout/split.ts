// Balanced column split for panels with many blocks: the same answer as trying every cut (the smallest
// tallest column, earliest cuts on ties), in O(m log m) from prefix sums instead of O(m^n · m).
// fit.ts keeps its exhaustive search for short lists, where its exact tie-breaking decides the goldens.

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
