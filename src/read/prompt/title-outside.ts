// A ratio table written for the boxes only: `제목 줄은 얇게, 나머지를 아래처럼` over rows naming the boxes, one
// row fewer than the drawing because the banner on top is left out. Its heights share the page under the
// title, so the title keeps its usual thin row and the table's rows share the rest in their proportions.
import { TITLE_RATIO } from "../row-groups.js";
import type { RatioTable } from "./ratios.js";

/** A row of the table that is about the title itself, so the table does count it. */
const TITLE_ROW = /제목|타이틀|title|header|banner|헤더/i;

/** The table with a title row put first, when it leaves out the drawing's title row; else the table as given. */
export function withTitleRow(table: RatioTable, drawnRows: number, titleOnTop: boolean): RatioTable {
  if (!titleOnTop || table.rows.length !== drawnRows - 1 || table.rows.some((r) => TITLE_ROW.test(r.text))) return table;
  const sum = table.rows.reduce((s, r) => s + r.ratio, 0);
  if (!(sum > 0)) return table;
  const rest = (100 - TITLE_RATIO) / sum;
  return {
    ...table,
    rows: [{ line: table.line, ratio: TITLE_RATIO, text: "" }, ...table.rows.map((r) => ({ ...r, ratio: r.ratio * rest }))],
  };
}

/** Stated heights for the rows under the title, with the title's thin share put first. */
export function withTitleValue<H extends { values: number[]; percent: boolean }>(h: H): H {
  const sum = h.values.reduce((s, v) => s + v, 0);
  return { ...h, values: [(sum * TITLE_RATIO) / (100 - TITLE_RATIO), ...h.values], percent: false };
}
