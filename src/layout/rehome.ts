// The repair for panels that overflow at the legible minimum. The reader places blocks by meaning with an
// estimate of how full each panel will be; here the real fit decides. From each overflowing panel, a block the
// reader placed by its words or by room (`at.alternatives`, its other panels best match first) moves to the
// best-ranked panel that still fits with it, at a size no smaller than the smallest the page already has when
// one does, else at the legible minimum. Pinned blocks (title, emoji, takeaways) never move. Each block moves
// at most once and the number of moves is capped, so this ends; it runs only when something overflows.
import type { Block, Panel, Sheet } from "../model/sheet.js";
import { fitPanel, type Fit, type FitContext } from "./fit.js";

/** At most this many blocks move on one page. */
const MAX_MOVES = 6;

export interface FittedPanel {
  panel: Panel;
  ctx: FitContext;
  fit: Fit;
}

export interface Move {
  /** Panel ids. */
  from: string;
  to: string;
  kind: Block["kind"];
  line?: number;
}

interface Option {
  block: Block;
  /** The source panel's fit without the block. */
  rest: Fit;
}

/**
 * The sheet with blocks moved out of overflowing panels, or undefined when no move helps. `fitted` is every
 * panel in reading order with the fit context layout gave it.
 */
export function rehome(sheet: Sheet, fitted: FittedPanel[]): { sheet: Sheet; moves: Move[] } | undefined {
  const panels = fitted.map((f) => ({ ...f.panel, blocks: [...f.panel.blocks] }));
  const fits = fitted.map((f) => f.fit);
  const ctxs = fitted.map((f) => f.ctx);
  const index = new Map(panels.map((p, i) => [p.id, i]));
  const moves: Move[] = [];
  const minPx = ctxs[0]?.minFontPx ?? 12;
  while (moves.length < MAX_MOVES) {
    const over = fits.map((f, i) => ({ f, i })).filter((x) => !x.f.fits).sort((a, b) => b.f.overflowPx - a.f.overflowPx || a.i - b.i);
    if (over.length === 0) break;
    // Moving in must not bring a panel below the smallest size the fitting panels already have.
    const floor = Math.min(...fits.filter((f) => f.fits).map((f) => f.px), Infinity);
    let move: { from: number; to: number; block: Block; rest: Fit; fit: Fit } | undefined;
    for (const { i } of over) {
      for (const o of options(panels[i]!, ctxs[i]!, fits[i]!)) {
        const to = target(o.block, panels, ctxs, index, floor === Infinity ? minPx : floor, minPx);
        if (to) {
          move = { from: i, to: to.index, block: o.block, rest: o.rest, fit: to.fit };
          break;
        }
      }
      if (move) break;
    }
    if (!move) break;
    const from = panels[move.from]!;
    const to = panels[move.to]!;
    const { alternatives: _, ...at } = move.block.at ?? {};
    const moved = { ...move.block, at: { ...at, reason: `room (moved from ${from.id})` } } as Block;
    from.blocks = from.blocks.filter((b) => b !== move!.block);
    to.blocks = withBlock(to.blocks, moved);
    fits[move.from] = move.rest;
    fits[move.to] = move.fit;
    moves.push({ from: from.id, to: to.id, kind: moved.kind, ...(moved.at?.line !== undefined ? { line: moved.at.line } : {}) });
  }
  if (moves.length === 0) return undefined;
  const byId = new Map(panels.map((p) => [p.id, p]));
  const rows = sheet.rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => byId.get(p.id) ?? p) } : r));
  return { sheet: { ...sheet, rows }, moves };
}

/**
 * The blocks worth moving out of an overflowing panel, in the order tried: quotes that cure the overflow,
 * then the smallest other block that does (the one leaving the panel fullest), then, when no single block
 * does, the quotes and blocks whose leaving helps most.
 */
function options(panel: Panel, ctx: FitContext, now: Fit): Option[] {
  const movable = panel.blocks.filter((b) => (b.at?.alternatives?.length ?? 0) > 0);
  const all = movable.map((block): Option => ({ block, rest: fitPanel({ ...panel, blocks: panel.blocks.filter((b) => b !== block) }, ctx) }));
  const cures = all.filter((o) => o.rest.fits).sort((a, b) => quoteFirst(a, b) || a.rest.px - b.rest.px);
  const helps = all.filter((o) => !o.rest.fits && o.rest.overflowPx < now.overflowPx - 0.5).sort((a, b) => quoteFirst(a, b) || a.rest.overflowPx - b.rest.overflowPx);
  return [...cures, ...helps];
}

function quoteFirst(a: Option, b: Option): number {
  return Number(b.block.kind === "quote") - Number(a.block.kind === "quote");
}

/** The best-ranked alternative panel that fits with the block at `floor` or more, else at the minimum. */
function target(block: Block, panels: Panel[], ctxs: FitContext[], index: Map<string, number>, floor: number, minPx: number): { index: number; fit: Fit } | undefined {
  let fallback: { index: number; fit: Fit } | undefined;
  for (const id of block.at?.alternatives ?? []) {
    const k = index.get(id);
    if (k === undefined) continue;
    const fit = fitPanel({ ...panels[k]!, blocks: withBlock(panels[k]!.blocks, block) }, ctxs[k]!);
    if (!fit.fits) continue;
    if (fit.px >= floor) return { index: k, fit };
    if (!fallback && fit.px >= minPx) fallback = { index: k, fit };
  }
  return fallback;
}

/** A quote goes last; another block goes before the panel's quotes (they close a panel). */
function withBlock(blocks: Block[], block: Block): Block[] {
  if (block.kind === "quote") return [...blocks, block];
  const q = blocks.findIndex((b) => b.kind === "quote");
  return q < 0 ? [...blocks, block] : [...blocks.slice(0, q), block, ...blocks.slice(q)];
}
