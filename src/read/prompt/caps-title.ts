// `🧩 BPE: BYTES → MERGES → VOCAB` as a box's first line: a title typed in capitals, as the drawing's other
// titles are, that happens to name its steps with arrows. `headedChain` reads `🔁 해결책 흐름: 질문 → 모르면? →
// 검색` as a heading over a chain; but when the heading and every step are in the capitals a title is typed in,
// the whole line is the title (cut at its colon, the box kept only `BPE` and drew the subtitle as a chart).

/** Every part holds a Latin capital and no lower-case letter (Hangul and digits may sit beside them). */
export function capsTitleChain(heading: string, steps: string[]): boolean {
  const caps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
  return steps.length >= 2 && caps(heading) && steps.every(caps);
}
