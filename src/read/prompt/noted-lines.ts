// Quotes pasted one a line in one `>` block, each line closed by a note of the box it goes in (`> "…" — 로그 칸`
// over `> "…" — loss 칸`): Markdown joins the lines into one paragraph, but a saying broken over two lines carries
// one note at most, and each line naming a box of its own says the writer meant that many quotes, each for its box.
import type { PhrasingContent } from "mdast";
import { splitLines, wholeInMarks } from "./quote-forms.js";
import { quoteNote } from "./quote-notes.js";
import { plainText } from "./sections.js";

/** The most quotes a block of noted lines holds: more than any sheet draws. */
const MOST = 12;

/** The block's lines, one quote each, when every line is a whole quote in its marks noted with its box. */
export function notedLines(children: PhrasingContent[]): PhrasingContent[][] | undefined {
  const said = splitLines(children).filter((l) => plainText({ children: l }).trim());
  // More lines than a page has quotes is a pasted passage, not sayings sent box by box.
  if (said.length < 2 || said.length > MOST) return undefined;
  const notes = said.map((l) => quoteNote(plainText({ children: l })));
  // Each a whole quote with a box named after it, and not every line naming the same box.
  if (!notes.every((n) => n?.place !== undefined && wholeInMarks(n.quote))) return undefined;
  return new Set(notes.map((n) => n!.place)).size > 1 ? said : undefined;
}
