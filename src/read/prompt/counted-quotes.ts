// A box drawn for the quotes whose only sign of it is a line counting them (`💬 KARPATHY SAYS` over `인용 3개`):
// placed by their words alone, every quote may land beside a topic it speaks of and leave that box an empty
// frame. The writer drew it for them: the quotes that went by words or room, not by a note, a section or a box
// line of their own, go to it until it holds as many as the line counts (the first ones, in the order written);
// those it got for room stay in it.
import type { Block } from "../../model/sheet.js";
import { countsQuotes } from "./designer-notes.js";
import { richText } from "./rich.js";
import { place, unplace, type Item, type Slot } from "./slots.js";

/** The count a line gives (`인용 3개` → 3, `2~3 quotes` → 3). */
const countOf = (line: string): number => Math.max(...(line.match(/\d{1,2}/g) ?? ["0"]).map(Number));

/** `alternatives` (the panels layout may move a block to, its own never among them) follow each quote moved: the
 * panel it left first, the box it went to no longer one. */
export function fillCountedQuotesBox(slots: Slot[], items: Item[], alternatives: Map<Block, string[]>): void {
  const boxes = slots.filter((s) => s.panel.lead.some((l) => countsQuotes(richText(l))));
  if (boxes.length !== 1) return;
  const box = boxes[0]!;
  const have = box.panel.blocks.filter((b) => b.kind === "quote").length;
  const count = countOf(richText(box.panel.lead.find((l) => countsQuotes(richText(l)))!));
  // A quote the box got for room is one of those it was drawn for: it stays, as one the count brings does, rather
  // than leave for the panel its words name once the page finds room there and leave the box short of its count.
  box.panel.blocks
    .filter((b) => b.kind === "quote" && box.reasons.get(b) === "room")
    .slice(0, count)
    .forEach((b) => box.reasons.set(b, "box line"));
  const want = count - have;
  if (want <= 0) return;
  const byWords = (s: Slot, b: Block): boolean => /^(?:words:|room$)/.test(s.reasons.get(b) ?? "");
  const loose = items
    .filter((i) => i.role === "quote" && !i.where)
    .flatMap((i) => {
      const home = slots.find((s) => s !== box && s.panel.blocks.includes(i.block) && byWords(s, i.block));
      return home ? [{ item: i, home }] : [];
    })
    .sort((a, b) => a.item.order - b.item.order)
    .slice(0, want);
  for (const { item, home } of loose) {
    unplace(home, item.block);
    place(box, item, "box line");
    const alts = alternatives.get(item.block) ?? [];
    alternatives.set(item.block, [home.panel.id, ...alts.filter((id) => id !== box.panel.id && id !== home.panel.id)]);
  }
}
