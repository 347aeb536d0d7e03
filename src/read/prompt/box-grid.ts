// The layout diagram as a grid of border arms. Hand-drawn diagrams drift: Korean and emoji are double width,
// tabs, editors that draw Hangul narrower. So each line's vertical borders are matched to the ones the line
// above hands down (by order when the counts agree, else by the smallest change of drift), and everything
// between two matched borders moves with them. The result is a clean grid where every vertical line is
// straight, plus the text characters placed in it.
import { DASHED_WALL } from "./box-halves.js";
import { DOWN, LEFT, RIGHT, UP } from "./box-arms.js";
import { matchTyped as match, misfit, upward, type Anchor } from "./box-match.js";
import { closeBottom, cornerlessBorders, doubledLines, openRuns, wallDown } from "./box-repair.js";
import { tabWidth } from "./box-tabs.js";
import { cellsOf, type Cell } from "./box-cells.js";
import { textCrosses } from "./box-crossing.js";

export { DOWN, LEFT, RIGHT, UP };
export { displayWidth, type Cell } from "./box-cells.js";

export interface Placed {
  ch: string;
  /** Column after snapping (display columns). */
  col: number;
  width: number;
}

export interface Grid {
  /** Border arms per cell, `arms[line][col]` (0 for no border). */
  arms: number[][];
  width: number;
  /** Text characters per line, in order, at their snapped columns. */
  texts: Placed[][];
  /** `run`: the part of the message that, repeated line after line, is said once (`runsOf`). */
  warnings: { line: number; message: string; run?: string }[];
}

