// What the diagram reader assumes about a drawing that is not quite closed: a top border that never reaches
// its corner, a bottom border that was never drawn, a border line drawn twice. Each assumption is a warning.
import { DOWN, LEFT, RIGHT, UP } from "./box-arms.js";
import type { Cell, Grid, Placed } from "./box-grid.js";
import type { Anchor } from "./box-match.js";

/** A top border that never reaches its closing corner (`┌────` then text): the corner is dropped, so no
 * side hangs from it. */
export function openRuns(cells: Cell[], line: number, warnings: Grid["warnings"]): void {
  cells.forEach((c, at) => {
    if (c.arms <= 0 || !(c.arms & RIGHT) || c.arms & LEFT || c.arms & UP) return;
    let k = at + 1;
    while (k < cells.length && cells[k]!.arms > 0 && cells[k]!.arms & LEFT && cells[k]!.arms & RIGHT) k++;
    if (k < cells.length && cells[k]!.arms > 0 && cells[k]!.arms & LEFT) return;
    // A title written into the top border (`┌─ 🔢 TITLE ───┐`): the line goes on after the words.
    let t = k;
    while (t < cells.length && cells[t]!.arms <= 0) t++;
    if (t > k && t < cells.length && cells[t]!.arms & LEFT && cells[t]!.arms & RIGHT) return;
    for (let j = at; j < k; j++) cells[j]!.arms = -1;
    warnings.push({ line, message: `${c.ch} has no matching corner on this line; that border was ignored` });
  });
}

/** Sides still running down after the last line: the drawing lost its bottom border; draw one under it. */
export function closeBottom(arms: number[][], texts: Placed[][], open: Anchor[], line: number, warnings: Grid["warnings"]): void {
  const cols = open.filter((e) => !e.loose).map((e) => e.col);
  if (cols.length < 2) return;
  const width = arms[0]?.length ?? 0;
  const row = new Array<number>(width).fill(0);
  const from = Math.min(...cols);
  const to = Math.max(...cols);
  for (let k = from; k <= to; k++) row[k] = (k > from ? LEFT : 0) | (k < to ? RIGHT : 0);
  for (const c of cols) row[c]! |= UP;
  arms.push(row);
  texts.push([]);
  warnings.push({ line, message: "the drawing ends without a bottom border; assumed one under its last line" });
}

/** A border line drawn twice, one right under the other over the same stretch: the second closes nothing,
 * so it is read as one. */
export function doubledLines(arms: number[][], firstLine: number, warnings: Grid["warnings"], lines: string[] = []): void {
  // `+----+` under `+----+` is as often a box closed over a box opened as a line drawn twice: ASCII corners
  // cannot tell which, so the reading (one border) stands without a warning; so too inside a frame's walls, `|`
  // or a Unicode frame's `║` round ASCII boxes.
  // A row's label in the margin before it (`ROW 2 (30%) → +----+`) does not make the line any less ASCII, nor
  // does a sidebar's text beside it (`| 5. test-time | +----+`): a box spanning the rows runs past both borders.
  const ascii = (r: number): boolean => /^(?:[^+*|│║┃┌└├╔╚╠]*\s)?[\s|│║┃]*[+*][-=]/.test(lines[r] ?? "") || sidebarAscii(lines[r] ?? "");
  const span = (row: number[]): [number, number] | undefined => {
    const cols = row.flatMap((a, k) => (a & LEFT && a & RIGHT ? [k] : []));
    return cols.length >= 3 ? [cols[0]!, cols[cols.length - 1]!] : undefined;
  };
  for (let r = 1; r < arms.length; r++) {
    const a = span(arms[r - 1]!);
    const b = span(arms[r]!);
    const ends = (row: number[], s: [number, number], arm: number): boolean => ((row[s[0] - 1] ?? 0) & arm) > 0 && ((row[s[1] + 1] ?? 0) & arm) > 0;
    // Both lines run between the same two sides (├──┤ twice), unlike a box closing over a box opening.
    if (ascii(r - 1) && ascii(r)) continue;
    if (a && b && Math.abs(a[0] - b[0]) <= 1 && Math.abs(a[1] - b[1]) <= 1 && ends(arms[r - 1]!, a, DOWN) && ends(arms[r]!, b, UP)) {
      warnings.push({ line: firstLine + r, message: "this border line repeats the one above it; read as one" });
    }
  }
}

/** A line opening with a box's text between two ASCII walls, then an ASCII border: `| text | +----+`. Tested on
 * the line's own pieces, no pattern spanning the text, so a long line costs one pass. */
