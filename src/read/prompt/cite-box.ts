// A quote signed with a drawn box's title rather than a speaker (`"…" — Karpathy 습관`, the drawing having a box
// `👨‍💻 KARPATHY 습관`): the writer pointing at the box the quote belongs in, as a note after it would. The
// signature is a note, not a source, so it is not drawn; the quote goes to that box, not wherever its words lead.
// Only a signature saying the title's words and no others counts, of two words or more and not all capitalised
// (`— Karpathy` over a `KARPATHY` box, `— Andrej Karpathy` over an `ANDREJ KARPATHY` one, is who said it).
import type { Item, Slot } from "./slots.js";
import { wordSet } from "./words.js";

/** A person's name as a signature writes it: every word capitalised. */
const PERSON = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;
const same = (a: Set<string>, b: Set<string>): boolean => a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));

/** Gives each quote signed with exactly one box's whole title that title as its note of where it goes. */
export function citedBoxes(items: Item[], slots: Slot[]): void {
  const titles = slots.map((s) => wordSet(s.panel.title));
  for (const item of items) {
    const b = item.block;
    if (b.kind !== "quote" || !b.cite || item.where || PERSON.test(b.cite.trim()) || /\d/.test(b.cite)) continue;
    const words = wordSet(b.cite);
    if (words.size < 2) continue;
    const hits = titles.flatMap((t, k) => (same(words, t) ? [k] : []));
    if (hits.length !== 1) continue;
    item.where = b.cite;
    item.role = "quote";
    delete b.cite;
  }
}
