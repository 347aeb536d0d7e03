// Auto-fit: the largest body size (0.5 px steps) at which a panel's lead lines and blocks fit its content box,
// trying one column, two (equal, or a narrow one beside a wide one) and three in wide panels. Wide blocks span
// the full width on top; the rest flow into the columns. Measuring is stack.ts; placing is balance.ts.
import type { Panel } from "../model/sheet.js";
import { minBlockHeight } from "../blocks/index.js";
import { balancedSplit, strayCut } from "./split.js";
import { DIAGRAMS, env, layoutLead, stack, stackHeight, type FitContext, type Item } from "./stack.js";
import { endSplit, leadWord, snugSplit } from "./snug.js";
import { columnChoices, spanning, type Choice } from "./choices.js";
import { labelsWithNext, mergeBullets, unevenList, units, type Unit } from "./flow.js";
import { shelfHeight, shelveTop } from "./shelf.js";

export { LEAD_SCALE, layoutLead, stackHeight, type FitContext, type Item } from "./stack.js";
export { columnChoices, type Choice } from "./choices.js";

export interface Arrangement {
  columns: number;
  /** The first column's share, for two unequal columns. */
  split?: number;
  /** Wide blocks set in the columns (Choice.flow). */
  flow?: boolean;
  px: number;
  /** Full-width items on top (lead, wide blocks); all items when columns = 1. */
  top: Item[];
  /** How many top items each row holds, when some share a row (FitContext.shelves); one each when absent. */
  shelves?: number[];
  cols: Item[][];
  /** Width of each column (all the content width for one column). */
  colWidths: number[];
  gap: number;
  colGap: number;
  height: number;
  /** How far the widest block runs past the width it was given, px (a block breaking its contract). */
  overWidth: number;
}

function overWidth(items: Item[], width: number): number {
  return Math.max(0, ...items.map((it) => it.layout.width - width));
}

/** Fits the box: not too tall, and no block wider than its column. */
export function fitsBox(a: Arrangement, ctx: FitContext): boolean {
  return a.height <= ctx.height && a.overWidth <= 0.5;
}


function choiceOf(c: number | Choice): Choice {
  return typeof c === "number" ? { n: c } : c;
}

/**
 * Measure the panel at body size px in the given columns. With `probe` (auto-fit's search, which only asks
 * whether it fits), a one-column stack that cannot fit comes back infinitely tall without its diagrams laid out.
 */
