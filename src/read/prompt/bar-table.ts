// A table pasted out of a word processor (HWP, Word) as text: its cells apart by box-drawing bars, `구분 │ 설명 │
// 예시`, often padded with full-width spaces, with no rule under the header and no pipes. To Markdown it is a
// paragraph; its writer meant a table, the first line its header, as a reader of it sees. Only a paragraph of two
// lines or more, every line with the same number of cells (two at least) and no other box-drawing character (a
// line of a drawing), is read so.
import type { Root, RootContent } from "mdast";
import { ruledTable } from "./headless-table.js";

const BAR = "│";

/** The cells of a `a │ b │ c` line (bars at its ends are walls, not cells), or undefined when it is no such line. */
function cellsOf(line: string): string[] | undefined {
  const t = line.trim();
  if (!t.includes(BAR) || /[|\u2500-\u2501\u2503-\u257F]/u.test(t)) return undefined;
  const cells = t.split(BAR).map((c) => c.trim());
  if (cells[0] === "" && cells[cells.length - 1] === "") cells.splice(0, 1).length && cells.pop();
  return cells.every((c) => c !== "") ? cells : undefined;
}

/** The paragraph read as the table it was typed as, or undefined when it is not one. */
export function barTable(node: RootContent, lines: readonly string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "paragraph" || !node.position) return undefined;
  const start = node.position.start.line;
  const src = lines.slice(start - 1, node.position.end.line);
  if (src.length < 2) return undefined;
  const rows = src.map(cellsOf);
  const w = rows[0]?.length ?? 0;
  if (w < 2 || rows.some((r) => r?.length !== w)) return undefined;
  const row = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return ruledTable(row(rows[0]!), rows.slice(1).map((r) => row(r!)), w, start, parse);
}
