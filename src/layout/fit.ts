// Auto-fit: the largest body size (0.5 px steps) at which a panel's lead lines and blocks fit its content box,
// trying 1, 2 or 3 columns in wide panels. Wide blocks span the full width on top; the rest flow into
// balanced columns. Everything here measures; placing what was measured is balance.ts.
import type { Block, BlockKind, Panel, Rich } from "../model/sheet.js";
import type { Mark } from "../model/positioned.js";
import type { BlockEnv, BlockLayout } from "../blocks/types.js";
import { INK } from "../blocks/types.js";
import { isWide, layoutBlock, minBlockHeight } from "../blocks/index.js";
import { lineMetrics } from "../fonts/measure.js";
import { layoutBulletItems } from "../blocks/bullets/layout.js";
import { lineMarks, wrapRich } from "./wrap.js";
import { highlighterFor } from "./color.js";

/** One measured piece of panel content: the lead lines or a block. */
export interface Item {
  kind: BlockKind;
  lead: boolean;
  layout: BlockLayout;
  /** Drawn centred in its column when narrower (diagrams, sticky notes). */
  center: boolean;
}

export interface Arrangement {
  columns: number;
  px: number;
  /** Full-width items on top (lead, wide blocks); all items when columns = 1. */
  top: Item[];
  cols: Item[][];
  colWidth: number;
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

export interface FitContext {
  accent: string;
  palette: string[];
  seed: number;
  minFontPx: number;
  maxFontPx: number;
  width: number;
  height: number;
  /** Rescue spacing for content that does not fit otherwise: half gaps, narrower columns allowed. */
  tight?: boolean;
}

const MIN_COLUMN_PX = 170;
const MIN_COLUMN_TIGHT_PX = 110;
const DIAGRAMS: BlockKind[] = ["flowchart", "mindmap", "knobs"];

export const LEAD_SCALE = 1.08;

function env(ctx: FitContext, px: number, i: number): BlockEnv {
  return { fontPx: px, minFontPx: ctx.minFontPx, accent: ctx.accent, palette: ctx.palette, ink: INK, seed: ctx.seed + 100 + i * 97 };
}

export function layoutLead(lead: Rich[], width: number, px: number, ctx: FitContext): BlockLayout {
  const lpx = px * LEAD_SCALE;
  const lh = lineMetrics(lpx).height;
  const marks: Mark[] = [];
  let y = 0;
  let w = 0;
  lead.forEach((rich, i) => {
    const lines = wrapRich(rich, width, lpx);
    lines.forEach((line, j) => {
      marks.push(...lineMarks(line, 0, y + j * lh, lpx, { color: INK, boldColor: ctx.accent, highlight: highlighterFor(ctx.accent), seed: ctx.seed + 50 + i * 7 + j }));
      w = Math.max(w, line.width);
    });
    y += lines.length * lh + (i < lead.length - 1 ? px * 0.15 : 0);
  });
  return { width: Math.min(width, w), height: y, marks };
}

// Auto-fit measures the same block at the same size and width many times (each column count, each search
// step, both label passes); diagrams are costly to lay out, so measured layouts are kept per block object.
const layoutCache = new WeakMap<Block, Map<string, BlockLayout>>();

function cachedLayout(block: Block, i: number, px: number, width: number, height: number, ctx: FitContext): BlockLayout {
  let byKey = layoutCache.get(block);
  if (!byKey) layoutCache.set(block, (byKey = new Map()));
  // Text blocks ignore the height hint; diagrams use it to pick an aspect, to the nearest px.
  const h = DIAGRAMS.includes(block.kind) ? Math.round(height) : 0;
  // Everything the block layout reads from its env is in the key, so a block object reused across sheets is safe.
  const key = `${i}|${ctx.seed}|${ctx.accent}|${ctx.minFontPx}|${ctx.palette.join(",")}|${px}|${width.toFixed(2)}|${h}`;
  let hit = byKey.get(key);
  if (!hit) {
    hit = layoutBlock(block, env(ctx, px, i), { width, height: DIAGRAMS.includes(block.kind) ? h : height });
    byKey.set(key, hit);
  }
  return hit;
}

/**
 * Lay out a stack of blocks at one width; diagrams share what text leaves of `height` as their aspect hint.
 * With `probe` (auto-fit only asking whether the stack fits `height`), undefined when it cannot: the text
 * and gaps plus each diagram's least height already overrun it, so the diagrams are not laid out at all.
 */
function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext): Item[];
function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext, probe: boolean): Item[] | undefined;
function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext, probe = false): Item[] | undefined {
  const out: (Item | undefined)[] = blocks.map(() => undefined);
  let used = 0;
  blocks.forEach(({ block, i }, k) => {
    if (DIAGRAMS.includes(block.kind)) return;
    const layout = cachedLayout(block, i, px, width, height, ctx);
    out[k] = { kind: block.kind, lead: false, layout, center: block.kind === "quote" };
    used += layout.height;
  });
  const gaps = gap * Math.max(0, blocks.length - 1);
  if (probe) {
    let least = used + gaps;
    for (const { block, i } of blocks) if (DIAGRAMS.includes(block.kind)) least += minBlockHeight(block, env(ctx, px, i));
    if (least > height) return undefined;
  }
  const diagrams = blocks.filter(({ block }) => DIAGRAMS.includes(block.kind)).length;
  const hint = Math.max(px * 4, (height - used - gaps) / Math.max(1, diagrams));
  blocks.forEach(({ block, i }, k) => {
    if (out[k]) return;
    out[k] = { kind: block.kind, lead: false, layout: cachedLayout(block, i, px, width, hint, ctx), center: true };
  });
  return out.filter((x): x is Item => x !== undefined);
}

