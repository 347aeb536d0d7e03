// Measuring panel content for auto-fit: the lead lines and each block laid out at one body size and width,
// kept per block object (auto-fit asks for the same layout many times), and stacks of them.
import type { Block, BlockKind, Rich } from "../model/sheet.js";
import type { Mark } from "../model/positioned.js";
import type { BlockEnv, BlockLayout } from "../blocks/types.js";
import { INK, lineHeight } from "../blocks/types.js";
import { layoutBlock, minBlockHeight } from "../blocks/index.js";
import { lineMetrics } from "../fonts/measure.js";
import { lineMarks, wrapRich } from "./wrap.js";
import { highlighterFor } from "./color.js";
import { captioned, isCaption, type Part } from "./caption.js";

/** One measured piece of panel content: the lead lines or a block. */
export interface Item {
  kind: BlockKind;
  lead: boolean;
  layout: BlockLayout;
  /** Drawn centred in its column when narrower (diagrams, sticky notes). */
  center: boolean;
  /** Index of the block in the panel's blocks (none for the lead lines); a captioned chart's own. */
  src?: number;
  /** A caption and the chart it titles, measured as one item (caption.ts `captioned`): placed part by part. */
  parts?: Part[];
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
  /** Rescue, after tight spacing alone: a list item may part from the points nested under it between columns. */
  part?: boolean;
  /** The last rescue: mind maps may join each branch's leaves into one list. */
  joinLeaves?: boolean;
  /** Rescue: full-width items that leave room beside them share a row (shelf.ts), the lead beside a diagram. */
  shelves?: boolean;
  /** The very last rescue: lines of text set closer (blocks/types.ts DENSE_LEADING). */
  dense?: boolean;
  /** Allowed on this page (it overflows after every move for room): a panel may take the `dense` rescue. */
  denseOk?: boolean;
  /** A panel at the minimum beside a bare one: closer lines (`dense`) are taken when they fit a larger size. */
  closer?: boolean;
  /** Allowed on this page (moves for room found no panel for a map): the last rescue may write mind maps in rows. */
  mapRows?: boolean;
  /** Allowed on this page (it overflows after every rescue): a mind map wider than its box may be stacked. */
  mapStack?: boolean;
  /** Allowed on this page (it overflows after every rescue): a code sample may be set smaller with the closer lines. */
  smallCode?: boolean;
  /** Set by one-column arrangements: a diagram's height hint is what the stack leaves it (BlockEnv.ownRoom). */
  ownRoom?: boolean;
  /** Diagrams drawn this many times the body size (layout/grow.ts): a lone schematic in a roomy panel. */
  grow?: number;
}

export const DIAGRAMS: BlockKind[] = ["flowchart", "mindmap", "knobs"];

export const LEAD_SCALE = 1.08;

export function env(ctx: FitContext, px: number, i: number, kind?: BlockKind): BlockEnv {
  const fontPx = ctx.grow && kind && DIAGRAMS.includes(kind) ? px * ctx.grow : px;
  return { fontPx, minFontPx: ctx.minFontPx, accent: ctx.accent, palette: ctx.palette, ink: INK, seed: ctx.seed + 100 + i * 97, ...(ctx.joinLeaves ? { joinLeaves: true } : {}), ...(ctx.tight ? { tight: true } : {}), ...(ctx.mapRows && ctx.tight ? { mapRows: true } : {}), ...(ctx.mapStack && ctx.tight ? { mapStack: true } : {}), ...(ctx.dense ? { dense: true } : {}), ...(ctx.smallCode && ctx.dense ? { smallCode: true } : {}), ...(ctx.ownRoom ? { ownRoom: true } : {}) };
}

