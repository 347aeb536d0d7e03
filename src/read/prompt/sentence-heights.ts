// Row heights written in a sentence beside a box drawing rather than in a table (`세로 비율은 제목 8%, 위 37%, …`,
// `Heights: 1 : 3 : 4 : 2`), and the widths lines beside it give single rows (`row 2 columns: 2fr 1fr`).
import type { DiagramRow } from "./ascii-layout.js";
import { evenly, glossedBands } from "./band-glosses.js";
import { fractionHeights } from "./fraction-heights.js";
import { bareRatios } from "./bare-ratios.js";
import { withLabelAbove } from "./stacked-ratios.js";
import { labelledRatios, labelledWidths } from "./labelled-ratios.js";
import type { RatioRow, RatioTable } from "./ratios.js";
import type { PromptDoc, Section } from "./sections.js";
import { heightsOf, ratioRows } from "./text-heights.js";
import { withTitleValue } from "./title-outside.js";
import { widthsOf } from "./width-words.js";

// `row 2 columns: 2fr 1fr`, `2행 폭: 2:1`: one drawn row's widths, the title row counted as row 1.
const ROW_WIDTHS = /^\s*(?:[-*]\s*)?(?:row\s*(\d{1,2})|(\d{1,2})\s*(?:행|줄))[^:：=]{0,30}[:：=]\s*(.+)$/i;

/** `가로: 2행은 반반(5:5), 3행은 예시 칸을 넓게 (7:3)`: a line about widths giving several rows theirs, clause by clause. */
const WIDTHS_LINE = /^\s*(?:[-*]\s*)?(?:가로|폭|너비|widths?|columns?)\s*[:：]/i;
const ROW_CLAUSE = /^\s*(?:row\s*(\d{1,2})|(\d{1,2})\s*(?:행|줄))\s*(?:은|는|의)?\s*[:：=]?\s*(.+)$/i;

/** The widths lines beside the drawing give their rows, where they give one share per box. */
function rowWidths(doc: PromptDoc, from: number, to: number, rows: DiagramRow[], ratios: RatioRow[]): void {
  for (let n = from; n <= to; n++) {
    const text = doc.lines[n - 1] ?? "";
    const whole = ROW_WIDTHS.exec(text);
    const clauses = whole ? [whole] : WIDTHS_LINE.test(text) ? text.replace(WIDTHS_LINE, "").split(/[,;，；、]/).map((c) => ROW_CLAUSE.exec(c)) : [];
    for (const m of clauses) {
      const k = m ? Number(m[1] ?? m[2]) - 1 : -1;
      const row = ratios[k];
      if (!m || !row || row.widths) continue;
      // A line saying more than widths (`Row 2: 30% — left 60% / right 40%`) is left to the drawing, not an error.
      let widths: number[] | undefined;
      try {
        const said = widthsOf(m[3]!, n);
        widths = said.widths ?? (said.equal === rows[k]?.boxes.length ? Array.from({ length: said.equal! }, () => 1 / said.equal!) : undefined);
      } catch {
        continue;
      }
      if (widths && widths.length === rows[k]?.boxes.length) row.widths = widths;
    }
  }
}

/**
 * A line of exactly one percent per drawn row adding up to 100 (`title 8%, row 2 = 34%, row 3 = 36%, row 4 = 22%`),
 * without a word for heights: those are the rows' heights, whatever labels (row numbers too) stand between them.
 */
