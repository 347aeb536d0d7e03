// Lead lines a panel's own blocks say again: dropped, since written twice they only crowd a small box.
import type { Block, Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { wordSet } from "./words.js";

const norm = (t: string): string => t.toLowerCase().replace(/[\s\p{P}]+/gu, "");

/**
 * Lead lines a block says again. A box in the layout sketch often shows a short version of what the plan
 * or a quote then says in full (the sketch says "IDs in, IDs out" and a takeaway lists it; the sketch says
 * "기억 없음, 상태 없음" and the quote says "no memory, no state"). Written twice it only crowds a small
 * box. The whole lead goes when one text item (a paragraph, quote or list item) says it exactly or uses every
 * word of it (two words at least, either language); a single line goes when an item says exactly that line.
 */
export function shownLead(lead: Rich[], blocks: Block[]): Rich[] {
  if (lead.length === 0) return lead;
  const texts = blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : b.kind === "paragraph" || b.kind === "quote" ? [richText(b.text)] : b.kind === "code" ? b.text.split("\n") : []));
  if (texts.length === 0) return lead;
  const exact = new Set(texts.map(norm).filter(Boolean));
  const sets = texts.map(wordSet);
  const whole = lead.map(richText).join(" ");
  const keys = [...wordSet(whole)];
  if (exact.has(norm(whole)) || (keys.length >= 2 && sets.some((s) => keys.every((w) => s.has(w))))) return [];
  // A single line goes only when said exactly: its words alone may be half of a sentence the box spans.
  return lead.filter((l) => !exact.has(norm(richText(l))));
}
