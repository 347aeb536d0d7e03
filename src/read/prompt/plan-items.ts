// What the plan and the ratio table hand the placer: the plan's blocks as items (each with its role, section title,
// emoji and box), and each slot's `about` from the ratio table's content column.
import type { Block } from "../../model/sheet.js";
import type { Item, Slot } from "./slots.js";
import type { Plan } from "./plan.js";

/**
 * The ratio table's content column names each row's panels (`Math Expression + Brain Comparison +
 * Takeaways`): split into as many parts as the row has panels, each part says what its panel is about.
 */
export function describeSlots(slots: Slot[], contents: string[]): void {
  const rows = new Map<number, Slot[]>();
  for (const s of slots) rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
  for (const [row, inRow] of rows) {
    const text = contents[row] ?? "";
    const parts = text.split(/\s*(?:\+|,|\/|&|·|\band\b|및)\s*/).map((t) => t.trim()).filter(Boolean);
    if (inRow.length === 1) inRow[0]!.about = text;
    else if (parts.length === inRow.length) inRow.forEach((s, k) => (s.about = parts[k]!));
  }
}

/** The plan's blocks as items to place, in order; `lines` gets each block's source line. */
export function planItems(plan: Plan, lines: Map<Block, number>): Item[] {
  const items: Item[] = [];
  let order = 0;
  for (const s of plan.sections) {
    for (const block of s.blocks) {
      const role = block.kind === "flowchart" ? "flow" : s.kind === "takeaways" && block.kind === "bullets" ? "takeaways" : s.pooled?.has(block) || s.noted?.has(block) ? "quote" : "content";
      const item: Item = { block, role, title: s.title, order: order++ };
      // A quote noted with its box goes there (`(→ 멀티모달 칸)`), one noted `(아무데나)` by its words.
      const where = s.noted?.get(block);
      if (where) item.where = where;
      if (s.emoji) item.emoji = s.emoji;
      if (s.box !== undefined) item.box = s.box;
      items.push(item);
      lines.set(block, s.pooled?.get(block) ?? s.line);
    }
  }
  return items;
}
