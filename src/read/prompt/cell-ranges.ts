// A layout given as a spreadsheet's merged ranges: one line a box, `- A1:D1 → 🏷️ 제목 배너`, `- A2:B3 → 🧠 …`,
// `- C3 → …`. People who sketch a page in Google Sheets or Excel first write what they built there: each merged
// range is a box, its columns its width and its rows its height, a range down two rows a box running down
// through both. Row heights come as one sentence per spreadsheet row (`행 높이: 1행 12%, 2행 35%, …`,
// `row heights: 1 → 12%, …`). Read into the rows of cells a CSS grid gives (data-layout.ts), so
// text-layout.ts makes the drawing's rows.
import type { DataCell, DataLayout, DataRow } from "./data-layout.js";

/** A range or one cell at a line's start, after a list's dash, and what follows the arrow or colon after it. */
const RANGE_LINE = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*)?`?([A-L])([1-9]\d?)(?:[ \t]*[:~–—-][ \t]*([A-L])([1-9]\d?))?`?(?:\*\*)?[ \t]*(?:→|->|=>|=|:|：|—|–|-)[ \t]*(\S.*)$/i;
/** A remark in brackets on where the box stands (`(두 행 차지, 왼쪽 절반 전체)`, `(spans 2 rows)`), not its words. */
const PLACE_REMARK = /\s*[(（][^()（）]*(?:행|열|칸|차지|병합|합침|전체|절반|row|column|span|merged|whole|half|full)[^()（）]*[)）]\s*$/i;
/** A title cell's own words that only say it is the title (`🏷️ 제목 배너`), its text then in brackets or after a colon. */
const TITLE_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:제목|타이틀|배너|헤더|title|banner|header|\s)+(?:\s*[(（](.+)[)）]|\s*[:：]\s*(.+))$/iu;
/** One spreadsheet row's height in the sentence giving them (`1행 12%`, `row 1: 12%`, `1 → 12%`). */
const ROW_HEIGHT = /(?:(?:row|행)\s*(\d{1,2})|(\d{1,2})\s*(?:행|번째\s*행))\s*(?:[:：=→]|->)?\s*(\d{1,3}(?:\.\d+)?)\s*%/gi;

interface Range {
  c0: number;
  r0: number;
  c1: number;
  r1: number;
  text: string;
  line: number;
}

const col = (letter: string): number => letter.toUpperCase().charCodeAt(0) - 65;

/** The ranges written one a line in `lines` (file line `first` first); undefined unless three or more tile a grid. */
function rangesOf(lines: readonly string[], first: number): Range[] | undefined {
  const ranges: Range[] = [];
  let fence = false;
  lines.forEach((raw, k) => {
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    const m = fence ? null : RANGE_LINE.exec(raw.length > 400 ? "" : raw);
    if (!m) return;
    const [a, b] = [col(m[1]!), col(m[3] ?? m[1]!)];
    const [r, s] = [Number(m[2]) - 1, Number(m[4] ?? m[2]) - 1];
    const text = m[5]!.replace(/\*\*|__/g, "").trim();
    if (text) ranges.push({ c0: Math.min(a, b), c1: Math.max(a, b), r0: Math.min(r, s), r1: Math.max(r, s), text, line: first + k });
  });
  if (ranges.length < 3) return undefined;
  // The ranges must be the sheet's boxes: none overlapping another, and more than one row of them.
  const taken = new Set<string>();
  for (const g of ranges)
    for (let r = g.r0; r <= g.r1; r++)
      for (let c = g.c0; c <= g.c1; c++) {
        if (taken.has(`${r},${c}`)) return undefined;
        taken.add(`${r},${c}`);
      }
  return new Set(ranges.map((g) => g.r0)).size >= 2 ? ranges : undefined;
}

/** The heights the text gives per spreadsheet row, by row number (1-based), when it gives one for every row. */
function rowHeights(lines: readonly string[], rows: number): number[] | undefined {
  for (const raw of lines) {
    if (raw.length > 400 || !/%/.test(raw)) continue;
    const got = new Map<number, number>();
    for (const m of raw.matchAll(ROW_HEIGHT)) got.set(Number(m[1] ?? m[2]), Number(m[3]));
    if (got.size === rows && [...Array(rows).keys()].every((k) => got.has(k + 1))) return [...Array(rows).keys()].map((k) => got.get(k + 1)!);
  }
  return undefined;
}

/** A title cell's words: the banner's text when the cell only labels itself the title before it. */
function cellWords(text: string): string {
  const bare = text.replace(PLACE_REMARK, "").trim();
  const label = TITLE_LABEL.exec(bare);
  return (label ? (label[1] ?? label[2])! : bare).trim();
}

/** The layout section's merged ranges as rows of boxes, or undefined when it lists none. */
export function rangeLayout(lines: readonly string[], first: number): DataLayout | undefined {
  const ranges = rangesOf(lines, first);
  if (!ranges) return undefined;
  const rows = Math.max(...ranges.map((g) => g.r1)) + 1;
  const across = Math.max(...ranges.map((g) => g.c1)) + 1;
  const heights = rowHeights(lines, rows);
  const out: DataRow[] = [];
  for (let r = 0; r < rows; r++) {
    const opening = ranges.filter((g) => g.r0 === r).sort((x, y) => x.c0 - y.c0);
    if (opening.length === 0) {
      const above = out[out.length - 1];
      if (above?.ratio !== undefined && heights) above.ratio += heights[r]!;
      continue;
    }
    const cells: DataCell[] = opening.map((g) => ({ text: cellWords(g.text), weight: g.c1 - g.c0 + 1, line: g.line, start: g.c0, span: g.r1 - g.r0 + 1 }));
    // A spreadsheet row under a box that runs down into it keeps its own height; one no box opens in adds its
    // height to the row above, which the boxes running down through it take.
    out.push({ line: opening[0]!.line, cells, remark: "", ...(heights ? { ratio: heights[r]!, percent: true } : {}) });
  }
  if (out.length < 2) return undefined;
  return { rows: out, lines: [Math.min(...ranges.map((g) => g.line)), Math.max(...ranges.map((g) => g.line))], across };
}

/** The ranges a layout lists, in the drawing's reading order (row by row, left to right), with the columns across. */
export function rangesInOrder(lines: readonly string[]): { names: string[]; across: number; top: boolean } | undefined {
  const ranges = rangesOf(lines, 1);
  if (!ranges) return undefined;
  const across = Math.max(...ranges.map((g) => g.c1)) + 1;
  const sorted = [...ranges].sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
  const name = (c: number, r: number): string => `${String.fromCharCode(65 + c)}${r + 1}`;
  const first = sorted[0]!;
  // A first range alone across the top row is the banner, which the drawing's count of boxes leaves out.
  const top = first.r0 === 0 && first.c0 === 0 && first.c1 === across - 1 && sorted.filter((g) => g.r0 === 0).length === 1;
  return { names: sorted.map((g) => (g.c0 === g.c1 && g.r0 === g.r1 ? name(g.c0, g.r0) : `${name(g.c0, g.r0)}:${name(g.c1, g.r1)}`)), across, top };
}
