// A list item that opens with another panel's name or emoji belongs there: "X / Twitter: 믿을 만한 연구자 팔로우" in the
// AI NEWS list, "Numbers split unevenly: 1234 → 123 + 4" among the quirks. The reader places whole lists; this
// takes such items out, each into the panel it names, as a list of its own. Only an item whose first words are
// the other panel's whole title moves, never from a takeaways panel (its points name the page's panels by
// design), and never one that names its own panel as well or says again two words of its own box's lines. An
// item opening with another panel's emoji goes there too ("🔤 점 세기도 같은 원리…" among MENTAL MATH's points, into 🔤 COUNTING DOTS). So does an item saying
// again every word of a box that holds nothing but its own lines ("답이 길수록 실수가 누적됨" among RESAMPLE's
// points, into LENGTH's 길수록 ↑ / 실수 누적), one item per box: a designer splits the list to fill the bare box.
import { pinnedBy, withBlock, type Block, type MindNode, type Panel } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { sameEmoji } from "./meaning.js";
import { hasWord, splitEmoji, wordSet } from "./words.js";
import type { Slot } from "./slots.js";
import { TAKEAWAY_TITLE } from "./ranks.js";

const TAKEAWAYS = /takeaway|요약|정리|summary|핵심/i;

/** A panel's title as words, for `names` (none when too short to tell an item by). */
function namePattern(panel: Panel): string[] | undefined {
  const words = panel.title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.join("").length < 3 ? undefined : words.map((w) => w.toLowerCase());
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordAt(text: string, p: number): boolean {
  const c = text.codePointAt(p);
  return c !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

/**
 * Whether a text opens with a panel's name: its title's words in order, any punctuation between, and no letter
 * or digit right after. Matched by hand: a case-blind Unicode regex per panel cost ~0.6 ms to compile each time.
 */
function names(words: string[] | undefined, text: string): boolean {
  if (!words) return false;
  const t = text.trimStart();
  let p = 0;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) while (p < t.length && !wordAt(t, p)) p += t.codePointAt(p)! > 0xffff ? 2 : 1;
    const w = words[k]!;
    if (t.slice(p, p + w.length).toLowerCase() !== w) return false;
    p += w.length;
  }
  return !wordAt(t, p);
}

/** A box holding only its own lines, of at least ECHO_MIN words: an item saying all of them is about that box. */
const ECHO_MIN = 2;

/** The words of a panel's box lines. */
const boxWords = (panel: Panel): Set<string> => wordSet(panel.lead.map(richText).join(" "));

/** The words of a panel's box lines, when the panel holds nothing else yet. */
function bareBox(slot: Slot): Set<string> | undefined {
  if (slot.panel.blocks.length > 0 || TAKEAWAY_TITLE.test(slot.panel.title)) return undefined;
  const words = boxWords(slot.panel);
  return words.size >= ECHO_MIN ? words : undefined;
}

/** An item says again every word of the box: "답이 길수록 실수가 누적됨" and LENGTH's 길수록 ↑ / 실수 누적. */
function echoes(box: Set<string> | undefined, text: string): boolean {
  if (!box) return false;
  const words = wordSet(text);
  return [...box].every((w) => hasWord(words, w));
}

/** Words of its own box's lines an item must say again (beyond the other panel's title) to stay despite its name. */
const OWN_MIN = 2;

/**
 * An item opening with another panel's name that says again its own box's lines is about its own panel ("reward model
 * = 거대한 신경망 → adversarial example이 무한히 많음" under REWARD HACKING's adversarial examples 무한히 존재).
 */
function saysOwnBox(own: Slot, other: Slot, text: string): boolean {
  const box = boxWords(own.panel);
  const name = wordSet(other.panel.title);
  return [...wordSet(text)].filter((w) => hasWord(box, w) && !hasWord(name, w)).length >= OWN_MIN;
}

/** Moves the named items; each new list keeps its source line in `lines`. */
/** `takeaways`: the lists of takeaways sections, which name the page's panels by design, wherever their box is. */
export function moveNamedItems(slots: Slot[], lines: Map<Block, number>, takeaways: Set<Block> = new Set()): void {
  const patterns = new Map(slots.map((s) => [s, namePattern(s.panel)]));
  // Taken before any item moves: a box that receives an item is no longer bare, and takes no second one.
  const bare = new Map(slots.map((s) => [s, bareBox(s)]));
  const said = new Set<Slot>();
  /** The panel a text opens with the name or emoji of: its own (it stays), another, or none. */
  const namedIn = (slot: Slot, text: string): Slot | undefined => {
    const emoji = splitEmoji(text).emoji;
    if (names(patterns.get(slot), text) || (emoji && sameEmoji(emoji, slot.panel.emoji))) return slot;
    return slots.find((o) => o !== slot && (names(patterns.get(o), text) || (!!emoji && sameEmoji(emoji, o.panel.emoji))));
  };
  for (const slot of slots) {
    if (TAKEAWAYS.test(slot.panel.title) || TAKEAWAY_TITLE.test(slot.panel.title)) continue;
    for (const block of [...slot.panel.blocks]) {
      if (block.kind === "table") splitTable(slot, block, namedIn, lines);
      if (block.kind === "mindmap") splitMindmap(slot, block, namedIn, lines);
      if (block.kind !== "bullets" || takeaways.has(block) || block.items.length < 2 || block.depths?.some((d) => d > 0)) continue;
      const moved = new Map<Slot, number[]>();
      const why = new Map<Slot, string>();
      block.items.forEach((item, k) => {
        const text = richText(item);
        const named = namedIn(slot, text);
        if (named === slot || (named && saysOwnBox(slot, named, text))) return;
        const to = named ?? slots.find((o) => o !== slot && !said.has(o) && echoes(bare.get(o), text));
        if (!to) return;
        if (named) why.set(to, "title");
        else {
          said.add(to);
          if (!why.has(to)) why.set(to, `words: ${[...bare.get(to)!].slice(0, 4).join(", ")}`);
        }
        moved.set(to, [...(moved.get(to) ?? []), k]);
      });
      const gone = new Set([...moved.values()].flat());
      if (gone.size === 0 || gone.size === block.items.length) continue;
      for (const [to, ks] of moved) {
        const part: Block = { ...block, items: ks.map((k) => block.items[k]!) };
        to.panel.blocks = withBlock(to.panel.blocks, part);
        to.reasons.set(part, why.get(to) ?? "title");
        const line = lines.get(block);
        if (line !== undefined) lines.set(part, line);
      }
      block.items = block.items.filter((_, k) => !gone.has(k));
    }
  }
}

