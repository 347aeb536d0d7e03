// A box line that sketches the code card the plan puts in the box: the first line of a pasted log or program,
// cut short and noted with how to draw it (`step 1/32000 | loss 10.98 ...  (코드 블록처럼)`, `>>> import torch …
// (as a code block)`). Once the card is drawn the sketch is said twice, the second time cut off mid-line.
import type { Panel } from "../../model/sheet.js";

/** A closing note saying the line is to be drawn as code: `(코드 블록처럼)`, `(as a code block)`, `(터미널 화면으로)`. */
const AS_CODE = /\s*[(（]\s*(?:(?:as|like)\s+(?:an?\s+)?)?(?:코드\s*블록|코드|code(?:\s*block)?|터미널(?:\s*화면)?|terminal(?:\s*output)?|monospace|고정폭)\s*(?:처럼|으로|로|형태로?|느낌으로?|style)?\s*[)）]$/iu;

/** Words of a line or a code card, as compared here: letters and digits only, in lower case. */
const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether `line` is a sketch of a code card the panel shows: it ends in a note to draw it as code, and its first
 * words (before any `...`) are the first words of one of the card's lines.
 */
export function sketchesCode(line: string, panel: Panel): boolean {
  const m = AS_CODE.exec(line);
  if (!m) return false;
  const head = words(line.slice(0, m.index).split(/\.{3}|…/)[0] ?? "").slice(0, 3);
  if (head.length === 0) return false;
  return panel.blocks.some((b) => b.kind === "code" && b.text.split("\n").some((l) => words(l).slice(0, head.length).join(" ") === head.join(" ")));
}
