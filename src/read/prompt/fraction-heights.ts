// Row heights given as fractions in a sentence: `타이틀은 1/10 정도, 두 번째 줄은 1/4, BPE 줄은 1/3, 나머지가 마지막 줄`,
// `the top row takes about a quarter, the middle half, the rest the bottom`. Read as numbers, `1/10` was two
// heights (1 and 10) and the sentence gave twice the rows the drawing has. A ratio table's row written `나머지` is
// the rest in the same way, read here for `ratios.ts`.

const WORDS: [RegExp, number][] = [
  [/\b(?:a|one)\s+half\b|\bhalf\b|절반/gi, 1 / 2],
  [/\b(?:a|one)\s+third\b/gi, 1 / 3],
  [/\btwo[\s-]thirds\b/gi, 2 / 3],
  [/\b(?:a|one)\s+quarter\b/gi, 1 / 4],
  [/\bthree[\s-]quarters\b/gi, 3 / 4],
  [/\b(?:a|one)\s+fifth\b/gi, 1 / 5],
  [/\b(?:a|one)\s+tenth\b/gi, 1 / 10],
];
const EACH = /각각|\beach\b|\bapiece\b/i;
const REST = /나머지|남는\s*(?:부분|공간|만큼)|the\s+rest|remaining|remainder|rest\s+of|(?:whatever|what)(?:'s|\s+is)?\s+left|left\s*over/i;
const HEIGHT_CUE = /height|높이|세로|행|줄|row|비율|takes?|차지/i;

/** The rows' heights in percent, in the order the sentence names them, when it names one per drawn row (the
 * rest, `나머지`, being the one it leaves); undefined when the sentence gives no fractions or talks of widths. */
export function fractionHeights(text: string, rows: number): { values: number[]; percent: true } | undefined {
  if (!HEIGHT_CUE.test(text) || /width|너비|폭|가로|column|열/i.test(text)) return undefined;
  const found: { at: number; value: number }[] = [];
  for (const m of text.matchAll(/(?<![\d.\/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d\/])|(\d)\s*분의\s*(\d)/g)) {
    const [a, b] = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[4]), Number(m[3])];
    if (a > 0 && a < b) found.push({ at: m.index!, value: a / b });
  }
  for (const [re, value] of WORDS) for (const m of text.matchAll(re)) found.push({ at: m.index!, value });
  // Percents alone are read here only when the sentence leaves a row the rest (`10%, about 60%, and whatever is
  // left`): without that they are `heightsOf`'s to read.
  if (found.length === 0 && !REST.test(text)) return undefined;
  // `두 줄이 각각 3분의 1`, `the middle rows a third each`: one fraction standing for the two rows named before it.
  for (const f of [...found]) {
    const near = text.slice(Math.max(0, f.at - 8), f.at + 16);
    if (EACH.test(near)) found.push({ at: f.at + 0.5, value: f.value });
  }
  // A percent beside the fractions (`타이틀은 대략 8%, …`) is one more row's height.
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%/g)) found.push({ at: m.index!, value: Number(m[1]) / 100 });
  if (found.length < 2 && !(found.length === 1 && REST.test(text))) return undefined;
  const values = found.sort((x, y) => x.at - y.at).map((f) => f.value);
  const sum = values.reduce((s, v) => s + v, 0);
  const rest = REST.exec(text);
  if (rest && sum < 1) values.splice(found.filter((f) => f.at < rest.index).length, 0, 1 - sum);
  else if (Math.abs(sum - 1) > 0.02) return undefined;
  if (values.length !== rows) return undefined;
  return { values: values.map((v) => Math.round(v * 1000) / 10), percent: true };
}

// In a ratio table: one row's height cell may say it takes the rest (`| 3줄 | 나머지 |`).
/** A height cell saying the row takes what the others leave: `나머지`, `the rest`, `remaining` (no number). */
export const REST_CELL = /^\s*(?:(?:약|about)\s*)?(?:나머지|남는\s*(?:부분|공간|만큼)|the\s+rest|rest|remaining|remainder|whatever(?:'s|\s+is)?\s+left|left\s*over)\s*(?:전부|모두|all)?\s*[.!]*\s*$/i;

/** The one row whose height cell is the rest, when exactly one is and the others are percents; else -1. */
export function restRowOf(cells: string[]): number {
  const rest = cells.flatMap((c, k) => (REST_CELL.test(c) ? [k] : []));
  if (rest.length !== 1) return -1;
  // The others in percents (`10%`, `30~35%`): a fraction `0.1` or a part `2fr` leaves no rest to speak of.
  return cells.every((c, k) => k === rest[0] || /%/.test(c)) ? rest[0]! : -1;
}

/** What the other rows leave of 100%, or NaN when they leave nothing (then the row is an error, as a blank). */
export function restValue(values: number[], at: number): number {
  const left = 100 - values.reduce((s, v, k) => (k === at ? s : s + v), 0);
  return left >= 1 ? Math.round(left * 100) / 100 : NaN;
}
