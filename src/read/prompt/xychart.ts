// A Mermaid `xychart-beta` (bars and lines over categories) as a person with a pen would note it: a table with
// a row per x value and a column per series. Read by lines and brackets, with no Mermaid parse.
import type { Block } from "../../model/sheet.js";

const XY = /^\s*xychart(?:-beta)?\b/;

export function isXyChart(code: string): boolean {
  return XY.test(code.split(/\r?\n/).find((l) => l.trim() && !/^\s*%%/.test(l)) ?? "");
}

/** The items of the first `[…]` on a line, quotes taken off; undefined without one. Found by index, not a
 * pattern, so a line of many `[` costs one pass. */
function bracketed(line: string): string[] | undefined {
  const open = line.indexOf("[");
  const close = line.indexOf("]", open + 1);
  if (open < 0 || close < 0) return undefined;
  return line
    .slice(open + 1, close)
    .split(",")
    .map((s) => s.trim().replace(/^["'](.*)["']$/, "$1").trim())
    .filter((s) => s !== "");
}

/** A quoted label before the data (`x-axis "RL step" [...]`, `y-axis "tokens" 0 --> 10000`). */
function label(rest: string): string | undefined {
  return /^\s*"([^"]*)"/.exec(rest)?.[1]?.trim() || undefined;
}

/** The chart's `title "…"`, which names the table drawn for it. */
export function xyTitle(code: string): string | undefined {
  if (!isXyChart(code)) return undefined;
  const line = code.split(/\r?\n/).find((l) => /^\s*title\b/.test(l));
  const t = line?.replace(/^\s*title\s*/, "").trim().replace(/^"(.*)"$/, "$1").trim();
  return t || undefined;
}

export function xyTable(code: string): { block: Block; warning: string } | undefined {
  if (!isXyChart(code)) return undefined;
  let xTitle: string | undefined;
  let yTitle: string | undefined;
  let categories: string[] | undefined;
  const series: { kind: string; name?: string; values: string[] }[] = [];
  for (const raw of code.split(/\r?\n/).slice(1)) {
    const m = /^\s*(x-axis|y-axis|bar|line|title)\b(.*)$/.exec(raw);
    if (!m) continue;
    const [, key, rest] = m as unknown as [string, string, string];
    if (key === "x-axis") {
      xTitle = label(rest);
      categories = bracketed(rest);
    } else if (key === "y-axis") yTitle = label(rest);
    else if (key === "bar" || key === "line") {
      const values = bracketed(rest);
      const name = label(rest);
      if (values?.length) series.push({ kind: key, ...(name ? { name } : {}), values });
    }
  }
  if (series.length === 0) return undefined;
  const n = Math.max(...series.map((s) => s.values.length));
  const xs = Array.from({ length: n }, (_, k) => categories?.[k] ?? String(k + 1));
  // Two unnamed lines are told apart by their order (`line 1`, `line 2`), as the text beside such a chart does
  // ("the lower line … the upper line"); one alone is named by its axis.
  const same = (s: (typeof series)[number]): (typeof series)[number][] => series.filter((o) => !o.name && o.kind === s.kind);
  const head = (s: (typeof series)[number]): string =>
    s.name ?? (series.length === 1 && yTitle ? yTitle : same(s).length > 1 ? `${s.kind} ${same(s).indexOf(s) + 1}` : s.kind);
  const block: Block = {
    kind: "table",
    header: [[{ text: xTitle ?? "x" }], ...series.map((s) => [{ text: head(s) }])],
    rows: xs.map((x, k) => [[{ text: x }], ...series.map((s) => [{ text: s.values[k] ?? "" }])]),
  };
  return { block, warning: "an xychart is drawn as a table of its values, a column per series" };
}
