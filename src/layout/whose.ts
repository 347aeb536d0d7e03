// A table, chart, code sample, list or quote moved out of its panel for room (rehome.ts) or balance (rebalance.ts)
// stands in a panel it is not about; without a word, the reader takes it for that panel's. A small tag over it names
// the panel it belongs to, with an arrow pointing there (`↖ 🐍 CODE INTERPRETER`), as a designer pencils a
// pointer beside a figure set where space allowed. The tag is the figure's caption (caption.ts), so it sits
// close above the drawing and never parts from it; a figure that already has a caption gets the pointer at its
// end, in brackets. Tags are kept only where they cost nothing: the page laid out with them must overflow
// nowhere and draw every panel at the size it had without them (a tag that shrank a panel's text would trade
// legibility for a pointer), or one step smaller where that panel still draws larger text than the page's least.
// The moves themselves were judged without tags, so where a tag has no room the figure goes untagged and the
// report still says where it came from.
import { panelsOf, type Block, type Panel, type Rich, type Sheet } from "../model/sheet.js";
import type { PositionedSheet } from "../model/positioned.js";
import { CAPTION_OF, captionOf, isCaption } from "./caption.js";
import { withPanels } from "./move.js";

/** The reasons of a block that left its panel (not one that went home). */
const MOVED = /^(?:room|balance) \((moved from|too big for) ([a-z0-9-]+)\)$/;
const FIGURES = new Set<Block["kind"]>(["flowchart", "mindmap", "knobs", "table", "code", "bullets", "quote"]);
/** Longest title a tag carries whole, in characters; a longer one is cut at a word with `…`. */
const MAX_TITLE = 28;

type Box = PositionedSheet["panels"][number]["box"];

/** Pointers to eight directions, from the figure's panel to its own: `ARROWS[dy + 1][dx + 1]`. */
// The diagonals carry U+FE0E: each has an emoji form too, drawn as a blue tile beside the plain `↓`.
const ARROWS = [
  ["↖\uFE0E", "↑", "↗\uFE0E"],
  ["←", "·", "→"],
  ["↙\uFE0E", "↓", "↘\uFE0E"],
] as const;

/** The arrow from box `to` (where the figure stands) towards box `from` (the panel it is about). */
export function pointer(to: Box, from: Box): string {
  const dx = from.x + from.width / 2 - (to.x + to.width / 2);
  const dy = from.y + from.height / 2 - (to.y + to.height / 2);
  // A panel mostly above or beside counts as straight up or across: a sidebar's centre is rarely level with
  // its neighbour's, and `↗` for a panel overlapping the column reads as "somewhere else".
  const overlapsX = Math.min(from.x + from.width, to.x + to.width) - Math.max(from.x, to.x) > 0;
  const overlapsY = Math.min(from.y + from.height, to.y + to.height) - Math.max(from.y, to.y) > 0;
  const sx = overlapsX ? 0 : Math.sign(dx);
  const sy = overlapsY ? 0 : Math.sign(dy);
  return ARROWS[sy + 1]![sx + 1]!;
}

/** A title's gloss in brackets at its end (`토큰당 계산량은 유한 (Finite Compute per Token)`, `Move 37 (37수)`). */
const GLOSS = /\s*[(（][^()（）]*[)）]\s*$/u;

