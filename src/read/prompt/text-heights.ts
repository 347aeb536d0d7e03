// Row heights of a layout written out instead of drawn (text-layout.ts, prose-layout.ts): read from a line
// (`Row heights: 10% / 25% / …`, `1 : 3 : 4 : 2`), turned into the ratio table a drawing would have, or, when
// nothing states them, shared out with the title row at 10%.
import { InputError } from "../../errors.js";
import type { RatioRow, RatioTable } from "./ratios.js";
import type { TextLayout } from "./text-layout.js";

const RATIO_LIST = /(\d+(?:\.\d+)?)\s*(%?)/g;
const ROW_NAME = /(?<![\d.])\d{1,2}\s*(?:행|번째\s*(?:줄|행)?)(?!\s*%)|(?<![\p{L}])(?:rows?|행)\s*#?\d{1,2}(?![\d.%])/giu;
const PIXELS = /(\d+(?:\.\d+)?)\s*(?:px|pixels?|픽셀)(?![\p{L}])/giu;

/** `Row heights: 10% / 25% / 35% / 30%`, `높이 비율은 1 : 3 : 4 : 2 정도로`. */
export function heightsOf(text: string): { values: number[]; percent: boolean } | undefined {
  if (!/height|높이|세로|^\s*(?:[-*]\s*)?rows?\s*[:：=]|행\s*비율|배치\s*비율/i.test(text) || /width|너비|폭|가로/i.test(text)) return undefined;
  // Heights in pixels (`행1: 140px / 행2: 560px / 행3: 380px`) are the rows' shares of their sum; the rows' numbers
  // are names, and a pixel total (`1080px 기준`) that the others add up to is the page, not a row.
  const px = [...text.matchAll(PIXELS)].map((m) => Number(m[1]));
  if (px.length >= 3) {
    const sum = px.reduce((a, b) => a + b, 0);
    const page = px.findIndex((v) => Math.abs(2 * v - sum) <= 1);
    return { values: page >= 0 ? px.filter((_, k) => k !== page) : px, percent: false };
  }
  // `제목 10 : 2행 30 : 3행 38 : 4행 22`: a row's number names it (`2행`, `row 2`, `2번째 줄`); it is no height.
  const named = text.replace(ROW_NAME, (s) => " ".repeat(s.length));
  const all = [...named.matchAll(RATIO_LIST)];
  // With two percents or more, the bare numbers are the rows' names (`중단1 30% / 중단2 30%`), not heights.
  const percents = all.filter((v) => v[2] === "%");
  // Bare numbers are heights only in the run written as one (`24 / 26 / 22 / 28`): a number in the words after it
  // (`— tall enough for all 8 rows`) counts something else.
  const values = percents.length >= 2 ? percents : (longestRun(named) ?? all);
  if (values.length < 2) return undefined;
  return { values: values.map((v) => Number(v[1])), percent: values.every((v) => v[2] === "%") };
}

/** The longest run of two or more bare numbers joined only by `/ : , · | +` (and spaces), as RATIO_LIST matches:
 * `2 + 5 + 3 (총 10칸)` is units that add up, the total after them no row's height. */
function longestRun(text: string): RegExpMatchArray[] | undefined {
  const runs = [...text.matchAll(/\d+(?:\.\d+)?(?:\s*[/:,·|+]\s*\d+(?:\.\d+)?)+/g)].map((m) => [...m[0].matchAll(RATIO_LIST)]);
  const best = runs.reduce<RegExpMatchArray[] | undefined>((b, r) => (r.length > (b?.length ?? 1) ? r : b), undefined);
  return best;
}

/** The heights a sum that is not 100 adds up, for its error line: a page of a few rows lists them all, thousands
 * of rows (a hostile or broken document) would make the one line a screenful. */
export function percentSum(values: number[]): string {
  const shown = values.slice(0, 12).map((v) => `${Math.round(v * 100) / 100}%`).join(" + ");
  return values.length > 12 ? `${shown} + … ${values.length - 12} more` : shown;
}

/** Stated heights as the ratio table a drawing would have: percents must add up to 100 as in a table, plain
 * proportions (`1 : 3 : 4 : 2`) are scaled to it. */
export function ratioRows(rows: { cells: { text: string }[] }[], h: { values: number[]; percent: boolean; line: number }): RatioRow[] {
  const sum = h.values.reduce((s, v) => s + v, 0);
  if (h.percent && Math.abs(sum - 100) > 1.001) {
    throw new InputError(
      `the layout's row heights add up to ${Math.round(sum * 100) / 100}%, not 100%`,
      { line: h.line },
      `change the heights so they sum to 100 (now ${percentSum(h.values)})`,
    );
  }
  const ratios = h.values.map((v) => Math.round((v / sum) * 10000) / 100);
  ratios[ratios.length - 1] = Math.round((100 - ratios.slice(0, -1).reduce((s, v) => s + v, 0)) * 100) / 100;
  return rows.map((r, k) => {
    return { line: h.line, ratio: ratios[k]!, text: r.cells.map((c) => c.text).join(" | ") };
  });
}

/** No heights stated anywhere: the title row gets 10% and the others share the rest, a row marked widest
 * (`가장 넓게`, `widest`) getting more, as its warning says. */
export function unstatedHeights(layout: TextLayout, warnings: string[]): RatioTable {
  const title = layout.rows.map((r) => r.boxes.length === 0);
  const weight = layout.rows.map((r, k) => (title[k] ? 0 : r.lines));
  const total = weight.reduce((s, w) => s + w, 0) || 1;
  const rest = 100 - 10 * title.filter(Boolean).length;
  const ratios = weight.map((w, k) => (title[k] ? 10 : Math.round(((rest * w) / total) * 100) / 100));
  ratios[ratios.length - 1] = Math.round((100 - ratios.slice(0, -1).reduce((s, v) => s + v, 0)) * 100) / 100;
  warnings.push(
    `line ${layout.lines[0]}: the layout gives no row heights: the title row gets 10% and the other rows share the rest, a row marked widest more (${ratios.map((r) => `${r}%`).join(" + ")})`,
  );
  return { line: layout.lines[0], rows: layout.rows.map((r, k) => ({ line: r.line, ratio: ratios[k]!, text: "" })) };
}
