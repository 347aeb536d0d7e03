// Two Mermaid kinds nanosheet has no drawing for, kept as the tables a person copying them onto paper would
// make: a quadrantChart as its 2×2 grid (the y axis's ends down the side, the x axis's across the top, each
// quadrant's name and the points that fall in it in its cell), a sankey as its flows (from, to, amount).
import type { Block, Rich } from "../../model/sheet.js";

const cell = (text: string): Rich => [{ text }];
/** The first line of a ```mermaid block that is not blank or a comment: its diagram type. */
export const firstLine = (code: string): string => code.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith("%%")) ?? "";

/** `x-axis Low --> High`: the two ends' words (one end alone when the arrow is left out). */
function axis(code: string, which: "x" | "y"): [string, string] {
  const line = code.split(/\r?\n/).find((l) => new RegExp(`^\\s*${which}-axis\\b`).test(l));
  const said = line?.replace(new RegExp(`^\\s*${which}-axis\\s*`), "") ?? "";
  const [low = "", high = ""] = said.split(/\s*-->\s*/).map((s) => s.trim().replace(/^"(.*)"$/, "$1"));
  return [low, high];
}

/** A quadrantChart's `title …`, which names the table drawn for it. */
export function quadrantTitle(code: string): string | undefined {
  if (!/^\s*quadrantChart\b/.test(firstLine(code))) return undefined;
  const t = code.split(/\r?\n/).find((l) => /^\s*title\s/.test(l))?.replace(/^\s*title\s+/, "").trim().replace(/^"(.*)"$/, "$1");
  return t || undefined;
}

export function quadrantTable(code: string): { block: Block; warning: string } | undefined {
  if (!/^\s*quadrantChart\b/.test(firstLine(code))) return undefined;
  const names = new Map<number, string>();
  // Points by quadrant, as Mermaid numbers them: 1 top right, 2 top left, 3 bottom left, 4 bottom right.
  const points = new Map<number, string[]>([[1, []], [2, []], [3, []], [4, []]]);
  for (const line of code.split(/\r?\n/)) {
    const q = /^\s*quadrant-([1-4])\s+(.+?)\s*$/.exec(line);
    if (q) names.set(Number(q[1]), q[2]!.replace(/^"(.*)"$/, "$1"));
    const p = /^\s*([^:]+?)\s*:\s*\[\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*\]/.exec(line);
    if (p) {
      const right = Number(p[2]) >= 0.5;
      const top = Number(p[3]) >= 0.5;
      points.get(top ? (right ? 1 : 2) : right ? 4 : 3)!.push(p[1]!.replace(/^"(.*)"$/, "$1"));
    }
  }
  if (names.size === 0 && [...points.values()].every((v) => v.length === 0)) return undefined;
  const [xLow, xHigh] = axis(code, "x");
  const [yLow, yHigh] = axis(code, "y");
  const at = (q: number): Rich => cell([names.get(q), ...(points.get(q)!.length ? [`(${points.get(q)!.join(", ")})`] : [])].filter(Boolean).join(" "));
  const block: Block = {
    kind: "table",
    header: [cell(""), cell(xLow), cell(xHigh)],
    rows: [
      [cell(yHigh), at(2), at(1)],
      [cell(yLow), at(3), at(4)],
    ],
  };
  return { block, warning: "a quadrantChart is drawn as a table of its four quadrants, each with the points in it" };
}

export function sankeyTable(code: string): { block: Block; warning: string } | undefined {
  if (!/^\s*sankey(?:-beta)?\b/.test(firstLine(code))) return undefined;
  const rows = code
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(",").map((s) => s.trim().replace(/^"(.*)"$/, "$1")))
    .filter((c) => c.length === 3 && c[0] && c[1] && Number.isFinite(Number(c[2])));
  if (rows.length === 0) return undefined;
  const block: Block = { kind: "table", header: [cell("from"), cell("to"), cell("amount")], rows: rows.map((r) => r.map(cell)) };
  return { block, warning: "a sankey diagram is drawn as a table of its flows (from, to, amount)" };
}