function sidebarAscii(line: string): boolean {
  const open = line.search(/\S/);
  if (open < 0 || line[open] !== "|") return false;
  const close = line.indexOf("|", open + 1);
  if (close < 0 || /[+*─━═┌└├┬┴┼]/.test(line.slice(open + 1, close))) return false;
  return /^\s*[+*][-=]/.test(line.slice(close + 1));
}

/** Whether the drawing is `|` and `-` (or `=`) alone, with no corner character anywhere; if so, the `|` written
 * between two characters (`<|im_start|>`) is text, and a bare `-----` line's ends are loose corners, as `+` would
 * be, matched to the sides beside them however far Hangul pushed those. A drawing ruled in `=` alone
 * (`|=====|=====|`) is the same drawing in a heavier pen: without this its walls, meeting a rule at a `=` or at a
 * `|` rather than a `+`, were read as text and its boxes merged. */
export function cornerlessBorders(rows: Cell[][]): boolean {
  const cornerless = rows.some((cells) => cells.some((c) => (c.ch === "-" || c.ch === "=") && c.arms > 0)) && !rows.some((cells) => cells.some((c) => c.loose || (c.arms > 0 && !"|-=".includes(c.ch))));
  if (!cornerless) return false;
  const inWord = (c: Cell | undefined): boolean => c !== undefined && c.ch.trim() !== "" && !"|-=".includes(c.ch);
  for (const cells of rows) {
    cells.forEach((c, k) => {
      if (c.ch === "|" && inWord(cells[k - 1]) && inWord(cells[k + 1])) c.arms = -1;
    });
    const marks = cells.filter((c) => c.ch.trim() !== "");
    if (marks.length < 5 || !marks.every((c) => c.arms > 0 && (c.ch === "-" || c.ch === "="))) continue;
    marks[0]!.arms = RIGHT;
    marks[marks.length - 1]!.arms = LEFT;
    marks[0]!.loose = marks[marks.length - 1]!.loose = true;
  }
  return true;
}

/**
 * Whether an ASCII `|` in row `r` at column `col` is a wall: it goes straight down, `|` under `|` (a column
 * off at most, for drift), to a `+` junction. A `|` standing in text does not line up so; a wall dividing a
 * row whose top border was drawn as one straight line (`+------+` over `| A | B |`) ends on the `+` below.
 */
export function wallDown(rows: Cell[][], r: number, col: number): boolean {
  let at = col;
  const pipes = (k: number): Cell[] => rows[k]!.filter((x) => x.ch === "|");
  const walls = pipes(r);
  const nth = walls.findIndex((x) => x.col === col);
  for (let k = r + 1; k < rows.length; k++) {
    // A line with as many `|` as this one, and a border line with as many `+`, keeps the wall by its order: an
    // emoji sequence (`👨‍👩‍👧`, `🇰🇷`) is as wide as the writer's editor drew it, so its line's walls drift by more
    // than a column, yet no `|` is added or lost on the way down.
    const line = pipes(k);
    const corners = rows[k]!.filter((x) => x.ch === "+");
    const byOrder = nth < 0 ? undefined : line.length === walls.length ? line[nth] : line.length === 0 && corners.length === walls.length ? corners[nth] : undefined;
    const c = byOrder ?? rows[k]!.find((x) => Math.abs(x.col - at) <= 1 && (x.ch === "|" || x.ch === "+"));
    if (!c) return false;
    if (c.ch === "+") return k > r + 1 || rows[k]!.some((x) => x.ch === "-");
    at = c.col;
  }
  return false;
}

/**
 * One warning for a side left out line after line (`a │ border is missing at column 1` on lines 37 to 51, the
 * writer drawing the frame's sides only where they meet a line across): said once, with the lines it runs over.
 */
export function runsOf(warnings: Grid["warnings"]): { line: number; message: string }[] {
  const out: { line: number; message: string; run?: string; more: number; last: number }[] = [];
  for (const w of warnings) {
    const run = w.run === undefined ? undefined : out.find((o) => o.run === w.run);
    if (run) {
      run.more += 1;
      run.last = w.line;
    } else out.push({ ...w, more: 0, last: w.line });
  }
  return out.map(({ line, message, run, more, last }) => ({ line, message: more === 0 || run === undefined ? message : `${run}, here and on ${more} more line${more === 1 ? "" : "s"} to line ${last}${message.slice(run.length)}` }));
}
