// Height for a row still over at the minimum, after every move and widening: the heights a document gives are
// a sketch (`Middle band (≈55%)`, `| 2행 | 40% |`), and a person with a pen lets the band whose boxes overflow
// run a little lower into the band beside it that has room to spare, rather than leave the page unfinished. The
// shift is small (a few points of the page, the giving band keeping most of its height), so the proportions read
// as written; a page that needs more still overflows and says so.
import type { Sheet } from "../model/sheet.js";
import { coveredShare, type PositionedSheet } from "../model/positioned.js";

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
 * taken from a row of panels that all fit above the minimum size, the emptiest first (its fullest panel decides).
 * The title row keeps its height: a banner's size is the writer's emphasis. Empty when no row can give.
 */
export function heightenings(sheet: Sheet, laid: PositionedSheet): Heightening[] {
  const total = sheet.rows.reduce((s, r) => s + r.ratio, 0) || 1;
  const overRows = new Set(laid.panels.filter((p) => p.overflow).map((p) => p.row));
  const fullest = new Map<number, number>();
  for (const p of laid.panels) {
    // A panel at the minimum size has no room to give, whatever its fill.
    const fill = p.overflow || p.fontPx <= p.minFontPx ? Infinity : (coveredShare(p) ?? 1);
    fullest.set(p.row, Math.max(fullest.get(p.row) ?? 0, fill));
  }
  const donors = sheet.rows
    .map((row, i) => ({ row, i, fill: fullest.get(i) ?? Infinity }))
    .filter(({ row, fill }) => row.kind === "panels" && fill < Infinity)
    .sort((a, b) => a.fill - b.fill || a.i - b.i);
  const out: Heightening[] = [];
  for (const step of HEIGHT_STEPS) {
    for (const r of [...overRows].sort((a, b) => a - b)) {
      for (const { row, i } of donors) {
        const take = step * total;
        if (i === r || row.ratio - take < KEEP * row.ratio) continue;
        const rows = sheet.rows.map((x, k) => (k === r ? { ...x, ratio: x.ratio + take } : k === i ? { ...x, ratio: x.ratio - take } : x));
        out.push({ sheet: { ...sheet, rows }, row: r });
      }
    }
  }
  return out;
}


/**
 * What the writer is told when their heights were changed (undefined when none was): which rows and by how much,
 * each named by its first panel, as the rows are drawn.
 */
export function heightNote(before: Sheet, after: Sheet): string | undefined {
  const share = (s: Sheet, k: number): number => (s.rows[k]!.ratio / (s.rows.reduce((t, r) => t + r.ratio, 0) || 1)) * 100;
  const changed = before.rows.map((_, k) => k).filter((k) => after.rows[k] && Math.abs(share(before, k) - share(after, k)) >= 0.05);
  if (changed.length === 0 || after.rows.length !== before.rows.length) return undefined;
  const pct = (v: number): string => `${Math.round(v * 10) / 10}%`;
  const name = (k: number): string => {
    const row = before.rows[k];
    const first = row?.kind === "panels" ? row.panels[0] : undefined;
    return first ? `"${first.title || first.id}"` : `${k + 1}`;
  };
  const rows = changed.map((k) => `the row of ${name(k)} at ${pct(share(after, k))} (written ${pct(share(before, k))})`);
  return `${rows.join(" and ")} of the page's height, so that every panel fits at the legible minimum; shorten the text or change the heights to keep them as written`;
}
