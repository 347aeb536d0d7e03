// Blocks placed by room that share no words with their panel, moved on the real fit into a nearly bare panel.
import type { PositionedSheet } from "../model/positioned.js";
import type { Sheet } from "../model/sheet.js";
import { MAX_TRIALS, movable, moved, type Candidate } from "./rebalance.js";
import { BARE, noWorse, panelFill } from "./bare.js";
import type { FittedPanel } from "./rehome.js";

/**
 * Blocks placed by room that share no words with the panel they are in go into a nearly bare panel anywhere on
 * the page, the barest first: the reader chose their panel by its estimated room, and the real fit may find a
 * panel left nearly empty ("what matches nowhere goes where there is room"). Only from panels that keep other
 * content; the caller keeps a move only when fewer panels are bare (`fewerBare`).
 */
export function strayCandidates(sheet: Sheet, fitted: FittedPanel[], page: PositionedSheet): Candidate[] {
  const index = new Map(fitted.map((f, i) => [f.panel.id, i]));
  const bare = page.panels.filter((p) => panelFill(p) < BARE).sort((a, b) => panelFill(a) - panelFill(b));
  const out: Candidate[] = [];
  for (const [i, f] of fitted.entries()) {
    if (f.panel.blocks.length + f.panel.lead.length < 2) continue;
    for (const [j, b] of f.panel.blocks.entries()) {
      const stray = b.at?.reason === "room" && !(b.at.matches ?? []).includes(f.panel.id);
      if (!stray || !movable(b, j, f.panel.blocks)) continue;
      for (const p of bare) {
        const k = index.get(p.id);
        if (k === undefined || k === i || out.length >= MAX_TRIALS) continue;
        const c = moved(sheet, fitted, b, i, k, false);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

/** Whether `next` has fewer nearly bare panels than `now` anywhere, and is no worse otherwise (`noWorse`). */
export function fewerBare(next: PositionedSheet, now: PositionedSheet, emptied: Set<string>): boolean {
  const bare = (s: PositionedSheet): number => s.panels.filter((p) => panelFill(p) < BARE).length;
  return bare(next) < bare(now) && noWorse(next, now, emptied);
}
