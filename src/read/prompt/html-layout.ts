// A layout given as an HTML `<table>`: each cell a box, `colspan` a box across several columns, `rowspan` one
// running down through rows (a sidebar), `width="30%"` on a cell its column's share, `<tr style="height: 27%">`
// (or `height="27%"`) the row's height. Chat models and people used to web pages write layouts this way; it is
// read into the rows of cells a CSS grid gives (data-layout.ts), so text-layout.ts makes the drawing's rows.
import type { RootContent } from "mdast";
import { cellText } from "../html-table.js";
import type { DataCell, DataLayout, DataRow } from "./data-layout.js";
import { lineOf } from "./sections.js";

const TAG = /<(\/?)(table|tr|td|th)\b([^<>]{0,300})>/gi;
const BIG_REMARK = /\s*[(（][^)）]*(?:가장|widest|biggest|largest|크게|넓게)[^)）]*[)）]\s*/i;

interface RawCell {
  text: string;
  cols: number;
  rows: number;
  width?: number;
}

interface RawRow {
  cells: RawCell[];
  height?: number;
  line: number;
}

/** An attribute's value (`colspan="2"`, `colspan=2`) or a style property's (`style="height: 27%"`). */
function attr(attrs: string, name: string): string | undefined {
  const plain = new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, "i").exec(attrs);
  const style = new RegExp(`style\\s*=\\s*["'][^"']*\\b${name}\\s*:\\s*([^;"']+)`, "i").exec(attrs);
  return (style?.[1] ?? plain?.[1])?.trim();
}

const percent = (v: string | undefined): number | undefined => {
  const m = v ? /^(\d+(?:\.\d+)?)\s*%$/.exec(v) : null;
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
};
const count = (v: string | undefined): number => Math.min(Math.max(1, Math.floor(Number(v) || 1)), 100);

/** The rows and cells of the first `<table>` in `html`, with their spans; undefined when it has no two rows. */
function rawRows(html: string, firstLine: number): RawRow[] | undefined {
  const start = html.search(/<table\b/i);
  if (start < 0) return undefined;
  const rows: RawRow[] = [];
  let cell: { at: number; attrs: string } | undefined;
  const close = (end: number): void => {
    if (!cell) return;
    const width = percent(attr(cell.attrs, "width"));
    rows[rows.length - 1]?.cells.push({ text: cellText(html.slice(cell.at, end)), cols: count(attr(cell.attrs, "colspan")), rows: count(attr(cell.attrs, "rowspan")), ...(width ? { width } : {}) });
    cell = undefined;
  };
  for (const m of html.slice(start).matchAll(TAG)) {
    const at = start + m.index;
    const name = m[2]!.toLowerCase();
    close(at);
    if (name === "table" && m[1] === "/") break;
    if (m[1] === "/") continue;
    const line = firstLine + (html.slice(0, at).match(/\n/g)?.length ?? 0);
    if (name === "tr") rows.push({ cells: [], line, ...(percent(attr(m[3]!, "height")) ? { height: percent(attr(m[3]!, "height"))! } : {}) });
    else if (name !== "table") {
      if (rows.length === 0) rows.push({ cells: [], line });
      cell = { at: at + m[0].length, attrs: m[3]! };
    }
  }
  const filled = rows.filter((r) => r.cells.length > 0);
  return filled.length >= 2 ? filled : undefined;
}

/** The layout section's HTML table as rows of boxes, or undefined when it holds none. */
export function htmlLayout(nodes: readonly RootContent[]): DataLayout | undefined {
  for (const n of nodes) {
    const html = n.type === "html" || (n.type === "code" && /^(?:html?|xml)?$/i.test(n.lang ?? "")) ? n.value : "";
    if (!/<table\b/i.test(html) || !/<t[dh]\b/i.test(html)) continue;
    const raw = rawRows(html, lineOf(n) + (n.type === "code" ? 1 : 0));
    if (raw) return gridOf(raw, [lineOf(n), n.position?.end.line ?? lineOf(n)]);
  }
  return undefined;
}

/** HTML's own table placement: each cell at the first column its row leaves free below the spans above it. */
function gridOf(raw: RawRow[], lines: [number, number]): DataLayout | undefined {
  const taken = new Set<string>();
  const placed: { cell: RawCell; row: number; col: number }[] = [];
  raw.forEach((r, row) => {
    let col = 0;
    for (const cell of r.cells) {
      while (taken.has(`${row},${col}`)) col++;
      placed.push({ cell, row, col });
      for (let dr = 0; dr < cell.rows; dr++) for (let dc = 0; dc < cell.cols; dc++) taken.add(`${row + dr},${col + dc}`);
      col += cell.cols;
    }
  });
  const across = Math.max(...placed.map((p) => p.col + p.cell.cols));
  // A width written on a one-column cell is its column's; the other columns share what is left.
  const widths: (number | undefined)[] = Array(across).fill(undefined);
  for (const p of placed) if (p.cell.width && p.cell.cols === 1) widths[p.col] ??= p.cell.width;
  const stated = widths.reduce<number>((s, w) => s + (w ?? 0), 0);
  const open = widths.filter((w) => w === undefined).length;
  if (stated > 100 || (open === 0 && Math.abs(stated - 100) > 1)) widths.fill(undefined);
  const rest = open > 0 && stated < 100 ? (100 - stated) / open : 100 / across;
  const col = widths.map((w) => w ?? rest);
  const sum = (from: number, to: number) => col.slice(from, to).reduce((s, w) => s + w, 0);
  const rows: DataRow[] = raw.map((r, k) => {
    const row: DataRow = { line: r.line, cells: [], remark: "", ...(r.height ? { ratio: r.height, percent: true } : {}) };
    for (const p of placed.filter((x) => x.row === k)) {
      const [head = "", ...more] = p.cell.text.split("\n");
      if (!head) continue;
      if (BIG_REMARK.test(head)) row.remark += BIG_REMARK.exec(head)![0];
      const cell: DataCell = { text: head.replace(BIG_REMARK, " ").trim(), weight: sum(p.col, p.col + p.cell.cols), line: r.line, start: sum(0, p.col), span: p.cell.rows };
      if (more.length) cell.note = more.join("\n");
      row.cells.push(cell);
    }
    return row;
  });
  const kept = rows.filter((r) => r.cells.length > 0);
  return kept.length >= 2 ? { rows: kept, lines, across: sum(0, across) } : undefined;
}
