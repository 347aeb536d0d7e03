// Boxes drawn with asterisks only, as in a plain-text mail or chat: `*********` lines for tops, bottoms and
// row separators, a `*` standing alone for each side. Rewritten in the ASCII the grid reads (`+---+`, `|`),
// same columns, so lines and their numbers stay; a `*` in a word or in `**bold**` stays text.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-grid.js";

const STAR_RULE = /^(\s*)(\*{8,})(\s*)$/;

export function starBoxes(code: string): string {
  if (!code.includes("********")) return code;
  const lines = code.split("\n");
  const rules = lines.map((l) => STAR_RULE.test(l));
  // Two rules at least, and a side under the first one: else the stars are something else.
  if (rules.filter(Boolean).length < 2 || !lines.some((l, i) => !rules[i] && sideColumns(l).length > 0)) return code;
  const sides = lines.map((l, i) => (rules[i] ? [] : sideColumns(l)));
  return lines
    .map((line, i) => {
      const m = STAR_RULE.exec(line);
      if (!m) return sides[i]!.length ? replaceSides(line) : line;
      const [, lead, run, tail] = m as unknown as [string, string, string, string];
      const out = [...lead, ...run.replace(/\*/g, "-")];
      out[lead.length] = "+";
      out[out.length - 1] = "+";
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

/** Whether the grapheme at k is a side: a `*` with a blank or the line's edge on both sides. */
function isSide(gs: string[], k: number): boolean {
  const before = gs[k - 1];
  const after = gs[k + 1];
  return gs[k] === "*" && (before === undefined || /\s/.test(before)) && (after === undefined || /[\s\r]/.test(after));
}

/** Screen columns of a line's side stars (Hangul and emoji two columns wide). */
function sideColumns(line: string): number[] {
  const gs = graphemes(line);
  const out: number[] = [];
  let col = 0;
  gs.forEach((g, k) => {
    if (isSide(gs, k)) out.push(col);
    col += displayWidth(g);
  });
  return out;
}

function replaceSides(line: string): string {
  const gs = graphemes(line);
  return gs.map((g, k) => (isSide(gs, k) ? "|" : g)).join("");
}
