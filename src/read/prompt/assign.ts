// Which panel each plan item lands in, and why. Every item goes to the panel it is about, judged from the
// document's own words (meaning.ts): a section whose emoji or title word the panel shares is pinned there
// (`emoji`, `title`); flows go to the box that draws their steps, or else as sections do; quotes and other sections go to the
// panel whose words they share most (`words: …`), or the next such panel when that one is full. What
// matches nowhere, or only panels that are full, goes where there is room (`room`), near its best match;
// a last pass moves such items into panels left half empty. Nothing is ever dropped.
import type { Block, PageSize, Panel } from "../../model/sheet.js";
import { blockText, itemWords, Matcher, namesSection, pairsOf, profileOf, sameEmoji, type Match } from "./meaning.js";
import { fillOf, roomOf } from "./room.js";
import { fill, fillMin } from "./estimate.js";
import { emptiest, place, placeMovable, unplace, words, type Item, type ItemRole, type Slot } from "./slots.js";
import { isTelling, wordSet } from "./words.js";
import { alternativesOf, planTitle, recordNear, sharing, TAKEAWAY_TITLE, type Movable, type Near } from "./ranks.js";
import { quotesBox } from "./quote-box.js";
import { inOrder } from "./order.js";
import { drawnQuoteHome } from "./drawn-quote-home.js";

const ANALOGY_TITLE = /analogy|비유|metaphor/i;
/** Fill (needed / available height at the 14 px reference) an item placed by room may bring a panel to. */
const FULL = 1;
/**
 * An item placed by its words may fill its panel up to what still fits at the 12 px legible minimum. Text
 * estimates land close; a table's or diagram's height depends on how the panel arranges it, so those keep
 * a margin.
 */
const FULL_MATCH = 0.97;
const FULL_MATCH_ARRANGED = 0.85;
/** A short text placed by room goes near its best match only into a panel it leaves at most this full. */
const COMFORTABLE = 0.75;
const TEXT: Block["kind"][] = ["quote", "paragraph", "bullets"];
/** A section whose best panel has less than this share of its total score is an overview. */
const OVERVIEW = 0.5;
/** Panels scoring under this share of an item's best score do not count as its match. */
const NEAR_BEST = 0.5;
/** Below this fill a panel looks half empty and takes items placed by room from fuller panels. */
const SPARSE = 0.5;
/** A panel this share of the largest one's area is nearly as large, for a table or diagram placed by room. */
const NEARLY_LARGEST = 0.8;

/** A placement and its reason. */
interface Pick {
  slot: Slot;
  reason: string;
}

/**
 * Places every item and returns, for each block placed by its words or by room, the other panels' ids
 * ranked by meaning (see `alternativesOf`): where layout may move it when its panel overflows.
 */
