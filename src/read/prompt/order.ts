// A plan written box by box: as many content sections as the layout has content boxes, in the same order, none
// named by an emoji (an emoji names its box already), and most of them sharing a word with the box at their
// place. A designer reads such a plan in order, section N for box N, even where one section's title happens to
// say another box's word (`Getting work out of a base model` is the box after BASE vs INSTRUCT, not MODEL FAMILY).
import type { Item, Slot } from "./slots.js";
import { blockText, itemWords, sameEmoji, type Matcher } from "./meaning.js";
import { TAKEAWAY_TITLE } from "./ranks.js";

/** A box for quotes: its plan section is the quotes, wherever they come. */
const QUOTE_BOX = /quote|인용|명언|어록|한마디/i;
/** At least this many sections and boxes, and this share of them sharing a word with the box at their place. */
const MIN_SECTIONS = 3;
const AGREE = 2 / 3;

/** Each content item of a plan written box by box, with its box; undefined when the plan is not so written. */
export function inOrder(slots: Slot[], items: Item[], matcher: Matcher): Map<Item, Slot> | undefined {
  const ordered = items.filter((i) => i.role === "content" || i.role === "flow").sort((a, b) => a.order - b.order);
  // Only the sections it would order: a takeaways section under the 📌 of its own box names nothing here, nor
  // does a section of quotes alone under the 💬 of its box (it is left out of the order below).
  if (ordered.some((i) => i.block.kind !== "quote" && slots.some((s) => sameEmoji(i.emoji, s.panel.emoji)))) return undefined;
  const boxes = slots.filter((s) => s.panel.blocks.length === 0 && !TAKEAWAY_TITLE.test(s.panel.title) && !QUOTE_BOX.test(s.panel.title) && !sameEmoji(s.panel.emoji, "💬"));
  // The plan's sections in order: consecutive content items under one title, quotes-only sections left out.
  const sections: Item[][] = [];
  for (const item of ordered) {
    const last = sections[sections.length - 1];
    if (last && last[0]!.title === item.title) last.push(item);
    else sections.push([item]);
  }
  const content = sections.filter((s) => s.some((i) => i.block.kind !== "quote"));
  if (content.length < MIN_SECTIONS || content.length !== boxes.length) return undefined;
  const shares = content.filter((s, n) => {
    const words = itemWords(s[0]!.title, s.map((i) => blockText(i.block)).join(" "), 2);
    return matcher.match(slots.indexOf(boxes[n]!), words).score > 0;
  }).length;
  if (shares < content.length * AGREE) return undefined;
  const out = new Map<Item, Slot>();
  content.forEach((s, n) => {
    // A section whose title says another box's whole title (`15T Tokens` two places off) is that box's: written
    // out of order, it goes by its name as before.
    const other = boxes.some((b, m) => m !== n && matcher.wholeTitle(slots.indexOf(b), s[0]!.title));
    if (!other) s.forEach((i) => out.set(i, boxes[n]!));
  });
  return out;
}
