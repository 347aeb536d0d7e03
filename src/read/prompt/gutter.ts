// A drawing copied out of a chat UI or an editor with its line numbers: every line carries a gutter
// (`01 │ ┌────┐`, ` 9 | +---+`). The numbers and the gutter's bar are not part of the drawing; left in, the bar
// reads as one more wall running down the page left of every box. Taken off here, lines kept, so the rest of
// the reader sees the drawing its writer drew.

// A line number, then the gutter's bar, then the one space the UI puts before the text.
const GUTTER = /^(\s*)(\d{1,4})(\s*)([│|┃:])( ?)/;

/**
 * The drawing without its line-number gutter. Only when every non-blank line has one and the numbers count
 * up by one from line to line (a drawing whose box lines happen to open `1 |` is not numbered in order), and
 * there are three lines at least.
 */
export function gutterless(code: string): string {
  const lines = code.split("\n");
  const numbered = lines.map((l) => (l.trim() === "" ? null : GUTTER.exec(l)));
  const present = numbered.filter((_, i) => lines[i]!.trim() !== "");
  if (present.length < 3 || present.some((m) => !m)) return code;
  const nums = present.map((m) => Number(m![2]));
  if (nums.some((n, k) => k > 0 && n !== nums[k - 1]! + 1)) return code;
  // The bar stands in one column when the UI pads its numbers; cut at each line's own bar so a gutter whose
  // numbers grew a digit (` 9 │`, `10 │`) loses no drawing column.
  return lines.map((l, i) => (numbered[i] ? l.slice(numbered[i]![0].length) : l)).join("\n");
}
