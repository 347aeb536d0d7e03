// The rows a written-out layout gives (a line per row, a list, a table, a block-beta drawing), turned into the
// rows a box drawing gives: the title row found however it is worded, each box placed by its weight.
import type { DiagramBox, DiagramRow } from "./ascii-layout.js";
import type { DataCell } from "./data-layout.js";
import { ratioRows } from "./text-heights.js";
import type { TextLayout } from "./text-layout.js";
import { labelEmoji, titleLabelOnly } from "./label-title.js";

/** A box as a row gives it: the same cell a data layout reads (its weight, span and note). */
export type Cell = DataCell;

export interface TextRow {
  line: number;
  cells: Cell[];
  head: string;
  remark: string;
  subtitle?: string;
  ratio?: number;
  percent?: boolean;
  widths?: number[];
  /** Nothing after the row's head: the items under it are its boxes. */
  listed?: boolean;
  /** The row's height said as a word (`— tall`): its weight, and the word (size-words.ts). */
  sized?: { weight: number; word: string };
}

export const TITLE_CELL = /cheat\s*sheet|치트\s*시트|🍌/i;
export const TITLE_HEAD = /제목|타이틀|title|header|banner/i;
export const BIG = /가장|widest|biggest|largest|크게|넓게|full/i;
export const KIND_REMARK = /\s*[(（](?:mind\s*map|mindmap|flow\s*chart|table|표|마인드\s*맵|도식|diagram)[)）]\s*$/i;
export const COLUMNS = 120;

export function finish(rows: TextRow[], heights: { values: number[]; percent: boolean; line: number } | undefined, lines: [number, number], columns?: number): TextLayout {
  const stated = heights ?? statedPerRow(rows);
  const across = columns ?? Math.max(...rows.map((r) => r.cells.reduce((s, c) => s + c.weight, 0)));
  const diagram = rows.map((r, k) => diagramRow(r, k === 0 && (isTitle(r) || spannedTitle(r, across, rows)), columns));
  const out: TextLayout = { rows: diagram, lines };
  if (stated) out.table = { line: stated.line, rows: ratioRows(rows, stated) };
  return out;
}

function statedPerRow(rows: TextRow[]): { values: number[]; percent: boolean; line: number } | undefined {
  if (!rows.every((r) => r.ratio !== undefined)) return undefined;
  return { values: rows.map((r) => r.ratio!), percent: rows.every((r) => r.percent), line: rows[0]!.line };
}

/** A first row of one cell across the page, low (at most 15%) over rows of several boxes: the title, however worded. */
function spannedTitle(r: TextRow, across: number, rows: TextRow[]): boolean {
  return across > 1 && r.cells.length === 1 && r.cells[0]!.weight === across && (r.ratio === undefined || !r.percent || r.ratio <= 15) && rows.some((o) => o.cells.length > 1);
}

function isTitle(r: TextRow): boolean {
  return r.cells.length === 1 && (TITLE_CELL.test(r.cells[0]!.text) || TITLE_HEAD.test(r.head) || titleLabelOnly(r.cells[0]!.text));
}

/** `across`: the layout's columns, when its boxes say where they start (a row may begin under a box from above). */
function diagramRow(r: TextRow, title: boolean, across?: number): DiagramRow {
  const big = BIG.test(r.remark) && !title;
  const base = { line: r.line, headingFirst: false, lines: title ? 2 : big ? 7 : 4, left: 0, right: COLUMNS };
  if (title) {
    // A box only labelled the title leaves the banner to the sheet's own title.
    const [main = "", sub] = titleLabelOnly(r.cells[0]!.text) ? [labelEmoji(r.cells[0]!.text)] : r.cells[0]!.text.split(/\s+\/\s+/, 2);
    // The second line goes labelled, so the banner takes it as its tagline whatever the first line ends in.
    const tagline = sub ?? r.subtitle;
    const texts = [main, ...(tagline ? [`부제: ${tagline}`] : [])].filter(Boolean).map((text) => ({ text, line: r.line }));
    return { ...base, texts, boxes: [] };
  }
  const weights = r.widths ?? r.cells.map((c) => c.weight);
  const total = across ?? weights.reduce((s, w) => s + w, 0);
  let x = 0;
  const boxes: DiagramBox[] = r.cells.map((c, k) => {
    if (across !== undefined && c.start !== undefined) x = (COLUMNS * c.start) / total;
    const width = (COLUMNS * weights[k]!) / total;
    const box: DiagramBox = { line: c.line, lines: [{ text: c.text.replace(KIND_REMARK, ""), line: c.line }, ...(c.note ?? "").split("\n").filter(Boolean).map((text) => ({ text, line: c.line }))], chains: [], nested: [], span: c.span ?? 1, below: false, left: Math.round(x), right: Math.round(x + width), height: 4, ...(c.exact ? { width: weights[k]! } : {}) };
    x += width;
    return box;
  });
  return { ...base, texts: [], boxes };
}
