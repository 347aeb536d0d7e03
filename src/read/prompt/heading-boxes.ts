// A layout written as a heading outline, each box's content written right under its own heading: `## Row 2 (50%)`
// over `### Box B: 🤥 …` headings, the box's points, tables, quotes and charts under each. The layout and the plan
// are one part of the document here, so the same headings give the rows and boxes and, with what is under them,
// the plan's sections. A box heading saying it runs down (`— spans rows 2–3 on the right`) takes its column in
// the rows it reaches; the next row's own boxes share the columns it leaves.
import type { RootContent } from "mdast";
import type { DataCell } from "./data-layout.js";
import { lineOf, plainText, type PromptDoc, type Section } from "./sections.js";
import { finish, type TextRow } from "./text-rows.js";
import type { TextLayout } from "./text-layout.js";

/** `Row 2`, `Row 1 — header`, `2행`, `행 2`, `Top row`: a heading naming a row of the page. */
const ROW_HEAD = /^(?:row\s*\d+|행\s*\d+|\d+\s*행|(?:top|middle|bottom|first|second|third|last)\s+row)\b/i;
/** `Box B:`, `Panel 3 —`, `박스 A:` before a box's title: the label, not the title. */
const BOX_LABEL = /^(?:box|panel|card|cell|area|박스|패널|칸|영역)\s*[A-Za-z0-9]{1,2}\s*[:：.)—–-]\s*/i;
const PERCENT = /[(（[]\s*(\d+(?:\.\d+)?)\s*%\s*[)）\]]|(?<![\d.])(\d+(?:\.\d+)?)\s*%/;
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, 두: 2, 세: 3, 네: 4 };
/** The note that a box runs down rows, with what leads into it: `— spans rows 2–3 on the right`, `(spans 2 rows)`. */
const SPAN_NOTE = /\s*(?:[—–-]|[(（[])?\s*(?:spans?|runs?\s+down|goes\s+down|tall\s+through)\b[^)）\]]*?(?:rows?\s*(\d+)\s*(?:[–~-]|to|and)\s*(\d+)|(\d+|two|three|four)\s+rows?)[^)）\]]*[)）\]]?\s*$/i;
const SPAN_NOTE_KO = /\s*(?:[—–-]|[(（[])?\s*(\d+)\s*[~–-]\s*(\d+)\s*행(?:에)?\s*(?:걸쳐|걸침|세로로)[^)）\]]*[)）\]]?\s*$/;
const SUBTITLE = /^(?:sub-?title|tagline|부제)\s*[:：]\s*(.+)$/i;

interface BoxHead {
  title: string;
  line: number;
  span: number;
  subtitle?: string;
}

interface RowHead {
  head: string;
  line: number;
  ratio?: number;
  boxes: BoxHead[];
}

/** The outline's rows, or undefined unless two rows or more each head box headings, one row holding two boxes at least. */
function outline(nodes: RootContent[]): RowHead[] | undefined {
  const rows: RowHead[] = [];
  let rowDepth: number | undefined;
  let box: BoxHead | undefined;
  for (const node of nodes) {
    if (node.type === "heading") {
      const text = plainText(node).trim();
      if (ROW_HEAD.test(text) && (rowDepth === undefined || node.depth === rowDepth)) {
        rowDepth = node.depth;
        const pct = PERCENT.exec(text);
        rows.push({ head: text.replace(PERCENT, " ").replace(/\s+/g, " ").trim(), line: lineOf(node), ...(pct ? { ratio: Number(pct[1] ?? pct[2]) } : {}), boxes: [] });
        box = undefined;
        continue;
      }
      const row = rows[rows.length - 1];
      if (row && rowDepth !== undefined && node.depth === rowDepth + 1) {
        box = { ...boxTitle(text), line: lineOf(node) };
        row.boxes.push(box);
        continue;
      }
      // Another heading at the rows' depth or above ends the box before it.
      if (rowDepth !== undefined && node.depth <= rowDepth) box = undefined;
      continue;
    }
    if (box && !box.subtitle && node.type === "list") {
      const said = node.children.map((i) => SUBTITLE.exec(plainText(i).trim())?.[1]).find(Boolean);
      if (said) box.subtitle = said.trim();
    }
  }
  if (rows.length < 2 || rows.some((r) => r.boxes.length === 0) || !rows.some((r) => r.boxes.length >= 2)) return undefined;
  return rows;
}