export function arrange(panel: Panel, px: number, choice: number | Choice, ctx: FitContext, probe = false): Arrangement {
  const { n, split: stated, flow, snug, snugEnd } = choiceOf(choice);
  const gap = px * (ctx.tight ? 0.3 : 0.6);
  const colGap = px * (ctx.tight ? 0.9 : 1.4);
  const lead: Item[] = panel.lead.length ? [{ kind: "paragraph", lead: true, layout: layoutLead(panel.lead, ctx.width, px, ctx), center: false }] : [];
  const all = panel.blocks.map((block, i) => ({ block, i }));
  if (n === 1) {
    // The gap under the lead lines is the diagrams' loss too, or a map sized to the hint overruns by it.
    // Shelves are measured whole: a stack too tall in one column may fit once items share rows.
    // The stack's hint is each diagram's own room (BlockEnv.ownRoom): nothing else shares its height.
    const items = stack(all, ctx.width, ctx.height - stackHeight(lead, gap) - (lead.length && all.length ? gap : 0), px, gap, { ...ctx, ownRoom: true }, probe && !ctx.shelves);
    if (!items) return { columns: 1, px, top: [], cols: [], colWidths: [ctx.width], gap, colGap, height: Infinity, overWidth: 0 };
    if (ctx.shelves) {
      const s = shelveTop([...lead, ...items], panel, ctx.height, px, gap, colGap, ctx);
      return { columns: 1, px, top: s.top, shelves: s.shelves, cols: [], colWidths: [ctx.width], gap, colGap, height: s.height, overWidth: overWidth(s.top, ctx.width) };
    }
    const top = [...lead, ...items];
    return { columns: 1, px, top, cols: [], colWidths: [ctx.width], gap, colGap, height: stackHeight(top, gap), overWidth: overWidth(top, ctx.width) };
  }
  const onTop = flow ? all.map(() => false) : spanning(panel.blocks);
  const wide = all.filter((_, k) => onTop[k]);
  const rest = all.filter((_, k) => !onTop[k]);
  // Lead lines are read first: above a full-width diagram, or else at the head of the first column.
  const leadOnTop = wide.length > 0;
  const stacked = [...(leadOnTop ? lead : []), ...stack(wide, ctx.width, ctx.height * 0.5, px, gap, ctx)];
  const shelved = ctx.shelves ? shelveTop(stacked, panel, ctx.height * 0.5, px, gap, colGap, ctx) : undefined;
  const top = shelved?.top ?? stacked;
  const shelves = shelved ? { shelves: shelved.shelves } : {};
  const topH = shelfHeight(top, shelved?.shelves, gap);
  const inner = ctx.width - colGap * (n - 1);
  const below = ctx.height - topH - (top.length ? gap : 0);
  const colH = Math.max(px * 4, below);
  const split = snug ? snugSplit(rest, inner, colH, px, gap, ctx) : snugEnd && n === 2 ? endSplit(rest[rest.length - 1], inner, colH, px, gap, ctx, leadOnTop ? 0 : leadWord(panel, px)) : stated;
  // With more than two columns, the diagram's column is as wide as it needs and the text shares the rest evenly.
  const colWidths = split === undefined ? Array.from({ length: n }, () => inner / n) : [inner * split, ...Array.from({ length: n - 1 }, () => (inner * (1 - split)) / (n - 1))];
  // A probe: a diagram whose least height overruns the room under the top cannot fit in any column, so the
  // columns are not measured (their diagrams laid out at a hint no layout meets only to be told "too tall").
  if (probe && rest.some(({ block, i }) => DIAGRAMS.includes(block.kind) && minBlockHeight(block, env(ctx, px, i, block.kind)) > below + 1e-6)) {
    return { columns: n, ...(split !== undefined ? { split } : {}), ...(flow ? { flow } : {}), px, top, ...shelves, cols: [], colWidths: [], gap, colGap, height: Infinity, overWidth: 0 };
  }
  // Units measured at each distinct column width (two when the columns differ).
  const widths = [...new Set(colWidths)];
  const unitsAt = widths.map((w) => units(panel, rest, leadOnTop, w, colH, px, gap, ctx));
  const at = (c: number): Unit[] => unitsAt[widths.indexOf(colWidths[c]!)]!;
  const heights = colWidths.map((_, c) => at(c).map((u) => u.item.layout.height));
  const slack = px >= LARGE * ctx.minFontPx ? WIDOW_SLACK : 0;
  // Past two columns, the diagram's own narrow column holds the diagram alone; the text shares the others.
  const alone = snug && n > 2 && split !== undefined && at(0).length > n - 1;
  const cut = alone
    ? [[0], ...balancedSplit(heights.slice(1).map((hs) => hs.slice(1)), n - 1, gap, (k) => strayCut(panel, at(0), k + 1), colH, slack).map((g) => g.map((k) => k + 1))]
    : balancedSplit(heights, n, gap, (k) => strayCut(panel, at(0), k), colH, slack);
  const groups = labelsWithNext(cut, at(0), panel);
  if (stated !== undefined && unevenList(groups, at(0))) return { columns: n, split: stated, px, top, ...shelves, cols: [], colWidths, gap, colGap, height: Infinity, overWidth: 0 };
  const cols = groups.map((g, c) => mergeBullets(g.map((k) => at(c)[k]!), panel, colWidths[c]!, colH, px, ctx));
  const tallest = Math.max(0, ...cols.map((c) => stackHeight(c, gap)));
  const over = Math.max(overWidth(top, ctx.width), ...cols.map((c, k) => overWidth(c, colWidths[k]!)));
  return { columns: n, ...(split !== undefined ? { split } : {}), ...(flow ? { flow } : {}), px, top, ...shelves, cols, colWidths, gap, colGap, height: topH + (top.length && tallest > 0 ? gap : 0) + tallest, overWidth: over };
}

/**
 * How much taller a panel's columns may come out to keep a list's last item from standing alone over another
 * block, in a panel set this many times the least size: with text that large (a sparse page) the size lost
 * is not missed; nearer the least size, on a dense page, every half pixel is.
 */
const WIDOW_SLACK = 0.35;
const LARGE = 1.75;


export interface Fit {
  /** Largest size at which it fits (minFontPx when it never does). */
  px: number;
  choice: Choice;
  fits: boolean;
  /** Height over the box at the minimum size, px. */
  overflowPx: number;
  /** Fitted only with rescue spacing (FitContext.tight). */
  tight: boolean;
  /** Fitted only with list items parted from their nested points (FitContext.part). */
  part?: boolean;
  /** Fitted only with mind-map leaves joined into lists (FitContext.joinLeaves). */
  joinLeaves?: boolean;
  /** Fitted only with full-width items sharing rows (FitContext.shelves). */
  shelves?: boolean;
  /** Fitted (or measured over) only with lines of text set closer (FitContext.dense). */
  dense?: boolean;
}

