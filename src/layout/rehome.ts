// The repair for panels that overflow at the legible minimum. The reader places blocks by meaning with an
// estimate of how full each panel will be; here the real fit decides. From each overflowing panel, a block the
// reader placed by its words or by room (`at.alternatives`, its other panels best match first) moves to the
// best-ranked panel that still fits with it, at a size no smaller than the smallest the page already has when
// one does, else at the legible minimum. A pinned block (title, emoji) moves only as the last resort, when no
// movable block helps and moving it alone cures its panel: a table beside its topic reads better than a build
// that fails. Takeaways never move, nor one of two captioned code blocks of one section; a caption moves only with the block it titles, and always with it. Each
// block moves at most once and the number of moves is capped, so this ends; it runs only when something
// overflows. A block's notes go along with it like its caption.
import { pinnedBy, type Block, type Panel, type Sheet } from "../model/sheet.js";
import { captionOf, companionsOf, hasTwin, notesOf, rides } from "./caption.js";
import { placed, put, take, withPanels } from "./move.js";

export { CAPTION_OF } from "./caption.js";
import { fitPanel, type Fit, type FitContext } from "./fit.js";

/** At most this many blocks move on one page. */
const MAX_MOVES = 6;
/** Each candidate costs a fit of its panel, and pairs cost the square: a panel holding hundreds of quotes would
 * otherwise take minutes. A sheet people write has a handful of blocks a panel, all of them tried. */
const MAX_CANDIDATES = 8;
const MAX_PAIRED = 5;

export interface FittedPanel {
  panel: Panel;
  ctx: FitContext;
  fit: Fit;
  /** The body size it was drawn at (after sizes were evened across the page), and whether it overflowed. */
  px: number;
  overflow: boolean;
}

export interface Move {
  /** Panel ids. */
  from: string;
  to: string;
  kind: Block["kind"];
  line?: number;
  /** Moved for balance (rebalance.ts), not for overflow. */
  balance?: boolean;
}

/**
 * The sheet with blocks moved out of overflowing panels, or undefined when no move helps. `fitted` is every
 * panel in reading order with the fit context layout gave it.
 */
export function rehome(sheet: Sheet, fitted: FittedPanel[], opts: RehomeOptions = {}): { sheet: Sheet; moves: Move[] } | undefined {
  const pinned = opts.pinned ?? true;
  const panels = fitted.map((f) => ({ ...f.panel, blocks: [...f.panel.blocks] }));
  const fits = fitted.map((f) => f.fit);
  const ctxs = fitted.map((f) => f.ctx);
  const index = new Map(panels.map((p, i) => [p.id, i]));
  const moves: Move[] = [];
  const minPx = ctxs[0]?.minFontPx ?? 12;
  // Moving in should not bring a panel below the smallest size the page shows anyway: the smallest drawn size
  // of the panels that fit, or the source's own after the move.
  const floor = Math.min(...fitted.filter((f) => !f.overflow).map((f) => f.px), Infinity);
  while (moves.length < MAX_MOVES) {
    const over = fits.map((f, i) => ({ f, i })).filter((x) => !x.f.fits).sort((a, b) => b.f.overflowPx - a.f.overflowPx || a.i - b.i);
    if (over.length === 0) break;
    // Every step ends in a panel that fits with what it takes: with none left, no step is worth a fit.
    if (!fits.some((f) => f.fits)) break;
    let step: Step | undefined;
    for (const { i } of over) {
      step = stepFor(i, panels, ctxs, fits, index, floor, minPx, false, opts.roomFirst === true, opts.chain === true);
      if (step) break;
    }
    for (const { i } of step || !pinned ? [] : over) {
      step = stepFor(i, panels, ctxs, fits, index, floor, minPx, true, false, opts.chain === true);
      if (step) break;
    }
    if (!step) break;
    fits[step.from] = step.rest;
    for (const [k, fit] of step.fits) fits[k] = fit;
    for (const { block, to, from: src } of step.blocks) {
      const at = src ?? step.from;
      const from = panels[at]!;
      // A block the reader placed by room that lands in the panel it matches best has gone home.
      const home = block.at?.reason === "room" && block.at.matches?.[0] === panels[to]!.id;
      const why = home ? `room (moved home from ${from.id})` : block.at?.alternatives?.length ? `room (moved from ${from.id})` : `room (too big for ${from.id})`;
      // Its caption goes along (the fits were judged with it). It keeps its matches: when the page has room
      // after all the moves, it may still go to the panel it is about (rebalance.ts).
      const t = take(from, block, why, true);
      panels[at] = t.rest;
      panels[to] = put(panels[to]!, t);
      moves.push({ from: from.id, to: panels[to]!.id, kind: block.kind, ...(block.at?.line !== undefined ? { line: block.at.line } : {}) });
    }
  }
  return moves.length === 0 ? undefined : { sheet: withPanels(sheet, panels), moves };
}

