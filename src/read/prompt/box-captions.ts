// A line written under a row of boxes, one phrase under each (`“quote A”    “quote B”`): each phrase is a caption
// of the box it stands under, as a person reads it, not one stray line for the row's last box.
import { lineText, type Face } from "./box-faces.js";
import type { Placed } from "./box-grid.js";

/** Columns a phrase may stick out past the box it stands under. */
const SLACK = 2;

/**
 * The phrases of a text line under `boxes`, each given to the box whose columns hold it (by the box's index), or
 * undefined when a phrase runs under two boxes or under none: then the line is the row's, as before.
 */
export function captionsUnder(chars: Placed[], boxes: readonly Face[]): Map<number, string[]> | undefined {
  if (boxes.length < 2) return undefined;
  const out = new Map<number, string[]>();
  for (const run of runsOf(chars)) {
    const from = run[0]!.col;
    const to = run[run.length - 1]!.col + run[run.length - 1]!.width - 1;
    const k = boxes.findIndex((b) => from >= b.left - SLACK && to <= b.right + SLACK);
    if (k < 0) return undefined;
    const text = lineText(run).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    out.set(k, [...(out.get(k) ?? []), text]);
  }
  return out.size > 0 ? out : undefined;
}

/** Phrases of a line: runs of characters with no gap wider than two columns. */
export function runsOf(chars: Placed[]): Placed[][] {
  const runs: Placed[][] = [];
  let end = -Infinity;
  for (const c of chars) {
    if (c.ch.trim() === "") continue;
    if (c.col - end > 2 || runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push(c);
    end = c.col + c.width;
  }
  return runs;
}
