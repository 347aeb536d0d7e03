// A table with hand-drawn rules: header row tinted in the accent, cells wrap keep-all, column widths from
// content (never below the longest word, header words included; the rest shared by how much body text each
// column holds, so headers wrap before the font shrinks).
import type { Rich, Table } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import { lineHeight, type LayoutBlock } from "../types.js";
import { lineMetrics } from "../../fonts/measure.js";
import { lineMarks, longestWordWidth, wrapBroken } from "../../layout/wrap.js";
import { lookWidth } from "../../layout/inline.js";
import { highlighterFor, shade, tint } from "../../layout/color.js";
import { barMarks, barOf, barWidths } from "./bar.js";

const RULE = "#7d8799";

/** The widest line of a cell left unwrapped (a `<br>` in it starts a line of its own). */
function naturalWidth(rich: Rich, px: number): number {
  let widest = 0;
  let line = 0;
  for (const span of rich) {
    const pieces = span.text.split("\n");
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) {
        widest = Math.max(widest, line);
        line = 0;
      }
      line += lookWidth(pieces[i]!, { bold: span.bold === true, code: span.code === true }, px);
    }
  }
  return Math.max(widest, line);
}

// Auto-fit lays a table out at many widths per size: a cell's unwrapped and longest-word widths depend on the
// size alone, so they are kept per cell and size (and the bold header cells made once per table, so they too
// are the same objects every time, which wrap.ts's word cache needs).
const cellWidths = new WeakMap<Rich, Map<number, { min: number; nat: number }>>();

function widthsOf(rich: Rich, px: number): { min: number; nat: number } {
  let byPx = cellWidths.get(rich);
  if (!byPx) cellWidths.set(rich, (byPx = new Map()));
  let hit = byPx.get(px);
  if (!hit) {
    const bar = barOf(rich);
    byPx.set(px, (hit = bar ? barWidths(bar, px) : { min: longestWordWidth(rich, px), nat: naturalWidth(rich, px) }));
  }
  return hit;
}

const EMPTY: Rich = [];
const headers = new WeakMap<Table, Rich[]>();

function boldHeader(block: Table): Rich[] {
  let h = headers.get(block);
  if (!h) headers.set(block, (h = block.header.map((cell) => cell.map((s) => ({ ...s, bold: true })))));
  return h;
}

/** Column widths that add up to `avail` (or less only when there is nothing to share). */
export function columnWidths(mins: number[], nats: number[], avail: number): number[] {
  const sumMin = mins.reduce((a, b) => a + b, 0);
  const sumNat = nats.reduce((a, b) => a + b, 0);
  if (sumNat <= avail) return nats.map((n) => n + ((avail - sumNat) * n) / (sumNat || 1));
  if (sumMin <= avail) {
    const spread = nats.map((n, i) => n - (mins[i] ?? 0));
    const sumSpread = spread.reduce((a, b) => a + b, 0) || 1;
    return mins.map((m, i) => m + ((avail - sumMin) * (spread[i] ?? 0)) / sumSpread);
  }
  // Too narrow even for the longest words: only the columns holding the longest words give way (wrap splits
  // them), down to one level; a label column of short words (약점, 대처) stays whole rather than breaking too.
  const sorted = [...mins].sort((a, b) => a - b);
  let level = avail / mins.length;
  let left = avail;
  for (let i = 0; i < sorted.length; i++) {
    const share = left / (sorted.length - i);
    if (sorted[i]! >= share) {
      level = share;
      break;
    }
    left -= sorted[i]!;
  }
  return mins.map((m) => Math.min(m, level));
}

/**
 * Widths giving the columns that fall shortest of their natural width that whole width, cheapest first, as long
 * as the others keep their least; the others share what is left as `columnWidths` shares it. Undefined when the
 * table fits whole or not even at its least.
 */
