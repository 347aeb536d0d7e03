// Moves for balance, after the real fit. A panel squeezed to the legible minimum beside a panel in its row that
// is nearly bare reads as a design fault even when everything fits, and so does a panel a move for room left
// nearly bare. Two kinds of move can cure it, both only to panels the prompt reader found sharing the block's
// words (`at.matches`), so content stays beside its topic: a block leaves the crowded panel (what belongs to it
// least first: placed by words or room before pinned, quotes first), or a block from elsewhere comes into the
// bare panel. Each candidate is judged on the page laid out again (repair.ts): kept only when fewer
// panels are bare that way, nothing overflows more and the page's smallest size does not shrink.
import { pinnedBy, type Block, type Panel, type Sheet } from "../model/sheet.js";
import type { PositionedPanel, PositionedSheet } from "../model/positioned.js";
import { arrange, fitContext, fitPanel } from "./fit.js";
import { fillOf } from "./balance.js";
import { BARE, bareBesideCrowded, barePanels, panelFill } from "./bare.js";
import { rides } from "./caption.js";
import { put, puts, take, withPanels, type Taken } from "./move.js";
import { widenedIn, WIDEN_STEPS } from "./widths.js";
import { MM } from "./page.js";
import type { FittedPanel, Move } from "./rehome.js";

/** How much smaller the page's smallest text may get for a quote going to the panel it is about, px. */
export const HOME_PX = 1;
/** The reason of a block rehome.ts moved out of the panel that pinned it, for room alone (it had no other match). */
const EXILED = /^room \(too big for ([a-z0-9-]+)\)$/;
/** Candidates offered per move, moves per page, and page layouts tried in all: each trial lays the whole page out
 * again, so a page of hundreds of blocks does not take minutes. */
export const MAX_TRIALS = 6;
export const MAX_BALANCE_MOVES = 4;
export const MAX_PAGE_TRIALS = 10;

/** A candidate: the sheet with one block moved (or two trading places). */
export interface Candidate {
  sheet: Sheet;
  moves: Move[];
  /** A block going back to the panel it is about: its source may be left with only its own box lines. */
  home?: boolean;
  /** A quote going to the panel it matches best: the page may lose a size for it (HOME_PX). */
  quote?: boolean;
}

/**
 * Candidate moves for balance, best first: blocks out of the crowded panels, then blocks into the bare ones.
 * Each is checked on its two panels alone first (the source's fit grows, the target still fits above the
 * minimum); the page-wide judgement is the caller's.
 */