export function stackHeight(items: Item[], gap: number): number {
  return items.reduce((s, it) => s + it.layout.height, 0) + gap * Math.max(0, items.length - 1);
}

/** Contiguous split of heights into n groups with the smallest tallest group (n ≤ 3, few blocks: brute force). */
export function balancedSplit(heights: number[], n: number, gap: number): number[][] {
  const m = heights.length;
  const h = (a: number, b: number): number => heights.slice(a, b).reduce((s, x) => s + x, 0) + gap * Math.max(0, b - a - 1);
  let best: number[][] = [];
  let bestMax = Infinity;
  const cuts = (start: number, left: number, acc: number[][]): void => {
    if (left === 1) {
      const groups = [...acc, range(start, m)];
      const max = Math.max(...groups.map((g) => (g.length ? h(g[0]!, g[g.length - 1]! + 1) : 0)));
      if (max < bestMax - 0.01) {
        bestMax = max;
        best = groups;
      }
      return;
    }
    for (let end = start + 1; end <= m - left + 1; end++) cuts(end, left - 1, [...acc, range(start, end)]);
  };
  cuts(0, n, []);
  return best;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/**
 * Measure the panel at body size px arranged in n columns. With `probe` (auto-fit's search, which only asks
 * whether it fits), a one-column stack that cannot fit comes back infinitely tall without its diagrams laid out.
 */
export function arrange(panel: Panel, px: number, n: number, ctx: FitContext, probe = false): Arrangement {
  const gap = px * (ctx.tight ? 0.3 : 0.6);
  const colGap = px * (ctx.tight ? 0.9 : 1.4);
  const lead: Item[] = panel.lead.length ? [{ kind: "paragraph", lead: true, layout: layoutLead(panel.lead, ctx.width, px, ctx), center: false }] : [];
  const all = panel.blocks.map((block, i) => ({ block, i }));
  if (n === 1) {
    // The gap under the lead lines is the diagrams' loss too, or a map sized to the hint overruns by it.
    const items = stack(all, ctx.width, ctx.height - stackHeight(lead, gap) - (lead.length && all.length ? gap : 0), px, gap, ctx, probe);
    if (!items) return { columns: 1, px, top: [], cols: [], colWidth: ctx.width, gap, colGap, height: Infinity, overWidth: 0 };
    const top = [...lead, ...items];
    return { columns: 1, px, top, cols: [], colWidth: ctx.width, gap, colGap, height: stackHeight(top, gap), overWidth: overWidth(top, ctx.width) };
  }
  const wide = all.filter(({ block }) => isWide(block));
  const rest = all.filter(({ block }) => !isWide(block));
  // Lead lines are read first: above a full-width diagram, or else at the head of the first column.
  const leadOnTop = wide.length > 0;
  const top = [...(leadOnTop ? lead : []), ...stack(wide, ctx.width, ctx.height * 0.5, px, gap, ctx)];
  const topH = stackHeight(top, gap);
  const colWidth = (ctx.width - colGap * (n - 1)) / n;
  const colH = Math.max(px * 4, ctx.height - topH - (top.length ? gap : 0));
  const units: Unit[] = leadOnTop || !panel.lead.length ? [] : [{ item: { kind: "paragraph", lead: true, layout: layoutLead(panel.lead, colWidth, px, ctx), center: false }, src: -1 }];
  for (const b of rest) {
    const { block, i } = b;
    if (block.kind === "bullets" && block.items.length > 1) {
      // A list may run on into the next column, like notes written in two columns.
      block.items.forEach((it, j) => {
        const layout = layoutBulletItems({ ...block, items: [it] }, env(ctx, px, i), { width: colWidth, height: colH }, j + 1);
        units.push({ item: { kind: "bullets", lead: false, layout, center: false }, src: i, bullet: j });
      });
    } else units.push({ item: stack([b], colWidth, colH, px, gap, ctx)[0]!, src: i });
  }
  const groups = balancedSplit(units.map((u) => u.item.layout.height), n, gap);
  const cols = groups.map((g) => mergeBullets(g.map((k) => units[k]!), panel, colWidth, colH, px, ctx));
  const tallest = Math.max(0, ...cols.map((c) => stackHeight(c, gap)));
  const over = Math.max(overWidth(top, ctx.width), ...cols.map((c) => overWidth(c, colWidth)));
  return { columns: n, px, top, cols, colWidth, gap, colGap, height: topH + (top.length && tallest > 0 ? gap : 0) + tallest, overWidth: over };
}

interface Unit {
  item: Item;
  /** Index of the source block (-1 for the lead). */
  src: number;
  /** Item index when this unit is one item of a bullet list. */
  bullet?: number;
}

/** Consecutive items of one list in one column become one list again (tighter item spacing, one block). */
function mergeBullets(units: Unit[], panel: Panel, width: number, height: number, px: number, ctx: FitContext): Item[] {
  const out: Item[] = [];
  for (let a = 0; a < units.length; ) {
    const u = units[a]!;
    let b = a + 1;
    while (u.bullet !== undefined && b < units.length && units[b]!.src === u.src && units[b]!.bullet !== undefined) b++;
    const block = panel.blocks[u.src];
    if (b - a > 1 && block?.kind === "bullets") {
      const items = block.items.slice(u.bullet, u.bullet! + (b - a));
      const layout = layoutBulletItems({ ...block, items }, env(ctx, px, u.src), { width, height }, u.bullet! + 1);
      out.push({ kind: "bullets", lead: false, layout, center: false });
    } else out.push(u.item);
    a = b;
  }
  return out;
}

/** Column counts worth trying for this panel. */
export function columnChoices(panel: Panel, width: number, tight = false): number[] {
  const wide = panel.blocks.some((b) => isWide(b));
  const rest = panel.blocks.filter((b) => !isWide(b)).reduce((s, b) => s + (b.kind === "bullets" ? b.items.length : 1), 0) + (!wide && panel.lead.length ? 1 : 0);
  const min = tight ? MIN_COLUMN_TIGHT_PX : MIN_COLUMN_PX;
  return [1, 2, 3].filter((n) => n === 1 || (rest >= n && width / n >= min));
}

export interface Fit {
  /** Largest size at which it fits (minFontPx when it never does). */
  px: number;
  columns: number;
  fits: boolean;
  /** Height over the box at the minimum size, px. */
  overflowPx: number;
  /** Fitted only with rescue spacing (FitContext.tight). */
  tight: boolean;
}

const STEP = 0.5;

/** Largest px on the 0.5 px grid in [min, max] with arrangement n fitting, or undefined. */
function search(panel: Panel, n: number, ctx: FitContext, from: number): number | undefined {
  const steps = Math.max(0, Math.floor((ctx.maxFontPx - ctx.minFontPx) / STEP + 1e-9));
  const fits = (k: number): boolean => fitsBox(arrange(panel, ctx.minFontPx + k * STEP, n, ctx, true), ctx);
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

function fitWith(panel: Panel, ctx: FitContext): Fit | undefined {
  let best: Fit | undefined;
  for (const n of columnChoices(panel, ctx.width, ctx.tight)) {
    // More columns are only worth it if they beat the best so far: start the search just above it.
    const from = best ? Math.round((best.px - ctx.minFontPx) / STEP) + 1 : 0;
    const px = search(panel, n, ctx, from);
    if (px !== undefined && (!best || px > best.px)) best = { px, columns: n, fits: true, overflowPx: 0, tight: ctx.tight === true };
  }
  return best;
}

/** The best fit; when nothing fits, tighter spacing and narrower columns are tried before giving up. */
export function fitPanel(panel: Panel, ctx: FitContext): Fit {
  const fit = fitWith(panel, ctx) ?? fitWith(panel, { ...ctx, tight: true });
  if (fit) return fit;
  let least: Fit | undefined;
  for (const n of columnChoices(panel, ctx.width, true)) {
    const a = arrange(panel, ctx.minFontPx, n, { ...ctx, tight: true });
    // Too wide counts like too tall: either way something crosses the border.
    const over = Math.max(0, a.height - ctx.height) + a.overWidth;
    if (!least || over < least.overflowPx) least = { px: ctx.minFontPx, columns: n, fits: false, overflowPx: over, tight: true };
  }
  return least!;
}

/** At a fixed size, the fewest columns that fit (one column reads most naturally; a capped panel may need fewer). */
export function arrangeAt(panel: Panel, px: number, fallbackColumns: number, ctx: FitContext): Arrangement {
  for (const n of columnChoices(panel, ctx.width, ctx.tight)) {
    if (n > fallbackColumns) break;
    // A probe: an arrangement that cannot fit comes back without its diagrams laid out; one that fits is whole.
    const a = arrange(panel, px, n, ctx, true);
    if (fitsBox(a, ctx)) return a;
  }
  return arrange(panel, px, fallbackColumns, ctx);
}
