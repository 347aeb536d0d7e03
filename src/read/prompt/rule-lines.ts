// Layouts framed by bare rules: a line of `=====` (and, beside it, `-----`) between rows of `|` walls, with no
// corner where a wall meets the rule. Box finding needs the corner, so the rule gets a `+` in each column where
// a wall stands directly above or below it; the walls are found in screen columns, as they are drawn. A drawing
// of `-----` rules alone is left to the cornerless-drawing path, which also takes Korean lines running past the
// rule's ends.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-grid.js";

const RULE = /^(\s*)([=-]{3,}(?:[ \t]*[=-]{3,})*)(\s*)$/;

/** A rule drawn between `|` walls the way a Markdown table separates its head: `|-----|------|`. */
const PIPE_RULE = /^\s*\|[-:|]*-{3,}[-:|]*\|\s*$/;
const WALLED = /^\s*\|.*\|\s*$/;

/**
 * A drawing of `|` walls split by `|---|---|` rules but left open at the top or bottom (the way a Markdown table
 * is written): a rule is added above the first line and under the last, with a corner at each of their walls.
 */
export function closedEnds(code: string): string {
  const lines = code.split("\n");
  if (!lines.some((l) => PIPE_RULE.test(l))) return code;
  const first = lines.findIndex((l) => l.trim() !== "");
  let last = lines.length - 1;
  while (last > first && lines[last]!.trim() === "") last--;
  if (first < 0 || !lines.slice(first, last + 1).every((l) => WALLED.test(l))) return code;
  // A rule with a corner at each wall of `line`, to stand over or under it.
  const ruleUnder = (line: string): string => {
    const cols = pipeColumns(line);
    const out = Array.from({ length: cols[cols.length - 1]! + 1 }, (_, c): string => (c < cols[0]! ? " " : "-"));
    for (const c of cols) out[c] = "|";
    return out.join("");
  };
  if (!PIPE_RULE.test(lines[last]!)) lines.splice(last + 1, 0, ruleUnder(lines[last]!));
  if (!PIPE_RULE.test(lines[first]!)) lines.splice(first, 0, ruleUnder(lines[first]!));
  return lines.join("\n");
}