export function balanceCandidates(sheet: Sheet, fitted: FittedPanel[], page: PositionedSheet, emptied: Set<string>): Candidate[] {
  const { crowded, bare: beside } = bareBesideCrowded(page);
  const bare = barePanels(page, emptied);
  if (bare.length === 0) return [];
  const index = new Map(fitted.map((f, i) => [f.panel.id, i]));
  const drawn = new Map(page.panels.map((p) => [p.id, p]));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const tryMove = (block: Block, from: number, to: number, raiseSource: boolean): void => {
    const key = `${from}:${to}:${fitted[from]!.panel.blocks.indexOf(block)}`;
    // Each check fits two panels: a few times the candidates wanted, not every block of a crowded page.
    if (seen.has(key) || out.length >= MAX_TRIALS || seen.size >= MAX_TRIALS * 3) return;
    seen.add(key);
    const c = moved(sheet, fitted, block, from, to, raiseSource);
    if (c) out.push(c);
  };
  // Out of a crowded panel: what belongs to it least first.
  for (const id of crowded) {
    const i = index.get(id);
    if (i === undefined) continue;
    const panel = fitted[i]!.panel;
    if (panel.blocks.length + panel.lead.length < 2) continue;
    for (const block of [...panel.blocks].filter(mayMove).sort(leastBelonging)) {
      for (const to of block.at!.matches!) {
        const k = index.get(to);
        if (k !== undefined && k !== i) tryMove(block, i, k, true);
      }
    }
  }
  // Into a bare panel: blocks that match it at least as well as the panel they are in (placed there by room, or
  // by words when their best match was full), the closest matches first; then a quote that also matches it (a
  // designer fills a bare box with a line about its topic rather than leave it beside a crowded one). Only from
  // panels that keep other content. A panel bare only because a move for room took its content is no such box:
  // a quote placed by its words leaves the panel it is most about only for one it matches better.
  for (const id of bare) {
    const k = index.get(id);
    if (k === undefined) continue;
    const rankIn = (b: Block, panel: string): number => (b.at!.matches!.includes(panel) ? b.at!.matches!.indexOf(panel) : Infinity);
    const also = (b: Block): boolean => beside.includes(id) && b.kind === "quote" && !pinnedBy(b.at?.reason);
    const from = fitted
      .flatMap((f, i) => (i === k ? [] : f.panel.blocks.filter(mayMove).map((block) => ({ block, i, rank: block.at!.matches!.indexOf(id), better: block.at!.matches!.indexOf(id) < rankIn(block, f.panel.id) }))))
      .filter((x) => x.rank >= 0 && (x.better || also(x.block)) && fitted[x.i]!.panel.blocks.length + fitted[x.i]!.panel.lead.length >= 2)
      .filter((x) => (drawn.get(fitted[x.i]!.panel.id) ? panelFill(drawn.get(fitted[x.i]!.panel.id)!) >= BARE : true))
      .sort((a, b) => Number(b.better) - Number(a.better) || a.rank - b.rank || leastBelonging(a.block, b.block) || a.i - b.i);
    for (const x of from) tryMove(x.block, x.i, k, false);
  }
  return out;
}

/**
 * The sheet with `block` moved from panel `from` to `to` (indices into `fitted`), when that is worth laying the
 * page out for: the source fits larger without it (if `raiseSource`), and the target still fits above the minimum
 * (into a panel that then fits only at the minimum, the move would just shift the crowding).
 */
export function moved(sheet: Sheet, fitted: FittedPanel[], block: Block, from: number, to: number, raiseSource: boolean): Candidate | undefined {
  const src = fitted[from]!;
  const dst = fitted[to]!;
  const taken = take(src.panel, block, movedWhy(src.panel));
  const rest = taken.rest;
  if (raiseSource && !(fitPanel(rest, src.ctx).px > src.px)) return undefined;
  const into = put(dst.panel, taken);
  const fit = fitPanel(into, dst.ctx);
  if (!fit.fits || fit.px <= dst.ctx.minFontPx) return undefined;
  return { sheet: withPanels(sheet, [rest, into]), moves: [moveOf(block, src.panel.id, dst.panel.id)] };
}

/** A block with panels it matches, not the takeaways, and no caption (that goes along with what it titles). */
function mayMove(b: Block, k: number, blocks: readonly Block[]): boolean {
  return !!b.at?.matches?.length && movable(b, k, blocks);
}

/** Not the takeaways, and no caption or note (that goes along with what it titles or explains): a block any
 * balance move may take. */
export function movable(b: Block, k: number, blocks: readonly Block[]): boolean {
  return !(b.kind === "bullets" && b.style === "takeaways") && !rides(blocks, k);
}

/** Placed by words or room before pinned (title, emoji); quotes first. */
function leastBelonging(a: Block, b: Block): number {
  const pinned = (x: Block): number => Number(pinnedBy(x.at?.reason));
  return pinned(a) - pinned(b) || Number(b.kind === "quote") - Number(a.kind === "quote");
}

/**
 * A block the reader placed by room (its best match looked full) goes back to that best match when the real
 * fit finds room there; else trades: it and a block placed by its words in that best match which also matches
 * the first block's panel change places, when both panels still fit: each then sits in a panel it is about.
 * A quote not in the panel it matches best (placed by its words in a lesser match, or moved out for room) goes
 * home the same way: a designer puts a short quote in the panel it is about, a size smaller there, rather than
 * in one it is not about. Quotes come first. The caller keeps a move or trade only when the page is no worse.
 */
