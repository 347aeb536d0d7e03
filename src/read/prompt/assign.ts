// Which panel each plan item lands in. Strong matches (a shared title word or emoji, the flow chain
// drawn in a box, the analogy, the takeaways) are pinned where they match. Everything else — quotes,
// sections that match only weakly or not at all — is placed by room: its best match if that panel
// still fits at the reference size, else a roomy panel that shares words with it, else the emptiest.
// A last pass moves such items into panels left half empty. Nothing is ever dropped.
import type { Block, PageSize, Panel } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { fillOf, roomOf, type Room } from "./room.js";
import { hasWord, sharedCount, wordSet } from "./words.js";

export interface Slot {
  panel: Panel;
  /** Row ratio (percent) and width share: with the page size they give the panel's room. */
  ratio: number;
  width: number;
  room: Room;
  /** Index of the row on the page: "neighbour" means the same or a nearby row. */
  row: number;
  /** Labels of the schematic drawn in the panel's box (arrow chains, little boxes). */
  schematic: string[];
  order: Map<Block, number>;
}

export type ItemRole = "flow" | "knobs" | "takeaways" | "quote" | "content";

export interface Item {
  block: Block;
  role: ItemRole;
  /** Title of the plan section (or the analogy name) it came from. */
  title: string;
  emoji?: string;
  /** Position on the page within the panel: plan order, quotes last. */
  order: number;
}

const TAKEAWAY_TITLE = /takeaway|key points|요점|핵심\s*정리|정리|교훈|요약|summary/i;
const ANALOGY_TITLE = /analogy|비유|metaphor/i;
/** A title score this high is a shared title word or emoji: the item stays there whatever the room. */
const STRONG = 2;
/** Fill (needed / available height at the reference size) a movable item may bring a panel to. */
const FULL = 1;
/** Below this fill a panel looks half empty and takes movable items from fuller panels. */
const SPARSE = 0.5;

export function slotFor(panel: Panel, ratio: number, width: number, schematic: string[], row = 0): Slot {
  return { panel, ratio, width, room: roomOf("a4", ratio, width), row, schematic, order: new Map() };
}

export function place(slot: Slot, item: Item): void {
  slot.panel.blocks.push(item.block);
  slot.order.set(item.block, item.order);
}

function unplace(slot: Slot, block: Block): void {
  slot.panel.blocks = slot.panel.blocks.filter((b) => b !== block);
  slot.order.delete(block);
}

function fill(slot: Slot, extra?: Block): number {
  return fillOf(slot.room, slot.panel.lead, extra ? [...slot.panel.blocks, extra] : slot.panel.blocks);
}

/** Among the best-scoring panels, the one left emptiest after placing the item. */
function best(slots: Slot[], item: Item, score: (s: Slot) => number): Slot {
  const scored = slots.map((s) => ({ s, v: score(s) }));
  const top = Math.max(...scored.map((x) => x.v));
  return emptiest(scored.filter((x) => x.v === top).map((x) => x.s), item);
}

function emptiest(slots: Slot[], item: Item): Slot {
  return slots.reduce((b, s) => (fill(s, item.block) < fill(b, item.block) ? s : b));
}

/** Best match with room; else the roomy panel sharing the most words; else, when it shares words with
 * none of the roomy panels, the emptiest one nearest (by rows) to its best match; else the panel it
 * overfills least. */
function roomiest(slots: Slot[], item: Item, affinity: (s: Slot) => number): Slot {
  const roomy = slots.filter((s) => fill(s, item.block) <= FULL);
  if (roomy.length === 0) return emptiest(slots, item);
  if (Math.max(...roomy.map(affinity)) > 0) return best(roomy, item, affinity);
  const home = best(slots, item, affinity);
  const near = Math.min(...roomy.map((s) => Math.abs(s.row - home.row)));
  return emptiest(roomy.filter((s) => Math.abs(s.row - home.row) === near), item);
}

const bare = (e: string) => e.replace(/\uFE0F/g, "");

function titleScore(slot: Slot, title: string, emoji: string | undefined): number {
  const words = wordSet(title);
  const p = slot.panel;
  let score = 2 * sharedCount(words, wordSet(p.title)) + sharedCount(words, wordSet(p.lead.map(richText).join(" ")));
  if (emoji && p.emoji && bare(emoji) === bare(p.emoji)) score += 2;
  return score;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "quote":
      return richText(block.text);
    case "bullets":
      return block.items.map(richText).join(" ");
    case "table":
      return [block.header, ...block.rows].flat().map(richText).join(" ");
    case "flowchart":
      return block.nodes.map((n) => n.label).join(" ");
    case "mindmap": {
      const all: string[] = [];
      const walk = (n: { label: string; children: { label: string; children: unknown[] }[] }) => {
        all.push(n.label);
        n.children.forEach((c) => walk(c as typeof n));
      };
      walk(block.root);
      return all.join(" ");
    }
    case "knobs":
      return block.knobs.map((k) => k.label).join(" ") + " " + (block.result ?? "");
    case "code":
      return block.text;
  }
}

