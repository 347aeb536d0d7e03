// A panel as placement sees it (its room, its blocks' order and reasons) and the moves placement makes:
// put an item in, take it out, and the emptiest of several panels.
import type { Block, Panel } from "../../model/sheet.js";
import type { Match } from "./meaning.js";
import { roomOf, type Room } from "./room.js";
import { fill, forget, placed } from "./estimate.js";
import type { Movable } from "./ranks.js";

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
  /** The ratio table's content entry (내용 / Content column) naming this panel. */
  about: string;
  /** Why each block is here: `title`, `emoji`, `box line` (a line in the box names its section), `words: a, b` or `room`. */
  reasons: Map<Block, string>;
}

export type ItemRole = "flow" | "knobs" | "takeaways" | "quote" | "content";

export interface Item {
  block: Block;
  role: ItemRole;
  /** Title of the plan section (or the analogy name) it came from. */
  title: string;
  emoji?: string;
  /** The box the plan section names by number, counted in the drawing's order from 1. */
  box?: number;
  /** A quote's note of where it goes (`하단 왼쪽 칸`, `Box 3`). */
  where?: string;
  /** Position on the page within the panel: plan order, quotes last. */
  order: number;
}

export function slotFor(panel: Panel, ratio: number, width: number, schematic: string[], row = 0): Slot {
  return { panel, ratio, width, room: roomOf("a4", ratio, width), row, schematic, order: new Map(), about: "", reasons: new Map() };
}

export function place(slot: Slot, item: Item, reason = "title"): void {
  slot.panel.blocks.push(item.block);
  slot.order.set(item.block, item.order);
  slot.reasons.set(item.block, reason);
  placed(slot, item.block);
}

export function unplace(slot: Slot, block: Block): void {
  slot.panel.blocks = slot.panel.blocks.filter((b) => b !== block);
  slot.order.delete(block);
  slot.reasons.delete(block);
  forget(slot);
}

export function emptiest(slots: Slot[], item: Item): Slot {
  return slots.reduce((b, s) => (fill(s, item.block) < fill(b, item.block) ? s : b));
}

export const words = (m: Match, n = 4): string => `words: ${m.words.slice(0, n).join(", ")}`;

/** Items placed by room sit after the panel's own content; quotes keep their place at the end. */
export function placeMovable(target: Slot, m: Movable, reason: string): void {
  const own = reason !== "room";
  place(target, own || m.item.role === "quote" ? m.item : { ...m.item, order: 500 + m.item.order }, reason);
}
