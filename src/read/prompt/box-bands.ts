// An ASCII drawing typed in an editor with a proportional font: the `+----+----+` border lines are straight
// (only dashes), but every text line under them drifts by how wide that editor drew its Hangul — neither one
// column per character nor two. A reader still sees the boxes, because the border lines say where the walls
// are. So a text line whose walls sit on the border lines' junctions in neither count is read with the
// Hangul width that puts its last wall on the frame's right edge, and its walls are moved onto the junctions
// of the border lines around it (the one closing its row first). A line that still does not fit — a `|`
// written as text (`영어 | 한국어`), a wall far from any junction — is left as typed, for the grid's own
// matching.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-cells.js";
import { markColumns } from "./rule-lines.js";

/** A border line of ASCII boxes: `+`, then runs of `-`/`=` between `+` junctions. */
const BORDER = /^\s*\+[-=+]*\+\s*$/;
/** Nearest a wall may stand to its junction once read with the editor's Hangul width, in columns. */
const NEAR = 3;

interface Wall {
  /** Column counting every grapheme one wide, and how many of those before it are wide. */
  narrow: number;
  wide: number;
  /** Index of the `|` among the line's graphemes. */
  at: number;
}

const junctions = (line: string): number[] => markColumns(line, "+");

function walls(gs: string[]): Wall[] {
  const out: Wall[] = [];
  let wide = 0;
  gs.forEach((g, at) => {
    if (g === "|") out.push({ narrow: at, wide, at });
    if (displayWidth(g) > 1) wide++;
  });
  return out;
}

/** Walls placed on junctions (in order, each on its own), or undefined when one is too far from every junction. */
function snap(ws: Wall[], right: number, js: number[]): number[] | undefined {
  const last = ws[ws.length - 1]!;
  // Hangul as wide as this line's editor drew it: what puts the last wall on the right edge.
  const h = last.wide ? (right - (last.narrow - last.wide)) / last.wide : 1;
  if (!(h >= 1 && h <= 2.2)) return undefined;
  const out: number[] = [];
  for (const w of ws) {
    const at = w.narrow - w.wide + h * w.wide;
    const j = js.filter((c) => c > (out[out.length - 1] ?? -1)).reduce((b, c) => (Math.abs(c - at) < Math.abs(b - at) ? c : b), Infinity);
    if (!(Math.abs(j - at) <= NEAR)) return undefined;
    out.push(j);
  }
  return out;
}

function fits(ws: Wall[], js: number[]): boolean {
  const on = (col: (w: Wall) => number): boolean => ws.every((w) => js.includes(col(w)));
  return on((w) => w.narrow) || on((w) => w.narrow + w.wide);
}

/** The drawing's lines with drifting text lines straightened onto their border lines' junctions. */
export function alignBands(lines: string[]): string[] {
  const borders = lines.flatMap((l, i) => (BORDER.test(l) ? [i] : []));
  if (borders.length < 2) return lines;
  const out = [...lines];
  for (let k = 0; k + 1 < borders.length; k++) {
    const top = borders[k]!;
    const bottom = borders[k + 1]!;
    const below = junctions(lines[bottom]!);
    const around = [...new Set([...below, ...junctions(lines[top]!)])].sort((a, b) => a - b);
    const right = below[below.length - 1]!;
    for (let i = top + 1; i < bottom; i++) {
      const gs = graphemes(lines[i]!.trimEnd());
      const ws = walls(gs);
      if (ws.length < 2 || ws[0]!.at !== gs.findIndex((g) => g.trim() !== "") || ws[ws.length - 1]!.at !== gs.length - 1) continue;
      if (fits(ws, around)) continue;
      const to = snap(ws, right, below) ?? snap(ws, right, around);
      if (!to) continue;
      const line = rebuild(gs, ws, to);
      if (line) out[i] = line;
    }
  }
  return out;
}

/** The line with each wall at its junction: what stands between two walls kept, padded with spaces. */
function rebuild(gs: string[], ws: Wall[], to: number[]): string | undefined {
  let s = " ".repeat(to[0]!) + "|";
  for (let n = 0; n + 1 < ws.length; n++) {
    const inner = gs.slice(ws[n]!.at + 1, ws[n + 1]!.at);
    while (inner.length && inner[inner.length - 1] === " ") inner.pop();
    const room = to[n + 1]! - to[n]! - 1;
    const width = (): number => inner.reduce((w, g) => w + displayWidth(g), 0);
    // Counted two wide, Hangul may take more room than the box has: the indent that centred it goes first.
    while (width() > room && inner[0] === " " && inner[1] === " ") inner.shift();
    const used = width();
    if (used > room) return undefined;
    s += inner.join("") + " ".repeat(room - used) + "|";
  }
  return s;
}