/** The code with corners put where bare rule lines meet the walls of the lines next to them. */
export function cornerlessRules(code: string): string {
  if (!/^\s*={3,}\s*$/m.test(code) || !/^\s*\|/m.test(code)) return code;
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

/** The screen columns of a line's `mark`s (Hangul and emoji two columns wide). */
export function markColumns(line: string, mark: string): number[] {
  const out: number[] = [];
  let col = 0;
  for (const g of graphemes(line)) {
    if (g === mark) out.push(col);
    col += displayWidth(g);
  }
  return out;
}

/** The screen columns of a line's `|`s. */
export function pipeColumns(line: string): number[] {
  return markColumns(line, "|");
}

/**
 * Boxes drawn with `-` and `|` and no corner at all, each rule set in by a column from the sides (` ----- ` over
 * `|     |`), as plain-text editors leave them: each rule's ends become `+` corners, the space before it and the
 * space after it taken for the corner, so the drawing reads as `+-----+` boxes and the sides, however far Hangul
 * pushed them, are matched to those corners as to any. Only rules with nothing but rules and sides before them on
 * their line (` ----  |  text`), in a drawing with no corner character. A rule that runs into a side (` -----|`,
 * `|-----|`: a box closed under a taller neighbour, its bottom meeting that neighbour's wall) takes the side for
 * its corner there, whatever stands before it; a drawing whose every rule touches its sides is left to the
 * cornerless path.
 */
export function insetRules(code: string): string {
  if (/[+┌╭╔┏└╰╚┗]/.test(code) || !/^[ \t]+-{3,}/m.test(code) || !/^\s*\|/m.test(code)) return code;
  let changed = false;
  const lines = code.split("\n");
  const out = lines.map((line, i) => {
    const chars = [...line];
    // A side meeting the rule from above or below: with no corner character anywhere, its junction is a dash.
    const walls = new Set([...pipeColumns(lines[i - 1] ?? ""), ...pipeColumns(lines[i + 1] ?? "")]);
    // Each code point's screen column (an emoji and its variation selector share theirs).
    const screen: number[] = [];
    let col = 0;
    for (const g of graphemes(line)) {
      for (const _ of g) screen.push(col);
      col += displayWidth(g);
    }
    for (const m of line.matchAll(/(?<=^|[ \t|])-{3,}(?=[ \t|]|$)/g)) {
      const before = line[m.index - 1];
      const after = line[m.index + m[0].length];
      const touches = before === "|" || after === "|";
      if (!touches && !/^[-\s|+]*$/.test(line.slice(0, m.index))) continue;
      // A word one space before the dashes (`결과 ----|`) makes them a dash in the text.
      if (touches && before !== "|" && /[^\s|]$/.test(line.slice(0, m.index - 1))) continue;
      // Dashes, spaces and sides are one code point each; the prefix is counted in code points like `chars`.
      const first = [...line.slice(0, m.index)].length;
      const last = first + m[0].length - 1;
      // The corner takes the side, or the space before the rule (at the line's start, its first dash), and the
      // side or space after it.
      chars[first > 0 ? first - 1 : first] = "+";
      for (let k = first + 1; k < last; k++) if (walls.has(screen[k]!)) chars[k] = "+";
      if (last + 1 < chars.length) chars[last + 1] = "+";
      else chars.push("+");
      changed = true;
    }
    return chars.join("");
  });
  return changed ? out.join("\n") : code;
}

/** A `+-----+` border line: corners at its ends, `-` or `=` between (and corners already drawn); it may start
 * after the wall of a box running down beside the band (a left sidebar: `|  IDEA   +------+`). */
const PLUS_RULE = /^\s*(?:\|.*\s)?\+[-=+]{3,}\+\s*$/;

/**
 * Rows of `+-----+` borders split into boxes by `|` walls alone, with no `+` where a wall meets the border
 * (`|  [A]  |  [B]  |` between two full-width rules), as people draw a quick grid: box finding needs the
 * corner, so each border gets a `+` where a wall stands on every line of the band next to it and meets no
 * corner on either border. A `|` on some lines only (a table typed inside a box) is text, and stays so.
 */
export function bandWalls(code: string): string {
  const lines = code.split("\n");
  const rules = lines.flatMap((l, i) => (PLUS_RULE.test(l) ? [i] : []));
  let changed = false;
  const corner = (at: number, cols: number[]): void => {
    const out = [...lines[at]!];
    const first = out.findIndex((c) => c === "+");
    const last = out.lastIndexOf("+");
    for (const c of cols) {
      if (c > first && c < last && (out[c] === "-" || out[c] === "=")) {
        out[c] = "+";
        changed = true;
      }
    }
    lines[at] = out.join("");
  };
  // A wall is a `|` on every line of the band, within a column of where the line next to the border has it.
  const walls = (band: string[], edge: string): number[] =>
    pipeColumns(edge).filter((c) => band.every((l) => pipeColumns(l).some((x) => Math.abs(x - c) <= 1)));
  for (let k = 0; k + 1 < rules.length; k++) {
    const [top, bottom] = [rules[k]!, rules[k + 1]!];
    const band = lines.slice(top + 1, bottom);
    if (band.length === 0 || band.some((l) => !/^\s*\|.*\|\s*$/.test(l))) continue;
    // A wall meeting a corner on either border is the drawing's own, repaired (and noted) with the grid.
    const joined = (c: number): boolean => [lines[top]!, lines[bottom]!].some((l) => [c - 1, c, c + 1].some((x) => l[x] === "+"));
    const onRule = (edge: string, rule: string): number[] => fitted(walls(band, edge), edge, rule).filter((c) => !joined(c));
    const [above, under] = [onRule(band[0]!, lines[top]!), onRule(band[band.length - 1]!, lines[bottom]!)];
    corner(top, above);
    corner(bottom, under);
  }
  return changed ? lines.join("\n") : code;
}

/**
 * A band's walls set on the rule over it. Lines typed wider (or narrower) than the rule (five boxes squeezed into a
 * row, their last wall past the rule's corner) meant their boxes to share the rule's width as they share the
 * line's: each wall keeps its place in proportion between the rule's corners; a band that ends where the rule
 * does keeps its columns.
 */
function fitted(cols: number[], edge: string, rule: string): number[] {
  const [a, b] = [rule.indexOf("+"), rule.lastIndexOf("+")];
  const right = Math.max(...pipeColumns(edge));
  if (Math.abs(right - b) <= 1 || right <= a + 1) return cols;
  return cols.map((c) => (c > a + 1 && c < right - 1 ? Math.round(a + ((c - a) * (b - a)) / (right - a)) : c));
}
