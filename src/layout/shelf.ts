// Shelves: in a panel pressed for room, full-width items that leave room beside them share a row, as a person
// with a pen writes two short chains side by side, or the lead lines beside a diagram rather than above it.
import type { Panel } from "../model/sheet.js";
import { translateMarks } from "../model/positioned.js";
import { relaid, type Part } from "./caption.js";
import { cachedLayout, layoutLead, stackHeight, type FitContext, type Item } from "./stack.js";

/** Total height of items set in rows (`shelves`: how many items each row holds, in order) with gaps between rows. */
export function shelfHeight(items: Item[], shelves: number[] | undefined, gap: number): number {
  if (!shelves) return stackHeight(items, gap);
  let k = 0;
  let h = 0;
  for (const n of shelves) {
    h += Math.max(0, ...items.slice(k, k + n).map((it) => it.layout.height));
    k += n;
  }
  return h + gap * Math.max(0, shelves.length - 1);
}

/**
 * Items in rows that fit the width with the least total height; among equals, the fewest shared rows. The
 * lead lines keep a row of their own (they head the panel) unless `leadBeside`.
 */
export function shelve(items: Item[], width: number, colGap: number, gap: number, leadBeside = false): { shelves: number[]; height: number } {
  const m = items.length;
  const best: { h: number; shared: number; from: number }[] = [{ h: 0, shared: 0, from: 0 }];
  for (let i = 1; i <= m; i++) {
    let pick = { h: Infinity, shared: 0, from: i - 1 };
    let w = -colGap;
    let tall = 0;
    for (let j = i - 1; j >= 0; j--) {
      w += items[j]!.layout.width + colGap;
      tall = Math.max(tall, items[j]!.layout.height);
      if (j < i - 1 && (w > width + 0.5 || (items[j]!.lead && !leadBeside))) break;
      const h = best[j]!.h + (j > 0 ? gap : 0) + tall;
      const shared = best[j]!.shared + (i - j > 1 ? 1 : 0);
      if (h < pick.h - 0.5 || (h <= pick.h + 0.5 && shared < pick.shared)) pick = { h, shared, from: j };
    }
    best.push(pick);
  }
  const shelves: number[] = [];
  for (let i = m; i > 0; i = best[i]!.from) shelves.unshift(i - best[i]!.from);
  return { shelves, height: best[m]!.h };
}

/** Widest share of the width the lead lines may take beside a diagram. */
const LEAD_BESIDE = 0.4;

/**
 * The top items (lead lines first, if any) in rows. The lead may also go beside the block after it (a diagram,
 * a table), that block laid out again in the width left and the height the lead no longer takes; whichever is
 * shorter wins.
 */
export function shelveTop(top: Item[], panel: Panel, room: number, px: number, gap: number, colGap: number, ctx: FitContext): { top: Item[]; shelves: number[]; height: number } {
  const plain = piled({ top, ...shelve(top, ctx.width, colGap, gap) }, panel, px, gap, colGap, ctx);
  const lead = top[0];
  const next = top[1];
  const block = next?.src !== undefined ? panel.blocks[next.src] : undefined;
  if (!lead?.lead || !next || !block) return plain;
  const narrow = lead.layout.width > ctx.width * LEAD_BESIDE ? { ...lead, layout: layoutLead(panel.lead, ctx.width * LEAD_BESIDE, px, ctx) } : lead;
  const others = top.slice(2);
  const hint = room - stackHeight(others, gap) - (others.length ? gap : 0);
  const width = ctx.width - narrow.layout.width - colGap;
  if (width < ctx.width * 0.4) return plain;
  const beside = [narrow, relaid(next, cachedLayout(block, next.src!, px, width, hint, ctx), px), ...others];
  const alt = { top: beside, ...shelve(beside, ctx.width, colGap, gap, true) };
  return alt.height < plain.height - 0.5 && alt.shelves[0] === 2 ? alt : plain;
}

/** Text blocks that may be piled one above the other in one place of a row. */
const PILED = new Set(["quote", "paragraph", "bullets"]);
/** At most this many piles in one panel's top rows. */
const MAX_PILES = 2;
/** Piles are tried among at most this many top items: each try shelves the whole row again, and a panel of
 * hundreds of blocks (a plan pasted section after section) would take the cube of them. */
const MAX_PILED_ITEMS = 16;

/**
 * Two short text blocks side by side in a row may instead stand one above the other in one place of it, the
 * wider laid out again at the narrower's width: two quotes beside a mind map and a table, as a person fills the
 * room beside a diagram rather than starting a row for the last quote. Kept only when the rows come out lower.
 */
function piled(best: { top: Item[]; shelves: number[]; height: number }, panel: Panel, px: number, gap: number, colGap: number, ctx: FitContext): { top: Item[]; shelves: number[]; height: number } {
  if (best.top.length > MAX_PILED_ITEMS) return best;
  for (let n = 0; n < MAX_PILES; n++) {
    let next: typeof best | undefined;
    for (let k = 0; k + 1 < best.top.length; k++) {
      const p = pile(best.top[k]!, best.top[k + 1]!, panel, px, gap, ctx);
      if (!p) continue;
      const top = [...best.top.slice(0, k), p, ...best.top.slice(k + 2)];
      const s = shelve(top, ctx.width, colGap, gap);
      if (s.height < (next ?? best).height - 0.5) next = { top, ...s };
    }
    if (!next) break;
    best = next;
  }
  return best;
}

function pile(a: Item, b: Item, panel: Panel, px: number, gap: number, ctx: FitContext): Item | undefined {
  if (a.lead || b.lead || a.parts || b.parts || a.src === undefined || b.src === undefined || !PILED.has(a.kind) || !PILED.has(b.kind)) return undefined;
  const width = Math.min(a.layout.width, b.layout.width);
  const at = (it: Item): Item => (it.layout.width <= width + 0.5 ? it : { ...it, layout: cachedLayout(panel.blocks[it.src!]!, it.src!, px, width, ctx.height, ctx) });
  const [x, y] = [at(a), at(b)];
  if (x.layout.width > width + 0.5 || y.layout.width > width + 0.5) return undefined;
  const parts: Part[] = [
    { item: { ...x, center: false }, dx: 0, dy: 0 },
    { item: { ...y, center: false }, dx: 0, dy: x.layout.height + gap },
  ];
  const layout = { width, height: x.layout.height + gap + y.layout.height, marks: [...x.layout.marks, ...translateMarks(y.layout.marks, 0, x.layout.height + gap)] };
  return { ...x, layout, parts };
}