function wholeFirst(mins: number[], nats: number[], avail: number): number[] | undefined {
  const sumMin = mins.reduce((a, b) => a + b, 0);
  const sumNat = nats.reduce((a, b) => a + b, 0);
  if (sumNat <= avail || sumMin > avail || nats.length < 2) return undefined;
  const order = nats.map((n, i) => ({ i, need: n - (mins[i] ?? 0) })).sort((a, b) => a.need - b.need || a.i - b.i);
  const whole = new Set<number>();
  let left = avail - sumMin;
  for (const { i, need } of order) {
    if (need > left || whole.size === nats.length - 1) break;
    whole.add(i);
    left -= need;
  }
  if (whole.size === 0) return undefined;
  const rest = nats.map((_, i) => i).filter((i) => !whole.has(i));
  const restW = columnWidths(rest.map((i) => mins[i]!), rest.map((i) => nats[i]!), avail - [...whole].reduce((s, i) => s + nats[i]!, 0));
  return nats.map((n, i) => (whole.has(i) ? n : restW[rest.indexOf(i)]!));
}

const blank = (r: Rich | undefined): boolean => (r ?? []).every((s) => s.text.trim() === "");

/** Whether row i (below the header, not the first body row) leaves its first cell empty, continuing the row above. */
function continues(rows: Rich[][], i: number, header: boolean): boolean {
  return i < rows.length && i >= (header ? 2 : 1) && blank(rows[i]![0]) && rows[i]!.some((c) => !blank(c));
}

/** The runs of filled cells in a row, as [first column, column after the last]. */
function filledRuns(row: Rich[], cols: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 0; c < cols; c++) {
    if (blank(row[c])) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c) last[1] = c + 1;
    else runs.push([c, c + 1]);
  }
  return runs;
}

/** The most a table's natural width is spread to fill the room it is given. */
const SPREAD = 1.5;

