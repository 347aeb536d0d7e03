// A ratio table written for two pages at once, as someone who drew one layout for print and one for the screen
// writes it: `| 영역 | A4 (인쇄) | 16:9 (모니터) | 내용 |`, a row only one page has left `-` in the other's column,
// and its content cell saying both (`A4: 스펙/비용 · 16:9: 스펙 + LOSS LOG`). The page the sheet is drawn on reads
// its own column, its own rows and its own part of each content cell, as the one-page table it stands for.
import type { Table, TableCell, TableRow } from "mdast";
import type { PageSize } from "../../model/sheet.js";
import { labelPage } from "./page-drawings.js";
import { plainText } from "./sections.js";

/** A content cell's part for one page: `A4:`, `16:9:`, `A4만:`, `모니터용:` before it. */
const PART = /(?<![\p{L}\d])(A4|16\s*[:x×]\s*9|인쇄|프린트|모니터|화면|print|screen|monitor)\s*(?:용|만|only|version|버전)?\s*[:：]\s*/giu;

const text = (c: TableCell | undefined): string => (c ? plainText(c).trim().normalize("NFKC") : "");
const cell = (value: string): TableCell => ({ type: "tableCell", children: [{ type: "text", value }] });

/** The cell's words for `page`: what it says before any page's part, and the part for this page. */
function partFor(value: string, page: PageSize): string {
  const marks = [...value.matchAll(PART)];
  if (marks.length === 0) return value;
  const kept = [value.slice(0, marks[0]!.index)];
  marks.forEach((m, k) => {
    if (labelPage(m[1]!) === page) kept.push(value.slice(m.index + m[0].length, marks[k + 1]?.index ?? value.length));
  });
  return kept.map((s) => s.replace(/[\s·•;,/|]+$/u, "").trim()).filter(Boolean).join(" ");
}

/** The table as `page` reads it, or the table itself when its columns are not one a page. */
export function tableForPage(table: Table, page: PageSize): Table {
  const [head, ...body] = table.children;
  if (!head) return table;
  const header = head.children.map(text);
  // A page's column holds heights: a number in some row under a header naming the page.
  const pages = header.map((h, k) => (body.some((r) => /\d/.test(text(r.children[k]))) ? labelPage(h) : undefined));
  if (new Set(pages.filter(Boolean)).size < 2) return table;
  const mine = pages.filter((p) => p === page).length === 1 ? pages.indexOf(page) : -1;
  if (mine < 0) return table;
  const keep = (r: TableRow, head = false): TableRow => ({
    ...r,
    children: r.children.flatMap((c, k) => (k === mine ? [head ? cell("비율") : c] : pages[k] ? [] : [head ? c : cell(partFor(text(c), page))])),
  });
  // A row the other page alone has leaves this page's cell without a number (`-`, `—`, `없음`).
  const rows = body.filter((r) => /\d/.test(text(r.children[mine])));
  return { ...table, children: [keep(head, true), ...rows.map((r) => keep(r))] };
}