function percentHeights(text: string, rows: number): { values: number[]; percent: boolean } | undefined {
  // Shares across (`left 60%, right 40%`) are widths, whatever else the line says.
  if (/width|너비|폭|가로|column|열|left|right|왼쪽|오른쪽|좌|우측/i.test(text)) return undefined;
  // A number starts where a run of digits does: a long run with no `%` after it is tried once, not at each digit.
  const values = [...text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
  const sum = values.reduce((a, b) => a + b, 0);
  return values.length === rows && rows >= 2 && Math.abs(sum - 100) <= 1 ? { values, percent: true } : undefined;
}

/**
 * Row heights a sentence beside a box drawing states (`세로 비율은 제목 8%, 위 37%, …`, `Heights: 1 : 3 : 4 : 2`),
 * read as the ratio table it stands for when it gives one height per drawn row.
 */
export function proseHeights(doc: PromptDoc, section: Section, rows: DiagramRow[], warnings: string[]): RatioTable | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const bands = bandsOf(rows);
  let fence = false;
  for (let n = section.line + 1; n <= end; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (/^\s*(?:```|~~~)/.test(raw)) fence = !fence;
    if (fence || /^\s*(?:```|~~~|\|)/.test(raw)) continue;
    // `2 : 5 : 3` alone under `행 높이 비율`: the two lines are one sentence (stacked-ratios.ts).
    const line = withLabelAbove(doc.lines, n) ?? raw;
    for (const said of line.replace(/\*\*/g, "").split(/(?<=[.。])\s+(?=\S)/)) {
      // An aside in brackets about widths (`main area ≈ 68% (left box ~60% of the width, right ~40%)`) says how
      // that band is split across; its percents are not more rows' heights.
      const sentence = said.replace(/\s*[(（][^()（）]*(?:width|너비|폭|가로|column|열)[^()（）]*[)）]/giu, "");
      let h =
        fractionHeights(sentence, rows.length) ??
        (bands.length < rows.length ? fractionHeights(sentence, bands.length) : undefined) ??
        heightsOf(sentence) ??
        bareRatios(sentence) ??
        percentHeights(sentence, rows.length) ??
        (bands.length < rows.length ? percentHeights(sentence, bands.length) : undefined);
      const named = h ? undefined : labelledRatios(sentence);
      h ??= named;
      if (!h) continue;
      // A note under named heights saying which rows each name holds (band-glosses.ts) outranks any guess; rows
      // one name holds share its height evenly.
      const glossed = named ? glossedBands(named.labels, doc.lines.slice(n - 1, Math.min(end, n + 3)).join("\n"), rows) : undefined;
      if (glossed) h.values = evenly(h.values, glossed);
      else if (h.values.length === bands.length && bands.length < rows.length) h.values = byBand(h.values, bands, rows);
      // Heights for the boxes' rows only (`top to bottom, title excluded`), as a ratio table may give them.
      if (h.values.length === rows.length - 1 && rows[0]?.boxes.length === 0) h = withTitleValue(h);
      if (h.values.length !== rows.length) {
        warnings.push(`line ${n}: ${h.values.length} row heights for the drawing's ${rows.length} rows; they are not used`);
        return undefined;
      }
      const titled = rows.map((r) => ({ cells: r.boxes.map((b) => ({ text: b.lines[0]?.text ?? "" })) }));
      const table = { line: n, rows: ratioRows(titled, { ...h, line: n }) };
      // Widths said beside named heights, by the same names (labelled-ratios.ts).
      if (named?.labels.length === rows.length) {
        for (const [k, widths] of labelledWidths(said, named.labels, rows.map((r) => r.boxes.length), n)) table.rows[k]!.widths = widths;
      }
      rowWidths(doc, section.line + 1, end, rows, table.rows);
      return table;
    }
  }
  return undefined;
}

/**
 * The drawn rows as a reader sees the page's bands: rows a sidebar runs down through are one band (`the middle
 * band, with the sidebar, takes 60%`), each other row a band of its own. Row indexes per band, top to bottom.
 */
export function bandsOf(rows: DiagramRow[]): number[][] {
  const bands: number[][] = [];
  let reach = -1;
  rows.forEach((r, k) => {
    if (k <= reach) bands[bands.length - 1]!.push(k);
    else bands.push([k]);
    for (const b of r.boxes) reach = Math.max(reach, k + b.span - 1);
  });
  return bands;
}

/** One height per band spread over its rows by their drawn lines, as a table row naming two drawn rows is. */
export function byBand(values: number[], bands: number[][], rows: DiagramRow[]): number[] {
  const lines = rows.map((r) => Math.max(1, r.lines - 1));
  return bands.flatMap((band, i) => {
    const total = band.reduce((s, k) => s + lines[k]!, 0);
    return band.map((k) => Math.round(((values[i]! * lines[k]!) / total) * 100) / 100);
  });
}
