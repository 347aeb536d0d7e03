// Width for a full panel drawn smaller than the roomy ones beside it. The row's sizes may already be within the
// page's evenness rule, yet a reader sees one box packed at a small size beside two loosely filled ones: a person
// with a pen would have drawn that box a little wider. Only in rows whose widths the document left to the layout
// (widths.ts), and only when the page laid out again shows the full panel larger and nothing worse.
import type { Sheet } from "../model/sheet.js";
import type { PositionedPanel, PositionedSheet } from "../model/positioned.js";
import { BARE, panelFill } from "./bare.js";
import { widenedIn, WIDEN_STEPS } from "./widths.js";

/** A panel at most this share of its row's largest size, whose own content sets its size (it fits no larger),
 * and at least this full, is packed. */
const SMALLER = 0.85;
const FULL = 0.35;
/** A neighbour under this fill, drawn larger than the packed panel, has width to give. */
const ROOMY = 0.45;

export interface Evening {
  sheet: Sheet;
  panel: string;
}

/**
 * Sheets to try, the most packed panel first and the least widening first; empty when no row needs one.
 * `largest` is the largest size each panel fits at alone (fit.ts).
 */
export function evenings(sheet: Sheet, page: PositionedSheet, largest: Map<string, number>): Evening[] {
  const rows = new Map<number, PositionedPanel[]>();
  for (const p of page.panels) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
  const out: Evening[] = [];
  for (const row of rows.values()) {
    const top = Math.max(...row.map((p) => p.fontPx));
    const packed = row.filter((p) => p.fontPx <= top * SMALLER && (largest.get(p.id) ?? Infinity) <= p.fontPx + 0.5 && panelFill(p) >= FULL && !p.overflow).sort((a, b) => a.fontPx - b.fontPx || panelFill(b) - panelFill(a));
    for (const p of packed) {
      const donors = row.filter((q) => q !== p && panelFill(q) < ROOMY && q.fontPx > p.fontPx).map((q) => q.id);
      for (const step of WIDEN_STEPS) {
        const w = widenedIn(sheet, p.id, step, donors);
        if (!w) break;
        out.push({ sheet: w.sheet, panel: p.id });
      }
    }
  }
  return out;
}

/**
 * Whether `next` is the better page for widening `id`: it is drawn at least a pixel larger, the page's smallest
 * size is no smaller, nothing overflows that did not, no panel is left bare that was not, and no donor ends up
 * smaller than the widened panel (the packing would only have moved next door).
 */
export function evener(next: PositionedSheet, now: PositionedSheet, id: string): boolean {
  const was = new Map(now.panels.map((p) => [p.id, p]));
  const wide = next.panels.find((p) => p.id === id);
  const before = was.get(id);
  if (!wide || !before || wide.fontPx < before.fontPx + 1) return false;
  const smallest = (s: PositionedSheet): number => Math.min(...s.panels.map((p) => p.fontPx));
  if (smallest(next) < smallest(now)) return false;
  return next.panels.every((p) => {
    const old = was.get(p.id);
    if (!old) return false;
    if (p.overflow && !old.overflow) return false;
    if (panelFill(p) < BARE && panelFill(old) >= BARE) return false;
    return p.row !== wide.row || p.id === id || p.fontPx >= wide.fontPx || p.fontPx >= old.fontPx;
  });
}
