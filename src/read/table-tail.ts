// A line typed right under a table without a blank line between ("Tip: …") is, to GFM, one more row of the
// table: GitHub draws it as a row with one cell. Nobody writes a row without a single `|`, so such a line ends
// the table here and is read again as what it looks like (a paragraph, a list), with a warning naming it.
import type { Root, RootContent } from "mdast";

export function splitTableTails(root: Root, lines: readonly string[], parse: (text: string) => Root, warnings: string[]): void {
  if (!root.children.some((n) => n.type === "table")) return;
  const out: RootContent[] = [];
  for (const node of root.children) {
    const rows = node.type === "table" ? node.children : [];
    const cut = rows.findIndex((row, i) => i > 0 && !(lines[(row.position?.start.line ?? 0) - 1] ?? "|").includes("|"));
    const from = rows[cut]?.position?.start.line;
    const to = node.position?.end.line;
    const last = rows[cut - 1]?.position;
    if (node.type !== "table" || from === undefined || to === undefined || !last || !node.position) {
      out.push(node);
      continue;
    }
    out.push({ ...node, children: rows.slice(0, cut), position: { start: node.position.start, end: last.end } });
    const tail = parse(lines.slice(from - 1, to).join("\n"));
    shift(tail, from - 1);
    out.push(...tail.children);
    warnings.push(`line ${from}: a line right under a table is read as text after it (GitHub shows it as one more row: leave a blank line after a table)`);
  }
  root.children = out;
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
