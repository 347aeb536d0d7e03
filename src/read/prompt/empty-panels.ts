// A box that ends up holding nothing (its section's quotes each sent to the panel its table names, say) would be
// drawn as an empty frame beside a full one. A designer leaves it out and lets the other boxes of its row take
// the room, and says so. Only a box that shares its row with others and stands alone in its column (no sidebar
// running down from it, none stacked with it): taking it out then moves no other box to another row or column.
import type { BuiltLayout } from "./panels.js";

export function dropEmptyPanels(layout: BuiltLayout, line: number, warnings: string[]): void {
  const dropped = new Set<unknown>();
  for (const row of layout.rows) {
    if (row.kind !== "panels" || row.panels.length < 2) continue;
    const empty = row.panels.filter((p, i) => p.lead.length === 0 && p.blocks.length === 0 && (p.rowSpan ?? 1) === 1 && !p.below && !row.panels[i + 1]?.below);
    if (empty.length === 0 || empty.length === row.panels.length) continue;
    for (const p of empty) {
      warnings.push(`line ${line}: the ${p.emoji ? `${p.emoji} ` : ""}${p.title} box holds nothing once every block is placed; it is left out and its row's other boxes take its room`);
      dropped.add(p);
    }
    row.panels = row.panels.filter((p) => !dropped.has(p));
  }
  if (dropped.size) layout.slots = layout.slots.filter((s) => !dropped.has(s.panel));
}
