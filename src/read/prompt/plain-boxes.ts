// Every way a drawing's boxes are typed besides Unicode and `+-|` (a line-number gutter, block elements, tildes, asterisks,
// cornerless rules, underscores, `#` borders) made the plain `+---+` ASCII the grid reads, each line in place.
import { blockBoxes } from "./block-boxes.js";
import { starBoxes } from "./star-boxes.js";
import { tildeBoxes } from "./tilde-boxes.js";
import { gutterless } from "./gutter.js";
import { bandWalls, closedEnds, cornerlessRules, insetRules, pipeColumns } from "./rule-lines.js";

const HASH_BORDER = /#[=-]{3,}#/;

/**
 * Boxes drawn in `#` (`#=====#` borders, `#` sides), as a Markdown-heading habit draws them, in the ASCII the
 * grid reads: a `#` touching a run of `=`/`-` is a corner `+`, a `#` standing alone between spaces a side `|`.
 * A `#` inside a word (`C#`) stays text; a drawing with no `#====#` border is left as it is.
 */
export function hashBoxes(code: string): string {
  return hashed(underscoreBoxes(cornerlessRules(bandWalls(insetRules(closedEnds(starBoxes(tildeBoxes(blockBoxes(gutterless(code))))))))));
}

/**
 * Boxes drawn with underscores, as on paper: ` ______ ` over `|      |`, and `|______|______|` under the
 * boxes. A line of underscores (and pipes) becomes a `+------+` border: its pipes are corners, and a top
 * line's underscores get a corner one column out on each side, where the sides below stand.
 */
function underscoreBoxes(code: string): string {
  if (!/_{3}/.test(code) || !/^\s*\|/m.test(code)) return code;
  const lines = code.split("\n");
  return lines
    .map((line, i) => {
      // One run of pipes and underscores, checked for three underscores after: a pattern with the run split
      // around `_{3,}` backtracked cubically on a long line of underscores ending in anything else.
      const m = /^(\s*)([|_]+)(\s*\r?)$/.exec(line);
      if (!m || !m[2]!.includes("___")) return line;
      const [, lead, run, tail] = m as unknown as [string, string, string, string];
      const border = run.replace(/_/g, "-").replace(/\|/g, "+");
      // ` ____ `: no pipe at an end, so its corner stands just outside the underscores.
      const left = run.startsWith("|") || lead.length === 0 ? lead + border : `${lead.slice(0, -1)}+${border}`;
      const out = [...(run.endsWith("|") ? left + tail : `${left}+${tail.replace(/^ /, "")}`)];
      // A wall starting under the border (the line between two boxes of the next row) meets it in a corner,
      // which an underscore drawing leaves out; found in screen columns, as the wall is drawn.
      for (const col of pipeColumns(lines[i + 1] ?? "")) if (out[col] === "-") out[col] = "+";
      return out.join("");
    })
    .join("\n");
}

function hashed(code: string): string {
  if (!HASH_BORDER.test(code)) return code;
  return code
    .split("\n")
    .map((line) => line.replace(/#(?=[=-])|(?<=[=-])#/g, "+").replace(/(?<=^|[\s+|])#(?=$|[\s+|#\r])|(?<=#)#/g, "|"))
    .join("\n");
}
