// Row heights written as a label line with the numbers alone on the line under it:
//   행 높이 비율 (위 → 아래)
//
//   2 : 5 : 3
// A writer sets the ratio apart to make it stand out; read on its own the number line names nothing (it could be
// an aspect), and the label line has no numbers, so each is read as the one sentence they make together.

/** A line of nothing but two or more numbers joined by `:` or `/` (`2 : 5 : 3`, `20/50/30`). */
const NUMBERS_ONLY = /^\s*\d{1,3}(?:\.\d{1,2})?\s*%?(?:\s*[:/]\s*\d{1,3}(?:\.\d{1,2})?\s*%?){1,9}\s*$/;

/** How far above the numbers the label may stand: a blank line or two between them, as above. */
const REACH = 3;

/**
 * Line `n` (1-based) joined to the label line over it, when line `n` is only numbers and the nearest written line
 * above it, within a few lines, has no digits of its own; undefined otherwise. Whether the label speaks of
 * heights is left to the heights readers, as for any sentence.
 */
export function withLabelAbove(lines: string[], n: number): string | undefined {
  const text = lines[n - 1] ?? "";
  if (!NUMBERS_ONLY.test(text)) return undefined;
  for (let k = n - 1; k >= Math.max(1, n - REACH); k--) {
    const above = (lines[k - 1] ?? "").trim();
    if (above === "") continue;
    return /\d/.test(above) || /^(?:```|~~~|\||#)/.test(above) ? undefined : `${above.replace(/[:：]\s*$/, "")}: ${text.trim()}`;
  }
  return undefined;
}
