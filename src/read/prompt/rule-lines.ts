// Layouts framed by bare rules: a line of `=====` (or `-----`) between rows of `|` walls, with no corner where
// a wall meets the rule. Box finding needs the corner, so the rule gets a `+` in each column where a wall
// stands directly above or below it; the walls are found in screen columns, as they are drawn.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-grid.js";

const RULE = /^(\s*)([=-]{3,}(?:[ \t]*[=-]{3,})*)(\s*)$/;

/** The code with corners put where bare rule lines meet the walls of the lines next to them. */
export function cornerlessRules(code: string): string {
  if (!/^\s*[=-]{3,}\s*$/m.test(code) || !/^\s*\|/m.test(code)) return code;
  const lines = code.split("\n");
  return lines
    .map((line, i) => {
      if (!RULE.test(line)) return line;
      const walls = new Set([...pipeColumns(lines[i - 1] ?? ""), ...pipeColumns(lines[i + 1] ?? "")]);
      if (walls.size === 0) return line;
      // A rule line holds only ASCII, so its character index is its screen column.
      const out = [...line];
      let changed = false;
      for (const col of walls) {
        if (out[col] === "=" || out[col] === "-") {
          out[col] = "+";
          changed = true;
        }
      }
      return changed ? out.join("") : line;
    })
    .join("\n");
}

function pipeColumns(line: string): number[] {
  const out: number[] = [];
  let col = 0;
  for (const g of graphemes(line)) {
    if (g === "|") out.push(col);
    col += displayWidth(g);
  }
  return out;
}
