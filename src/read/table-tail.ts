// A line typed right under a table without a blank line between ("Tip: …") is, to GFM, one more row of the
// table: GitHub draws it as a row with one cell. Nobody writes a row without a single `|`, so such a line ends
// the table here and is read again as what it looks like (a paragraph, a list).
import type { Root, RootContent } from "mdast";

/** The table cut before its first row written without a `|`, then what follows read again; undefined if none. */
export function tableTail(node: RootContent, lines: readonly string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "table" || !node.position) return undefined;
  const rows = node.children;
  const cut = rows.findIndex((row, i) => i > 0 && !(lines[(row.position?.start.line ?? 0) - 1] ?? "|").includes("|"));
  const from = rows[cut]?.position?.start.line;
  const last = rows[cut - 1]?.position;
  if (from === undefined || !last) return undefined;
  const tail = parse(lines.slice(from - 1, node.position.end.line).join("\n"));
  shift(tail, from - 1);
  return [{ ...node, children: rows.slice(0, cut), position: { start: node.position.start, end: last.end } }, ...tail.children];
}

/** Every top-level table of `root` cut so, with a warning for each (sheet Markdown is also read on GitHub). */
export function splitTableTails(root: Root, lines: readonly string[], parse: (text: string) => Root, warnings: string[]): void {
  if (!root.children.some((n) => n.type === "table")) return;
  root.children = root.children.flatMap((node) => {
    const split = tableTail(node, lines, parse);
    if (!split) return [node];
    warnings.push(`line ${split[1]?.position?.start.line ?? "?"}: a line right under a table is read as text after it (GitHub shows it as one more row: leave a blank line after a table)`);
    return split;
  });
}

/** Move every node's position down `by` lines (the tail was parsed on its own, from line 1). */
function shift(node: unknown, by: number): void {
  const n = node as { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] };
  if (n.position) {
    n.position.start.line += by;
    n.position.end.line += by;
  }
  n.children?.forEach((c) => shift(c, by));
}
