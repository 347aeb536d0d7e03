// Row heights written as nothing but a ratio label and its numbers (`비율: 15/55/30`, `Ratios = 20 : 50 : 30`),
// as a writer jots them in a note under the drawing. The heights reader asks for a word for heights (`높이`,
// `height`) because a bare `비율` also names a page's aspect (`비율: 16:9`); numbers that add up to a hundred are
// shares of the page, which an aspect never is.

const BARE = /^\s*(?:[-*]\s*)?(?:비율|ratios?|proportions?)\s*[:：=]\s*(\d{1,3}(?:\.\d{1,2})?\s*%?(?:\s*[/:·|,]\s*\d{1,3}(?:\.\d{1,2})?\s*%?){1,9})\s*$/i;

/** The line's heights when it is only a ratio label and shares adding up to 100. */
export function bareRatios(text: string): { values: number[]; percent: boolean } | undefined {
  const m = BARE.exec(text);
  if (!m) return undefined;
  const values = [...m[1]!.matchAll(/\d+(?:\.\d+)?/g)].map((v) => Number(v[0]));
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.abs(sum - 100) <= 1 && values.every((v) => v > 0) ? { values, percent: true } : undefined;
}
