// The pieces that flow into a panel's columns (the lead, each block, each list item, each row of a long table
// pressed for room) and the pieces one column ends up with joined again (one list, one table under its header).
import type { Block, Panel } from "../model/sheet.js";
import { layoutBulletItems } from "../blocks/bullets/layout.js";
import { env, layoutLead, stack, type FitContext, type Item } from "./stack.js";
import { captioned, captionsNext, headsNext } from "./caption.js";

export interface Unit {
  item: Item;
  /** Index of the source block (-1 for the lead). */
  src: number;
  /** Item index when this unit is one item of a bullet list (with the items nested under it, `items` in all). */
  bullet?: number;
  items?: number;
  /** Row index when this unit is one row of a long table set over columns (a rescue), its header above it. */
  row?: number;
}

/** A table this long may be set over columns, its header over each part, when a panel fits only set tight. */
const SPLIT_TABLE_ROWS = 6;

/** Whether a panel's table is set over columns row by row: a long table that is all the panel holds, pressed for
 * room. Beside other blocks, moving those is the better cure, and the table stays whole. */
export function splitTable(panel: Panel, b: Block, tight: boolean | undefined): boolean {
  return !!tight && b.kind === "table" && b.rows.length >= SPLIT_TABLE_ROWS && panel.blocks.length === 1;
}

/** The pieces that flow into columns of one width: the lead (unless on top), each block, each list item. */
export function units(panel: Panel, rest: { block: Panel["blocks"][number]; i: number }[], leadOnTop: boolean, width: number, colH: number, px: number, gap: number, ctx: FitContext): Unit[] {
  const out: Unit[] = leadOnTop || !panel.lead.length ? [] : [{ item: { kind: "paragraph", lead: true, layout: layoutLead(panel.lead, width, px, ctx), center: false }, src: -1 }];
  for (const b of rest) {
    const { block, i } = b;
    if (block.kind === "bullets" && block.items.length > 1) {
      // A list may run on into the next column, like notes written in two columns; an item's nested points
      // go with it (a point parted from the line it explains reads as a point of its own), unless the panel
      // fits no other way (the `part` rescue).
      for (let j = 0; j < block.items.length; ) {
        let end = j + 1;
        const under = (k: number): boolean => k < block.items.length && (block.depths?.[k] ?? 0) > (block.depths?.[j] ?? 0);
        while (!ctx.part && under(end)) end++;
        // Parted, a line keeps its first point: a heading ending a column with all it heads in the next reads as stray.
        if (ctx.part && under(end)) end++;
        const layout = layoutBulletItems({ ...block, items: block.items.slice(j, end) }, env(ctx, px, i), { width, height: colH }, j + 1);
        out.push({ item: { kind: "bullets", lead: false, layout, center: false, src: i }, src: i, bullet: j, items: end - j });
        j = end;
      }
    } else if (block.kind === "table" && splitTable(panel, block, ctx.tight)) {
      // A long table in a short, wide panel: a designer writes it in two halves side by side, each under the header.
      block.rows.forEach((_, j) => out.push({ item: stack([{ block: { ...block, rows: block.rows.slice(j, j + 1) }, i }], width, colH, px, gap, ctx)[0]!, src: i, row: j }));
    } else {
      const item = stack([b], width, colH, px, gap, ctx)[0]!;
      // A caption and the block it titles are one unit: never parted between columns.
      const last = out[out.length - 1];
      if (last && last.bullet === undefined && last.src === i - 1 && captionsNext(panel.blocks, i - 1)) out[out.length - 1] = { item: captioned(last.item, item, px), src: i };
      else out.push({ item, src: i });
    }
  }
  return out;
}

/** Consecutive items of one list in one column become one list again (tighter item spacing, one block). */
export function mergeBullets(units: Unit[], panel: Panel, width: number, height: number, px: number, ctx: FitContext): Item[] {
  const out: Item[] = [];
  for (let a = 0; a < units.length; ) {
    const u = units[a]!;
    let b = a + 1;
    while (u.bullet !== undefined && b < units.length && units[b]!.src === u.src && units[b]!.bullet !== undefined) b++;
    while (u.row !== undefined && b < units.length && units[b]!.src === u.src && units[b]!.row !== undefined) b++;
    const block = panel.blocks[u.src];
    if (u.row !== undefined && block?.kind === "table") {
      // The rows of one table in one column are one table again, under one header.
      out.push(stack([{ block: { ...block, rows: block.rows.slice(u.row, u.row + (b - a)) }, i: u.src }], width, height, px, ctx.tight ? px * 0.3 : px * 0.6, ctx)[0]!);
      a = b;
      continue;
    }
    let item = u.item;
    if (b - a > 1 && block?.kind === "bullets") {
      const count = units.slice(a, b).reduce((n, x) => n + (x.items ?? 1), 0);
      const items = block.items.slice(u.bullet, u.bullet! + count);
      const layout = layoutBulletItems({ ...block, items }, env(ctx, px, u.src), { width, height }, u.bullet! + 1);
      item = { kind: "bullets", lead: false, layout, center: false, src: u.src };
    }
    // A list's caption (a moved list's pointer) right over its first items in this column titles them as one item,
    // set close above them as over a chart, not a block's gap away.
    const prev = units[a - 1];
    if (u.bullet === 0 && prev && out.length > 0 && prev.src === u.src - 1 && prev.bullet === undefined && prev.row === undefined && !prev.item.parts && captionsNext(panel.blocks, prev.src)) {
      out[out.length - 1] = captioned(out[out.length - 1]!, item, px);
    } else out.push(item);
    a = b;
  }
  return out;
}

/**
 * Column groups (unit indices) with a short label that a cut left ending a column moved to the top of the next,
 * over the block it heads (`Takeaways` alone at a column's foot, its list in the next): a designer starts the
 * column with the heading. Only when the label's column keeps something else.
 */
export function labelsWithNext(groups: number[][], at: readonly Unit[], panel: Panel): number[][] {
  const out = groups.map((g) => [...g]);
  for (let g = 0; g + 1 < out.length; g++) {
    const col = out[g]!;
    const k = col[col.length - 1];
    const next = out[g + 1]![0];
    if (k === undefined || next !== k + 1 || col.length < 2) continue;
    const u = at[k]!;
    if (u.bullet !== undefined || u.row !== undefined || u.item.parts || at[next]!.src !== u.src + 1) continue;
    if (!headsNext(panel.blocks[u.src], panel.blocks[u.src + 1])) continue;
    out[g] = col.slice(0, -1);
    out[g + 1] = [k, ...out[g + 1]!];
  }
  return out;
}

/**
 * Two columns of unequal widths holding one list run on whose halves differ by more than one item (1 | 2 3 4):
 * read as a short list and a long one, not one list in two columns. Equal counts (2 | 2, 1 | 1) are kept, each
 * item on one line in the column as wide as it needs.
 */
export function unevenList(groups: number[][], at: readonly Unit[]): boolean {
  if (groups.length !== 2 || at.some((u) => u.bullet === undefined || u.src !== at[0]!.src)) return false;
  const [a, b] = groups.map((g) => g.reduce((n, k) => n + (at[k]!.items ?? 1), 0));
  return Math.abs(a! - b!) > 1;
}
