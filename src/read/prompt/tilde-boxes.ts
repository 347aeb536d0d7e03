// Boxes drawn in a writer's own ASCII: `*~~~~*~~~~*` or `o=====o` rules (tildes or equals signs between `*`, `+` or
// `o` corners) and `!` or `:` standing for the walls, as someone draws who keeps `-` and `|` for text. Rewritten in
// the ASCII the grid reads (`+---+`, `|`), lines and their numbers kept. A tilde in words (`0 ~ 1`), a `!` or `:`
// inside a word (`Hi!`, `Note:`) or away from every corner of the rules over and under its line stays text.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-cells.js";
import { pipeColumns } from "./rule-lines.js";

// One box's border: corners joined by runs of one mark. Boxes drawn apart (`o===o o===o`) are runs side by side.
const RUN = "[*+o](?:~{3,}[*+o])+|[*+o](?:={3,}[*+o])+";
// A rule: nothing but such runs (a margin note after it is kept as it is).
const RULE = new RegExp(`^(\\s*)((?:${RUN})(?: +(?:${RUN}))*)(.*)$`);
// A run inside a walled line, between blanks: the next row's top beside a box that spans rows (a sidebar).
const INNER = new RegExp(`(?<=\\s)(?:${RUN})(?=\\s|$)`, "g");
const WALLS = new Set(["!", ":"]);
// How far a wall may drift from the corner it stands under, plus a column for each wide grapheme before it:
// Korean and emoji are drawn one or two columns wide depending on the editor, and the writer aligned by eye.
const DRIFT = 3;

export function tildeBoxes(code: string): string {
  if (!code.includes("~~~") && !code.includes("===")) return code;
  const lines = code.split("\n");
  const rules = lines.map((l) => RULE.exec(l));
  // Two rules at least, as a box has a top and a bottom; else the tildes are something else.
  if (rules.filter(Boolean).length < 2) return code;
  const cornersOf = lines.map((line, i) => {
    const m = rules[i];
    if (m) return corners(m[2]!, columns(m[1]!));
    return [...line.matchAll(INNER)].flatMap((r) => corners(r[0], columns(line.slice(0, r.index))));
  });
  // The corners of the rules over and under each line, back to the whole rules there: the top and the bottom of
  // the boxes it is in, and of a box beside them spanning several rows, whose wall runs past the rows' borders.
  // Gathered in one pass each way, a column once, so a long drawing costs its length.
  const above = reach(rules, cornersOf, lines.map((_, i) => i));
  const below = reach(rules, cornersOf, lines.map((_, i) => lines.length - 1 - i));
  let walled = 0;
  const out = lines.map((line, i) => {
    const m = rules[i];
    if (m) return m[1]! + plain(m[2]!) + m[3]!;
    const gs = graphemes(line);
    // Only a line that opens with a wall is a box's line; its other walls are the lone marks under corners.
    const first = gs.findIndex((g) => !/\s/.test(g));
    if (first < 0 || !WALLS.has(gs[first]!) || !blankAt(gs, first + 1)) return line;
    walled++;
    const near = [...above[i]!, ...below[i]!];
    return snapWalls(graphemes(line.replace(INNER, plain)), near);
  });
  if (walled === 0) return code;
  // A rule crossed by a wall from above or below has a junction there, though the writer drew only the corners
  // of the boxes on one side of it (`*~~~*~~~*` over a row split elsewhere).
  return out
    .map((line, i) => {
      if (!rules[i]) return line;
      const cells = [...line];
      const first = cells.indexOf("+");
      const last = cells.lastIndexOf("+");
      for (const k of [i - 1, i + 1]) {
        const near = out[k];
        if (near === undefined || rules[k]) continue;
        for (const c of pipeColumns(near)) if (c > first && c < last && cells[c] === "-") cells[c] = "+";
      }
      return cells.join("");
    })
    .join("\n");
}


/** For each line, in the order given, the corner columns of the lines passed before it back to the last whole rule
 * (that rule's included). */
function reach(rules: (RegExpExecArray | null)[], cornersOf: number[][], order: number[]): Set<number>[] {
  const out: Set<number>[] = [];
  let seen = new Set<number>();
  for (const i of order) {
    out[i] = seen;
    seen = rules[i] ? new Set(cornersOf[i]) : new Set([...seen, ...cornersOf[i]!]);
  }
  return out;
}

/** A run's marks in the plain ASCII: corners `+`, the runs between them `-`. */
function plain(run: string): string {
  return run.replace(/[~=]/g, "-").replace(/[*o]/g, "+");
}

/** Screen columns of a run's corners, the run starting at screen column `lead`. */
function corners(run: string, lead: number): number[] {
  return [...run].flatMap((c, k) => (c === "~" || c === "=" || c === " " ? [] : [lead + k]));
}

function columns(text: string): number {
  return graphemes(text).reduce((n, g) => n + displayWidth(g), 0);
}

/** The lone wall marks as `|`, each moved onto the corner it stands nearest to where blanks beside it allow, so
 * the wall runs straight down to its corner as the writer meant (the text after it keeps its columns). */
function snapWalls(gs: string[], corners: number[]): string {
  const out = [...gs];
  // The last mark with nothing after it but blanks or a note in the margin (`<- 15%`) closes the line, however far
  // it drifted: the frame's right wall.
  let closing = out.length - 1;
  while (closing >= 0 && !(WALLS.has(out[closing]!) && blankAt(out, closing - 1) && blankAt(out, closing + 1))) closing--;
  let col = 0;
  let wide = 0;
  for (let k = 0; k < out.length; k++) {
    const g = out[k]!;
    const at = col;
    col += displayWidth(g);
    if (displayWidth(g) > 1) wide++;
    if (!WALLS.has(g) || !blankAt(out, k - 1) || !blankAt(out, k + 1)) continue;
    const near = corners.reduce<number | undefined>((best, c) => (best === undefined || Math.abs(c - at) < Math.abs(best - at) ? c : best), undefined);
    if (near === undefined || (Math.abs(near - at) > DRIFT + wide && k !== closing)) continue;
    out[k] = "|";
    // Shift the wall left over blanks before it (one kept), giving them back after it; or right, the other way.
    let d = near - at;
    while (d < 0 && k >= 2 && /\s/.test(out[k - 1]!) && /\s/.test(out[k - 2]!)) {
      out.splice(k - 1, 1);
      out.splice(k, 0, " ");
      k--;
      d++;
    }
    while (d > 0 && /\s/.test(out[k + 1] ?? "") && /\s/.test(out[k + 2] ?? "")) {
      out.splice(k + 1, 1);
      out.splice(k, 0, " ");
      k++;
      d--;
    }
  }
  return out.join("");
}

function blankAt(gs: string[], k: number): boolean {
  return k < 0 || k >= gs.length || /\s/.test(gs[k]!);
}