export function assignItems(slots: Slot[], items: Item[], page: PageSize = "a4", matches?: Map<Block, string[]>, near?: Near): Map<Block, string[]> {
  const alternatives = new Map<Block, string[]>();
  if (slots.length === 0) return alternatives;
  for (const s of slots) s.room = roomOf(page, s.ratio, s.width);
  const pairs = pairsOf(items.map((i) => i.block));
  const matcher = new Matcher(slots.map((s) => profileOf(s.panel, s.about, s.schematic, pairs)));
  const byRole = (r: ItemRole) => items.filter((i) => i.role === r);
  /** Best-scoring panel, the emptiest among ties; `room` when nothing scores. */
  const best = (item: Item, score: (k: number) => number, reason: (k: number) => string): Pick => {
    const scored = slots.map((slot, k) => ({ slot, k, v: score(k) }));
    const top = Math.max(...scored.map((x) => x.v));
    const slot = emptiest(scored.filter((x) => x.v === top).map((x) => x.slot), item);
    return { slot, reason: top > 0 ? reason(slots.indexOf(slot)) : "room" };
  };

  // A plan written box by box: each section in the box at its place (order.ts).
  const ordered = inOrder(slots, items, matcher);
  for (const [item, slot] of ordered ?? []) place(slot, item, matcher.titleHit(slots.indexOf(slot), item.title).length ? "title" : "order");
  const placedInOrder = (i: Item): boolean => ordered?.has(i) === true;
  // Sections placed by their words and room, after what is pinned (a flow named after no panel among them).
  const rest: Item[] = [];
  for (const item of byRole("flow").filter((i) => !placedInOrder(i))) {
    const labels = wordSet(blockText(item.block));
    const drawn = (k: number) => [...labels].filter((w) => wordSet(slots[k]!.schematic.join(" ")).has(w));
    // Named after a panel (emoji, title word): there. Else the box that sketches its steps, else by its words and room.
    const pinned = slots.some((sl, k) => namesSection(sl.panel, item.emoji, item.title) || matcher.titleHit(k, item.title).length > 0);
    const sketched = !pinned && slots.some((_, k) => drawn(k).length > 0);
    // Named after none and sketched in no box: placed by its words where there is room, as a section is.
    if (!pinned && !sketched) {
      rest.push(item);
      continue;
    }
    const pick = sketched ? best(item, (k) => drawn(k).length, (k) => `words: ${drawn(k).slice(0, 4).join(", ")}`) : named(item);
    // The chain the box itself sketches is read first, above the panel's other content.
    place(pick.slot, sketched ? { ...item, order: -2 + item.order / 1000 } : item, pick.reason);
  }
  for (const item of byRole("knobs")) {
    const w = itemWords(item.title, "", 1);
    const pick = best(item, (k) => matcher.match(k, w).score * 2 + (ANALOGY_TITLE.test(slots[k]!.panel.title) ? 1 : 0), (k) =>
      matcher.titleHit(k, item.title).length ? "title" : "words: analogy",
    );
    place(pick.slot, item, pick.reason);
  }
  for (const item of byRole("takeaways")) {
    const pick = slots.some((s) => TAKEAWAY_TITLE.test(s.panel.title))
      ? best(item, (k) => (TAKEAWAY_TITLE.test(slots[k]!.panel.title) ? 10 : 0) + matcher.match(k, itemWords(item.title, "", 1)).score, () => "title")
      : named(item);
    // With no box drawn for them, takeaways sharing a few words with a box are the page's summary, not that
    // box's topic: placed after the sections pinned to their boxes, where there is room, they never push a
    // box's own chart out of it.
    if (pick.reason === "room" || pick.reason.startsWith("words:")) {
      rest.push(item);
      continue;
    }
    place(pick.slot, item, pick.reason);
  }
  for (const item of byRole("content").filter((i) => !placedInOrder(i))) {
    const pinned = slots.some((s, k) => namesSection(s.panel, item.emoji, item.title) || matcher.titleHit(k, item.title).length > 0);
    if (pinned) {
      const pick = named(item);
      place(pick.slot, item, pick.reason);
    } else rest.push(item);
  }
  // What is pinned now tells what each panel is about too (a quote may match the table a panel holds).
  const headings = (s: Slot): string[] => items.filter((i) => i.title && s.panel.blocks.includes(i.block)).map((i) => i.title);
  // A box drawn with an emoji alone is named by the section of that emoji it now holds, as the sheet will title it.
  const titled = (s: Slot): Panel => {
    const title = planTitle(s, items);
    return title ? { ...s.panel, title } : s.panel;
  };
  // The takeaways' points sum up the other panels: a quote saying one again is about the panel of its topic, so
  // they are no point a quote restates (meaning.ts `pointSaid`).
  const content = new Matcher(
    slots.map((s) => {
      const p = profileOf(titled(s), s.about, s.schematic, pairs, s.panel.blocks, headings(s));
      return TAKEAWAY_TITLE.test(s.panel.title) ? { ...p, points: [] } : p;
    }),
  );
  const scoreAll = (w: Map<string, number>): Match[] => slots.map((_, k) => content.match(k, w));
  const movable: Movable[] = rest.filter((i) => i.block.kind !== "quote").map((item) => ({ item, matches: scoreAll(itemWords(item.title, blockText(item.block), 2)) }));
  // A quote its section does not pin (no panel has the section's emoji or title words) goes by its own words, as
  // the quotable insights do.
  const unpinned = rest.filter((i) => i.block.kind === "quote").map((i): Item => ({ ...i, role: "quote" }));
  for (const item of [...byRole("quote"), ...unpinned]) {
    // Its words, and a phrase it repeats verbatim from a panel (a run of common words the word match skips), or
    // else a box line it says again in other words.
    const said = wordSet(blockText(item.block));
    const matches = scoreAll(itemWords("", blockText(item.block), 1)).map((m, k) => {
      const p = content.phrase(k, blockText(item.block));
      const e = p.score > 0 ? p : content.echo(k, said);
      return e.score > 0 ? { score: m.score + e.score, words: [...e.words, ...m.words] } : m;
    });
    movable.push({ item, matches });
  }
  // Biggest first, so large tables and maps claim the large panels before small items fill them.
  const size = (b: Block) => fillOf({ width: 500, height: 100 }, [], [b]);
  movable.sort((a, b) => size(b.item.block) - size(a.item.block) || a.item.order - b.item.order);
  // Items that match a panel with room go first; what matches nowhere (or only full panels) then takes
  // the room that is left, so it never takes the place of something that belongs there.
  const later: Movable[] = [];
  // A quote that finds no panel about it with room goes to the box drawn for quotes, not the emptiest panel.
  const quoteBox = quotesBox(slots);
  // The item most clearly about a panel claims it first.
  const clearest = (m: Movable) => Math.max(...m.matches.map((x) => x.score));
  for (const m of [...movable].sort((a, b) => clearest(b) - clearest(a))) {
    const pick = byMeaning(slots, m, quoteBox);
    if (pick.reason === "room") later.push(m);
    else placeMovable(pick.slot, m, pick.reason);
  }
  for (const m of later) {
    const pick = byMeaning(slots, m, quoteBox);
    placeMovable(pick.slot, m, pick.reason);
  }
  fillSparse(slots, movable, quoteBox);
  for (const slot of slots) {
    slot.panel.blocks.sort((a, b) => (slot.order.get(a) ?? 0) - (slot.order.get(b) ?? 0));
  }
  for (const m of movable) {
    const home = slots.find((s) => s.panel.blocks.includes(m.item.block));
    const reason = home?.reasons.get(m.item.block) ?? "";
    if (home && (reason === "room" || reason.startsWith("words:"))) alternatives.set(m.item.block, alternativesOf(slots, m, home));
  }
  // A quote sent by a box's line (`+ 💬 명언`) goes there first, but the box's own topic keeps its place: when
  // the box overflows, the quote may move on by its words, as one placed by meaning does.
  for (const item of items.filter((i) => i.block.kind === "quote")) {
    const home = slots.find((s) => s.panel.blocks.includes(item.block));
    if (home?.reasons.get(item.block) !== "box line") continue;
    alternatives.set(item.block, alternativesOf(slots, { item, matches: scoreAll(itemWords("", blockText(item.block), 1)) }, home));
  }
  if (matches) {
    const scored = new Map(movable.map((m) => [m.item.block, m.matches]));
    for (const item of items) {
      if (item.role === "takeaways") continue;
      const home = slots.find((s) => s.panel.blocks.includes(item.block));
      const ids = sharing(slots, scored.get(item.block) ?? scoreAll(itemWords(item.title, blockText(item.block), 2)), home);
      if (ids.some((id) => id !== home?.panel.id)) matches.set(item.block, ids);
    }
  }
  if (near) recordNear(slots, items, (text) => scoreAll(itemWords("", text, 1)), near);
  return alternatives;

  /** A section by its emoji and title words first, then all its words; `room` when nothing matches. */
  function named(item: Item): Pick {
    const w = itemWords(item.title, blockText(item.block), 2);
    const score = (k: number) => {
      // A box line writing the section's emoji and a title word says more than a box that shares the emoji alone.
      const emoji = sameEmoji(item.emoji, slots[k]!.panel.emoji) ? 100 : namesSection(slots[k]!.panel, item.emoji, item.title) ? 105 : 0;
      // A title saying the panel's whole title (`Thinking Model이란?` for THINKING MODEL이란?) names it more surely
      // than one sharing a word another title also stems to (`thinking` in CHAIN OF THOUGHT).
      const title = matcher.titleHit(k, item.title).length ? (matcher.wholeTitle(k, item.title) ? 20 : 10) : 0;
      return emoji + title + matcher.match(k, w).score;
    };
    return best(item, score, (k) =>
      sameEmoji(item.emoji, slots[k]!.panel.emoji) ? "emoji" : namesSection(slots[k]!.panel, item.emoji, item.title) ? "box line" : matcher.titleHit(k, item.title).length ? "title" : words(matcher.match(k, w)),
    );
  }
}

