// The last rescue of a page still over: a low, wide panel whose drawing does not fit under its tape label starts the
// drawing at the top, right of the label, as a designer letters the label in the corner and draws the chain beside
// it (a seven-step pipeline in a band an eighth of the page high). Only here, after every other rescue, so a page
// any of them cures keeps its labels over their drawings; only drawings, tables and code with no lead lines (text
// beside a label reads on from it), in a panel three times as wide as high; kept when the page overflows less and
// no panel newly overflows.
import type { Panel, Sheet } from "../model/sheet.js";
import type { Box, PositionedSheet } from "../model/positioned.js";
import { panelsOf } from "../model/sheet.js";
import { overOf } from "./bare.js";

/** Whether a panel's content may stand beside its tape label: see the head of the file. */
export function besideTape(panel: Panel, box: Box): boolean {
  if (box.width < 3 * box.height || panel.lead.length > 0 || panel.blocks.length === 0) return false;
  return panel.blocks.every((b) => b.kind === "flowchart" || b.kind === "mindmap" || b.kind === "table" || b.kind === "code" || b.kind === "knobs");
}

/** The page with its overflowing low, wide drawings beside their labels, or `now` when that helps nothing. */
export function besideLabels<T extends { sheet: Sheet; laid: { positioned: PositionedSheet } }>(now: T, lay: (sheet: Sheet, beside: Set<string>) => T["laid"]): T {
  const panels = new Map(panelsOf(now.sheet).map((p) => [p.id, p]));
  const ids = new Set(
    now.laid.positioned.panels.filter((p) => {
      const panel = panels.get(p.id);
      return p.overflow && panel !== undefined && besideTape(panel, p.box);
    }).map((p) => p.id),
  );
  if (ids.size === 0) return now;
  const was = new Set(now.laid.positioned.panels.filter((p) => p.overflow).map((p) => p.id));
  const laid = lay(now.sheet, ids);
  if (laid.positioned.panels.some((p) => p.overflow && !was.has(p.id)) || overOf(laid.positioned) >= overOf(now.laid.positioned) - 0.5) return now;
  return { ...now, laid };
}
