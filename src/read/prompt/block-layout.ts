// A layout drawn as a Mermaid `block-beta` diagram instead of boxes: `columns 3`, then blocks
// (`a["🧠 Label"]:2` spans two columns, `space` leaves one empty) that fill each row left to right, as Mermaid
// places them. Each block becomes a box of the row it lands in, weighted by its span, so panels, widths and
// ratios work as for a drawing. Arrows and `style`/`classDef` lines place nothing and are skipped.
import type { Code, RootContent } from "mdast";
import { lineOf } from "./sections.js";

export interface BlockCell {
  text: string;
  weight: number;
  line: number;
}

export interface BlockRow {
  line: number;
  cells: BlockCell[];
}

const HEADER = /^\s*block(?:-beta)?\s*$/i;
// id, then a shape holding a quoted or bare label, then `:span`; or `space[:n]`.
const BLOCK = /([A-Za-z_][\w-]*)(?:\s*(?:\[\[|\[\(|\(\[|\(\(|\[|\(|\{\{|\{|>)\s*(?:"([^"]*)"|([^\]\)\}"]*?))\s*(?:\]\]|\)\]|\]\)|\)\)|\]|\)|\}\}|\}))?(?::(\d+))?/g;
const SKIP = /^\s*(?:%%|style\b|classDef\b|class\b|linkStyle\b|end\b|block:|columns\b)|-->|---|==>|-\.->/;

/** The rows of the first `block-beta` Mermaid block among the nodes, or undefined when there is none. */
export function blockRows(nodes: RootContent[]): { rows: BlockRow[]; lines: [number, number] } | undefined {
  const code = nodes.find((n): n is Code => n.type === "code" && HEADER.test(n.value.split("\n")[0] ?? ""));
  if (!code) return undefined;
  const first = lineOf(code) + 1;
  const lines = code.value.split("\n");
  const columns = Number(/^\s*columns\s+(\d+)/im.exec(code.value)?.[1] ?? 0);
  const rows: BlockRow[] = [];
  let row: BlockRow | undefined;
  let used = 0;
  lines.forEach((raw, k) => {
    if (k === 0 || !raw.trim() || SKIP.test(raw)) return;
    const line = first + k;
    // Without `columns`, each written line is a row.
    if (!columns) row = undefined;
    for (const m of raw.matchAll(BLOCK)) {
      const span = Math.max(1, Number(m[4] ?? 1));
      if (!row || (columns && used + span > columns)) {
        row = { line, cells: [] };
        rows.push(row);
        used = 0;
      }
      used += span;
      if (m[1] === "space") {
        const last = row.cells[row.cells.length - 1];
        if (last) last.weight += span;
        continue;
      }
      row.cells.push({ text: (m[2] ?? m[3] ?? m[1]!).trim(), weight: span, line });
    }
  });
  const read = rows.filter((r) => r.cells.length > 0);
  return read.length >= 2 ? { rows: read, lines: [first, first + lines.length - 1] } : undefined;
}