/**
 * A table whose rows open with other panels' names or emoji (`🤥 Hallucination | 자신감 있는 어조를 모방 | 웹 검색`
 * beside a 🤥 HALLUCINATION panel) is an index of those panels: each such row goes to the panel it names, as a
 * two-column table of header and cell, when at least two rows name two different panels and the
 * table itself was placed by its words or by room (no panel is its own). Rows naming no other panel stay in the
 * table; a table left with none is gone.
 */
function splitTable(slot: Slot, table: Extract<Block, { kind: "table" }>, namedIn: (slot: Slot, text: string) => Slot | undefined, lines: Map<Block, number>): void {
  // A table pinned to its panel (its emoji, its title) compares what that panel is about: it stays whole.
  if (pinnedBy(slot.reasons.get(table))) return;
  const to = table.rows.map((row) => {
    const named = namedIn(slot, richText(row[0] ?? []));
    return named === slot ? undefined : named;
  });
  if (new Set(to.filter(Boolean)).size < 2) return;
  const line = lines.get(table);
  table.rows.forEach((row, k) => {
    const target = to[k];
    if (!target) return;
    // The row turned on its side: the first column's header over the row's name, then each header beside its
    // cell, a narrow card of label and value that keeps every cell.
    const part: Block = { kind: "table", header: [table.header[0] ?? [], row[0] ?? []], rows: row.slice(1).map((cell, j) => [table.header[j + 1] ?? [], cell]) };
    target.panel.blocks = withBlock(target.panel.blocks, part);
    target.reasons.set(part, "title");
    if (line !== undefined) lines.set(part, line);
  });
  table.rows = table.rows.filter((_, k) => !to[k]);
  if (table.rows.length === 0) {
    slot.panel.blocks = slot.panel.blocks.filter((b) => b !== table);
    slot.reasons.delete(table);
  }
}

/**
 * A mind map whose branches are other panels' names (`Hallucination`, `Tokens to Think` under LLM Psychology
 * beside 🤥 HALLUCINATION and 🧮 TOKENS TO THINK panels) is an overview of those panels: each such branch goes to
 * the panel it names as a list of its leaves (the branch's name is that panel's title), when most branches
 * name panels, two different ones at least, and the map was placed by its words or by room. Branches naming no other
 * panel stay in the map; a map left with none is gone.
 */
function splitMindmap(slot: Slot, map: Extract<Block, { kind: "mindmap" }>, namedIn: (slot: Slot, text: string) => Slot | undefined, lines: Map<Block, number>): void {
  if (pinnedBy(slot.reasons.get(map))) return;
  const to = map.root.children.map((branch) => {
    if (branch.children.length === 0) return undefined;
    const named = namedIn(slot, branch.label);
    return named === slot ? undefined : named;
  });
  // A map is an index of the page only when most of its branches are panels: two of four trends named by
  // panels leave a map of trends, not of panels.
  const named = to.filter(Boolean);
  if (new Set(named).size < 2 || named.length * 2 <= to.length) return;
  const line = lines.get(map);
  map.root.children.forEach((branch, k) => {
    const target = to[k];
    if (!target) return;
    const items: { text: string; depth: number }[] = [];
    const walk = (node: MindNode, depth: number): void => {
      // An emoji icon is part of what the leaf says; a font icon (`fa fa-book`) has no text form.
      const emoji = node.icon && splitEmoji(node.icon.trim()).emoji;
      items.push({ text: emoji ? `${emoji} ${node.label}` : node.label, depth: Math.min(depth, 5) });
      node.children.forEach((c) => walk(c, depth + 1));
    };
    branch.children.forEach((c) => walk(c, 0));
    const part: Block = { kind: "bullets", style: "plain", items: items.map((i) => [{ text: i.text }]) };
    if (items.some((i) => i.depth > 0)) part.depths = items.map((i) => i.depth);
    target.panel.blocks = withBlock(target.panel.blocks, part);
    target.reasons.set(part, "title");
    if (line !== undefined) lines.set(part, line);
  });
  map.root.children = map.root.children.filter((_, k) => !to[k]);
  if (map.root.children.length === 0) {
    slot.panel.blocks = slot.panel.blocks.filter((b) => b !== map);
    slot.reasons.delete(map);
  }
}