export interface RehomeOptions {
  /** Blocks pinned by title or emoji may move as a last resort (default true). */
  pinned?: boolean;
  /** A block placed by room leaves before one placed by its words, even before a quote. */
  roomFirst?: boolean;
  /** A pinned block may go where a block of that panel moves on to make room (`chained`): tried only after the
   * rescues that keep every block home (mind maps in rows, lines set closer). */
  chain?: boolean;
}

/** One step: a block (or two that only together cure the overflow) moved out of panel `from`. */
interface Step {
  from: number;
  /** The source panel's fit without them. */
  rest: Fit;
  /** Each block's target; `from` when it leaves another panel than the step's to make room there (`chained`). */
  blocks: { block: Block; to: number; from?: number }[];
  /** The targets' fits with them. */
  fits: Map<number, Fit>;
}

/**
 * The first step that finds room, trying in order: a quote that cures the overflow, then the smallest other
 * block that does (the one leaving the panel fullest), then two blocks that do together, then the quote or
 * block whose leaving helps most.
 */
function stepFor(i: number, panels: Panel[], ctxs: FitContext[], fits: Fit[], index: Map<string, number>, floor: number, minPx: number, pinned: boolean, roomFirst: boolean, chains = false): Step | undefined {
  const panel = panels[i]!;
  const ctx = ctxs[i]!;
  // A block leaves with its caption and notes.
  const without = (out: Block[]): Fit => {
    const gone = out.flatMap((b) => [b, ...companionsOf(panel.blocks, b)]);
    return fitPanel({ ...panel, blocks: panel.blocks.filter((b) => !gone.includes(b)) }, ctx);
  };
  // A caption or note never moves alone: it goes along with the block it titles or explains.
  const alone = (b: Block): boolean => !rides(panel.blocks, panel.blocks.indexOf(b));
  if (pinned) {
    // The last resort: one pinned block whose leaving cures the panel (a quote first, else the one leaving the panel
    // fullest), to a panel it shares words with, else to the nearest panel that takes it.
    // Only what the prompt reader pinned (sheet Markdown's own sections stay where the user put them), and never
    // a panel's only content.
    if (panel.blocks.length + panel.lead.length < 2) return undefined;
    // One of two captioned code blocks or tables its section set side by side stays with its twin.
    const cures = candidates(panel.blocks.filter((b) => pinnedBy(b.at?.reason) && !(b.kind === "bullets" && b.style === "takeaways") && alone(b) && !hasTwin(panel.blocks, b)))
      .map((block) => ({ blocks: [block], rest: without([block]) }))
      .filter((o) => o.rest.fits)
      .sort((a, b) => quoteFirst(a.blocks[0]!, b.blocks[0]!) || a.rest.px - b.rest.px);
    // By meaning first: a block whose own words clearly share another panel's goes there (of two chains drawn in
    // one panel, the one about the neighbouring topic), unless only the nearest panel that takes one keeps the
    // page's size.
    // Where no panel takes it as it is, one whose own block placed by room or words moves on to make room.
    // By meaning, a block whose words match another panel better than this one (a chat template's code pinned by
    // its section's emoji beside the special-tokens table, under a drawn CHAT TEMPLATE box) is the one to go.
    const elsewhere = (b: Block): boolean => !!b.at?.matches?.[0] && b.at.matches[0] !== panel.id && !!b.at.near?.includes(b.at.matches[0]);
    const byMatch = [...cures].sort((a, b) => Number(elsewhere(b.blocks[0]!)) - Number(elsewhere(a.blocks[0]!)));
    const first = (byMeaning: boolean): Step | undefined => {
      for (const chain of chains ? [false, true] : [false]) {
        for (const o of byMeaning ? byMatch : cures) {
          const ids = byMeaning ? o.blocks[0]!.at?.near : nearest(i, panels);
          if (!ids?.length) continue;
          const unit = unitOf(panel, o.blocks[0]!);
          const level = Math.min(floor, o.rest.px);
          if (chain) {
            const step = chained(i, unit, o.rest, panels, ctxs, index, fits, level, minPx, ids);
            if (step) return step;
            continue;
          }
          const to = target(unit, panels, ctxs, index, fits, level, minPx, new Map(), ids);
          if (to) return { from: i, rest: o.rest, blocks: [{ block: o.blocks[0]!, to: to.index }], fits: new Map([[to.index, to.fit]]) };
        }
      }
      return undefined;
    };
    const meant = first(true);
    const near = first(false);
    const keeps = (st: Step | undefined): boolean => !!st && st.fits.get(st.blocks[0]!.to)!.px >= Math.min(floor, st.rest.px);
    return meant && (keeps(meant) || !keeps(near)) ? meant : near;
  }
  const movable = candidates(panel.blocks.filter((b) => (b.at?.alternatives?.length ?? 0) > 0 && alone(b)));
  const singles = movable.map((block) => ({ blocks: [block], rest: without([block]) }));
  const cures = singles.filter((o) => o.rest.fits).sort((a, b) => (roomFirst ? byRoom(a.blocks[0]!, b.blocks[0]!) : 0) || quoteFirst(a.blocks[0]!, b.blocks[0]!) || a.rest.px - b.rest.px);
  const helps = singles.filter((o) => !o.rest.fits && o.rest.overflowPx < fits[i]!.overflowPx - 0.5).sort((a, b) => quoteFirst(a.blocks[0]!, b.blocks[0]!) || a.rest.overflowPx - b.rest.overflowPx);
  const tried = (opts: { blocks: Block[]; rest: Fit }[]): Step | undefined => {
    for (const o of opts) {
      const step = placeAll(i, o.blocks, o.rest, panels, ctxs, index, fits, Math.min(floor, o.rest.fits ? o.rest.px : minPx), minPx);
      if (step) return step;
    }
    return undefined;
  };
  const single = tried(cures);
  if (single) return single;
  // Before a pinned block leaves (the next pass), a block placed by room or words goes where another block moves
  // on to make room: the quote placed beside a table for room leaves, not the table's own list.
  for (const o of chains ? cures : []) {
    const level = Math.min(floor, o.rest.px);
    const step = chained(i, unitOf(panel, o.blocks[0]!), o.rest, panels, ctxs, index, fits, level, minPx, o.blocks[0]!.at?.alternatives ?? []);
    if (step) return step;
  }
  // Two blocks neither of which cures it alone (one that does found no room, so it has none with another).
  const rest = movable.filter((b) => !cures.some((o) => o.blocks[0] === b)).slice(0, MAX_PAIRED);
  if (rest.length >= 2) {
    const pairs = rest.flatMap((a, k) => rest.slice(k + 1).map((b) => [a, b]));
    const pair = tried(pairs.map((blocks) => ({ blocks, rest: without(blocks) })).filter((o) => o.rest.fits).sort((a, b) => a.rest.px - b.rest.px));
    if (pair) return pair;
  }
  return tried(helps);
}

