// A layout remark in brackets that a narrow box wrapped over its lines: `(오른쪽 세로 띠,` / ` 아래 두 줄 차지)`.
// One line of it is dropped as a remark (words.ts `stripLayoutRemarks`); wrapped, neither half is a whole
// bracket, so both were drawn as the box's content, a stray `(` on one line and `)` on the next. The lines of
// one bracket, opened on the first and closed on the last (three lines at most, no bracket between), are read
// together; when together they are only a remark, they go. Any other bracketed run keeps its lines as typed.
import { stripLayoutRemarks } from "./words.js";

const OPENS = /^\s*[(（][^()（）]*$/u;
const INSIDE = /^[^()（）]*$/u;
const CLOSES = /^[^()（）]*[)）]\s*$/u;
/** Lines a remark may wrap over. */
const MOST = 3;

/** The box's lines without a remark wrapped over several of them. */
export function withoutWrappedRemarks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = OPENS.test(lines[i]!) ? closing(lines, i) : -1;
    if (end > i && stripLayoutRemarks(lines.slice(i, end + 1).join(" ")) === "") {
      i = end;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/** The line closing the bracket opened on line `i`, or -1. */
function closing(lines: string[], i: number): number {
  for (let k = i + 1; k < Math.min(lines.length, i + MOST); k++) {
    if (CLOSES.test(lines[k]!)) return k;
    if (!INSIDE.test(lines[k]!)) return -1;
  }
  return -1;
}
