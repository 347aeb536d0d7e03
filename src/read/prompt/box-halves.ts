// A box split down the middle by a dashed line drawn inside it (`┊`, `┆`, `╎`, `¦`), not reaching its borders:
// the writer sets two halves side by side in one panel (a bad answer beside a good one). Read across, each line
// would run the two halves' words together; each half is read down instead, the left one first.
import type { Placed } from "./box-grid.js";

/** The vertical dashes of the box-drawing block (light and heavy, double, triple and quadruple) and `¦`. */
export const DASHED_WALL = /^[┆┇┊┋╎╏¦]$/u;

/** A box's text lines (line index → characters), the halves of a dashed divider read one after the other. */
export function halvesRead(entries: [number, Placed[]][]): [number, Placed[]][] {
  const at = new Map<number, number>();
  for (const [line, chars] of entries) {
    const d = chars.filter((c) => DASHED_WALL.test(c.ch));
    if (d.length === 1) at.set(line, d[0]!.col);
  }
  // The divider: dashes on two lines or more, one under another within a column (the drift of hand alignment).
  const run = entries.filter(([line]) => at.has(line));
  if (run.length < 2) return entries;
  const cols = run.map(([line]) => at.get(line)!);
  if (Math.max(...cols) - Math.min(...cols) > 2) return entries;
  const first = run[0]![0];
  const last = run[run.length - 1]![0];
  const divider = cols.slice().sort((a, b) => a - b)[cols.length >> 1]!;
  const inside = entries.filter(([line]) => line >= first && line <= last);
  const side = (keep: (c: Placed) => boolean): [number, Placed[]][] =>
    inside.map(([line, chars]) => [line, chars.filter((c) => !DASHED_WALL.test(c.ch) && keep(c))] as [number, Placed[]]).filter(([, c]) => c.some((x) => x.ch.trim() !== ""));
  const left = side((c) => c.col < divider);
  const right = side((c) => c.col > divider);
  // Text on one side only is a note written past the dashes, not a half.
  if (left.length === 0 || right.length === 0) return entries;
  return [...entries.filter(([line]) => line < first), ...left, ...right, ...entries.filter(([line]) => line > last)];
}
