// A layout written as a Quarto slide's columns: each `:::: {.columns}` div a row, each `::: {.column width="60%"}`
// inside it a box, its first line (a heading, as on a slide) the box's title and the lines under it what the box
// holds. Row heights ride on the row's div (`:::: {.columns height="30%"}`), on a column or its heading
// (`{height="30%"}`), or are said in a sentence beside the divs (`행 높이는 10%, 35%, …`). People who keep their
// notes in Quarto sketch a page the way they sketch a slide; read as prose, every `:::` line became a box.
import type { DataCell, DataRow } from "./data-layout.js";
import type { PromptDoc, Section } from "./sections.js";
import type { TextLayout } from "./text-layout.js";
import { heightsOf } from "./text-heights.js";
import { finish, type TextRow } from "./text-rows.js";

/** A fenced div's opening line: colons, then its attributes in braces (or a bare class name, `::: columns`). */
const OPEN = /^[ \t]{0,3}(:{3,})[ \t]*(?:\{([^{}\n]{0,300})\}|([\w-]{1,40}))[ \t]*$/;
const CLOSE = /^[ \t]{0,3}:{3,}[ \t]*$/;
/** Attributes after a heading (`### 🎧 TITLE {height="30%"}`, `{.smaller}`), Quarto's and pandoc's. */
const HEADING_ATTRS = /[ \t]+\{(?:[^{}\n]{0,200})\}[ \t]*$/;

interface Column {
  line: number;
  width?: number;
  height?: number;
  body: string[];
}

interface ColumnRow {
  line: number;
  height?: number;
  columns: Column[];
}

/** `key="30%"` (or unquoted) in a div's or heading's attributes, as a percent. */
function percentAttr(attrs: string, key: string): number | undefined {
  const m = new RegExp(`(?:^|[\\s{])${key}\\s*=\\s*["']?(\\d+(?:\\.\\d+)?)\\s*%`, "i").exec(attrs);
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}

const classes = (open: RegExpExecArray): string[] => (open[3] ? [open[3]] : [...(open[2] ?? "").matchAll(/(?:^|\s)\.([\w-]{1,40})/g)].map((m) => m[1]!));

/** The rows of columns in `lines` (the first is line `first`), and the lines they take; undefined without two rows. */
export function quartoColumns(lines: readonly string[], first: number): { rows: ColumnRow[]; lines: [number, number] } | undefined {
  const rows: ColumnRow[] = [];
  // What each open div is, innermost last: a closing line closes the innermost, as pandoc reads them.
  const open: ("columns" | "column" | "other")[] = [];
  let column: Column | undefined;
  let span: [number, number] | undefined;
  lines.forEach((text, k) => {
    const line = first + k;
    const opener = OPEN.exec(text);
    if (opener) {
      const names = classes(opener);
      const attrs = opener[2] ?? "";
      if (names.includes("columns")) {
        open.push("columns");
        const height = percentAttr(attrs, "height");
        rows.push({ line, columns: [], ...(height ? { height } : {}) });
        span = [span?.[0] ?? line, line];
        return;
      }
      if (names.includes("column") && open.at(-1) === "columns") {
        open.push("column");
        const width = percentAttr(attrs, "width");
        const height = percentAttr(attrs, "height");
        column = { line, body: [], ...(width ? { width } : {}), ...(height ? { height } : {}) };
        rows.at(-1)!.columns.push(column);
        return;
      }
      open.push("other");
      return;
    }
    if (CLOSE.test(text) && open.length > 0) {
      const kind = open.pop();
      if (kind === "column") column = undefined;
      if (kind === "columns" && span) span[1] = line;
      return;
    }
    if (column && open.at(-1) === "column" && text.trim()) column.body.push(text);
  });
  const kept = rows.filter((r) => r.columns.some((c) => c.body.length > 0));
  return kept.length >= 2 && span ? { rows: kept, lines: span } : undefined;
}

/** A column's title line as a box title: its heading marks, bold and attributes taken off. */
function titleOf(text: string): { title: string; height?: number } {
  const attrs = HEADING_ATTRS.exec(text)?.[0] ?? "";
  const height = percentAttr(attrs, "height");
  const title = text.replace(HEADING_ATTRS, "").trim().replace(/^#{1,6}[ \t]+/, "").replace(/^\*\*(.+)\*\*$/, "$1").trim();
  return { title, ...(height ? { height } : {}) };
}

/** The columns as the rows of cells a drawing gives: widths as written, the rest shared evenly. */
function dataRows(rows: ColumnRow[]): DataRow[] {
  return rows.map((r) => {
    const stated = r.columns.reduce((s, c) => s + (c.width ?? 0), 0);
    const open = r.columns.filter((c) => c.width === undefined).length;
    const rest = open > 0 ? Math.max(100 - stated, 10 * open) / open : 0;
    let height = r.height;
    const cells: DataCell[] = [];
    for (const c of r.columns) {
      const [head = "", ...more] = c.body;
      const { title, height: said } = titleOf(head);
      height ??= c.height ?? said;
      if (!title) continue;
      const cell: DataCell = { text: title, weight: c.width ?? rest, line: c.line };
      if (more.length) cell.note = more.map((l) => l.trim().replace(/^[-*+][ \t]+/, "")).join("\n");
      cells.push(cell);
    }
    return { line: r.line, cells, remark: "", ...(height ? { ratio: height, percent: true } : {}) };
  });
}

/** The layout section's Quarto columns as the drawing's rows; heights from the divs, else a sentence beside them. */
export function columnsLayout(doc: PromptDoc, section: Section): TextLayout | undefined {
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const lines = doc.lines.slice(section.line, end);
  const found = quartoColumns(lines, section.line + 1);
  if (!found) return undefined;
  const rows: TextRow[] = dataRows(found.rows).map((r) => ({ line: r.line, cells: r.cells, head: "", remark: r.remark, ...(r.ratio !== undefined ? { ratio: r.ratio, percent: true } : {}) }));
  if (rows.every((r) => r.ratio !== undefined)) return finish(rows, undefined, found.lines);
  let heights: { values: number[]; percent: boolean; line: number } | undefined;
  lines.forEach((text, k) => {
    const line = section.line + 1 + k;
    if (heights || (line >= found.lines[0] && line <= found.lines[1])) return;
    for (const sentence of text.split(/(?<=[.。])\s+(?=\S)/)) {
      const h = heightsOf(sentence);
      if (h && h.values.length === rows.length) {
        heights = { ...h, line };
        return;
      }
    }
  });
  return finish(rows, heights, found.lines);
}
