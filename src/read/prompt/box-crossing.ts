// A junction in a border line with no wall under it: a person drawing boxes that share walls often copies the
// row border (`├────┬────┤`) for the top line too, so the top border gets a `┬` that the title line under it
// never comes down from. The title is then written straight through that column. Text running through the
// column is what tells it: a wall left out is still padded by spaces on its sides, a sentence is not.
import type { Placed } from "./box-grid.js";

/**
 * Whether the line's text runs through `col`: a character other than a space covers it, or a single space
 * there has a character other than a space right against it on each side (`도구를 쥐여주기` across the column).
 */
export function textCrosses(line: readonly Placed[], col: number): boolean {
  const at = (k: number): string | undefined => line.find((t) => t.col <= k && k < t.col + t.width)?.ch;
  const here = at(col);
  if (here !== undefined && here.trim() !== "") return true;
  const left = at(col - 1);
  const right = at(col + 1);
  return left !== undefined && right !== undefined && left.trim() !== "" && right.trim() !== "";
}
