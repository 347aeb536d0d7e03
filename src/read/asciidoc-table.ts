// An AsciiDoc `|===` table as the Markdown table it stands for (asciidoc.ts's tables).

/**
 * A `|===` table's rows as Markdown lines, set from the opening line on: its header (an empty one when it has
 * none) and the rule under it, then each row. The column count is the `cols` attribute's, or the cells on the
 * first line; a header is asked for by `options="header"`, or (AsciiDoc's own rule) by a first line of cells
 * followed by a blank line. `2+|` spans a cell over two columns, written as the cell and an empty one.
 */
export function asciidocTable(lines: string[], named: Record<string, string> | undefined, inline: (cell: string) => string): string[] {
  const cells: string[] = [];
  const firstRow = lines.findIndex((l) => l.trim());
  let firstCount = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!.trim();
    if (!l) continue;
    const parts = splitCells(l);
    if (parts.length === 0 && cells.length > 0) {
      // A line without a `|` runs the cell above on.
      cells[cells.length - 1] = `${cells[cells.length - 1]} ${l}`.trim();
      continue;
    }
    if (k === firstRow) firstCount = parts.length;
    cells.push(...parts);
  }
  const colsAttr = named?.cols;
  const multiplied = colsAttr ? /^(\d+)\*/.exec(colsAttr.trim()) : null;
  const cols = Math.max(1, multiplied ? Number(multiplied[1]) : colsAttr ? colsAttr.split(",").length : firstCount);
  const rows: string[][] = [];
  for (let k = 0; k < cells.length; k += cols) rows.push(Array.from({ length: cols }, (_, c) => cells[k + c] ?? ""));
  const header = /header/.test(named?.options ?? "") || (firstRow >= 0 && firstCount === cols && !(lines[firstRow + 1] ?? "x").trim() && rows.length > 1);
  const line = (r: string[]): string => `| ${r.map((c) => inline(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  const rule = `|${Array.from({ length: cols }, () => "---").join("|")}|`;
  return header && rows.length > 0 ? [line(rows[0]!), rule, ...rows.slice(1).map(line)] : [`|${" |".repeat(cols)}`, rule, ...rows.map(line)];
}

/** `|a |b`, `2+|wide`, `a|asciidoc`: a line's cells, each cell's spec (its span, its style) taken off. */
function splitCells(l: string): string[] {
  if (!/^(?:\d+\+|\d+\*|[adehlmsv])?\|/.test(l)) return [];
  const out: string[] = [];
  let span = 1;
  const pieces = l.split(/(?<!\\)\|/);
  for (let p = 1; p < pieces.length; p++) {
    let text = pieces[p]!;
    // The spec of the next cell ends this one: `|a 2+|b`.
    const spec = p < pieces.length - 1 ? /(?:^|[ \t])(\d+)?([+*])?[adehlmsv]?$/.exec(text) : null;
    let next = 1;
    if (spec && spec[0].trim() && (spec[2] || /[adehlmsv]$/.test(spec[0]) && spec[0].trim().length <= 3)) {
      next = spec[2] === "+" && spec[1] ? Number(spec[1]) : 1;
      text = text.slice(0, text.length - spec[0].length);
    }
    out.push(text.trim().replace(/\\\|/g, "|"));
    for (let s = 1; s < span; s++) out.push("");
    span = next;
  }
  if (p0Span(pieces[0]!) > 1) out.splice(1, 0, ...Array.from({ length: p0Span(pieces[0]!) - 1 }, () => ""));
  return out;
}

function p0Span(spec: string): number {
  const m = /^(\d+)\+/.exec(spec.trim());
  return m ? Number(m[1]) : 1;
}
