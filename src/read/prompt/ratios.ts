// The ratio table under the layout diagram (`## 배치 비율`, `## Layout ratios`, `## Proportions`):
// one row per diagram row with its height share, plus widths where a row states them.
import type { RootContent, Table } from "mdast";
import { InputError } from "../../errors.js";
import { lineOf, plainText, subsections } from "./sections.js";

export interface RatioRow {
  line: number;
  /** Height share in percent of the page. */
  ratio: number;
  /** Explicit width shares (fractions summing to 1), e.g. `left 65% / right 35%`. */
  widths?: number[];
  /** `좌우 2등분`, `3 equal columns`: this many equal panels. */
  equal?: number;
  text: string;
  /** The content column (내용 / Content): what the row's panels hold, e.g. `Parameters + DJ Knobs Analogy`. */
  content?: string;
}

export interface RatioTable {
  line: number;
  rows: RatioRow[];
}

const RATIO_HEADING = /비율|ratio|proportion|height|높이|size|크기/i;
const RATIO_HEADER = /비율|ratio|proportion|height|높이|share|%/i;
const CONTENT_HEADER = /내용|content|panels?|sections?|what/i;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

export function findRatioTable(nodes: RootContent[]): RatioTable | undefined {
  const titled = subsections(nodes, 2).find((s) => RATIO_HEADING.test(s.title));
  const candidates = [...(titled?.nodes ?? []), ...nodes].filter((n): n is Table => n.type === "table");
  const table = candidates.find((t) => /%/.test(plainText(t)));
  return table ? readRatioTable(table) : undefined;
}

function cellsOf(row: Table["children"][number]): string[] {
  return row.children.map((c) => plainText(c).trim());
}

function readRatioTable(table: Table): RatioTable {
  const tableLine = lineOf(table);
  const [head, ...body] = table.children;
  const header = head ? cellsOf(head) : [];
  let col = header.findIndex((h) => RATIO_HEADER.test(h));
  if (col < 0) {
    col = header.findIndex((_, k) => body.every((r) => /^\d+(\.\d+)?\s*%$/.test(cellsOf(r)[k] ?? "")));
  }
  if (col < 0) {
    throw new InputError(
      "the layout ratio table has no ratio column",
      { line: tableLine },
      "add a column headed 비율 / Ratio holding each row's height, e.g. 20%",
    );
  }
  const contentCol = header.findIndex((h, k) => k !== col && CONTENT_HEADER.test(h));
  const rows: RatioRow[] = body.map((r) => {
    const cells = cellsOf(r);
    const line = lineOf(r);
    const m = /(\d+(?:\.\d+)?)\s*%?/.exec(cells[col] ?? "");
    // `-10%` and `10e5%` hold a number the pattern would half-read; both are mistakes, not 10%.
    const ratio = m && !/-\s*\d|\d\s*e\s*[+-]?\d/i.test(cells[col] ?? "") ? Number(m[1]) : NaN;
    if (!(ratio > 0 && ratio <= 100)) {
      throw new InputError(
        `ratio table row "${cells.join(" | ")}" has no height ratio (a percentage above 0 and at most 100)`,
        { line },
        "write the row's share of the page height as a percentage, e.g. 25%",
      );
    }
    const rest = cells.filter((_, k) => k !== col).join(" | ");
    const content = contentCol >= 0 ? cells[contentCol] : undefined;
    return { line, ratio, text: cells.join(" | "), ...(content ? { content } : {}), ...widthsOf(rest, line) };
  });
  const sum = rows.reduce((s, r) => s + r.ratio, 0);
  if (Math.abs(sum - 100) > 0.5) {
    throw new InputError(
      `the layout ratios add up to ${round(sum)}%, not 100%`,
      { line: tableLine },
      `change the 비율/ratio column so the rows sum to 100 (now ${rows.map((r) => `${round(r.ratio)}%`).join(" + ")})`,
    );
  }
  return { line: tableLine, rows };
}

const WORD_COUNTS: Record<string, number> = { halves: 2, half: 2, 반반: 2, thirds: 3, quarters: 4, 양분: 2 };

/** Width wording in the cells besides the ratio column. */
function widthsOf(text: string, line: number): { widths?: number[]; equal?: number } {
  const percents = [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
  if (percents.length >= 2) return { widths: shares(percents, line, "%") };
  const split = /\b(\d+(?:\.\d+)?)(?:\s*[/:]\s*(\d+(?:\.\d+)?))+\b/.exec(text);
  if (split) {
    const parts = split[0].split(/[/:]/).map((p) => Number(p.trim()));
    return { widths: shares(parts, line, "") };
  }
  const equal =
    /(\d)\s*(?:등분|분할|열|칸|equal|even|columns?|panels?|ways?|parts?)/i.exec(text) ??
    /(?:split|divided|divide)\s+(?:in|into)\s+(\d)/i.exec(text);
  if (equal) return { equal: Number(equal[1]) };
  for (const [word, n] of Object.entries(WORD_COUNTS)) if (text.toLowerCase().includes(word)) return { equal: n };
  return {};
}

function shares(parts: number[], line: number, unit: string): number[] {
  const sum = parts.reduce((s, p) => s + p, 0);
  if (unit === "%" && Math.abs(sum - 100) > 0.5) {
    throw new InputError(
      `the widths in this ratio table row add up to ${round(sum)}%, not 100%`,
      { line },
      "write widths that sum to 100, e.g. left 65% / right 35%",
    );
  }
  return parts.map((p) => p / sum);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
