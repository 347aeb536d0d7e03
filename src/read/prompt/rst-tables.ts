// reStructuredText's two ways to write a table, as the Markdown table rows they mean. A `.. list-table::` is a
// list of rows (`* - cell`, then `  - cell` for each next one); a grid table is ruled in `+---+---+` with its
// header ended by a `+===+===+` rule. A grid table looks like a layout drawing of boxes, so only one with that
// header rule and the same number of cells on every line is taken for a table: a drawing keeps its boxes.

/** `+-----+-----+` or `+=====+=====+`: a grid table's rule. */
export const GRID_RULE = /^\+(?:[-=]+\+)+[ \t]*$/;

/** A row of cells, its `|` marks escaped so a cell's code (`|Viewing`) does not split it. */
function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

function withHeader(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  return [row(full[0]!), `|${Array<string>(width).fill("---").join("|")}|`, ...full.slice(1).map(row)];
}

/**
 * A list-table's body (its options already taken off, indent removed) as table rows. Without `:header-rows:`
 * the first row is still the header, as Markdown has no table without one. Several header rows are joined
 * cell by cell, as the header they are together.
 */
export function listTable(body: string[], headerRows: number): string[] {
  const rows: string[][] = [];
  for (const l of body) {
    if (!l.trim()) continue;
    const first = /^\*[ \t]+-(?:[ \t]+(.*))?$/.exec(l);
    const cell = /^[ \t]+-(?:[ \t]+(.*))?$/.exec(l);
    if (first) rows.push([(first[1] ?? "").trim()]);
    else if (/^\*[ \t]*$/.test(l)) rows.push([]);
    else if (cell && rows.length) rows[rows.length - 1]!.push((cell[1] ?? "").trim());
    else if (rows.length) {
      const r = rows[rows.length - 1]!;
      if (r.length === 0) r.push("");
      r[r.length - 1] = `${r[r.length - 1]} ${l.trim()}`.trim();
    }
  }
  if (rows.length === 0) return [];
  const heads = Math.max(1, Math.min(headerRows, rows.length));
  const header = rows.slice(0, heads).reduce((a, r) => a.map((c, k) => [c, r[k] ?? ""].filter(Boolean).join(" ")));
  return withHeader([header, ...rows.slice(heads)]);
}

/**
 * A grid table's lines (rules and rows, from its first rule) as table rows, or undefined when they are no
 * plain grid table: no `=` header rule, or a line whose cells do not match the rules' columns (a drawing, or
 * cells spanning columns). Cells are split at `|` rather than by column, as a writer lines up Hangul by its
 * width on screen, not by its count of characters. A row's lines are joined cell by cell.
 */
export function gridTable(lines: string[]): string[] | undefined {
  const cols = (lines[0]!.match(/\+/g)?.length ?? 0) - 1;
  if (cols < 1 || !lines.some((l) => /^\+=/.test(l))) return undefined;
  const groups: string[][][] = [];
  let current: string[][] = [];
  let headerEnd = -1;
  for (const l of lines) {
    const t = l.trimEnd();
    if (GRID_RULE.test(t)) {
      if ((t.match(/\+/g)?.length ?? 0) - 1 !== cols) return undefined;
      if (current.length) groups.push(current);
      current = [];
      if (t.includes("=")) {
        if (headerEnd >= 0) return undefined;
        headerEnd = groups.length;
      }
      continue;
    }
    if (!/^\|.*\|$/.test(t)) return undefined;
    const cells = t.slice(1, -1).split("|");
    if (cells.length !== cols) return undefined;
    current.push(cells.map((c) => c.trim()));
  }
  if (current.length) groups.push(current);
  if (headerEnd < 1) return undefined;
  const joined = groups.map((g) => g.reduce((a, r) => a.map((c, k) => [c, r[k]!].filter(Boolean).join(" "))));
  const header = joined.slice(0, headerEnd).reduce((a, r) => a.map((c, k) => [c, r[k]!].filter(Boolean).join(" ")));
  return withHeader([header, ...joined.slice(headerEnd)]);
}
