// A layout written out instead of drawn: `Row 2: [A] [B]` lines, a bulleted list of rows (`- 둘째 줄 (두 칸):`
// with `- 왼쪽: …` / `- 오른쪽: …` under it, or `A · B` after the colon), or a Markdown table whose cells are
// the boxes (an empty cell continues the box on its left). Each is turned into the rows a box drawing gives,
// so panels, widths, ratios and placement work as for a drawing.
import type { Table } from "mdast";
import type { DiagramRow } from "./ascii-layout.js";
import { blockRows } from "./block-layout.js";
import { subgraphRows } from "./subgraph-layout.js";
import { saidWidths } from "./said-widths.js";
import { dataLayout, type DataLayout } from "./data-layout.js";
import { cardLayout } from "./spec-cards.js";
import { frameLayout } from "./frame-layout.js";
import type { RatioTable } from "./ratios.js";
import { heightsOf } from "./text-heights.js";
import { lineOf, plainText, type PromptDoc, type Section } from "./sections.js";
import { SPLIT } from "./listed-boxes.js";
import { SUBTITLE_WORD } from "./words.js";
import { spanMark } from "./span-words.js";
import { columnHead, heightWord, heightWordsSaid } from "./size-words.js";
import { rangeLayout } from "./cell-ranges.js";
import { finish, type Cell, type TextRow } from "./text-rows.js";
import { tableLayout } from "./table-layout.js";

export interface TextLayout {
  rows: DiagramRow[];
  /** Row heights the text states (`Row heights: 10% / 25% / …`, `높이 비율은 1 : 3 : 4 : 2`, a 높이 column). */
  table?: RatioTable;
  /** The table read as the layout, so it is not read again as a ratio table. */
  layoutTable?: Table;
  /** Row heights the drawing itself sketches (a grid's lines per row), used when nothing else states them. */
  sketched?: RatioTable;
  /** File lines the layout is written on, first and last. */
  lines: [number, number];
}

const ROW_WORD = /row|행|줄|제목|타이틀|title|header|banner|상단|중단|하단|중앙|맨\s*(?:위|아래)|top|bottom/i;
export const POSITION = /^(?:왼쪽|왼편|좌측?|가운데|중앙|오른쪽|오른편|우측?|left|middle|cent(?:er|re)|right|(?:col(?:umn)?|칸|열)\s*\d+|\d+\s*(?:칸|열))$/i;

/** The layout section's text layout, or undefined when it holds none. */
export function readTextLayout(doc: PromptDoc, section: Section, warnings: string[] = []): TextLayout | undefined {
  return tableLayout(section.nodes) ?? blockLayout(doc, section, warnings) ?? objectLayout(section) ?? lineLayout(doc, section, warnings);
}

/** Frames with pixel coordinates, as a design tool exports them (frame-layout.ts); tried before the prose reader,
 * which would take `left: 32px; top: 148px; …` for sentences. */
export function framedLayout(doc: PromptDoc, section: Section): TextLayout | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const data = frameLayout(doc.lines.slice(section.line, end), section.line + 1);
  if (!data) return undefined;
  const rows: TextRow[] = data.rows.map((r) => ({ line: r.line, cells: r.cells, head: "", remark: r.remark, ratio: r.ratio!, percent: false }));
  return finish(rows, undefined, data.lines, data.across);
}

/** A spreadsheet's merged ranges, one a line (`- A2:B3 → 🧠 …`, cell-ranges.ts); tried before the prose reader,
 * which would take the ranges for a box's words. */
export const rangedLayout = (doc: PromptDoc, section: Section): TextLayout | undefined => gridLayout(doc, section, rangeLayout);

/** A designer's brief of one card a panel (`[패널 3]` over `- 위치: 2행 오른쪽`, spec-cards.ts); tried before the
 * prose reader, which would take each card's fields for rows. */
export const cardedLayout = (doc: PromptDoc, section: Section): TextLayout | undefined => gridLayout(doc, section, cardLayout);

/** The rows a reader of the section's lines finds, placed on its grid of columns. */
function gridLayout(doc: PromptDoc, section: Section, read: (lines: readonly string[], first: number) => DataLayout | undefined): TextLayout | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const data = read(doc.lines.slice(section.line, end), section.line + 1);
  if (!data) return undefined;
  const rows: TextRow[] = data.rows.map((r) => ({ line: r.line, cells: r.cells, head: "", remark: r.remark, ...(r.ratio !== undefined ? { ratio: r.ratio, percent: !!r.percent } : {}) }));
  return finish(rows, undefined, data.lines, data.across);
}

