// A table typed without its `|---|` line under the header: `| **구분** | **❌ 나쁜 답** | … |` over its rows, or a
// line of bold words (`**Trick** **What you write** **What the model does**`) over `| … | … | … |` rows. To
// Markdown both are a paragraph of pipes; their writer meant a table, its first line the header, as a person
// reading it sees. Only a paragraph that is nothing but such lines, every row with the same number of cells, is
// read so: a lone `| a | b |` line or rows of different widths stay the text they are. A bold line of one span over
// such rows (a wiki table's title row across its columns) is the table's title, the row under it the header.
import type { Root, RootContent } from "mdast";
import { reparsed } from "../table-tail.js";

/** The cells of a `| a | b |` line (escaped `\|` kept in its cell), or undefined when it is no such line. */
function cellsOf(line: string): string[] | undefined {
  const t = line.trim();
  if (!/^\|.*\|$/.test(t) || t.length < 3) return undefined;
  return t.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The bold spans of a line that is only bold spans (`**A** **B**`), else undefined. */
function boldOnly(line: string): string[] | undefined {
  const t = line.trim();
  if (!/^(?:(?:\*\*[^*]+\*\*|__[^_]+__)\s*)+$/.test(t)) return undefined;
  return [...t.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__/g)].map((m) => (m[1] ?? m[2]!).trim());
}

/** The paragraph read as the table it was typed as, or undefined when it is not one. */
export function headlessTable(node: RootContent, lines: readonly string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "paragraph" || !node.position) return undefined;
  const start = node.position.start.line;
  const src = lines.slice(start - 1, node.position.end.line);
  if (src.length < 2) return undefined;
  const bold = cellsOf(src[0]!) ? undefined : boldOnly(src[0]!);
  // One bold line over rows of two cells or more names the table (a wiki table's title row across every column).
  if (bold?.length === 1 && src.length >= 3) return titledTable(src, start, parse);
  const rows = (bold ? src.slice(1) : src).map(cellsOf);
  const width = rows[0]?.length ?? 0;
  if (width < 2 || rows.some((r) => r?.length !== width)) return undefined;
  if (bold ? bold.length !== width : rows.length < 2) return undefined;
  const header = bold ? `| ${bold.map((b) => `**${b}**`).join(" | ")} |` : src[0]!;
  return ruledTable(header, src.slice(1), width, start, parse);
}

/** `**title**` over pipe rows of one width: the title's paragraph, then the rows' table; undefined when they make none. */
function titledTable(src: readonly string[], start: number, parse: (text: string) => Root): RootContent[] | undefined {
  const rows = src.slice(1).map(cellsOf);
  const width = rows[0]?.length ?? 0;
  if (width < 2 || rows.some((r) => r?.length !== width)) return undefined;
  const table = ruledTable(src[1]!, src.slice(2), width, start + 1, parse);
  return table && [...reparsed(src[0]!, start, parse), ...table];
}

/** The table a header line and its rows make with a `|---|` rule put under the header, each node on the line it
 * came from; undefined when they do not make one table. */
export function ruledTable(header: string, body: readonly string[], width: number, start: number, parse: (text: string) => Root): RootContent[] | undefined {
  const text = [header, `|${" --- |".repeat(width)}`, ...body].join("\n");
  const out = reparsed(text, start, parse);
  // The `|---|` line added under the header is no line of the document: what follows it is one line earlier.
  const back = (n: unknown): void => {
    const p = (n as { position?: { start: { line: number }; end: { line: number } } }).position;
    if (p && p.start.line > start + 1) p.start.line--;
    if (p && p.end.line > start + 1) p.end.line--;
    (n as { children?: unknown[] }).children?.forEach(back);
  };
  out.forEach(back);
  return out.length === 1 && out[0]!.type === "table" ? out : undefined;
}