/** The context a fit was found in (its rescues), to lay the panel out again as it was measured. */
export function fitContext(ctx: FitContext, fit: Fit): FitContext {
  if (!fit.tight && !fit.shelves) return ctx;
  return { ...ctx, ...(fit.tight ? { tight: true } : {}), ...(fit.part ? { part: true } : {}), ...(fit.joinLeaves ? { joinLeaves: true } : {}), ...(fit.shelves ? { shelves: true } : {}), ...(fit.dense ? { dense: true } : {}) };
}

const STEP = 0.5;
/** How much larger a panel at the minimum must fit with its lead lines beside its diagram for that to be kept, px. */
const SHELF_GAIN_PX = 2;

/** Largest px on the 0.5 px grid in [min, max] with the arrangement fitting, or undefined. */
function search(panel: Panel, choice: Choice, ctx: FitContext, from: number): number | undefined {
  const steps = Math.max(0, Math.floor((ctx.maxFontPx - ctx.minFontPx) / STEP + 1e-9));
  const fits = (k: number): boolean => fitsBox(arrange(panel, ctx.minFontPx + k * STEP, choice, ctx, true), ctx);
  if (from > steps || !fits(from)) return undefined;
  let lo = from;
  let hi = steps;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return ctx.minFontPx + lo * STEP;
}

/** The body size, px, a panel gives up for each word of its tables it then keeps whole. */
const BROKEN_WORD_PX = 1;

function fitWith(panel: Panel, ctx: FitContext): Fit | undefined {
  let best: Fit | undefined;
  const choices = columnChoices(panel, ctx.width, ctx.tight, false, ctx.shelves);
  const fitOf = (px: number, choice: Choice): Fit => ({ px, choice, fits: true, overflowPx: 0, tight: ctx.tight === true, ...(ctx.part ? { part: true } : {}), ...(ctx.joinLeaves ? { joinLeaves: true } : {}), ...(ctx.shelves ? { shelves: true } : {}), ...(ctx.dense ? { dense: true } : {}) });
  for (const choice of choices) {
    // Another arrangement is only worth it if it beats the best so far: start the search just above it.
    const from = best ? Math.round((best.px - ctx.minFontPx) / STEP) + 1 : 0;
    const px = search(panel, choice, ctx, from);
    if (px !== undefined && (!best || px > best.px)) best = fitOf(px, choice);
  }
  if (!best || !panel.blocks.some((b) => b.kind === "table")) return best;
  // A table squeezed beside other blocks breaks words in its narrow columns (`~$40,00|0`, `데이터·하|드웨어`); a person
  // sets it where its words stay whole (above the quotes, not beside them) when that costs little size: each
  // word kept whole is worth BROKEN_WORD_PX of body size.
  const broken = brokenWords(arrange(panel, best.px, best.choice, ctx));
  let pick = { fit: best, broken };
  for (const choice of choices) {
    if (pick.broken === 0) break;
    if (choice === best.choice) continue;
    const floor = Math.max(ctx.minFontPx, pick.fit.px - BROKEN_WORD_PX * pick.broken);
    const px = search(panel, choice, ctx, Math.ceil((floor - ctx.minFontPx) / STEP - 1e-9));
    if (px === undefined) continue;
    const n = brokenWords(arrange(panel, px, choice, ctx));
    if (n < pick.broken && px - BROKEN_WORD_PX * n >= pick.fit.px - BROKEN_WORD_PX * pick.broken) pick = { fit: fitOf(px, choice), broken: n };
  }
  return pick.fit;
}

/** Words an arrangement breaks mid-word (in its tables' cells). */
function brokenWords(a: Arrangement): number {
  return [...a.top, ...a.cols.flat()].flatMap((it) => it.parts?.map((p) => p.item) ?? [it]).reduce((n, it) => n + (it.layout.broken ?? 0), 0);
}

/** The best fit; when nothing fits, tighter spacing and narrower columns are tried before giving up. */
export function fitPanel(panel: Panel, ctx: FitContext): Fit {
  const fit = fitAny(panel, ctx);
  if (!fit.fits) return fit;
  // At the minimum with room to spare in its arrangement's gaps: set tight (half gaps, narrower columns allowed),
  // it may fit a size at least 1 px larger, as a person writes a full box a little closer rather than smaller.
  // Or the lead lines go beside the diagram under them (shelves), as a person fills a wide panel whose short
  // notes would otherwise stand alone above a low chart: that changes the panel's reading order, so it is kept
  // only for a clearly larger size (SHELF_GAIN_PX) than either.
  if (fit.px <= ctx.minFontPx) {
    const whole = keptWhole(panel, ctx, fit);
    if (whole) return whole;
    const tight = !fit.tight && !ctx.tight ? larger(panel, { ...ctx, tight: true }, fit.px + 1) : undefined;
    const beside = ctx.shelves || fit.shelves ? undefined : larger(panel, { ...ctx, shelves: true, ...(fit.tight ? { tight: true } : {}) }, (tight?.px ?? fit.px) + SHELF_GAIN_PX);
    if (beside ?? tight) return (beside ?? tight)!;
  }
  if (!ctx.closer) return fit;
  // A crowded panel beside a bare one (FitContext.closer): its lines set closer, if that fits a size at least
  // 1 px larger, lift its row's cap and so the bare panel's size.
  return larger(panel, { ...ctx, tight: true, dense: true }, fit.px + 1) ?? fit;
}