/** A YAML or JSON object of rows and boxes, or a CSS grid (data-layout.ts). */
function objectLayout(section: Section): TextLayout | undefined {
  const data = dataLayout(section.nodes);
  if (!data) return undefined;
  const rows: TextRow[] = data.rows.map((r) => ({ line: r.line, cells: r.cells, head: "", remark: r.remark, ...(r.ratio !== undefined ? { ratio: r.ratio, percent: !!r.percent } : {}) }));
  return finish(rows, undefined, data.lines, data.across);
}

/** A Mermaid `block-beta` drawing of the page, or a flowchart of one subgraph per row (subgraph-layout.ts); row
 * heights from the subgraphs' labels or a line beside it (`높이: 10%, 30%, …`). */
function blockLayout(doc: PromptDoc, section: Section, warnings: string[]): TextLayout | undefined {
  const blocks = blockRows(section.nodes) ?? subgraphRows(section.nodes);
  if (!blocks) return undefined;
  const remark = (c: Cell): string => [c.text, c.note ?? ""].map((t) => /[(（][^)）]*[)）]/.exec(t)?.[0] ?? "").join(" ").trim();
  const rows: TextRow[] = blocks.rows.map((r) => ({ head: "", ...r, remark: r.cells.map(remark).join(" ") }));
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const notes = doc.lines.slice(section.line, end).filter((_, k) => section.line + 1 + k < blocks.lines[0] || section.line + 1 + k > blocks.lines[1]);
  for (const row of rows) {
    const said = notes.map((l) => saidWidths(l, row.cells.map((c) => c.text))).find((w) => w !== undefined);
    if (said) row.widths = said;
  }
  if (rows.every((r) => r.ratio !== undefined)) return finish(rows, undefined, blocks.lines);
  let heights: { values: number[]; percent: boolean; line: number } | undefined;
  for (let n = section.line + 1; n <= end && !heights; n++) {
    if (n >= blocks.lines[0] && n <= blocks.lines[1]) continue;
    const h = heightsOf(doc.lines[n - 1] ?? "");
    if (h) heights = { ...h, line: n };
  }
  const stated = heights && heights.values.length === rows.length ? heights : undefined;
  if (heights && !stated) warnings.push(`line ${heights.line}: ${heights.values.length} row heights for the layout's ${rows.length} rows; they are not used`);
  return finish(rows, stated, blocks.lines);
}

