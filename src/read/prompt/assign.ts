// Which panel each plan item lands in. Items go where their title matches (shared words and
// emoji); what matches nothing goes to the panel with the most room left, so the page stays
// balanced. Nothing is ever dropped: every item ends up in some panel.
import type { Block, Panel } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { sharedCount, wordSet } from "./words.js";

export interface Slot {
  panel: Panel;
  /** Row ratio (percent) × width share. */
  area: number;
  width: number;
  /** Labels of the schematic drawn in the panel's box (arrow chains, little boxes). */
  schematic: string[];
  load: number;
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

// One text line takes about 2.5% of the page height; load is kept in the same unit as area.
const LINE = 2.5;
const TAKEAWAY_TITLE = /takeaway|key points|요점|핵심\s*정리|정리|교훈|요약|summary/i;
const ANALOGY_TITLE = /analogy|비유|metaphor/i;

function textLines(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(12, 100 * width)));
}

/** Rough size of a block in a panel of `width`: text lines, and the width it really needs
 * (a mind map or a narrow table leaves room beside it in a wide panel). */
export function estimate(block: Block, width: number): { lines: number; width: number } {
  switch (block.kind) {
    case "paragraph":
      return { lines: textLines(richText(block.text), width), width };
    case "quote":
      return { lines: textLines(richText(block.text), width) + 0.5, width };
    case "bullets":
      return { lines: block.items.reduce((s, i) => s + textLines(richText(i), width), 0), width };
    case "table": {
      const w = Math.min(width, 0.15 * Math.max(1, block.header.length));
      const rows = [block.header, ...block.rows];
      return { lines: rows.reduce((s, r) => s + textLines(r.map(richText).join("   "), w), 0.5), width: w };
    }
    case "flowchart": {
      const perLine = Math.max(2, Math.floor(9 * width));
      return { lines: 3 * Math.ceil(block.nodes.length / perLine), width: Math.min(width, 0.11 * block.nodes.length) };
    }
    case "mindmap": {
      const w = Math.min(width, 0.5);
      const leaves = block.root.children.reduce((s, c) => s + Math.max(1, c.children.length), 0);
      return { lines: 2 + Math.ceil(leaves / (w >= 0.5 ? 2 : 1)), width: w };
    }
    case "knobs":
      return { lines: 4, width: Math.min(width, 0.35) };
  }
}

/** Page area (percent of the page) a block takes in a panel of `width`. */
export function loadOf(block: Block, width: number): number {
  const e = estimate(block, width);
  return LINE * e.lines * e.width;
}

export function slotFor(panel: Panel, ratio: number, width: number, schematic: string[]): Slot {
  const leadLines = panel.lead.reduce((s, l) => s + textLines(richText(l), width), 1);
  return { panel, area: ratio * width, width, schematic, load: LINE * leadLines * width, order: new Map() };
}

function spare(slot: Slot): number {
  return slot.area - slot.load;
}

export function place(slot: Slot, item: Item): void {
  slot.panel.blocks.push(item.block);
  slot.order.set(item.block, item.order);
  slot.load += loadOf(item.block, slot.width);
}

function emptiest(slots: Slot[], item: Item): Slot {
  // Judge the room left after placing, so a big block is not squeezed into a narrow panel; when it
  // fits nowhere, pick the panel it overfills the least relative to its size.
  const after = (s: Slot) => spare(s) - loadOf(item.block, s.width);
  const fits = slots.filter((s) => after(s) >= 0);
  if (fits.length > 0) return fits.reduce((b, s) => (after(s) > after(b) ? s : b));
  const fill = (s: Slot) => (s.area - after(s)) / s.area;
  return slots.reduce((b, s) => (fill(s) < fill(b) ? s : b));
}

function best(slots: Slot[], item: Item, score: (s: Slot) => number): Slot {
  const scored = slots.map((s) => ({ s, v: score(s) }));
  const top = Math.max(...scored.map((x) => x.v));
  if (top <= 0) return emptiest(slots, item);
  return emptiest(
    scored.filter((x) => x.v === top).map((x) => x.s),
    item,
  );
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
  }
}

/** Quotes weigh title words above lead words above content words. */
function quoteScore(slot: Slot, quote: Set<string>): number {
  const p = slot.panel;
  const title = wordSet(p.title);
  const lead = wordSet(p.lead.map(richText).join(" "));
  const content = wordSet(p.blocks.map(blockText).join(" "));
  let score = 0;
  for (const w of quote) score += title.has(w) ? 2 : lead.has(w) ? 1.5 : content.has(w) ? 1 : 0;
  return score;
}

export function assignItems(slots: Slot[], items: Item[]): void {
  if (slots.length === 0) return;
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
  const unmatched: Item[] = [];
  for (const item of byRole("content")) {
    const scores = slots.map((s) => titleScore(s, item.title, item.emoji));
    if (Math.max(...scores) > 0) place(best(slots, item, (s) => titleScore(s, item.title, item.emoji)), item);
    else unmatched.push(item);
  }
  // Biggest first, so large tables and maps claim the large panels before small items fill them.
  unmatched.sort((a, b) => loadOf(b.block, 1) - loadOf(a.block, 1));
  // Fill-ins sit after the panel's own matched content (their order is pushed back).
  for (const item of unmatched) place(emptiest(slots, item), { ...item, order: 500 + item.order });
  for (const item of byRole("quote")) {
    const words = wordSet(blockText(item.block));
    place(best(slots, item, (s) => quoteScore(s, words)), item);
  }
  for (const slot of slots) {
    slot.panel.blocks.sort((a, b) => (slot.order.get(a) ?? 0) - (slot.order.get(b) ?? 0));
  }
}

