// Pages judged for balance: how much of a panel its blocks cover, which panels look bare beside a crowded one,
// and whether a page laid out again after a move is better, or at least no worse, than the page before it.
import type { PositionedPanel, PositionedSheet } from "../model/positioned.js";

/** Under this share of its content box covered, a panel beside one at the minimum size looks bare. */
export const BARE = 0.25;

/** Share of the panel's content box covered by its blocks' boxes (as the report counts it). */
export function panelFill(p: PositionedPanel): number {
  const c = p.content;
  if (!c || c.width * c.height <= 0) return 0;
  return p.blocks.reduce((s, b) => s + b.box.width * b.box.height, 0) / (c.width * c.height);
}

/** The panels (ids) under BARE fill in a row where another panel is drawn at the minimum size. */
export function bareBesideCrowded(page: PositionedSheet): { bare: string[]; crowded: string[] } {
  const rows = new Map<number, PositionedPanel[]>();
  for (const p of page.panels) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
  const bare: string[] = [];
  const crowded: string[] = [];
  for (const row of rows.values()) {
    const atMin = row.filter((p) => p.fontPx <= p.minFontPx);
    if (atMin.length === 0) continue;
    const empty = row.filter((p) => panelFill(p) < BARE);
    if (empty.length === 0) continue;
    bare.push(...empty.map((p) => p.id));
    crowded.push(...atMin.filter((p) => !empty.includes(p)).map((p) => p.id));
  }
  return { bare, crowded };
}

/** The bare panels to cure: those beside a crowded one, and those in `emptied` (a move for room took their content). */
export function barePanels(page: PositionedSheet, emptied: Set<string>): string[] {
  const beside = bareBesideCrowded(page).bare;
  return [...beside, ...page.panels.filter((p) => emptied.has(p.id) && !beside.includes(p.id) && panelFill(p) < BARE).map((p) => p.id)];
}

/** Whether `next` is a better page than `now`: fewer bare panels, and no worse otherwise. */
export function betterBalanced(next: PositionedSheet, now: PositionedSheet, emptied: Set<string>): boolean {
  return (
    barePanels(next, emptied).length < barePanels(now, emptied).length &&
    // No panel left bare that was not: a move must not empty its source.
    next.panels.every((p) => panelFill(p) >= BARE || panelFill(now.panels.find((q) => q.id === p.id) ?? p) < BARE) &&
    overOf(next) <= overOf(now) + 0.5 &&
    smallestPx(next) >= smallestPx(now)
  );
}

/** The smallest body size on the page, px. */
export function smallestPx(s: PositionedSheet): number {
  return Math.min(...s.panels.map((p) => p.fontPx));
}

/** Whether `next` is no worse a page than `now`: no more bare panels, none newly bare, no more overflow, and
 * its smallest size no smaller (or not below `floor`, for a quote going home). */
export function noWorse(next: PositionedSheet, now: PositionedSheet, emptied: Set<string>, home = false, floor?: number): boolean {
  return (
    barePanels(next, emptied).length <= barePanels(now, emptied).length &&
    // A block going home may leave a panel with only its own lines, unless that is bare beside a crowded one
    // (counted just above); any other move must not leave a panel bare.
    (home || next.panels.every((p) => panelFill(p) >= BARE || panelFill(now.panels.find((q) => q.id === p.id) ?? p) < BARE)) &&
    overOf(next) <= overOf(now) + 0.5 &&
    // A quote going to the panel it is about may cost the page a size (down to `floor`), as a designer writes it
    // a little smaller there rather than leave it beside a topic it is not about.
    smallestPx(next) >= Math.min(smallestPx(now), floor ?? Infinity)
  );
}

/** The page's overflow, all panels together, px. */
export function overOf(s: PositionedSheet): number {
  return s.panels.reduce((sum, p) => sum + p.overflowPx, 0);
}
