// How many panels go in each row when the input arranges none (a prompt document without a layout drawing,
// a sheet Markdown without `layout`): a title row, then one to five rows, fullest rows last.

/** The title row's share of the page height, in %. */
export const TITLE_RATIO = 10;

const GROUPS: Record<number, number[]> = {
  1: [1], 2: [2], 3: [1, 2], 4: [2, 2], 5: [2, 3], 6: [3, 3], 7: [2, 2, 3], 8: [2, 3, 3], 9: [3, 3, 3],
};

/** Panels per row for `n` panels in order: rows of up to 3, or of up to 4 past nine. */
export function rowGroups(n: number): number[] {
  const count = Math.max(1, n);
  return GROUPS[count] ?? chunk(count);
}

/** More than 9 panels: rows of up to 4 (the prompt reader places what is left by title or room). */
function chunk(n: number): number[] {
  const rows = Math.min(5, Math.ceil(n / 4));
  const out = Array.from({ length: rows }, (_, k) => Math.floor(n / rows) + (k < n % rows ? 1 : 0));
  return out.map((x) => Math.min(4, x));
}

/**
 * Row shares of `total` % in proportion to what each row needs (its fullest panel's estimated height), each
 * row keeping at least `floor` of an equal share so that a light row still reads as a row; to 0.5 %, the last
 * row taking the rounding so the shares add up exactly.
 */
export function sharesByNeed(needs: number[], total: number, floor = 0.6): number[] {
  const equal = total / Math.max(1, needs.length);
  const sum = needs.reduce((s, n) => s + Math.max(0, n), 0);
  if (!(sum > 0)) return needs.map(() => equal);
  const low = equal * floor;
  // Rows held at the floor give up what they would have had; the others share the rest by need.
  let fixed = new Set<number>();
  for (;;) {
    const rest = total - low * fixed.size;
    const need = needs.reduce((s, n, k) => s + (fixed.has(k) ? 0 : Math.max(0, n)), 0);
    const next = new Set(fixed);
    needs.forEach((n, k) => {
      if (!fixed.has(k) && (Math.max(0, n) / need) * rest < low) next.add(k);
    });
    if (next.size === fixed.size) {
      const raw = needs.map((n, k) => (fixed.has(k) ? low : (Math.max(0, n) / need) * rest));
      const out = raw.map((r) => Math.round(r * 2) / 2);
      out[out.length - 1] = Math.round((total - out.slice(0, -1).reduce((s, r) => s + r, 0)) * 100) / 100;
      return out;
    }
    fixed = next;
  }
}
