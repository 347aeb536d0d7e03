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
  const said = blocks.map(saidBy);
  if (said.every((x) => x.norms.length === 0)) return lead;
  const exact = new Set(said.flatMap((x) => x.norms).filter(Boolean));
  const sets = said.flatMap((x) => x.sets);
  const whole = lead.map(richText).join(" ");
  const keys = [...wordSet(whole)];
  if (exact.has(norm(whole)) || (keys.length >= 2 && sets.some((s) => keys.every((w) => s.has(w))))) return [];
  // A single line goes only when said exactly: its words alone may be half of a sentence the box spans.
  return lead.filter((l) => !exact.has(norm(richText(l))));
}

// Placement asks this for every panel at every item it places, with the same blocks each time: a block's texts
// are read into words once (its text does not change while the reader places it; key terms bolded later keep it).
const saidCache = new WeakMap<Block, { norms: string[]; sets: Set<string>[] }>();

function saidBy(b: Block): { norms: string[]; sets: Set<string>[] } {
  let hit = saidCache.get(b);
  if (!hit) {
    const texts = b.kind === "bullets" ? b.items.map(richText) : b.kind === "paragraph" || b.kind === "quote" ? [richText(b.text)] : b.kind === "code" ? b.text.split("\n") : [];
    saidCache.set(b, (hit = { norms: texts.map(norm), sets: texts.map(wordSet) }));
  }
  return hit;
}
