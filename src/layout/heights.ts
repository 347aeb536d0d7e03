// Height for a row still over at the minimum, after every move and widening: the heights a document gives are
// a sketch (`Middle band (≈55%)`, `| 2행 | 40% |`), and a person with a pen lets the band whose boxes overflow
// run a little lower into the band beside it that has room to spare, rather than leave the page unfinished. The
// shift is small (a few points of the page, the giving band keeping most of its height), so the proportions read
// as written; a page that needs more still overflows and says so.
import type { Sheet } from "../model/sheet.js";
import { coveredShare, type PositionedSheet } from "../model/positioned.js";

/** The shares of the page's height moved, least first: the least that cures the page wins. Past a twentieth, only
 * when no smaller shift cures it, and then the warning says by how much. */
export const HEIGHT_STEPS = [0.025, 0.05, 0.075, 0.1];
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
  const taller = (r: number, given: Map<number, number>): void => {
    const gain = [...given.values()].reduce((s, v) => s + v, 0);
    const rows = sheet.rows.map((x, k) => (k === r ? { ...x, ratio: x.ratio + gain } : { ...x, ratio: x.ratio - (given.get(k) ?? 0) }));
    out.push({ sheet: { ...sheet, rows }, row: r });
  };
  for (const share of HEIGHT_STEPS) {
    const take = share * total;
    for (const r of [...overRows].sort((a, b) => a - b)) {
      const givers = donors.filter(({ i }) => i !== r);
      for (const { row, i } of givers) if (row.ratio - take >= KEEP * row.ratio) taller(r, new Map([[i, take]]));
      // More than any one row can give: every row with room gives in proportion to its height, so the bands
      // that give keep their proportions to each other, as a designer squeezes the rest of the page evenly.
      const sum = givers.reduce((s, g) => s + g.row.ratio, 0);
      if (givers.length > 1 && givers.every(({ row }) => row.ratio - (take * row.ratio) / sum >= KEEP * row.ratio) && givers.some(({ row }) => row.ratio - take < KEEP * row.ratio)) {
        taller(r, new Map(givers.map(({ row, i }) => [i, (take * row.ratio) / sum])));
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
  const listed = rows.length > 2 ? `${rows.slice(0, -1).join(", ")} and ${rows.at(-1)}` : rows.join(" and ");
  return `drew ${listed} of the page's height, so that every panel fits at the legible minimum; shorten the text or change the heights to keep them as written`;
}

/** The most any row's height moved between two sheets, in its share of the page. */
export function heightShift(a: Sheet, b: Sheet): number {
  const share = (s: Sheet, k: number): number => (s.rows[k]?.ratio ?? 0) / (s.rows.reduce((t, r) => t + r.ratio, 0) || 1);
  return Math.max(0, ...a.rows.map((_, k) => Math.abs(share(a, k) - share(b, k))));
}
