// Two columns shared by what a diagram needs: the diagram's column as wide as it takes, the text beside it
// every pixel it leaves (auto-fit's `Choice.snug` and `Choice.snugEnd`).
import type { Block, Panel } from "../model/sheet.js";
import { DIAGRAMS, LEAD_SCALE, stack, type FitContext } from "./stack.js";
import { longestWordWidth } from "./wrap.js";

/** Blocks that are text only (points, a paragraph, a quote): what may take the narrow rest beside a diagram, where a
 * table would break its words and another diagram snake in a column of its own. */
export function onlyText(blocks: Block[]): boolean {
  return blocks.every((b) => b.kind === "bullets" || b.kind === "paragraph" || b.kind === "quote");
}

/**
 * The first column's share when it is as wide as the diagram opening it takes at half the width: a flowchart
 * keeping its shape beside a table that gets every pixel it leaves (a table narrowed wraps its rows taller).
 * A diagram too tall for the column at half the width (a chart snaked into three rows), with only text beside
 * it, is offered up to END_ROOM of it instead, the narrowest width at which it fits the column's height: two
 * rows of steps beside a few short points, as a designer fills a narrow box, rather than the chart sent to
 * another panel.
 */
export function snugSplit(rest: { block: Block; i: number }[], inner: number, height: number, px: number, gap: number, ctx: FitContext): number | undefined {
  const first = rest[0];
  if (!first || !DIAGRAMS.includes(first.block.kind)) return undefined;
  // Only text beside it may take the narrow rest: a table there would break its words.
  const textBeside = onlyText(rest.slice(1).map((r) => r.block));
  const at = (w: number): { width: number; height: number } | undefined => stack([first], w, height, px, gap, ctx)[0]?.layout;
  const half = at(inner / 2);
  const w = half?.width ?? inner / 2;
  if (half && half.height > height + 0.5 && textBeside) {
    const w2 = narrowestFitting(first, height, px, gap, ctx, inner * 0.5, inner * END_ROOM);
    if (w2 !== undefined) return Math.min(END_ROOM, (w2 + 1) / inner);
  }
  return Math.min(0.5, Math.max(0.2, (w + 1) / inner));
}

/** The narrowest width in [lo, hi] at which the diagram fits `height` and its width, found by halving (four
 * steps), or undefined when it does not fit at hi. */
function narrowestFitting(diagram: { block: Block; i: number }, height: number, px: number, gap: number, ctx: FitContext, lo: number, hi: number): number | undefined {
  const fits = (w: number): boolean => {
    const l = stack([diagram], w, height, px, gap, ctx)[0]?.layout;
    return !!l && l.width <= w + 0.5 && l.height <= height + 0.5;
  };
  if (!fits(hi)) return undefined;
  for (let k = 0; k < 4 && hi - lo > 4; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The first column's share when the diagram closing the panel (a mind map after the box's lines and a quote)
 * takes only the width it needs at the column's height: a designer draws the map as narrow as it still fits and
 * gives the text beside it every pixel it leaves, rather than halving the panel. The narrowest width offered
 * (between half the width and END_ROOM of it) at which the diagram fits the column, found by halving.
 */
export function endSplit(last: { block: Block; i: number } | undefined, inner: number, height: number, px: number, gap: number, ctx: FitContext, word: number): number | undefined {
  if (!last || !DIAGRAMS.includes(last.block.kind)) return undefined;
  // The text column keeps its longest word whole (`helpful·truthful·harmless` is not broken for the map).
  const hi = Math.min(inner * END_ROOM, inner - word - 1);
  return 1 - (narrowestFitting(last, height, px, gap, ctx, Math.min(hi, inner * 0.5), hi) ?? hi) / inner;
}

/** The widest word of the box's lines, as drawn at body size px. */
export function leadWord(panel: Panel, px: number): number {
  return Math.max(0, ...panel.lead.map((l) => longestWordWidth(l, px * LEAD_SCALE)));
}

/** The most of the width a closing diagram is offered (Choice.snugEnd): the text keeps at least the rest. */
export const END_ROOM = 0.72;
