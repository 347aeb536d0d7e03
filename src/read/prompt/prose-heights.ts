// The row heights of a layout described in sentences: as each row states, or as one line lists them, and the
// rows left without one sharing what is left (the title 10%, a row said to be the widest more).
import type { ProseRow } from "./prose-layout.js";
import { ratioRows } from "./text-heights.js";
import type { TextLayout } from "./text-layout.js";

/** Heights as stated per row or in one line; rows left without one share what is left (the title 10%). */
export function heightTable(rows: ProseRow[], line: { values: number[]; line: number; percent: boolean } | undefined, warnings: string[]): TextLayout["table"] {
  const values = line && line.values.length === rows.length ? line.values : rows.map((r) => r.height);
  if (line && line.values.length !== rows.length) warnings.push(`line ${line.line}: ${line.values.length} row heights for the layout's ${rows.length} rows; they are not used`);
  const stated = values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const missing = values.map((v, k) => (v === undefined ? k : -1)).filter((k) => k >= 0);
  let out: number[];
  if (missing.length === 0) out = values as number[];
  else {
    const left = Math.max(0, 100 - stated);
    const titles = missing.filter((k) => rows[k]!.title);
    const others = missing.filter((k) => !rows[k]!.title);
    const titleShare = others.length === 0 ? left / Math.max(1, titles.length) : Math.min(10, left / missing.length);
    const weight = (k: number) => (rows[k]!.big ? 7 : 4);
    const otherTotal = others.reduce((s, k) => s + weight(k), 0) || 1;
    const rest = left - titleShare * titles.length;
    out = values.map((v, k) => v ?? (rows[k]!.title ? titleShare : (rest * weight(k)) / otherTotal));
    if (out.some((v) => v <= 0)) {
      warnings.push(`line ${rows[0]!.line}: the stated row heights leave no room for the rows without one; all rows share the page by their kind`);
      out = rows.map((r, k) => (r.title ? 1 : weight(k)));
    } else if (stated === 0) {
      warnings.push(`line ${rows[0]!.line}: the layout gives no row heights: the title row gets 10% and the other rows share the rest, a row marked widest more`);
    } else if (others.length > 0) {
      warnings.push(`line ${rows[missing[0]!]!.line}: ${missing.length} row(s) give no height: they share the ${Math.round(left * 100) / 100}% the others leave`);
    }
  }
  const sum = out.reduce((s, v) => s + v, 0);
  // Proportions (`1 : 3 : 4 : 2`) are meant to be scaled; percents that miss 100 are said to be.
  if (missing.length === 0 && (!line || line.percent || line.values.length !== rows.length) && Math.abs(sum - 100) > 1) warnings.push(`line ${line?.line ?? rows[0]!.line}: the row heights add up to ${Math.round(sum * 100) / 100}%; they are scaled to fill the page`);
  const table = ratioRows(
    rows.map(() => ({ cells: [] })),
    { values: out.map((v) => (v / sum) * 100), percent: false, line: line?.line ?? rows[0]!.line },
  );
  rows.forEach((r, k) => (table[k]!.text = r.title ? r.banner.join(" ") : r.boxes.map((b) => b.title).join(" | ")));
  return { line: line?.line ?? rows[0]!.line, rows: table };
}