export const layoutTable: LayoutBlock<Table> = (block, env, space) => {
  const px = env.fontPx;
  const lh = lineHeight(env, px, lineMetrics(px).height);
  const padX = px * 0.4;
  const padY = px * 0.12;
  // A table asked for in one line of the plan has no header: no empty tinted row is drawn for it.
  const rows = block.header.length > 0 ? [boldHeader(block), ...block.rows] : block.rows;
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const cell = (r: Rich[], c: number): Rich => r[c] ?? EMPTY;
  const mins = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => widthsOf(cell(r, c), px).min)) + 2 * padX);
  // Widths follow the text (a short label column, a wide definition column); when the table must wrap, by the
  // body's text alone: a header longer than its column's cells wraps rather than widening the column.
  const natsOf = (rs: Rich[][]): number[] => Array.from({ length: cols }, (_, c) => Math.max(mins[c] ?? 0, Math.max(...rs.map((r) => widthsOf(cell(r, c), px).nat)) + 2 * padX));
  const full = natsOf(rows);
  const nats = full.reduce((a, b) => a + b, 0) <= space.width || block.rows.length === 0 ? full : natsOf(block.rows);
  const cellLines = (rich: Rich, w: number): number => (barOf(rich) ? 1 : wrapBroken(rich, Math.max(1, w - 2 * padX), px).length);
  const lines = (ws: number[]): number => rows.reduce((sum, row) => sum + Math.max(1, ...ws.map((w, c) => cellLines(cell(row, c), w))), 0);
  // A table of short cells is not stretched across a wide panel: columns three times their text apart read as
  // unrelated. It takes at most SPREAD times its natural width, and is centred where it stands.
  const shared = columnWidths(mins, nats, Math.min(space.width, SPREAD * nats.reduce((a, b) => a + b, 0)));
  // Sharing the shortfall among every column wraps a cell in each; the columns that need least given their
  // whole width first, the rest wrapping alone, often leaves fewer lines: a person narrows one column, not all.
  const whole = wholeFirst(mins, nats, space.width);
  const widths = whole && lines(whole) < lines(shared) ? whole : shared;
  const xs = widths.reduce<number[]>((acc, w) => [...acc, (acc[acc.length - 1] ?? 0) + w], [0]);
  const total = xs[xs.length - 1] ?? 0;

  const textMarks: Mark[] = [];
  const rowTops: number[] = [];
  let y = 0;
  rows.forEach((row, r) => {
    rowTops.push(y);
    const isHeader = r === 0 && block.header.length > 0;
    const style = isHeader
      ? { color: shade(env.accent, 0.35), seed: env.seed + r * 53 }
      : { color: env.ink, boldColor: env.accent, highlight: highlighterFor(env.accent), seed: env.seed + r * 53 };
    let rowLines = 1;
    for (let c = 0; c < cols; c++) {
      const bar = barOf(cell(row, c));
      if (bar) {
        textMarks.push(...barMarks(bar, (xs[c] ?? 0) + padX, y + padY, Math.max(1, (widths[c] ?? 0) - 2 * padX), lh, px, env.ink, env.accent, style.seed + c * 7));
        continue;
      }
      const room = Math.max(1, (widths[c] ?? 0) - 2 * padX);
      const lines = wrapBroken(cell(row, c), room, px);
      rowLines = Math.max(rowLines, lines.length);
      // A column the Markdown rule centres (`:---:`) or sets right (`---:`, numbers) has each line placed so.
      const at = block.align?.[c];
      const shift = (line: { width: number }): number => (at === "center" ? 0.5 : at === "right" ? 1 : 0) * Math.max(0, room - line.width);
      lines.forEach((line, j) => textMarks.push(...lineMarks(line, (xs[c] ?? 0) + padX + shift(line), y + padY + j * lh, px, { ...style, seed: style.seed + c * 7 + j })));
    }
    y += rowLines * lh + 2 * padY;
  });
  rowTops.push(y);

  const marks: Mark[] = [];
  const seed = env.seed + 900;
  if (block.header.length > 0) {
    const hb = rowTops[1] ?? 0;
    marks.push({ kind: "rect", x: 1, y: 1, width: total - 2, height: hb - 2, style: { seed, stroke: "none", fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 0.8 } });
  }
  const hline = (yy: number, i: number, color: string, w: number, x1 = 0, x2 = total, own = seed + 1 + i): Mark => ({ kind: "line", x1, y1: yy, x2, y2: yy, style: { seed: own, stroke: color, strokeWidth: w, roughness: 0.7, bowing: 0.6, disableMultiStroke: true } });
  rowTops.forEach((yy, i) => {
    if (i === 0) marks.push(hline(yy, i, env.accent, 1.5));
    else if (i === 1 && block.header.length > 0) marks.push(hline(yy, i, env.accent, 1.8));
    else if (continues(rows, i, block.header.length > 0)) {
      // A body row whose first cell is left empty goes on with the row above, as on paper: the rule between them
      // is drawn only over the cells it fills, so the empty ones read as the cells above them, merged down.
      for (const [from, to] of filledRuns(rows[i]!, cols)) marks.push(hline(yy, i, RULE, 0.9, xs[from] ?? 0, xs[to] ?? total, seed + 1 + i + from * 211));
    } else marks.push(hline(yy, i, RULE, i === rowTops.length - 1 ? 1.3 : 0.9));
  });
  for (let c = 1; c < cols; c++) {
    const x = xs[c] ?? 0;
    marks.push({ kind: "line", x1: x, y1: 0, x2: x, y2: y, style: { seed: seed + 100 + c, stroke: RULE, strokeWidth: 0.9, roughness: 0.7, bowing: 0.4, disableMultiStroke: true } });
  }
  // A word wider than its column is split between graphemes (`~$40,00|0`): auto-fit weighs that against size.
  const broken = rows.reduce((n, row) => n + widths.filter((w, c) => widthsOf(cell(row, c), px).min > w - 2 * padX + 1e-6).length, 0);
  return { width: Math.min(space.width, total), height: y, marks: [...marks, ...textMarks], ...(broken ? { broken } : {}) };
};
