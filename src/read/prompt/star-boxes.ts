// Boxes drawn with one mark alone, as in a plain-text mail or chat: `*********` (or `#########`) lines for tops,
// bottoms and row separators, the same mark standing alone for each side. Rewritten in the ASCII the grid reads
// (`+---+`, `|`), same columns, so lines and their numbers stay; a mark in a word (`C#`, `2*3`) or in `**bold**`
// stays text.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-grid.js";

// A rule is one run of the mark, or several side by side (the tops of a row of boxes drawn apart).
const RULES: Record<string, RegExp> = { "*": /^(\s*)(\*{8,}(?: +\*{8,})*)(\s*)$/, "#": /^(\s*)(#{8,}(?: +#{8,})*)(\s*)$/ };

export function starBoxes(code: string): string {
  const mark = ["*", "#"].find((m) => code.includes(m.repeat(8)));
  if (!mark) return code;
  const rule = RULES[mark]!;
  const lines = code.split("\n");
  const rules = lines.map((l) => rule.test(l));
  // Two rules at least, and a side under the first one: else the marks are something else.
  if (rules.filter(Boolean).length < 2 || !lines.some((l, i) => !rules[i] && sideColumns(l, mark).length > 0)) return code;
  const sides = lines.map((l, i) => (rules[i] ? [] : sideColumns(l, mark)));
  return lines
    .map((line, i) => {
      const m = rule.exec(line);
      if (!m) return sides[i]!.length ? replaceSides(line, mark) : line;
      const [, lead, run, tail] = m as unknown as [string, string, string, string];
      // Each run's ends are corners.
      const out = [...lead, ...run.split("").map((c, k) => (c === " " ? " " : run[k - 1] !== c || run[k + 1] !== c ? "+" : "-"))];
      // Where a side meets the rule from above or below, the rule has a corner (a junction) there; sides above
      // and below a column or two apart are one wall drifting with the emoji beside it, so one corner.
      let last = -9;
      for (const col of [...(sides[i - 1] ?? []), ...(sides[i + 1] ?? [])].sort((a, b) => a - b)) {
        if (col - last > 2 && out[col] === "-") out[col] = "+";
        if (col - last > 2) last = col;
      }
      return out.join("") + tail;
    })
    .join("\n");
}

/** Whether the grapheme at k is a side: the mark with a blank or the line's edge on both sides. */
function isSide(gs: string[], k: number, mark: string): boolean {
  const before = gs[k - 1];
  const after = gs[k + 1];
  return gs[k] === mark && (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
}

/** Screen columns of a line's sides (Hangul and emoji two columns wide). */
function sideColumns(line: string, mark: string): number[] {
  const gs = graphemes(line);
  const out: number[] = [];
  let col = 0;
  gs.forEach((g, k) => {
    if (isSide(gs, k, mark)) out.push(col);
    col += displayWidth(g);
  });
  return out;
}

function replaceSides(line: string, mark: string): string {
  const gs = graphemes(line);
  return gs.map((g, k) => (isSide(gs, k, mark) ? "|" : g)).join("");
}