export function tradeCandidates(sheet: Sheet, fitted: FittedPanel[], emptied: Set<string> = new Set()): Candidate[] {
  const index = new Map(fitted.map((f, i) => [f.panel.id, i]));
  const quotes: Candidate[] = [];
  const out: Candidate[] = [];
  const exiles: Candidate[] = [];
  fitted.forEach((fx, i) => {
    for (const [j, a] of fx.panel.blocks.entries()) {
      // A section's own block moved out only because its panel had no room (rehome.ts) goes back first when the
      // real fit finds room there again: that room is its before any quote's or other panel's block. A quote
      // goes home as quotes do, below (a wider home among its ways).
      const exiled = a.kind === "quote" ? undefined : EXILED.exec(a.at?.reason ?? "")?.[1];
      const k0 = exiled === undefined ? undefined : index.get(exiled);
      if (k0 !== undefined && k0 !== i && !rides(fx.panel.blocks, j) && fitted[k0]!.fit.fits && exiles.length < MAX_TRIALS) {
        const ta = take(fx.panel, a, `room (moved home from ${fx.panel.id})`);
        const back = fittest(puts(fitted[k0]!.panel, ta), fitted[k0]!.ctx);
        if (back) exiles.push({ sheet: withPanels(sheet, [ta.rest, back]), moves: [moveOf(a, fx.panel.id, fitted[k0]!.panel.id)], home: true });
      }
      const home = a.at?.matches?.[0];
      const reason = a.at?.reason ?? "";
      const quote = a.kind === "quote" && (reason.startsWith("words:") || reason.startsWith("room"));
      if (!(reason === "room" || quote) || rides(fx.panel.blocks, j) || !home || home === fx.panel.id || out.length + quotes.length >= MAX_TRIALS) continue;
      const k = index.get(home);
      if (k === undefined || k === i) continue;
      const fy = fitted[k]!;
      // The reader's estimate found the best match full; the real fit (after moves for room) may find room
      // there. A block placed by room goes only from a panel it shares no words with (between two it is about,
      // room decided well), or when a move for room emptied its best match (the estimate that found it full was
      // wrong). A quote goes to the one it is most about.
      const ta = take(fx.panel, a, movedWhy(fx.panel));
      // Leaving a panel with only its box's lines is fine for a block not about it at all.
      const stranger = !a.at!.matches!.includes(fx.panel.id);
      // Its best match lost a block to a move for room: the reader's estimate that found it full no longer holds.
      const freed = reason === "room" && emptied.has(home);
      // A quote that would leave its panel bare even at the largest size that panel then fits is not worth laying
      // the page out again for: the page would not take it.
      if ((quote || stranger || freed) && (stranger || !leftBare(ta.rest, fx))) {
        // A home that overflows already takes nothing more as it is drawn.
        const back = fy.fit.fits ? fittest(puts(fy.panel, ta), fy.ctx) : undefined;
        const moves = [moveOf(a, fx.panel.id, fy.panel.id)];
        if (back) (quote ? quotes : out).push({ sheet: withPanels(sheet, [ta.rest, back]), moves, home: stranger, ...(quote ? { quote } : {}) });
        else if (quote) {
          const wider = widerHome(sheet, fitted, fy, ta, fx, index);
          if (wider) quotes.push({ sheet: wider, moves, home: stranger, quote });
        }
      }
      // A trade only for a block its panel is no home to: one that shares words with it is about it too.
      if (reason !== "room" || !stranger) continue;
      for (const b of fy.panel.blocks.filter(mayMove)) {
        // A block that says its panel's own box lines again (the lines left out for it) is that panel's most of all.
        if (!b.at?.reason?.startsWith("words:") || !b.at.matches!.includes(fx.panel.id) || b.at.echo?.length) continue;
        const tb = take(fy.panel, b, movedWhy(fy.panel));
        const x = put(ta.rest, tb);
        const y = put(tb.rest, ta);
        if (!fitPanel(x, fx.ctx).fits || !fitPanel(y, fy.ctx).fits) continue;
        out.push({ sheet: withPanels(sheet, [x, y]), moves: [moveOf(a, fx.panel.id, fy.panel.id), moveOf(b, fy.panel.id, fx.panel.id)] });
      }
    }
  });
  return [...exiles, ...quotes, ...out];
}

