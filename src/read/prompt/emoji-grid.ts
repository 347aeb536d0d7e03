// A layout drawn as a grid of coloured squares, one emoji a cell and one colour a box (`🟦🟦🟦🟩🟩🟩`), with a
// legend under it naming each colour's box (`🟦 = 🧩 BPE Merges`). Chat models draw layouts this way when they
// cannot trust a monospace font. The squares are all there is: a colour's run across a line is its box's width,
// the lines it runs down its height, so rows are where boxes start and a box running down past the next start
// (a sidebar) spans those rows. Without a legend naming every colour it is decoration, not a layout.
import type { PromptDoc, Section } from "./sections.js";
import type { RatioTable } from "./ratios.js";
import type { TextLayout } from "./text-layout.js";
import { finish, type Cell, type TextRow } from "./text-rows.js";

// Squares and circles in the emoji colours, and the black and white ones; a variation selector may follow each.
const SWATCH = "(?:[\\u{1F7E0}-\\u{1F7EB}\\u{1F534}\\u{1F535}\\u2B1B\\u2B1C\\u26AB\\u26AA])";
const GRID_LINE = new RegExp(`^(?:${SWATCH}\\uFE0F?[ \\t]*){2,}$`, "u");
const CELL = new RegExp(SWATCH, "gu");
// `🟦 = title`, `🟦: title`, `🟦 → title`, one entry or several on a line; `- 🟦 title` at a line's start.
const ENTRY = new RegExp(`(${SWATCH})\\uFE0F?\\s*(?:=|:|：|→|->|—|–)\\s*`, "gu");
const LEAD_ENTRY = new RegExp(`^\\s*(?:[-*•]\\s+)?(${SWATCH})\\uFE0F?\\s+(?![=:：→—–-])(\\S.*)$`, "u");
// A trailing note in brackets (`(title banner)`, `(tallest)`): the row's remark, not the box's title.
const REMARK = /\s*[(（]([^()（）]*)[)）]\s*$/;

interface Box {
  colour: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A grid's rows, `sketched` its row heights as its lines share them. */
export type EmojiGrid = TextLayout & { sketched: RatioTable };

/** The layout section's grid of coloured squares read as rows of boxes, or undefined when it draws none. */
export function emojiGridLayout(doc: PromptDoc, section: Section): EmojiGrid | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const grid = findGrid(doc.lines, section.line + 1, end);
  if (!grid) return undefined;
  const legend = legendOf(doc.lines, section.line + 1, end, grid.lines);
  const boxes = boxesOf(grid.cells);
  if (!boxes || boxes.length < 2 || boxes.some((b) => !legend.has(b.colour))) return undefined;
  const tops = [...new Set(boxes.map((b) => b.top))].sort((a, b) => a - b);
  const width = grid.cells[0]!.length;
  const rows: TextRow[] = tops.map((top) => {
    const line = grid.lines[top]!;
    const inRow = boxes.filter((b) => b.top === top).sort((a, b) => a.left - b.left);
    const remarks: string[] = [];
    const cells: Cell[] = inRow.map((b) => {
      const said = legend.get(b.colour)!;
      const remark = REMARK.exec(said);
      if (remark) remarks.push(remark[0].trim());
      const span = tops.filter((t) => t >= b.top && t <= b.bottom).length;
      return { text: remark ? said.slice(0, remark.index).trim() : said, weight: b.right - b.left + 1, line, start: b.left, ...(span > 1 ? { span } : {}) };
    });
    return { line, cells, head: "", remark: remarks.join(" ") };
  });
  const layout = finish(rows, undefined, [grid.lines[0]!, grid.lines[grid.lines.length - 1]!], width);
  return { ...layout, sketched: sketchedHeights(layout, tops, grid.cells.length) };
}

/** The first run of two or more grid lines of one length (a fence around it is passed over); lines are file lines. */
function findGrid(lines: string[], from: number, to: number): { cells: string[][]; lines: number[] } | undefined {
  let run: { cells: string[][]; lines: number[] } = { cells: [], lines: [] };
  for (let n = from; n <= to + 1; n++) {
    const text = n <= to ? (lines[n - 1] ?? "").trim() : "";
    if (/^(?:```|~~~)/.test(text) && run.cells.length === 0) continue;
    const cells = GRID_LINE.test(text) ? text.match(CELL)! : undefined;
    if (cells && (run.cells.length === 0 || cells.length === run.cells[0]!.length)) {
      run.cells.push(cells);
      run.lines.push(n);
      continue;
    }
    if (run.cells.length >= 2 && new Set(run.cells.flat()).size >= 2) return run;
    run = cells ? { cells: [cells], lines: [n] } : { cells: [], lines: [] };
  }
  return undefined;
}

/** Each colour's words in the legend, the grid's own lines left out; the first naming of a colour counts. */
function legendOf(lines: string[], from: number, to: number, grid: number[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let n = from; n <= to; n++) {
    if (grid.includes(n)) continue;
    const text = (lines[n - 1] ?? "").replace(/\*\*/g, "");
    const entries = [...text.matchAll(ENTRY)];
    entries.forEach((m, k) => {
      const stop = entries[k + 1]?.index ?? text.length;
      const said = text.slice(m.index! + m[0].length, stop).replace(/[\s,;|]+$/, "").trim();
      if (said && !out.has(m[1]!)) out.set(m[1]!, said);
    });
    const lead = entries.length === 0 ? LEAD_ENTRY.exec(text) : null;
    if (lead && !out.has(lead[1]!)) out.set(lead[1]!, lead[2]!.trim());
  }
  return out;
}

/** One box per colour, its cells filling the rectangle they span; undefined when a colour does not. */
function boxesOf(cells: string[][]): Box[] | undefined {
  const boxes = new Map<string, Box>();
  cells.forEach((row, y) =>
    row.forEach((c, x) => {
      const b = boxes.get(c);
      if (!b) boxes.set(c, { colour: c, top: y, bottom: y, left: x, right: x });
      else Object.assign(b, { top: Math.min(b.top, y), bottom: Math.max(b.bottom, y), left: Math.min(b.left, x), right: Math.max(b.right, x) });
    }),
  );
  for (const b of boxes.values()) {
    for (let y = b.top; y <= b.bottom; y++) for (let x = b.left; x <= b.right; x++) if (cells[y]![x] !== b.colour) return undefined;
  }
  return [...boxes.values()];
}

/** Each row's share of the grid's lines; a title row, which one line of squares cannot draw thinner, gets 10%. */
function sketchedHeights(layout: TextLayout, tops: number[], total: number): RatioTable {
  const spans = tops.map((t, k) => (tops[k + 1] ?? total) - t);
  const title = layout.rows.map((r) => r.boxes.length === 0);
  const rest = 100 - 10 * title.filter(Boolean).length;
  const body = spans.reduce((s, v, k) => s + (title[k] ? 0 : v), 0) || 1;
  const ratios = spans.map((v, k) => (title[k] ? 10 : Math.round(((rest * v) / body) * 100) / 100));
  ratios[ratios.length - 1] = Math.round((100 - ratios.slice(0, -1).reduce((s, v) => s + v, 0)) * 100) / 100;
  return { line: layout.lines[0], rows: layout.rows.map((r, k) => ({ line: r.line, ratio: ratios[k]!, text: "" })) };
}
