// Height for a row still over at the minimum, after every move and widening: the heights a document gives are
// a sketch (`Middle band (≈55%)`, `| 2행 | 40% |`), and a person with a pen lets the band whose boxes overflow
// run a little lower into the band beside it that has room to spare, rather than leave the page unfinished. The
// shift is small (a few points of the page, the giving band keeping most of its height), so the proportions read
// as written; a page that needs more still overflows and says so.
import type { Sheet } from "../model/sheet.js";
import type { PositionedSheet } from "../model/positioned.js";

/** The shares of the page's height moved, least first: the least that cures the page wins. */
export const HEIGHT_STEPS = [0.025, 0.05];
/** A giving row keeps at least this part of its own height. */
const KEEP = 0.8;

export interface Heightening {
  sheet: Sheet;
  /** Index of the row drawn taller. */
  row: number;
}

/**
 * Sheets to try, least change first: a row holding an overflowing panel drawn taller by each step, the height
 * taken from one row whose panels all fit (the title row too), nearest first. Empty when no row can give.
 */
export function heightenings(sheet: Sheet, laid: PositionedSheet): Heightening[] {
  const total = sheet.rows.reduce((s, r) => s + r.ratio, 0) || 1;
  const overRows = new Set(laid.panels.filter((p) => p.overflow).map((p) => p.row));
  // A panel spanning rows sits in its first; a row it runs through is not free to give either.
  const fullRows = new Set(laid.panels.filter((p) => p.overflow || p.overflowPx > 0).map((p) => p.row));
  const out: Heightening[] = [];
  for (const step of HEIGHT_STEPS) {
    for (const r of [...overRows].sort((a, b) => a - b)) {
      const donors = sheet.rows
        .map((row, i) => ({ row, i }))
        .filter(({ i }) => i !== r && !fullRows.has(i))
        .sort((a, b) => Math.abs(a.i - r) - Math.abs(b.i - r) || b.row.ratio - a.row.ratio);
      for (const { row, i } of donors) {
        const take = step * total;
        if (row.ratio - take < KEEP * row.ratio) continue;
        const rows = sheet.rows.map((x, k) => (k === r ? { ...x, ratio: x.ratio + take } : k === i ? { ...x, ratio: x.ratio - take } : x));
        out.push({ sheet: { ...sheet, rows }, row: r });
      }
    }
  }
  return out;
}