function short(title: string): string {
  // A pointer names its panel as a designer pencils it, by the title's first words: the gloss that translates
  // them would only wrap the tag onto a second line.
  const bare = title.replace(GLOSS, "");
  const name = bare.length >= 3 ? bare : title;
  const chars = [...name];
  if (chars.length <= MAX_TITLE) return name;
  const cut = chars.slice(0, MAX_TITLE).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The panel a moved figure is about, when that is clear: the one that pinned it (by title, emoji or box line)
 * before it was too big for it, or the one it left that its words match best. A figure the reader had placed
 * by room (an overview map matching four panels a little) left a panel it was never about: no pointer.
 */
function homeOf(block: Block): string | undefined {
  const m = MOVED.exec(block.at?.reason ?? "");
  if (!m) return undefined;
  return m[1] === "too big for" || block.at?.matches?.[0] === m[2] ? m[2] : undefined;
}

/**
 * The sheet with each quote the reader placed by room because the panel it is about had none (its best match
 * at the legible minimum, by the reader's estimate) named so: `room (too big for X)`, X the panel its words
 * share. Only a quote whose words clearly share one panel alone, and not the one it stands in: a quote that also
 * matches where it stands is about that panel too, and one sharing two others has no one home to point to (a
 * tag naming the wrong one of two misleads more than none). Undefined when there is none. Its tag then points
 * home, as a moved figure's does.
 */
export function namedHomes(sheet: Sheet): Sheet | undefined {
  const out: Panel[] = [];
  for (const panel of panelsOf(sheet)) {
    let changed = false;
    const blocks = panel.blocks.map((b) => {
      const best = b.at?.matches?.length === 1 ? b.at.matches[0] : undefined;
      if (b.kind !== "quote" || b.at?.reason !== "room" || !best || best === panel.id) return b;
      changed = true;
      return { ...b, at: { ...b.at, reason: `room (too big for ${best})` } };
    });
    if (changed) out.push({ ...panel, blocks });
  }
  return out.length ? withPanels(sheet, out) : undefined;
}

/** The tag's text for a figure from panel `from`. */
export function tagText(arrow: string, from: Panel): string {
  return [arrow, from.emoji, short(from.title.trim())].filter(Boolean).join(" ");
}

/**
 * The sheet with every moved figure tagged, or undefined when none moved; `laid` gives the panels' boxes the
 * arrows point between.
 */
export function tagged(sheet: Sheet, laid: PositionedSheet): Sheet | undefined {
  const panels = panelsOf(sheet);
  const byId = new Map(panels.map((p) => [p.id, p]));
  const boxes = new Map(laid.panels.map((p) => [p.id, p.box]));
  const out: Panel[] = [];
  for (const panel of panels) {
    let blocks = panel.blocks;
    for (const block of panel.blocks) {
      // A section's list reads as the points of the panel it stands in; the takeaways close the page wherever.
      const figure = FIGURES.has(block.kind) && !(block.kind === "bullets" && block.style === "takeaways");
      const id = figure ? homeOf(block) : undefined;
      // A figure moved to the panel its words match best stands where it belongs: a pointer away would mislead.
      const home = block.at?.matches?.[0] === panel.id;
      const from = id !== undefined && id !== panel.id && !home ? byId.get(id) : undefined;
      const a = boxes.get(panel.id);
      const b = from && boxes.get(from.id);
      if (!from || !a || !b) continue;
      const text = tagText(pointer(a, b), from);
      const caption = captionOf(blocks, block);
      const reason = `${CAPTION_OF}${from.id})`;
      if (caption?.kind === "paragraph") {
        // The pointer at the caption's end, when the two still read as one title; else the figure goes untagged
        // (a second line above a caption would read as a caption of the caption).
        const joined: Block = { ...caption, text: [...caption.text, { text: ` (${text})` }] as Rich };
        if (isCaption(joined, block)) blocks = blocks.map((x) => (x === caption ? joined : x));
        continue;
      }
      if (caption) continue;
      const tag: Block = { kind: "paragraph", text: [{ text }], at: { reason } };
      if (!isCaption(tag, block)) continue;
      const k = blocks.indexOf(block);
      blocks = [...blocks.slice(0, k), tag, ...blocks.slice(k)];
    }
    if (blocks !== panel.blocks) out.push({ ...panel, blocks });
  }
  return out.length ? withPanels(sheet, out) : undefined;
}

/** One step of the fit's size search, in px. */
const STEP = 0.5;

/**
 * The ids of the panels that, laid out with tags (`after`), still fit at the size they had without (`before`).
 * A panel drawn well above the page's smallest text may give one step for its tag: it stays the larger text it
 * was beside the rest, while a chart standing untagged in it reads as its own (a second pipeline under the first).
 */
function keptSize(before: PositionedSheet, after: PositionedSheet): Set<string> {
  const was = new Map(before.panels.map((p) => [p.id, p.fontPx]));
  const smallest = Math.min(...before.panels.map((p) => p.fontPx));
  const kept = (id: string, px: number): boolean => {
    const old = was.get(id);
    if (old === undefined || px >= old - 1e-6) return true;
    return px >= old - STEP - 1e-6 && px >= smallest + 2 * STEP - 1e-6;
  };
  return new Set(after.panels.filter((p) => !p.overflow && kept(p.id, p.fontPx)).map((p) => p.id));
}

/**
 * Whether the page with tags may replace the page without: nothing overflows and no panel's text is smaller
 * (but by the one step a panel well above the page's smallest may give).
 */
export function tagsFree(before: PositionedSheet, after: PositionedSheet): boolean {
  return keptSize(before, after).size === after.panels.length;
}

/**
 * The page with the moved figures tagged, laid out by `lay`, when that costs nothing: with every tag, else with
 * only the tags of the panels that kept their size; undefined when no tag can stay.
 */
export function withTags(sheet: Sheet, page: PositionedSheet, lay: (s: Sheet) => PositionedSheet): { sheet: Sheet; positioned: PositionedSheet } | undefined {
  const all = tagged(sheet, page);
  if (!all) return undefined;
  const first = lay(all);
  if (tagsFree(page, first)) return { sheet: all, positioned: first };
  const ok = keptSize(page, first);
  const plain = new Map(panelsOf(sheet).map((p) => [p.id, p]));
  const tags = panelsOf(all).filter((p) => p !== plain.get(p.id));
  // Untagged again where a tag cost room; tried once more only when some tag stays.
  const undo = tags.filter((p) => !ok.has(p.id));
  if (undo.length === tags.length) return undefined;
  const some = withPanels(all, undo.map((p) => plain.get(p.id)!));
  const second = lay(some);
  return tagsFree(page, second) ? { sheet: some, positioned: second } : undefined;
}
