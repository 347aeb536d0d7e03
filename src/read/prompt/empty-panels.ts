// A quotes box that ends up holding nothing (each quote sent to the panel the document names for it) would be
// drawn as an empty frame beside a full one. A designer leaves it out and lets the other boxes of its row take
// the room, and says so. Only a quotes box: any other box left bare is the writer's to fill, and its titled frame
// tells them so. Only one that shares its row with others and stands alone in its column (no sidebar running
// down from it, none stacked with it): taking it out then moves no other box to another row or column.
import type { BuiltLayout } from "./panels.js";
import { QUOTES_TITLE } from "./quote-forms.js";

export function dropEmptyPanels(layout: BuiltLayout, line: number, warnings: string[]): void {
  const dropped = new Set<unknown>();
  for (const row of layout.rows) {
    if (row.kind !== "panels" || row.panels.length < 2) continue;
    const empty = row.panels.filter((p, i) => QUOTES_TITLE.test(p.title) && p.lead.length === 0 && p.blocks.length === 0 && (p.rowSpan ?? 1) === 1 && !p.below && !row.panels[i + 1]?.below);
    if (empty.length === 0 || empty.length === row.panels.length) continue;
    for (const p of empty) {
      warnings.push(`line ${line}: the ${p.emoji ? `${p.emoji} ` : ""}${p.title} box holds nothing once every block is placed; it is left out and its row's other boxes take its room`);
      dropped.add(p);
    }
    row.panels = row.panels.filter((p) => !dropped.has(p));
  }
  if (dropped.size) layout.slots = layout.slots.filter((s) => !dropped.has(s.panel));
}