function lineLayout(doc: PromptDoc, section: Section, warnings: string[]): TextLayout | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const rows: TextRow[] = [];
  let heights: { values: number[]; percent: boolean; line: number } | undefined;
  const widths = new Map<number, number[]>();
  let fence = false;
  let parent: { row: TextRow; indent: number } | undefined;
  let cellIndent: number | undefined;
  for (let n = section.line + 1; n <= end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    const heading = /^\s*#{2,6}\s+/.test(raw);
    if (fence || /^\s*(?:```|~~~|\|)/.test(raw) || (/^\s*#/.test(raw) && !heading) || !raw.trim()) continue;
    // A `### Row 2 (25%)` heading opens a row whose boxes are the list items under it, at any indent.
    const indent = heading ? -1 : raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/^(?:#{2,6}|[-*+•]|\d+[.)])\s+/, "").replace(/\*\*/g, "");
    for (const sentence of text.split(/(?<=[.。])\s+(?=\S)/)) {
      const h = heightsOf(sentence);
      if (h) {
        heights = { ...h, line: n };
        continue;
      }
      const w = widthsOf(sentence);
      if (w) {
        widths.set(w.row, w.widths);
        continue;
      }
      const child = parent && indent > parent.indent ? parent : undefined;
      // A line under a column item (`- Column 1: 🎧 …` then `  - 스펙트로그램 → …`) is that box's own line.
      const cell = child?.row.cells[child.row.cells.length - 1];
      if (cell && cellIndent !== undefined && indent > cellIndent) {
        cell.note = cell.note ? `${cell.note}\n${sentence}` : sentence;
        continue;
      }
      const before = child?.row.cells.length ?? 0;
      if (child && childOf(child.row, sentence, n)) {
        cellIndent = child.row.cells.length > before ? indent : undefined;
        continue;
      }
      const row = rowOf(sentence, n, heading);
      if (row) {
        rows.push(row);
        parent = { row, indent };
        cellIndent = undefined;
      }
    }
  }
  const read = rows.filter((r) => r.cells.length > 0);
  if (read.length < 2) return undefined;
  widths.forEach((w, k) => {
    const row = read[k - 1];
    if (row && row.cells.length === w.length) row.widths = w;
  });
  const worded = !heights && read.every((r) => r.sized) ? read.map((r) => r.sized!) : undefined;
  if (worded) {
    heights = { values: worded.map((w) => w.weight), percent: false, line: read[0]!.line };
    warnings.push(heightWordsSaid(read[0]!.line, worded.map((w) => w.word), heights.values));
  }
  const stated = heights && heights.values.length === read.length ? heights : undefined;
  if (heights && !stated) warnings.push(`line ${heights.line}: ${heights.values.length} row heights for the layout's ${read.length} rows; they are not used`);
  return finish(read, stated, [read[0]!.line, read[read.length - 1]!.line]);
}

/** `Row 2: [A] [B] — 가장 넓게`, `둘째 줄 (두 칸): A · B`, `맨 위 제목 박스: …`. */
function rowOf(text: string, line: number, heading = false): TextRow | undefined {
  const colon = /^([^:：[\]]{1,40}?)\s*(?:[:：]|—|–)\s*(.*)$/.exec(text);
  const bare = /^((?:row|행)\s*\d+|\d+\s*(?:행|줄))\s*(\[.*)$/i.exec(text);
  const m = colon ?? bare ?? (heading && text.length <= 40 ? ([text, text, ""] as const) : undefined);
  if (!m || !ROW_WORD.test(m[1]!)) return undefined;
  const head = m[1]!.trim();
  const rest = m[2]!.trim();
  // `### Row 2 — tall`: what follows the row's name is its height, said as a word; its boxes are listed under it.
  const word = heightWord(rest) !== undefined ? rest : /[(（]([^()（）]+)[)）]\s*$/.exec(head)?.[1];
  const weight = word !== undefined ? heightWord(word) : undefined;
  const sized = weight !== undefined ? { weight, word: word!.replace(/^[(（[]\s*|\s*[)）\]]$/g, "").trim() } : undefined;
  const row: TextRow = { line, cells: [], head, remark: head, listed: rest === "" || heightWord(rest) !== undefined, ...(sized ? { sized } : {}) };
  if (heightWord(rest) !== undefined) return row;
  const brackets = [...rest.matchAll(/\[([^\]]+)\]/g)];
  if (brackets.length) {
    row.cells = brackets.map((b) => spannedCell(b[1]!.trim(), line));
    row.remark += ` ${rest.slice(brackets[brackets.length - 1]!.index! + brackets[brackets.length - 1]![0].length)}`;
  } else if (rest) {
    row.cells = rest.split(SPLIT).map((t) => ({ text: t.trim(), weight: 1, line })).filter((c) => c.text);
  }
  const percent = /(\d+(?:\.\d+)?)\s*%/.exec(row.remark);
  if (percent) {
    row.ratio = Number(percent[1]);
    row.percent = true;
  }
  const split = /\b(\d+(?:\s*:\s*\d+)+)\b/.exec(row.remark);
  const parts = split?.[1]!.split(":").map(Number);
  if (parts && parts.length === row.cells.length) row.widths = parts;
  return row;
}

/** A line under a row: `왼쪽: A` is one of its boxes, `부제: …` the title's second line. */
function childOf(row: TextRow, text: string, line: number): boolean {
  const m = /^([^:：]{1,12}?)\s*[:：]\s*(.+)$/.exec(text);
  const share = /^(?:[^:：\d]{0,12}[:：])?\s*(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (row.listed && share) {
    row.ratio = Number(share[1]);
    row.percent = true;
    return true;
  }
  // `Column 1 (full width): …`: a column's place with its width word, longer than a place word alone.
  const col = /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/.exec(text);
  const column = col ? columnHead(col[1]!) : undefined;
  if (column) {
    row.cells.push({ text: col![2]!.trim(), weight: column.weight, line });
    return true;
  }
  if (row.listed && (!m || !(SUBTITLE_WORD.test(m[1]!.trim()) || POSITION.test(m[1]!.trim())))) {
    row.cells.push(spannedCell(text, line));
    return true;
  }
  if (!m) return false;
  const head = m[1]!.trim();
  const value = m[2]!.trim().replace(/^["“「](.*)["”」]$/, "$1");
  if (SUBTITLE_WORD.test(head)) {
    row.subtitle = value;
    return true;
  }
  if (!POSITION.test(head)) return false;
  row.cells.push(spannedCell(value, line));
  return true;
}

/** A listed box, as wide as the columns its bracket says it spans (`(두 칸 합침)`). */
const spannedCell = (text: string, line: number): Cell => ((s) => ({ text: s?.rest ?? text, weight: s?.cols ?? 1, line }))(spanMark(text));

/** `Row 4 widths = 2:1:1`, `4행 너비 2:1:1`. */
function widthsOf(text: string): { row: number; widths: number[] } | undefined {
  if (!/width|너비|폭|가로/i.test(text)) return undefined;
  const row = /(?:row\s*(\d+)|(\d+)\s*(?:행|줄))/i.exec(text);
  const split = /(\d+(?:\s*:\s*\d+)+)/.exec(text.replace(row?.[0] ?? "", ""));
  if (!row || !split) return undefined;
  return { row: Number(row[1] ?? row[2]), widths: split[1]!.split(":").map(Number) };
}
