// Width for a panel still over at the minimum, after every move: in a row whose widths the document left
// unstated (evenly shared) or only sketched (measured from the drawing's boxes), a person with a pen draws the
// full box a little wider and its neighbours that have room a little narrower. Only rows where no panel writes
// a width, spans rows or stacks, so a width the user wrote, and the columns a spanning panel holds, stay as they are.
// The last resort (`spans`, repair.ts) is the one exception: a sidebar running down through the rows below that is
// still over is widened in the row it starts in, the rows below sharing what it leaves (page.ts), as a pen would
// draw the whole column wider; it is never narrowed for a neighbour.
import type { Panel, PanelRow, Sheet } from "../model/sheet.js";
import type { PositionedSheet } from "../model/positioned.js";
import { overOf } from "./bare.js";

/** How much wider the full panel is tried, as a multiple of its even share: the least that cures it wins. */
export const WIDEN_STEPS = [1.15, 1.3, 1.45];

/** A free row: every panel's width left to the layout, or measured from the drawing's boxes (a sketch); a panel
 * spanning rows only when it is the one drawn wider (`wide`). */
function free(row: PanelRow, wide?: string): boolean {
  return row.panels.length >= 2 && row.panels.every((p) => (p.width === undefined || p.drawnWidth) && (!p.rowSpan || p.id === wide) && !p.below);
}

export interface Widening {
  sheet: Sheet;
  panel: string;
}

/**
 * Sheets to try, least change first: one overflowing panel of a free row widened by each step, its neighbours
 * that fit narrower by an even share of what it takes, or one of them by all of it (a donor never below 70% of
 * its share). Undefined entries
 * are never returned; an empty list when no row can give.
 */
export function widenings(sheet: Sheet, laid: PositionedSheet, spans = false): Widening[] {
  const byId = new Map(laid.panels.map((p) => [p.id, p]));
  const out: Widening[] = [];
  for (const row of sheet.rows) {
    if (row.kind !== "panels") continue;
    // The most crowded first; only panels that fit give width.
    // Only sidebars when `spans`; never one otherwise.
    const over = row.panels.filter((p) => byId.get(p.id)?.overflow && !p.rowSpan === !spans && free(row, p.rowSpan ? p.id : undefined)).sort((a, b) => byId.get(b.id)!.overflowPx - byId.get(a.id)!.overflowPx);
    const donors = row.panels.filter((p) => !byId.get(p.id)?.overflow && !p.rowSpan).map((p) => p.id);
    // The neighbour with most room may give it all where an even share would leave a full one too narrow (a table
    // at the minimum beside a few points at a larger size): the roomiest by the size its text was drawn at (one
    // donor only, as each width tried is a layout of the page).
    const roomy = [...donors].sort((a, b) => byId.get(b)!.fontPx - byId.get(a)!.fontPx);
    const givers = donors.length > 1 ? [donors, [roomy[0]!]] : [donors];
    for (const wide of over) {
      for (const step of WIDEN_STEPS) {
        for (const from of givers) {
          const w = widenedIn(sheet, wide.id, step, from, spans);
          if (w) out.push({ sheet: w.sheet, panel: wide.id });
        }
      }
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/**
 * `sheet` with panel `id` drawn `step` times its even share of its free row, the width it takes given evenly by
 * the panels `donors` (ids in that row); undefined when the row is not free or a donor would go under 70% of its
 * share. Also how much of its share each donor keeps.
 */
export function widenedIn(sheet: Sheet, id: string, step: number, donors: string[], spans = false): { sheet: Sheet; keeps: number } | undefined {
  const r = sheet.rows.findIndex((row) => row.kind === "panels" && row.panels.some((p) => p.id === id));
  const row = sheet.rows[r];
  if (!row || row.kind !== "panels" || !free(row, spans ? id : undefined) || donors.length === 0 || donors.includes(id)) return undefined;
  // Each panel's share as drawn (evenly, when the row has no widths), normalised to the whole row.
  const total = row.panels.reduce((sum, p) => sum + (p.width ?? 1 / row.panels.length), 0);
  const share = (p: Panel): number => (p.width ?? 1 / row.panels.length) / total;
  const wide = row.panels.find((p) => p.id === id);
  if (!wide) return undefined;
  const give = (share(wide) * (step - 1)) / donors.length;
  const giving = row.panels.filter((p) => donors.includes(p.id));
  if (giving.some((p) => share(p) - give < share(p) * 0.7)) return undefined;
  const width = (p: Panel): number => (p.id === id ? share(p) * step : donors.includes(p.id) ? share(p) - give : share(p));
  const rows = sheet.rows.map((x, k) => (k !== r || x.kind !== "panels" ? x : { ...x, panels: x.panels.map((p) => ({ ...p, width: round(width(p)) })) }));
  const keeps = Math.min(...giving.map((p) => (share(p) - give) / share(p)));
  return { sheet: { ...sheet, rows }, keeps };
}

/**
 * The last resort for a page still over (repair.ts): an overflowing sidebar down several rows drawn wider in the row
 * it starts in, the least step first and again from there while it helps (a narrow column may need twice its
 * width), laid out by `lay`. Kept only when the sidebar then fits, no other panel newly overflows and the page
 * overflows less: its column narrows every row it runs down through, worth it only where that cures it.
 */
export function widerSidebar<T extends { sheet: Sheet; laid: { positioned: PositionedSheet } }>(now: T, lay: (sheet: Sheet) => T["laid"]): T {
  const was = new Set(now.laid.positioned.panels.filter((p) => p.overflow).map((p) => p.id));
  let at = now;
  for (let round = 0; round < SIDEBAR_ROUNDS; round++) {
    let next: T | undefined;
    let panel = "";
    for (const w of widenings(at.sheet, at.laid.positioned, true)) {
      const laid = lay(w.sheet);
      if (laid.positioned.panels.some((p) => p.overflow && !was.has(p.id)) || overOf(laid.positioned) >= overOf(at.laid.positioned) - 0.5) continue;
      next = { ...at, sheet: w.sheet, laid };
      panel = w.panel;
      break;
    }
    if (!next) break;
    at = next;
    if (!at.laid.positioned.panels.find((p) => p.id === panel)?.overflow) return at;
  }
  return now;
}

/** How many times a sidebar is widened again from its last width, at most. */
const SIDEBAR_ROUNDS = 3;