/** Targets for every block of a step, each fitted with the blocks placed before it, or undefined. */
function placeAll(from: number, blocks: Block[], rest: Fit, panels: Panel[], ctxs: FitContext[], index: Map<string, number>, fits: Fit[], floor: number, minPx: number): Step | undefined {
  const added = new Map<number, Unit[]>();
  const step: Step = { from, rest, blocks: [], fits: new Map() };
  for (const block of blocks) {
    const unit = unitOf(panels[from]!, block);
    const to = target(unit, panels, ctxs, index, fits, floor, minPx, added);
    if (!to) return undefined;
    added.set(to.index, [...(added.get(to.index) ?? []), unit]);
    step.blocks.push({ block, to: to.index });
    step.fits.set(to.index, to.fit);
  }
  return step;
}

/**
 * A pinned block's move into a panel of `ids` that takes it once one of that panel's own movable blocks (placed
 * by room before by words, quotes first) moves on to one of its alternatives, neither back to the source nor to
 * that panel: the flowchart crowding one panel goes beside the code it belongs with, the quote placed there for
 * room to the panel it is about.
 */
function chained(i: number, unit: Unit, rest: Fit, panels: Panel[], ctxs: FitContext[], index: Map<string, number>, fits: Fit[], floor: number, minPx: number, ids: string[]): Step | undefined {
  for (const id of ids) {
    const k = index.get(id);
    if (k === undefined || k === i) continue;
    const host = panels[k]!;
    const movable = candidates(host.blocks.filter((b) => (b.at?.alternatives?.length ?? 0) > 0 && !rides(host.blocks, host.blocks.indexOf(b)))).sort((a, b) => byRoom(a, b) || quoteFirst(a, b));
    for (const m of movable) {
      const out = unitOf(host, m);
      const fit = fitPanel({ ...host, blocks: withUnit(host.blocks.filter((b) => b !== m && b !== out.caption && !out.notes.includes(b)), unit) }, ctxs[k]!);
      if (!fit.fits) continue;
      const alternatives = (m.at?.alternatives ?? []).filter((a) => a !== panels[i]!.id && a !== id);
      const to = target(out, panels, ctxs, index, fits, floor, minPx, new Map(), alternatives);
      if (to) return { from: i, rest, blocks: [{ block: unit.block, to: k }, { block: m, from: k, to: to.index }], fits: new Map([[k, fit], [to.index, to.fit]]) };
    }
  }
  return undefined;
}

