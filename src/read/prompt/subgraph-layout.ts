// A page layout drawn as a Mermaid flowchart, as a chat model answers "draw the layout": `flowchart TB` with one
// `subgraph R2["Row 2 · 35%"]` per row, its nodes (`A["🧮 VOCAB SIZE<br/>GPT-4 = 100,277"]`) the row's boxes
// left to right. A node's first label line is its box's title and the rest its lines; a subgraph inside a row
// is one box holding its nodes' labels. A node written outside every subgraph is a row of its own where it
// stands (a title over the row subgraphs). Links only say reading order: they place nothing.
import type { Code, RootContent } from "mdast";
import type { DataCell } from "./data-layout.js";
import { lineOf } from "./sections.js";

export interface SubgraphRow {
  line: number;
  cells: DataCell[];
  /** The subgraph's label with its height taken out (`Row 2 · 35%` → `Row 2`). */
  head: string;
  ratio?: number;
  percent?: boolean;
}

const HEADER = /^\s*(?:flowchart|graph)(?:\s+(?:TB|TD|BT))?\s*;?\s*$/i;
const SUBGRAPH = /^\s*subgraph\s+(.*?)\s*;?\s*$/i;
const SKIP = /^\s*(?:%%|style\b|classDef\b|class\b|linkStyle\b|click\b|direction\b)/i;
// A link between nodes, with its label (`-->|반복|`, `-- 반복 -->`), or `&` joining several nodes.
const LINK = /\s*(?:<?(?:-{2,}|={2,}|-\.+-|~{3,})[->ox]?(?:\|[^|]*\|)?|--\s[^-]*?\s-->|&)\s*/;
// An id, then a shape holding its label, then a `:::class`.
const NODE = /^([\p{L}\p{N}_][\p{L}\p{N}_-]*)\s*(?:(\[\[|\[\(|\(\[|\(\(\(|\(\(|\[\/|\[\\|\[|\(|\{\{|\{|>)\s*(.*?)\s*(?:\]\]|\)\]|\]\)|\)\)\)|\)\)|\/\]|\\\]|\]|\)|\}\}|\}))?\s*(?::::[\w-]+)?$/u;
const PERCENT = /[(（[]?\s*(\d+(?:\.\d+)?)\s*%\s*[)）\]]?/;

/** The label as lines: quotes, Markdown-string backticks and HTML tags off, `<br/>` and `\n` as breaks. */
export function labelLines(raw: string): string[] {
  const label = raw.replace(/^"(.*)"$/s, "$1").replace(/^`(.*)`$/s, "$1");
  return label
    .split(/<br\s*\/?>|\\n/i)
    .map((l) => l.replace(/<\/?[a-z][^>]*>/gi, "").replace(/#quot;/g, '"').replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The rows of the first Mermaid flowchart among the nodes that draws two or more rows as subgraphs. */
export function subgraphRows(nodes: RootContent[]): { rows: SubgraphRow[]; lines: [number, number] } | undefined {
  for (const code of nodes.filter((n): n is Code => n.type === "code")) {
    const lines = code.value.split("\n");
    const top = lines.findIndex((l) => l.trim() && !/^\s*%%/.test(l));
    if (top < 0 || !HEADER.test(lines[top]!)) continue;
    const read = readRows(lines, top, lineOf(code) + 1);
    if (read.filter((r) => r.head !== undefined).length >= 2) return { rows: read.map(({ head, ...r }) => ({ ...r, head: head ?? "" })), lines: [lineOf(code) + 1, lineOf(code) + lines.length] };
  }
  return undefined;
}

type Row = Omit<SubgraphRow, "head"> & { head?: string; id?: string };

function readRows(lines: string[], top: number, first: number): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const subgraphIds = new Set(lines.flatMap((l) => (SUBGRAPH.exec(l) ? [splitLabel(SUBGRAPH.exec(l)![1]!).id] : [])));
  // The open subgraphs, outermost first: the row, then a box inside it.
  const open: { row?: Row; cell?: DataCell }[] = [];
  lines.forEach((raw, k) => {
    if (k <= top || !raw.trim() || SKIP.test(raw)) return;
    const line = first + k;
    if (/^\s*end\s*;?\s*$/i.test(raw)) {
      open.pop();
      return;
    }
    const sub = SUBGRAPH.exec(raw);
    if (sub) {
      const { id, label } = splitLabel(sub[1]!);
      if (open.length === 0) {
        const pct = PERCENT.exec(label);
        const head = label.replace(PERCENT, " ").replace(/\s*[·•|,:—–-]\s*$|^\s*[·•|,:—–-]\s*/g, "").replace(/\s+/g, " ").trim();
        const row: Row = { line, cells: [], head, id, ...(pct ? { ratio: Number(pct[1]), percent: true } : {}) };
        rows.push(row);
        open.push({ row });
      } else {
        const row = open[0]!.row;
        const [title = id, ...rest] = labelLines(label);
        const cell: DataCell | undefined = open.length === 1 && row ? { text: title, weight: 1, line, ...(rest.length ? { note: rest.join("\n") } : {}) } : open[open.length - 1]!.cell;
        if (cell && open.length === 1) row!.cells.push(cell);
        open.push({ row, cell });
      }
      return;
    }
    for (const piece of maskedSplit(raw)) {
      const m = NODE.exec(piece);
      if (!m || subgraphIds.has(m[1]!) || seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      const [title = m[1]!, ...rest] = labelLines(m[3] ?? "");
      const at = open[open.length - 1];
      if (at?.cell) {
        at.cell.note = [at.cell.note, title, ...rest].filter(Boolean).join("\n");
      } else if (at?.row) {
        at.row.cells.push({ text: title, weight: 1, line, ...(rest.length ? { note: rest.join("\n") } : {}) });
      } else if (m[3] !== undefined) {
        // A node outside every subgraph, with a label: a row of its own where it is written.
        rows.push({ line, cells: [{ text: title, weight: 1, line, ...(rest.length ? { note: rest.join("\n") } : {}) }] });
      }
    }
  });
  return rows.filter((r) => r.cells.length > 0);
}

/** `R2["Row 2 · 35%"]`, `R2 [Row 2]`, `"Row 2"` or `Row 2 · 35%` alone: the subgraph's id and label. */
function splitLabel(text: string): { id: string; label: string } {
  const m = /^([\p{L}\p{N}_-]+)\s*\[\s*(.*?)\s*\]$/u.exec(text);
  if (m) return { id: m[1]!, label: m[2]!.replace(/^"(.*)"$/s, "$1") };
  const label = text.replace(/^"(.*)"$/s, "$1");
  return { id: label, label };
}

/** The line's pieces between links, quoted labels kept whole whatever arrows or `&` they hold. */
function maskedSplit(raw: string): string[] {
  const quoted: string[] = [];
  const masked = raw.trim().replace(/;\s*$/, "").replace(/"[^"]*"/g, (q) => `\u0000${quoted.push(q) - 1}\u0000`);
  return masked
    .split(LINK)
    .map((p) => p.replace(/\u0000(\d+)\u0000/g, (_, n: string) => quoted[Number(n)]!).trim())
    .filter(Boolean);
}