/**
 * A fit at the minimum that breaks its table's words (squeezed into a narrow column beside a diagram it could sit
 * under) against the same panel with its lines set a little closer (`dense`): a person with a pen writes a full
 * box closer rather than split `Post-train|ing` over two lines. Kept only when it breaks fewer words.
 */
function keptWhole(panel: Panel, ctx: FitContext, fit: Fit): Fit | undefined {
  if (fit.dense || !panel.blocks.some((b) => b.kind === "table")) return undefined;
  const broken = brokenWords(arrange(panel, fit.px, fit.choice, fitContext(ctx, fit)));
  if (broken === 0) return undefined;
  const closer = { ...ctx, tight: true, part: true, shelves: true, dense: true };
  const alt = fitWith(panel, closer);
  return alt && brokenWords(arrange(panel, alt.px, alt.choice, closer)) < broken ? alt : undefined;
}

/** A fit in `ctx` at `atLeast` px or more: a list's items kept beside their nested points if that does, else parted. */
function larger(panel: Panel, ctx: FitContext, atLeast: number): Fit | undefined {
  for (const c of [ctx, { ...ctx, part: true }]) {
    const fit = fitWith(panel, c);
    if (fit && fit.px >= atLeast) return fit;
  }
  return undefined;
}

function fitAny(panel: Panel, ctx: FitContext): Fit {
  const maps = panel.blocks.some((b) => b.kind === "mindmap");
  const rescue = { ...ctx, tight: true, part: true, shelves: true, ...(maps ? { joinLeaves: true } : {}) };
  const fit =
    fitWith(panel, ctx) ??
    larger(panel, { ...ctx, tight: true }, ctx.minFontPx) ??
    fitWith(panel, { ...ctx, tight: true, part: true, shelves: true }) ??
    (maps ? fitWith(panel, rescue) : undefined);
  if (fit) return fit;
  // On a page allowed it (FitContext.denseOk), the last rescue, as a person with a pen writes the lines of a full box closer together before running
  // past its border: text set at DENSE_LEADING. Overflow, if any, is measured so too (the least there is).
  const dense = ctx.denseOk ? { ...rescue, dense: true } : rescue;
  const closer = ctx.denseOk ? fitWith(panel, dense) : undefined;
  if (closer) return closer;
  let least: Fit | undefined;
  for (const choice of columnChoices(panel, ctx.width, true, false, true)) {
    const a = arrange(panel, ctx.minFontPx, choice, dense);
    // Too wide counts like too tall: either way something crosses the border.
    const over = Math.max(0, a.height - ctx.height) + a.overWidth;
    if (!least || over < least.overflowPx) least = { px: ctx.minFontPx, choice, fits: false, overflowPx: over, tight: true, part: true, joinLeaves: maps, shelves: true, ...(ctx.denseOk ? { dense: true } : {}) };
  }
  return least!;
}

/**
 * At a fixed size (a panel capped below its fitted size, or the fitted size itself), the first arrangement up
 * to the fitted one that fits: one column reads most naturally, and a capped panel may need fewer columns.
 * Two columns are set at whichever shares (equal, or narrow beside wide) leave the shortest band.
 */
export function arrangeAt(panel: Panel, px: number, fallback: Choice, ctx: FitContext): Arrangement {
  const choices = columnChoices(panel, ctx.width, ctx.tight, true, ctx.shelves);
  for (const choice of choices) {
    // A probe: an arrangement that cannot fit comes back without its diagrams laid out; one that fits is whole.
    const a = arrange(panel, px, choice, ctx, true);
    if (fitsBox(a, ctx)) {
      if (a.columns !== 2) return a;
      // The probe's own choice is already whole (probes cut short only one column, or what does not fit).
      const others = choices.filter((c) => c.n === 2 && c !== choice && c.flow === choice.flow);
      return others.map((c) => arrange(panel, px, c, ctx)).reduce((b, x) => (fitsBox(x, ctx) && x.height < b.height - 0.5 ? x : b), a);
    }
    if (choice.n === fallback.n && choice.split === fallback.split && choice.flow === fallback.flow && choice.snug === fallback.snug && choice.snugEnd === fallback.snugEnd) break;
  }
  return arrange(panel, px, fallback, ctx);
}
