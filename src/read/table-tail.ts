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
  const tail = reparsed(lines.slice(from - 1, node.position.end.line).join("\n"), from, parse);
  return [{ ...node, children: rows.slice(0, cut), position: { start: node.position.start, end: last.end } }, ...tail];
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

/**
 * Markdown text that starts on line `start` of a document, parsed on its own, every node's lines moved down to
 * the document's (not padded with blank lines, which would cost the document's length for each piece).
 * Offsets would count from the text, not the document, so only lines and columns are kept.
 */
export function reparsed(text: string, start: number, parse: (text: string) => Root): RootContent[] {
  const shift = (node: unknown): void => {
    const n = node as { position?: { start: { line: number; column: number }; end: { line: number; column: number } }; children?: unknown[] };
    if (n.position) n.position = { start: { line: n.position.start.line + start - 1, column: n.position.start.column }, end: { line: n.position.end.line + start - 1, column: n.position.end.column } };
    n.children?.forEach(shift);
  };
  const tree = parse(text);
  tree.children.forEach(shift);
  return tree.children;
}