/** At most MAX_CANDIDATES blocks, quotes first; fewer are taken as they are. */
function candidates(blocks: Block[]): Block[] {
  return blocks.length > MAX_CANDIDATES ? [...blocks].sort(quoteFirst).slice(0, MAX_CANDIDATES) : blocks;
}

/** A block the reader placed only for room is not about this panel: it leaves before one placed by its words. */
function byRoom(a: Block, b: Block): number {
  return Number(b.at?.reason === "room") - Number(a.at?.reason === "room");
}

function quoteFirst(a: Block, b: Block): number {
  return Number(b.kind === "quote") - Number(a.kind === "quote");
}

/**
 * The best-ranked alternative panel that fits with the block at `floor` or more, else at the minimum. A panel
 * that overflows already (`fits`, as the steps so far left it) is not fitted again: it takes no more.
 */
function target(unit: Unit, panels: Panel[], ctxs: FitContext[], index: Map<string, number>, fits: Fit[], floor: number, minPx: number, added: Map<number, Unit[]>, ids = unit.block.at?.alternatives ?? []): { index: number; fit: Fit } | undefined {
  let fallback: { index: number; fit: Fit } | undefined;
  for (const id of ids) {
    const k = index.get(id);
    if (k === undefined || fits[k]?.fits === false) continue;
    const blocks = [...(added.get(k) ?? []), unit].reduce(withUnit, panels[k]!.blocks);
    const fit = fitPanel({ ...panels[k]!, blocks }, ctxs[k]!);
    if (!fit.fits) continue;
    if (fit.px >= floor) return { index: k, fit };
    if (!fallback && fit.px >= minPx) fallback = { index: k, fit };
  }
  return fallback;
}

/** A block that moves and the caption and notes that go along with it. */
interface Unit {
  block: Block;
  caption?: Block | undefined;
  notes: Block[];
}

function unitOf(panel: Panel, block: Block): Unit {
  return { block, caption: captionOf(panel.blocks, block), notes: notesOf(panel.blocks, block) };
}

/** The blocks with a unit added: the block where withBlock puts it, its caption just before it, notes after. */
function withUnit(blocks: Block[], u: Unit): Block[] {
  return placed(blocks, u.block, u.caption, u.notes);
}

/** The other panels, nearest in reading order first; a takeaways panel last (it closes the page). */
function nearest(i: number, panels: Panel[]): string[] {
  const closing = (p: Panel): boolean => p.blocks.some((b) => b.kind === "bullets" && b.style === "takeaways");
  return panels
    .map((p, k) => ({ p, k }))
    .filter(({ k }) => k !== i)
    .sort((a, b) => Number(closing(a.p)) - Number(closing(b.p)) || Math.abs(a.k - i) - Math.abs(b.k - i) || a.k - b.k)
    .map(({ p }) => p.id);
}