/**
 * A quote too big for its home at its drawn width: in a row whose widths the document left unstated, a designer
 * draws that panel wider (WIDEN_STEPS) and a neighbour with room narrower (the least full first, or all of them
 * evenly) rather than leave the quote in a panel it is less about. The sheet with the quote home and the widths
 * drawn so, when the home panel and every narrowed neighbour still fit (estimated from their drawn content
 * boxes; the page laid out again decides).
 */
function widerHome(sheet: Sheet, fitted: FittedPanel[], fy: FittedPanel, ta: Taken, fx: FittedPanel, index: Map<string, number>): Sheet | undefined {
  const row = sheet.rows.find((r) => r.kind === "panels" && r.panels.some((p) => p.id === fy.panel.id));
  if (!row || row.kind !== "panels") return undefined;
  const panelOf = (f: FittedPanel): Panel => (f === fx ? ta.rest : f.panel);
  const others = row.panels.filter((p) => p.id !== fy.panel.id).flatMap((p) => (index.has(p.id) ? [fitted[index.get(p.id)!]!] : []));
  const fill = (f: FittedPanel): number => fillOf(arrange(panelOf(f), f.px, f.fit.choice, fitContext(f.ctx, f.fit)), f.ctx);
  const leastFull = [...others].sort((a, b) => fill(a) - fill(b))[0];
  for (const step of WIDEN_STEPS) {
    for (const donors of [others, ...(leastFull && others.length > 1 ? [[leastFull]] : [])]) {
      const ids = donors.map((d) => d.panel.id);
      const keeps = widenedIn(sheet, fy.panel.id, step, ids)?.keeps;
      if (keeps === undefined) continue;
      const back = fittest(puts(fy.panel, ta), scaled(fy.ctx, step));
      if (!back || !donors.every((d) => fitPanel(panelOf(d), scaled(d.ctx, keeps)).fits)) continue;
      return widenedIn(withPanels(sheet, [ta.rest, back]), fy.panel.id, step, ids)?.sheet;
    }
  }
  return undefined;
}

/** A panel's fit context with its box drawn `k` times as wide (padding and gutter stay). */
function scaled(ctx: FittedPanel["ctx"], k: number): FittedPanel["ctx"] {
  const chrome = 2 * 3.6 * MM + 3 * MM;
  return { ...ctx, width: (ctx.width + chrome) * k - chrome };
}

/** Whether what is left of a panel would cover under BARE of it at the size it is drawn at now (its row's sizes
 * hold it near there). */
function leftBare(panel: Panel, was: FittedPanel): boolean {
  const fit = fitPanel(panel, was.ctx);
  const px = Math.min(fit.px, was.px);
  return fit.fits && fillOf(arrange(panel, px, fit.choice, fitContext(was.ctx, fit)), was.ctx) < BARE;
}

/** Of the ways a block may come into a panel (best first), the first that fits: each costs a fit of the panel. */
function fittest(options: Panel[], ctx: FittedPanel["ctx"]): Panel | undefined {
  return options.find((panel) => fitPanel(panel, ctx).fits);
}

function moveOf(block: Block, from: string, to: string): Move {
  return { from, to, kind: block.kind, ...(block.at?.line !== undefined ? { line: block.at.line } : {}), balance: true };
}

/** The reason a block moved for balance gives. */
function movedWhy(from: Panel): string {
  return `balance (moved from ${from.id})`;
}