export function layoutLead(lead: Rich[], width: number, px: number, ctx: FitContext): BlockLayout {
  const lpx = px * LEAD_SCALE;
  const lh = lineHeight(ctx, lpx, lineMetrics(lpx).height);
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

export function cachedLayout(block: Block, i: number, px: number, width: number, height: number, ctx: FitContext): BlockLayout {
  let byKey = layoutCache.get(block);
  if (!byKey) layoutCache.set(block, (byKey = new Map()));
  // Text blocks ignore the height hint; diagrams use it to pick an aspect, to the nearest px.
  const h = DIAGRAMS.includes(block.kind) ? Math.round(height) : 0;
  // Everything the block layout reads from its env is in the key, so a block object reused across sheets is safe.
  const key = `${i}|${ctx.joinLeaves ? 1 : 0}${ctx.tight ? 1 : 0}${ctx.mapRows ? 1 : 0}${ctx.mapStack ? 1 : 0}${ctx.dense ? 1 : 0}${ctx.smallCode ? 1 : 0}${ctx.ownRoom ? 1 : 0}|${ctx.seed}|${ctx.accent}|${ctx.minFontPx}|${ctx.palette.join(",")}|${px}|${ctx.grow ?? 1}|${width.toFixed(2)}|${h}`;
  let hit = byKey.get(key);
  if (!hit) {
    hit = layoutBlock(block, env(ctx, px, i, block.kind), { width, height: DIAGRAMS.includes(block.kind) ? h : height });
    byKey.set(key, hit);
  }
  return hit;
}

/**
 * Lay out a stack of blocks at one width; diagrams share what text leaves of `height` as their aspect hint.
 * With `probe` (auto-fit only asking whether the stack fits `height`), undefined when it cannot: the text
 * and gaps plus each diagram's least height already overrun it, so the diagrams are not laid out at all.
 */
export function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext): Item[];
export function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext, probe: boolean): Item[] | undefined;
export function stack(blocks: { block: Block; i: number }[], width: number, height: number, px: number, gap: number, ctx: FitContext, probe = false): Item[] | undefined {
  const out: (Item | undefined)[] = blocks.map(() => undefined);
  let used = 0;
  blocks.forEach(({ block, i }, k) => {
    if (DIAGRAMS.includes(block.kind)) return;
    const layout = cachedLayout(block, i, px, width, height, ctx);
    out[k] = { kind: block.kind, lead: false, layout, center: block.kind === "quote" || block.kind === "table", src: i };
    used += layout.height;
  });
  const gaps = gap * Math.max(0, blocks.length - 1);
  const diagrams = blocks.filter(({ block }) => DIAGRAMS.includes(block.kind)).length;
  const hint = Math.max(px * 4, (height - used - gaps) / Math.max(1, diagrams));
  const place = (k: number): void => {
    const { block, i } = blocks[k]!;
    out[k] = { kind: block.kind, lead: false, layout: cachedLayout(block, i, px, width, hint, ctx), center: true, src: i };
  };
  if (probe) {
    // Each diagram's least height, then, diagram by diagram (mind maps, the costliest, last), its real one:
    // once the stack cannot fit, the diagrams left are not laid out. Every one gets the same hint either way.
    const mins = blocks.map(({ block, i }) => (DIAGRAMS.includes(block.kind) ? minBlockHeight(block, env(ctx, px, i, block.kind)) : 0));
    // A caption may sit in its chart's empty margin (caption.ts): it and its gap count for nothing here.
    const free = blocks.reduce((s, b, k) => s + (titles(blocks, k) ? out[k]!.layout.height + gap : 0), 0);
    let least = used - free + gaps + mins.reduce((s, m) => s + m, 0);
    if (least > height) return undefined;
    const order = blocks.map((_, k) => k).filter((k) => !out[k]);
    order.sort((a, b) => Number(blocks[a]!.block.kind === "mindmap") - Number(blocks[b]!.block.kind === "mindmap") || a - b);
    for (const k of order) {
      place(k);
      least += out[k]!.layout.height - mins[k]!;
      if (least > height + 1e-6) return undefined;
    }
  }
  blocks.forEach((_, k) => {
    if (!out[k]) place(k);
  });
  const items: Item[] = [];
  for (let k = 0; k < blocks.length; k++) items.push(titles(blocks, k) ? captioned(out[k]!, out[++k]!, px) : out[k]!);
  return items;
}

/** Whether the k-th of these blocks captions the one after it (the next block of its panel). */
function titles(blocks: { block: Block; i: number }[], k: number): boolean {
  const a = blocks[k];
  const b = blocks[k + 1];
  return !!a && !!b && b.i === a.i + 1 && isCaption(a.block, b.block);
}

export function stackHeight(items: Item[], gap: number): number {
  return items.reduce((s, it) => s + it.layout.height, 0) + gap * Math.max(0, items.length - 1);
}

