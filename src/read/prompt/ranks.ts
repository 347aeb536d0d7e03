// How well each other panel suits a placed item, for layout's later moves: `alternatives` (every other panel,
// best match first) for the overflow repair, `matches` (only those clearly sharing its words) for balance, `near`
// (for a pinned block, the panels its own words share) for the overflow repair's last resort.
import { pinnedBy, type Block } from "../../model/sheet.js";
import { blockText, type Match } from "./meaning.js";
import type { Item, Slot } from "./slots.js";
import { boxNumber } from "./box-number.js";

// A box too narrow for "KEY TAKEAWAYS" is often titled just "KEY" (or "핵심").
export const TAKEAWAY_TITLE = /takeaway|key points|요점|핵심\s*정리|정리|교훈|요약|summary|^\s*(?:key|핵심)\s*[!.]*\s*$/i;
/** A panel scoring at least this share of an item's best score still makes sense for it (see `sharing`). */
const MATCHES_SHARE = 1 / 3;
/** An item in the takeaways panel by its words stays there unless another panel scores this share of it (as
 * `assign.ts` places by words only in a panel scoring half the best). */
const SUMMARY_SHARE = 0.5;

/** An item placed by meaning or room, with its score in every panel. */
export interface Movable {
  item: Item;
  matches: Match[];
}

/**
 * The panels other than its own an item could go to, best first: those sharing its words (most first), then
 * the rest nearest its best match's row, in reading order; the takeaways panel last (it holds the summary).
 */
export function alternativesOf(slots: Slot[], m: Movable, home: Slot): string[] {
  const top = Math.max(...m.matches.map((x) => x.score));
  const bestRow = top > 0 ? slots[m.matches.findIndex((x) => x.score === top)]!.row : home.row;
  const summary = (sl: Slot) => m.item.role !== "takeaways" && TAKEAWAY_TITLE.test(sl.panel.title);
  return slots
    .map((slot, k) => ({ slot, k, score: m.matches[k]!.score }))
    .filter((x) => x.slot !== home)
    .sort((a, b) => Number(summary(a.slot)) - Number(summary(b.slot)) || b.score - a.score || Math.abs(a.slot.row - bestRow) - Math.abs(b.slot.row - bestRow) || a.k - b.k)
    .map((x) => x.slot.panel.id);
}

/**
 * The panels that share an item's words clearly (at least MATCHES_SHARE of its best score), most first, its
 * own among them when it does: where it still makes sense when layout moves it for balance, and whether
 * that panel suits it better than the one it is in (on a tie, the one it is in comes first).
 */
export function sharing(slots: Slot[], matches: Match[], home?: Slot): string[] {
  const top = Math.max(0, ...matches.map((x) => x.score));
  if (top <= 0) return [];
  const scored = slots.map((slot, k) => ({ slot, k, score: matches[k]!.score }));
  // The takeaways panel holds the summary: an item there by its words goes to the panel it is about when layout
  // finds room, so it is left out. But when no other panel scores half as much, the summary is what it is most
  // about, and every panel sharing a word or two with it would look a better home.
  const other = Math.max(0, ...scored.filter((x) => !TAKEAWAY_TITLE.test(x.slot.panel.title)).map((x) => x.score));
  const ownSummary = (x: { slot: Slot; score: number }): boolean => x.slot === home && other < x.score * SUMMARY_SHARE;
  return scored
    .filter((x) => x.score > 0 && x.score >= top * MATCHES_SHARE && (!TAKEAWAY_TITLE.test(x.slot.panel.title) || ownSummary(x)))
    // A tie with the panel it is in keeps it there: it is as much about that one.
    .sort((a, b) => b.score - a.score || Number(b.slot === home) - Number(a.slot === home) || a.k - b.k)
    .map((x) => x.slot.panel.id);
}

/**
 * Where to record, for each block pinned by title or emoji, the other panels its own words clearly share (see
 * `sharing`), best first; `names` gives a chart's name, whose words count for the chart.
 */
export interface Near {
  out: Map<Block, string[]>;
  names?: Map<Block, Block> | undefined;
}

/** Fills `near.out`: its own words and its name's, not the section's title it shares with the other blocks of its section. */
export function recordNear(slots: Slot[], items: Item[], score: (text: string) => Match[], near: Near): void {
  const names = new Set(near.names?.values() ?? []);
  const roles = new Map(items.map((i) => [i.block, i.role]));
  for (const slot of slots) {
    for (const block of slot.panel.blocks) {
      const reason = slot.reasons.get(block);
      const role = roles.get(block);
      if (!pinnedBy(reason) || !role || role === "takeaways" || names.has(block)) continue;
      const name = near.names?.get(block);
      const ids = sharing(slots, score([blockText(block), name ? blockText(name) : ""].join(" ")), slot).filter((id) => id !== slot.panel.id);
      if (ids.length) near.out.set(block, ids);
    }
  }
}

/** A box titled by its emoji and a number alone (`🗜️ 2`, `📦 #3`, `🧪 No. 4`, `🔮 ②`): the number only counts
 * the box, and the plan's section under that emoji names it. */
/** A box's label alone: `Card A`, `Box 3`, `Panel B:`. */
const LABEL = /^(?:panel|box|card|cell|패널|박스|칸|상자)\s*[A-Za-z0-9]{1,2}\s*[:.)—–-]?$/i;
const PLACEHOLDER = /^(?:(?:#|no\.?\s*)?\d{1,2}[.)]?|[\u2460-\u2473])$/iu;

/**
 * The title a box drawn with an emoji alone (`│ 🔢 │`), or with the emoji and a number, takes from the plan section
 * of that emoji it holds, without the section's count or kind remark (`3. Counting (Flowchart)` → Counting);
 * undefined for a box with a title of its own.
 */
export function planTitle(slot: Slot, items: Item[]): string | undefined {
  const was = slot.panel.title.trim();
  // `Card A` and no more: a box named only by its label takes the title of the section that names that label
  // (`Card A — Sampling`), as a drawing titled by its emoji alone does; the label only pointed.
  const label = LABEL.test(was) ? boxNumber(was)?.box : undefined;
  if (label !== undefined) {
    const named = items.find((i) => i.role !== "quote" && i.box === label && slot.panel.blocks.includes(i.block));
    if (named?.title.trim()) return named.title.replace(/\s*[(（][^()（）]*[)）]\s*$/, "").trim() || undefined;
  }
  if ((was !== "" && !PLACEHOLDER.test(was)) || !slot.panel.emoji) return undefined;
  const bare = (e: string | undefined): string => (e ?? "").replace(/\uFE0F/g, "");
  const own = items.find((i) => i.role !== "quote" && i.emoji && bare(i.emoji) === bare(slot.panel.emoji) && slot.panel.blocks.includes(i.block));
  return own?.title.replace(/^\d+[.)](?!\d)\s*/, "").replace(/\s*[(（][^()（）]*[)）]\s*$/, "").trim() || undefined;
}
