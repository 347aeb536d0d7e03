// A quotable insight written as the name of a quote, not the quote: `"use it as a tool" quote`, `the "Swiss cheese"
// quote`, `"9.11" 인용`. The writer points at a line of the lecture by a few of its words, often when the plan
// quotes it in full further down. Read as a quote it was drawn with the word `quote` in it, and a second time as
// the words in its marks (a line with `quote` in it looked like the label of a list of quotes).

/** `"…" quote` (an article before it, a colon or dash after, allowed): the words inside the marks. */
const NAMED = /^(?:(?:the|that|his|a)\s+)?["“'‘「『]([^"”'’」』]{2,80})["”'’」』]\s*(?:quote|quotation|line|remark|인용(?:구|문)?|명언|어록|발언|대목)s?\s*[.:：]?$/i;

/** The words a quotable insight names its quote by, when it only names one; undefined for a quote itself. */
export function namedQuote(text: string): string | undefined {
  return NAMED.exec(text.trim())?.[1]?.trim();
}

/** Words too common to tell one quote from another. */
const COMMON = new Set(["a", "an", "the", "it", "its", "is", "are", "as", "of", "to", "in", "on", "and", "or", "them", "they", "this", "that", "you", "your", "be", "like"]);

const stem = (w: string): string => w.replace(/(?:ies|es|s)$/, "");

/**
 * Whether a named quote is one of the quotes the plan writes out: each of its telling words (two at least) said in
 * that quote, a plural or another pronoun aside (`use it as a tool` in `Use them as tools, check their work`).
 */
export function namesQuoteIn(name: string, quotes: string[]): boolean {
  const words = (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !COMMON.has(w)).map(stem);
  if (words.length < 2) return false;
  return quotes.some((q) => {
    const theirs = new Set((q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem));
    return words.every((w) => theirs.has(w));
  });
}
