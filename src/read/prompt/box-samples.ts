// A little box drawn inside a box as a sample of what is typed somewhere (a prompt window, a chat): its lines
// each open with a label and a colon (`butterfly: 나비`, `Human: …`, `teacher: ▁▁▁`). Such lines are entries,
// one a line; joined into one label, as a little box's words usually are, they read as one run-on line.
// So is one headed by a word or two over its lines (`예시` over `116, 32 → 256 으로 합침` / `GPT-4 어휘 =
// 100,277`): an example set apart, its heading leading its first line after a colon.
import { lineText, type Face } from "./box-faces.js";
import { clean } from "./box-lines.js";

// `word:` or `two words:` opening the line, the colon followed by a space or ending it (not `https:` or `3:2`).
const LABELLED = /^[\p{L}][\p{L}\p{N} _'’-]{0,24}[:：](?:\s|$)/u;

/** The little box's lines when it is such a sample (two lines at least, each labelled, no box inside it). */
export function sampleLines(face: Face): string[] | undefined {
  if (face.children.length > 0) return undefined;
  const own = [...face.text.entries()].sort((a, b) => a[0] - b[0]).map(([, chars]) => clean(lineText(chars))).filter(Boolean);
  if (own.length >= 2 && own.every((l) => LABELLED.test(l))) return own;
  const [head, first, ...rest] = own;
  if (head === undefined || first === undefined || rest.length === 0 || !HEADING.test(head)) return undefined;
  return [`${head.replace(/\s*[:：]$/u, "")}: ${first}`, ...rest];
}

// One or two words of letters alone on the box's first line, maybe an emoji before them or a colon after.
const HEADING = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\p{L}+(?: \p{L}+)?\s*[:：]?$/u;