/** `lines` are the code block's lines; `firstLine` the file line of the first. */
export function buildGrid(lines: string[], firstLine: number): Grid {
  const warnings: Grid["warnings"] = [];
  // Tabs as wide as in the editor the drawing was typed in (`box-tabs.ts`).
  const tab = tabWidth(lines);
  const rows = lines.map((l) => cellsOf(l, false, tab));
  const cornerless = prepare(rows, firstLine, warnings);
  // The same lines counted one column per character: a drawing aligned by character count (its borders
  // ragged on screen wherever Hangul stands) is straight this way, however far the screen drift goes.
  const narrow = lines.map((l) => cellsOf(l, true, tab));
  prepare(narrow, firstLine, []);
  const width = Math.max(1, ...rows.map((r) => r.reduce((w, c) => Math.max(w, c.col + c.width), 0))) + 16;
  const arms: number[][] = rows.map(() => new Array<number>(width).fill(0));
  const texts: Placed[][] = rows.map(() => []);
  let expected: Anchor[] = [];
  // In a cornerless drawing, the columns where the line above ended a border line with `|`.
  const corners = new Set<number>();
  for (let r = 0; r < rows.length; r++) {
    let cells = rows[r]!;
    const lineNo = firstLine + r;
    let up = upward(cells);
    let pairs = match(up, expected);
    if (cells.some((c) => c.width > 1) && misfit(up, expected, pairs) > 0) {
      const upN = upward(narrow[r]!);
      const pairsN = match(upN, expected);
      if (misfit(upN, expected, pairsN) < misfit(up, expected, pairs)) [cells, up, pairs] = [(rows[r] = narrow[r]!), upN, pairsN];
    }
    const matchedU = new Set(pairs.map(([i]) => i));
    const matchedE = new Set(pairs.map(([, j]) => j));
    // Every cell moves with the matched border nearest to its left.
    const shift = new Array<number>(cells.length).fill(0);
    let delta = pairs.length ? expected[pairs[0]![1]]!.col - up[pairs[0]![0]]!.col : 0;
    let next = 0;
    for (let at = 0; at < cells.length; at++) {
      const c = cells[at]!;
      const p = pairs[next];
      if (p && up[p[0]]!.at === at) {
        delta = expected[p[1]]!.col - c.col;
        next++;
        if (c.loose) c.arms |= UP;
        if (c.maybe) c.arms = UP | DOWN;
      }
      shift[at] = delta;
    }
    squeeze(cells, shift, pairs.map(([i, j]) => ({ at: up[i]!.at, col: expected[j]!.col })));
    for (let i = 0; i < up.length; i++) {
      const u = up[i]!;
      if (matchedU.has(i)) continue;
      const c = cells[u.at]!;
      if (c.loose) continue;
      if (cornerless && c.arms === (UP | DOWN) && ((arms[r - 1]?.[Math.max(0, c.col + shift[u.at]!)] ?? 0) & (LEFT | RIGHT)) === (LEFT | RIGHT)) continue;
      // A wall drawn right under a border line that has no junction for it (`├──────┤` over `│ A │ B │`):
      // the junction was left out; the wall splits the row. Box characters, or a `|` going down to a `+` (wallDown).
      const over = arms[r - 1];
      const at = Math.max(0, c.col + shift[u.at]!);
      if (over && ("│┃║".includes(c.ch) || (c.ch === "|" && wallDown(rows, r, c.col))) && c.arms === (UP | DOWN) && ((over[at] ?? 0) & (LEFT | RIGHT)) === (LEFT | RIGHT)) {
        over[at]! |= DOWN;
        warnings.push({ line: lineNo, message: `the ${c.ch} at column ${at + 1} has no junction in the border line above; assumed one there` });
        continue;
      }
      c.arms &= ~UP;
      if (c.arms === DOWN) {
        c.arms = -1;
        // A stroke one line long that turns at a corner right under it (`↑ … │` over `└── again ──┘`) is an
        // arrow sketched in the box, not a wall left without its border.
        const turns = rows[r + 1]?.some((u) => u.col === c.col && "└┘╰╯".includes(u.ch));
        // A dashed stroke standing in a box is a divider between its halves (box-halves.ts), drawn on purpose.
        if (c.ch !== "|" && !turns && !DASHED_WALL.test(c.ch)) warnings.push({ line: lineNo, message: `a stray ${c.ch} with no border above it was read as text` });
      }
    }
    const row = arms[r]!;
    let last: { col: number; arms: number; end: number } | undefined;
    // Text stays between the two borders it was written between, however far they moved.
    const limit = new Array<number>(cells.length).fill(Infinity);
    for (let at = cells.length - 1, bound = Infinity; at >= 0; at--) {
      const c = cells[at]!;
      if (c.arms > 0) bound = Math.max(0, c.col + shift[at]!) - 1;
      else limit[at] = bound;
    }
    const gaps: { col: number; width: number }[] = [];
    for (let at = 0; at < cells.length; at++) {
      const c = cells[at]!;
      const col = Math.max(0, c.col + shift[at]!);
      if (c.arms <= 0) {
        const floor = last ? last.col + 1 : 0;
        texts[r]!.push({ ch: c.ch, col: Math.max(floor, Math.min(col, limit[at]! - c.width + 1)), width: c.width });
        continue;
      }
      // Close horizontal gaps between two joined border characters: opened by snapping, or left in the drawing.
      if (last && last.arms & RIGHT && c.arms & LEFT) {
        const titled = texts[r]!.some((t) => t.col > last!.col && t.col < col && t.ch.trim() !== "");
        if (c.col > last.end && !titled) gaps.push({ col: last.end + 1, width: c.col - last.end });
        for (let k = last.col + 1; k < col; k++) if (!row[k]) row[k] = LEFT | RIGHT;
      }
      row[col] = (row[col] ?? 0) | c.arms;
      last = { col, arms: c.arms, end: c.col + c.width };
    }
    // A border line with a one-column gap after every dash or so (`├ ─ ─ ─ ┤`, `+ - - - +`) is drawn dashed on
    // purpose: closed without a word. A gap here and there is a slip, and said.
    const dashed = gaps.length >= 3 && gaps.every((g) => g.width === 1);
    if (!dashed) for (const g of gaps) warnings.push({ line: lineNo, message: `a gap in the border line at column ${g.col} was closed` });
    const assumed: Anchor[] = [];
    for (let j = 0; j < expected.length; j++) {
      const e = expected[j]!;
      if (matchedE.has(j)) continue;
      const above = arms[r - 1]?.[e.col] ?? 0;
      if (e.loose && !(above & DOWN)) continue;
      // A `|` on a cornerless border line reaches down only where a side goes on from it.
      if (corners.has(e.col) && !(row[e.col]! & (LEFT | RIGHT))) continue;
      // A junction over a line whose text runs through its column hands down no wall (box-crossing.ts).
      if (!e.loose && r > 0 && (above & (LEFT | RIGHT)) === (LEFT | RIGHT) && textCrosses(texts[r]!, e.col)) {
        arms[r - 1]![e.col]! &= ~DOWN;
        warnings.push({ line: lineNo - 1, message: `the junction at column ${e.col + 1} has no wall under it (the text below runs through it); read as a plain border` });
        continue;
      }
      if (row[e.col]! & (LEFT | RIGHT)) {
        // A box's bottom corner right over a border line ends there: only a side goes on into it.
        if (!corners.has(e.col)) row[e.col]! |= UP;
        if (!e.loose && !cornerless) warnings.push({ line: lineNo, message: `a border coming down at column ${e.col + 1} meets this line with no junction; assumed it ends here` });
        continue;
      }
      row[e.col] = UP | DOWN;
      assumed.push({ at: -1, col: e.col, loose: false, raw: e.raw ?? e.col });
      const run = `a │ border is missing at column ${e.col + 1}`;
      warnings.push({ line: lineNo, message: `${run}; assumed it continues`, run });
    }
    // ASCII corners reached from below get their downward arm once the next line is matched.
    expected = [];
    corners.clear();
    for (let at = 0; at < cells.length; at++) {
      const c = cells[at]!;
      const col = Math.max(0, c.col + shift[at]!);
      if (c.arms > 0 && (c.arms & DOWN || c.loose)) expected.push({ at, col, loose: c.loose && !(c.arms & DOWN), raw: c.col });
      if (cornerless && c.ch === "|" && c.arms > 0 && c.arms & (LEFT | RIGHT)) corners.add(col);
    }
    expected.push(...assumed);
    expected.sort((a, b) => a.col - b.col);
    if (r > 0) {
      const above = arms[r - 1]!;
      for (let k = 0; k < width; k++) if (row[k]! & UP && !(above[k]! & DOWN) && above[k]! > 0) above[k]! |= DOWN;
    }
  }
  const lastIsBorder = (arms[arms.length - 1] ?? []).some((a) => (a & (LEFT | RIGHT)) === (LEFT | RIGHT));
  if (!(cornerless && lastIsBorder)) closeBottom(arms, texts, expected, firstLine + rows.length, warnings);
  doubledLines(arms, firstLine, warnings, lines);
  for (let r = 0; r < arms.length; r++) {
    for (let k = 0; k < width; k++) if (arms[r]![k]! & DOWN && !((arms[r + 1]?.[k] ?? 0) & UP)) arms[r]![k]! &= ~DOWN;
  }
  return { arms, width, texts, warnings };
}