/**
 * The panel sharing the most words with the item that still has room (at the legible minimum); when every
 * panel it matches is full, or it matches none: a short text goes to a roomy panel in the row of its best
 * match (else the emptiest), a table or diagram to the largest panel it fits.
 */
function byMeaning(slots: Slot[], m: Movable, quoteBox?: Slot): Pick {
  const top = Math.max(...m.matches.map((x) => x.score));
  const total = m.matches.reduce((sum, x) => sum + x.score, 0);
  // A section whose words spread over many panels (a mind map of the whole chapter) is an overview: it is
  // about no one panel, so it goes where there is room.
  const overview = m.item.role !== "quote" && top < OVERVIEW * total;
  // A quote whose words one box writes in quotation marks goes to that box (drawn-quote-home.ts): the box's line
  // sends it there, as a `+ 💬 명언` line does.
  const drawn = drawnQuoteHome(slots.map((s) => s.panel), m.item.block);
  if (drawn >= 0) return { slot: slots[drawn]!, reason: "box line" };
  if (top > 0 && !overview) {
    const ranked = slots
      .map((slot, k) => ({ slot, match: m.matches[k]! }))
      .filter((x) => x.match.score >= top * NEAR_BEST)
      .sort((a, b) => b.match.score - a.match.score || ownWords(m, b.match) - ownWords(m, a.match) || fill(a.slot, m.item.block) - fill(b.slot, m.item.block));
    const limit = TEXT.includes(m.item.block.kind) ? FULL_MATCH : FULL_MATCH_ARRANGED;
    const fits = ranked.find((x) => fillMin(x.slot, m.item.block) <= limit);
    if (fits) return { slot: fits.slot, reason: words(fits.match) };
  }
  // A quote about no panel that has room: the box the writer drew for quotes (`📌 KEY TAKEAWAYS + 인용`) is
  // where a designer puts it, before the panel that happens to be emptiest.
  if (quoteBox && m.item.block.kind === "quote" && fill(quoteBox, m.item.block) <= FULL) return { slot: quoteBox, reason: "room" };
  // The takeaways panel holds the summary; other content goes there only when nowhere else has room.
  const summary = (sl: Slot) => TAKEAWAY_TITLE.test(sl.panel.title);
  // The takeaways panel holds the summary; other content goes there only when nowhere else has room.
  const prefer = (list: Slot[]) => (list.some((sl) => !summary(sl)) ? list.filter((sl) => !summary(sl)) : list);
  if (!TEXT.includes(m.item.block.kind)) {
    // A table or diagram needs area: the largest panel it still fits (at the legible minimum), else the
    // largest panel of all.
    const open = prefer(slots.filter((sl) => fillMin(sl, m.item.block) <= FULL_MATCH_ARRANGED));
    const area = (sl: Slot) => sl.room.width * sl.room.height;
    const pool = open.length ? open : prefer(slots);
    const most = Math.max(...pool.map(area));
    // Of panels nearly as large, the emptiest: a panel a fifth smaller that holds little takes a map better than
    // the largest one already full of its own topic, whose own table would then be crowded out.
    return { slot: emptiest(pool.filter((sl) => area(sl) >= most * NEARLY_LARGEST), m.item), reason: "room" };
  }
  const roomy = prefer(slots.filter((sl) => fill(sl, m.item.block) <= FULL));
  if (roomy.length === 0) return { slot: emptiest(slots, m.item), reason: "room" };
  // A short text whose panels are full stays near them, in a panel it leaves comfortably roomy.
  const home = top > 0 ? slots[m.matches.findIndex((x) => x.score === top)]! : undefined;
  const comfy = roomy.filter((sl) => fill(sl, m.item.block) <= COMFORTABLE);
  if (home && comfy.length > 0) {
    const near = Math.min(...comfy.map((sl) => Math.abs(sl.row - home.row)));
    return { slot: emptiest(comfy.filter((sl) => Math.abs(sl.row - home.row) === near), m.item), reason: "room" };
  }
  return { slot: emptiest(roomy, m.item), reason: "room" };
}

