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
 * word of it (two words at least, either language); a single line goes when an item says exactly that line,
 * or begins with what the line shows before its ellipsis.
 */
export function shownLead(lead: Rich[], blocks: Block[]): Rich[] {
  if (lead.length === 0) return lead;
  const said = blocks.map(saidBy);
  const heads = blocks.flatMap(tableHead);
  if (said.every((x) => x.norms.length === 0)) return heads.length ? lead.filter((l) => !sketchesHead(richText(l), heads)) : lead;
  const exact = new Set(said.flatMap((x) => x.norms).filter(Boolean));
  const sets = said.flatMap((x) => x.sets);
  const whole = lead.map(richText).join(" ");
  const keys = [...wordSet(whole)];
  if (exact.has(norm(whole)) || (keys.length >= 2 && sets.some((s) => keys.every((w) => s.has(w))))) return [];
  // A single line goes only when said exactly: its words alone may be half of a sentence the box spans.
  const norms = said.flatMap((x) => x.norms);
  const quotes = said.flatMap((x) => x.quotes);
  const quoteSets = said.flatMap((x) => x.quoteSets);
  return lead.filter((l) => !exact.has(norm(richText(l))) && !previews(richText(l), norms, quotes, quoteSets) && !sketchesHead(richText(l), heads));
}

/** A table's header cells, normalised. */
function tableHead(b: Block): string[][] {
  return b.kind === "table" && b.header.length >= 2 ? [b.header.map((c) => norm(richText(c)))] : [];
}

/**
 * A box line sketching a table's head (`영어 용어 | 한국어 설명` over the plan's `English term | 한국어 설명`):
 * as many `|` cells as the table has columns, one of them its header cell exactly. The table then says it.
 */
function sketchesHead(line: string, heads: string[][]): boolean {
  const cells = line.split("|").map((c) => norm(c)).filter(Boolean);
  return cells.length >= 2 && heads.some((h) => h.length === cells.length && cells.some((c, i) => c === h[i]));
}

/** A box line cut short with an ellipsis (`<|im_start|>user...`), or quoted from it, previews the block that then
 * says it whole. */
function previews(line: string, norms: string[], quotes: string[] = [], quoteSets: Set<string>[] = []): boolean {
  const t = line.trim();
  const head = norm(t);
  // A box line all in quotation marks (`“Human to robot ratios”`, written under the box) excerpts the quote
  // that then says it in full.
  // Only a quote block, and only a phrase of three words or more: a box's lone `"the the the the"` is its
  // sketch, kept, which the quote it anchors says whole.
  // The same phrase in the quote's own order or not (`"lossy zip file of the internet"` for `… a zip file of the
  // internet, but it's lossy`): three of its words at least, every one the quote's.
  if (/^["“‘'][^"“”]+["”’']$/u.test(t)) {
    if (new Set(t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).size < 3) return false;
    const keys = [...wordSet(t)];
    return quotes.some((n) => n.includes(head)) || (keys.length >= 3 && quoteSets.some((s) => keys.every((w) => s.has(w))));
  }
  if (!/(\.\.\.|…)$/.test(t)) return false;
  return head.length >= 6 && norms.some((n) => n.startsWith(head));
}

/** What one block says of the lead: all of it (`shownLead` then drops the whole lead), or these lines exactly.
 * `shownLead(lead, blocks)` is the lead less what any one of the blocks says. */
export function leadSaid(lead: Rich[], block: Block): { all: boolean; lines: number[] } {
  if (lead.length === 0) return NOTHING;
  const said = saidBy(block);
  const heads = tableHead(block);
  if (heads.length) {
    const out = lead.flatMap((l, i) => (sketchesHead(richText(l), heads) ? [i] : []));
    return out.length ? { all: out.length === lead.length, lines: out.length === lead.length ? [] : out } : NOTHING;
  }
  if (said.norms.length === 0) return NOTHING;
  const exact = new Set(said.norms.filter(Boolean));
  const { whole, keys, lines } = leadWords(lead);
  if (exact.has(whole) || (keys.length >= 2 && said.sets.some((s) => keys.every((w) => s.has(w))))) return { all: true, lines: [] };
  const out = lines.flatMap((l, i) => (exact.has(l) || previews(richText(lead[i]!), said.norms, said.quotes, said.quoteSets) ? [i] : []));
  return out.length ? { all: false, lines: out } : NOTHING;
}

const NOTHING = { all: false, lines: [] as number[] };
const leadCache = new WeakMap<Rich[], { whole: string; keys: string[]; lines: string[] }>();

function leadWords(lead: Rich[]): { whole: string; keys: string[]; lines: string[] } {
  let hit = leadCache.get(lead);
  if (!hit) {
    const whole = lead.map(richText).join(" ");
    leadCache.set(lead, (hit = { whole: norm(whole), keys: [...wordSet(whole)], lines: lead.map((l) => norm(richText(l))) }));
  }
  return hit;
}

// Placement asks this for every panel at every item it places, with the same blocks each time: a block's texts
// are read into words once (its text does not change while the reader places it; key terms bolded later keep it).
const saidCache = new WeakMap<Block, { norms: string[]; sets: Set<string>[]; quotes: string[]; quoteSets: Set<string>[] }>();

function saidBy(b: Block): { norms: string[]; sets: Set<string>[]; quotes: string[]; quoteSets: Set<string>[] } {
  let hit = saidCache.get(b);
  if (!hit) {
    const texts = b.kind === "bullets" ? b.items.map(richText) : b.kind === "paragraph" || b.kind === "quote" ? [richText(b.text)] : b.kind === "code" ? b.text.split("\n") : [];
    const norms = texts.map(norm);
    // A line of code saying a box line exactly repeats it; one that only uses its words (`print(len(text), len(ids),
    // "tokens")` beside `text → token ids`) is no restatement, and the layout may move the code away from the box.
    const sets = b.kind === "code" ? [] : texts.map(wordSet);
    saidCache.set(b, (hit = { norms, sets, quotes: b.kind === "quote" ? norms : [], quoteSets: b.kind === "quote" ? sets : [] }));
  }
  return hit;
}
