// A quote typed as a plain paragraph, its words in marks on one line and its translation in brackets on the next
// (`"You can run … on your MacBook"` over `(… 로컬로 돌릴 수 있다)`), without the `>` a blockquote would have.
// Read as one run-on paragraph, it was drawn as body text with its marks and the gloss glued on; the writer
// set it apart as a quote, as the `> "…"` over `> (…)` form is read.
import type { Rich } from "../../model/sheet.js";
import { wholeInMarks } from "./quote-forms.js";

const GLOSS = /^[(（][^()（）\n]+[)）]$/;
const HANGUL = /\p{Script=Hangul}/u;

/** Whether a paragraph's text is a quote in marks over its gloss in brackets, in the other language. */
export function glossedQuote(said: string): boolean {
  const lines = said.trim().split("\n").map((l) => l.trim());
  if (lines.length !== 2) return false;
  const [quote, gloss] = lines as [string, string];
  // The gloss is in the other language: a Korean remark in brackets under a Korean line is an aside, not a gloss.
  return wholeInMarks(quote) && GLOSS.test(gloss) && HANGUL.test(gloss.slice(1, -1)) !== HANGUL.test(quote);
}

/** The paragraph as one line, `"…" (…)`, the form a quote and its translation are read in. */
export function oneLine(text: Rich): Rich {
  return text.map((s) => ({ ...s, text: s.text.replace(/\s*\n\s*/g, " ") }));
}

/**
 * A quote dictated with its label said aloud and the original typed after it in square brackets: `인용: 순서를
 * 정하는 게 훨씬 쉬워요 ["It's much easier for humans to order …"]`. The original is the quote, the words said
 * before it its gloss, as `"…" (…)` is read; with no marks round the said words, `labelledQuote` took none of it.
 */
export function saidQuote(said: string): Rich | undefined {
  const m = /^(?:인용(?:구|문)?|quote)\s*[:：]\s*([^[\]"“”\n]{2,200}?)\s*\[\s*["“]([^"“”\n]{2,300})["”]\s*\]\s*$/i.exec(said.trim());
  return m ? [{ text: `“${m[2]!.trim()}” (${m[1]!.trim()})` }] : undefined;
}