/** A box heading's title, its label and its note that it runs down rows taken off. */
function boxTitle(text: string): { title: string; span: number } {
  const bare = text.replace(BOX_LABEL, "");
  const m = SPAN_NOTE.exec(bare) ?? SPAN_NOTE_KO.exec(bare);
  if (!m) return { title: bare, span: 1 };
  const span = m[1] && m[2] ? Number(m[2]) - Number(m[1]) + 1 : NUMBER[m[3]!.toLowerCase()] ?? Number(m[3]);
  return { title: bare.slice(0, m.index).trim() || bare, span: Math.max(1, Math.min(span, 4)) };
}

/** The layout the outline gives, each box placed in the columns the boxes running down from above leave it. */
export function headingLayout(section: Section): TextLayout | undefined {
  const rows = outline(section.nodes);
  if (!rows) return undefined;
  // A running box holds the column it has in its own row; every row is as many columns as the widest row's count.
  const across = Math.max(...rows.map((r, k) => r.boxes.length + held(rows, k).length));
  const out: TextRow[] = rows.map((r, k) => {
    const taken = held(rows, k);
    const free = [...Array(across).keys()].filter((c) => !taken.includes(c));
    const cells: DataCell[] = [];
    if (taken.length === 0) {
      const w = across / r.boxes.length;
      r.boxes.forEach((b, j) => cells.push({ text: b.title, weight: w, line: b.line, start: j * w, ...(b.span > 1 ? { span: b.span } : {}) }));
    } else {
      // Free columns shared out evenly among the row's own boxes, kept in their order.
      const w = free.length / r.boxes.length;
      r.boxes.forEach((b, j) => {
        const at = free[Math.floor(j * w)] ?? free[0]!;
        cells.push({ text: b.title, weight: w, line: b.line, start: at, ...(b.span > 1 ? { span: b.span } : {}) });
      });
    }
    const subtitle = r.boxes.length === 1 ? r.boxes[0]!.subtitle : undefined;
    return { line: r.line, cells, head: r.head, remark: "", ...(subtitle ? { subtitle } : {}), ...(r.ratio !== undefined ? { ratio: r.ratio, percent: true } : {}) };
  });
  const last = rows[rows.length - 1]!;
  const end = last.boxes[last.boxes.length - 1]!.line;
  return finish(out, undefined, [rows[0]!.line, end], across);
}

/** The columns boxes from rows above hold in row `k`. */
function held(rows: RowHead[], k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    rows[i]!.boxes.forEach((b, j) => {
      if (b.span > k - i) out.push(columnOf(rows, i, j));
    });
  }
  return out;
}

/** The column a box in row `i` at place `j` stands in, counting the columns held from above. */
function columnOf(rows: RowHead[], i: number, j: number): number {
  const taken = held(rows, i);
  let c = 0;
  let seen = -1;
  for (; seen < j; c++) if (!taken.includes(c)) seen++;
  return c - 1;
}

/** A note in brackets alone on where a box stands or how big it is: the layout has read it, the sheet does not draw it. */
const PLACE_NOTE = /^[(（[].*\b(?:tall|wide|row|rows|column|left|right|spans?|height|width)\b.*[)）\]]$|^[(（[].*(?:세로|가로|행|열|왼쪽|오른쪽|높이|너비).*[)）\]]$/is;

/** The plan the outline carries when the document has no plan part of its own: the layout section read as one,
 * without the title box (the banner) and the boxes' notes on where they stand. */
export function interleavedPlan(doc: PromptDoc, warnings: string[] = []): Section | undefined {
  if (doc.sections.some((s) => s.kind === "plan")) return undefined;
  const layout = doc.sections.find((s) => s.kind === "layout");
  const rows = layout && outline(layout.nodes);
  if (!layout || !rows) return undefined;
  const banner: [number, number] | undefined = rows[0]!.boxes.length === 1 ? [rows[0]!.line, rows[1]!.line] : undefined;
  const boxLines = new Set(rows.flatMap((r) => r.boxes.map((b) => b.line)));
  const nodes = layout.nodes.filter((n, k) => {
    const line = lineOf(n);
    if (banner && line >= banner[0] && line < banner[1]) {
      if (n.type === "list") for (const item of n.children) if (!SUBTITLE.test(plainText(item).trim())) warnings.push(`line ${lineOf(item)}: the title box's line "${plainText(item).trim()}" is not drawn: the banner shows the title and its subtitle`);
      return false;
    }
    const before = layout.nodes[k - 1];
    return !(n.type === "paragraph" && before?.type === "heading" && PLACE_NOTE.test(plainText(n).trim()));
  });
  // A box's section is titled as its box is: its label and its note on running down rows are the layout's.
  const titled = nodes.map((n): RootContent => (n.type === "heading" && boxLines.has(lineOf(n)) ? { ...n, children: [{ type: "text", value: boxTitle(plainText(n).trim()).title, position: n.position }] } : n));
  return { ...layout, kind: "plan", nodes: titled };
}
