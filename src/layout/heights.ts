// The last rescue of a page that still overflows: a row whose panel overflows at the legible minimum takes height
// from a row whose panels have room to spare. The heights a document states are kept as near as the page allows,
// but a writer asking for "about 20%" of the page for a row holding a two-loop diagram means the diagram drawn,
// not text cut or a build that fails: a designer would draw that band a little taller and the roomy band below it
// a little lower. Small steps, each kept only when the page overflows less and no panel that fit now overflows;
// a row gives at most a third of its height and a row grows to at most twice its own. The change is said.
import type { Sheet } from "../model/sheet.js";
import type { PositionedSheet } from "../model/positioned.js";

/** A step of height moved between two rows, in points of the page's stated ratios. */
const STEP = 2.5;
/** A row gives at most this share of its own stated height. */
const MAX_GIVE = 1 / 3;
/** A row grows to at most this many times its stated height. */
const MAX_GROW = 2;
/** Steps tried in all: each lays the page out again. */
const MAX_TRIALS = 16;

function over(s: PositionedSheet): number {
  return s.panels.reduce((sum, p) => sum + p.overflowPx, 0);
}

/** `sheet` with `step` points of height moved from row `from` to row `to`. */
function moved(sheet: Sheet, from: number, to: number, step: number): Sheet {
  return { ...sheet, rows: sheet.rows.map((r, k) => (k === from ? { ...r, ratio: r.ratio - step } : k === to ? { ...r, ratio: r.ratio + step } : r)) };
}

/**
 * The page with height moved to its overflowing rows from roomy ones, or `at` unchanged when no step helps.
 * `relayout` lays a sheet out again; `at.positioned` is the page `at.sheet` gives.
 */
export function heightened<T extends { sheet: Sheet; positioned: PositionedSheet }>(at: T, relayout: (sheet: Sheet) => T, stated: Sheet): T {
  let now = at;
  let trials = 0;
  const total = stated.rows.reduce((s, r) => s + r.ratio, 0) || 1;
  const step = (STEP / 100) * total;
  while (over(now.positioned) > 0 && trials < MAX_TRIALS) {
    const short = new Set(now.positioned.panels.filter((p) => p.overflow).map((p) => p.row));
    let best: T | undefined;
    for (const to of short) {
      if (now.sheet.rows[to]?.kind !== "panels" || now.sheet.rows[to]!.ratio + step > MAX_GROW * stated.rows[to]!.ratio) continue;
      for (let from = 0; from < now.sheet.rows.length; from++) {
        const giver = now.sheet.rows[from]!;
        if (from === to || short.has(from) || giver.kind !== "panels" || giver.ratio - step < (1 - MAX_GIVE) * stated.rows[from]!.ratio) continue;
        if (trials++ >= MAX_TRIALS) break;
        const next = relayout(moved(now.sheet, from, to, step));
        const fresh = next.positioned.panels.some((p) => p.overflow && !short.has(p.row));
        if (!fresh && over(next.positioned) < over((best ?? now).positioned) - 0.5) best = next;
      }
    }
    if (!best) break;
    now = best;
  }
  return now;
}

/** What the page says when rows were drawn at other heights than stated: each changed row, as drawn. */
export function heightNotes(stated: Sheet, drawn: Sheet): string[] {
  const total = (s: Sheet): number => s.rows.reduce((sum, r) => sum + r.ratio, 0) || 1;
  const pct = (s: Sheet, k: number): number => Math.round((s.rows[k]!.ratio / total(s)) * 1000) / 10;
  return drawn.rows.flatMap((r, k) => {
    const was = stated.rows[k]?.ratio;
    if (was === undefined || Math.abs(r.ratio - was) < 1e-6) return [];
    const why = r.ratio > was ? `its content does not fit in ${pct(stated, k)}%` : "giving room to a row whose content does not fit";
    return [`row ${k + 1} is drawn ${pct(drawn, k)}% of the page high instead of ${pct(stated, k)}%: ${why}`];
  });
}