/**
 * How many of a match's words no other panel shares with the item. Two panels scoring the same are told apart by
 * meaning before room: `It's just a trick — to get a real assistant` scores ASSISTANT's title word as much as
 * WHY POST-TRAINING's `요령`, but `assistant` is said by several panels and the trick by that one alone. Else the
 * emptier panel.
 */
function ownWords(m: Movable, match: Match): number {
  // A word any sentence says, or the course's `model`, tells no panel apart (a label writes the English word first).
  return match.words.filter((w) => isTelling(w.split("≈")[0]!) && m.matches.filter((x) => x.words.includes(w)).length === 1).length;
}

/**
 * A panel left half empty (other than the takeaways) takes an item that was placed by room from a fuller panel when the item shares
 * words with it (or matches nowhere) and the move does not make it fuller than the panel it came from.
 * Each item moves at most once, so this ends.
 */
function fillSparse(slots: Slot[], movable: Movable[], quoteBox?: Slot): void {
  const moved = new Set<Item>();
  for (;;) {
    const sparse = slots.filter((s) => fill(s) < SPARSE && !TAKEAWAY_TITLE.test(s.panel.title)).sort((a, b) => fill(a) - fill(b));
    let done = false;
    for (const to of sparse) {
      const k = slots.indexOf(to);
      const options = movable.flatMap((m) => {
        const from = slots.find((s) => s.panel.blocks.includes(m.item.block));
        if (!from || from === to || moved.has(m.item) || from.reasons.get(m.item.block) !== "room") return [];
        // A quote in the box drawn for quotes is where the writer wanted it, not left over for balance.
        if (from === quoteBox && m.item.block.kind === "quote") return [];
        const gain = m.matches[k]!.score;
        const matchesNowhere = Math.max(...m.matches.map((x) => x.score)) <= 0;
        if (!(gain > 0 || matchesNowhere) || fill(to, m.item.block) > Math.min(FULL, fill(from))) return [];
        return [{ m, from, gain, fromFill: fill(from) }];
      });
      options.sort((a, b) => b.gain - a.gain || b.fromFill - a.fromFill);
      const pick = options[0];
      if (!pick) continue;
      unplace(pick.from, pick.m.item.block);
      placeMovable(to, pick.m, pick.gain > 0 ? words(pick.m.matches[k]!) : "room");
      moved.add(pick.m.item);
      done = true;
      break;
    }
    if (!done) return;
  }
}