/** Quotes weigh title words well above lead words above content words (the quote itself not counted):
 * a panel named after what the quote says beats one whose table happens to use the same terms. */
function quoteScore(slot: Slot, item: Item): number {
  const p = slot.panel;
  const title = wordSet(p.title);
  const lead = wordSet(p.lead.map(richText).join(" "));
  const content = wordSet(p.blocks.filter((b) => b !== item.block).map(blockText).join(" "));
  let score = 0;
  for (const w of wordSet(blockText(item.block))) score += hasWord(title, w) ? 3 : hasWord(lead, w) ? 1.5 : hasWord(content, w) ? 0.5 : 0;
  return score;
}

/** A movable item and how much it belongs in each panel. */
interface Movable {
  item: Item;
  affinity: (s: Slot) => number;
}

export function assignItems(slots: Slot[], items: Item[], page: PageSize = "a4"): void {
  if (slots.length === 0) return;
  for (const s of slots) s.room = roomOf(page, s.ratio, s.width);
  const byRole = (r: ItemRole) => items.filter((i) => i.role === r);
  for (const item of byRole("flow")) {
    const labels = wordSet(blockText(item.block));
    const schematicHit = (s: Slot) => sharedCount(labels, wordSet(s.schematic.join(" ")));
    const target = slots.some((s) => schematicHit(s) > 0)
      ? best(slots, item, schematicHit)
      : best(slots, item, (s) => titleScore(s, item.title, item.emoji));
    place(target, item);
  }
  for (const item of byRole("knobs")) {
    place(best(slots, item, (s) => titleScore(s, item.title, undefined) * 2 + (ANALOGY_TITLE.test(s.panel.title) ? 1 : 0)), item);
  }
  for (const item of byRole("takeaways")) {
    place(best(slots, item, (s) => (TAKEAWAY_TITLE.test(s.panel.title) ? 10 : 0) + titleScore(s, item.title, item.emoji)), item);
  }
  const movable: Movable[] = [];
  for (const item of byRole("content")) {
    const affinity = (s: Slot) => titleScore(s, item.title, item.emoji);
    if (Math.max(...slots.map(affinity)) >= STRONG) place(best(slots, item, affinity), item);
    else movable.push({ item, affinity });
  }
  for (const item of byRole("quote")) movable.push({ item, affinity: (s) => quoteScore(s, item) });
  // Biggest first, so large tables and maps claim the large panels before small items fill them.
  const size = (b: Block) => fillOf({ width: 500, height: 100 }, [], [b]);
  movable.sort((a, b) => size(b.item.block) - size(a.item.block) || a.item.order - b.item.order);
  for (const m of movable) placeMovable(slots, m, roomiest(slots, m.item, m.affinity));
  fillSparse(slots, movable);
  for (const slot of slots) {
    slot.panel.blocks.sort((a, b) => (slot.order.get(a) ?? 0) - (slot.order.get(b) ?? 0));
  }
}

/** Items that landed away from their best match sit after the panel's own content. */
function placeMovable(slots: Slot[], m: Movable, target: Slot): void {
  const top = Math.max(...slots.map(m.affinity));
  const own = top > 0 && m.affinity(target) === top;
  place(target, own || m.item.role === "quote" ? m.item : { ...m.item, order: 500 + m.item.order });
}

/**
 * A panel left half empty takes a movable item from a fuller panel when the item shares words with it
 * (or matches nowhere) and the move does not make it fuller than the panel it came from. Each item moves
 * at most once, so this ends.
 */
function fillSparse(slots: Slot[], movable: Movable[]): void {
  const moved = new Set<Item>();
  for (;;) {
    const sparse = slots.filter((s) => fill(s) < SPARSE).sort((a, b) => fill(a) - fill(b));
    let done = false;
    for (const to of sparse) {
      const options = movable.flatMap((m) => {
        const from = slots.find((s) => s.panel.blocks.includes(m.item.block));
        if (!from || from === to || moved.has(m.item)) return [];
        const matchesNowhere = Math.max(...slots.map(m.affinity)) <= 0;
        const after = fill(to, m.item.block);
        if (!(m.affinity(to) > 0 || matchesNowhere) || after > Math.min(FULL, fill(from))) return [];
        return [{ m, from, gain: m.affinity(to), fromFill: fill(from) }];
      });
      options.sort((a, b) => b.gain - a.gain || b.fromFill - a.fromFill);
      const pick = options[0];
      if (!pick) continue;
      unplace(pick.from, pick.m.item.block);
      placeMovable(slots, pick.m, to);
      moved.add(pick.m.item);
      done = true;
      break;
    }
    if (!done) return;
  }
}