/** Marks what the lines' characters leave open (corners without partners, `|` as text or side); whether the
 * drawing has no corner anywhere. */
function prepare(rows: Cell[][], firstLine: number, warnings: Grid["warnings"]): boolean {
  rows.forEach((cells, r) => openRuns(cells, firstLine + r, warnings));
  // In a diagram drawn without any ASCII box, `|` is text (`<|im_start|>`) unless it stands where a side
  // comes down (a Unicode box with ASCII sides).
  if (!rows.some((cells) => cells.some((c) => c.arms > 0 && (c.loose || c.ch === "-" || c.ch === "=")))) {
    for (const cells of rows) for (const c of cells) {
      if (c.ch !== "|") continue;
      c.arms = -1;
      c.maybe = true;
    }
  }
  // `|-----|` lines and `|` sides with no corner anywhere (box-repair.ts): a side meets a border line at a
  // plain `-`, so that is where its junction is, and the `|` ending a border line goes down only to a side.
  return cornerlessBorders(rows);
}

/** Where moving a stretch with its left border would push a border in it onto or past the next matched
 * border, the stretch is scaled between the two instead (a box drawn wider than the frame around it). */
function squeeze(cells: Cell[], shift: number[], anchors: { at: number; col: number }[]): void {
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    let worst = -Infinity;
    for (let at = a.at + 1; at < b.at; at++) if (cells[at]!.arms > 0) worst = Math.max(worst, cells[at]!.col + shift[at]!);
    if (worst < b.col) continue;
    const from = cells[a.at]!.col;
    const span = cells[b.at]!.col - from;
    if (span <= 0) continue;
    const scale = (b.col - a.col) / span;
    for (let at = a.at + 1; at < b.at; at++) {
      const c = cells[at]!;
      shift[at] = Math.round(a.col + (c.col - from) * scale) - c.col;
    }
  }
}
