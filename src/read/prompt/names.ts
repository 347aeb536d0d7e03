// The names and words a quote writes, as the panel texts they are matched against split theirs (meaning.ts):
// runs of capitalised words (`LM Arena`), and words with contractions split but marked (`don't` → don / t).
import { commonness, wordKey } from "./words.js";

/**
 * The names a text writes: two or more capitalised words in a row (`LM Arena`, `AI News`, `Common Crawl`), each
 * a word that says something (not `If I`), as lowercase words; longest first, else in the order written.
 */
export function namesIn(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  const end = (): void => {
    if (run.length >= 2) out.push(run);
    run = [];
  };
  for (const token of text.split(/\s+/)) {
    const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const words = plain(core).split(" ");
    const named = /^\p{Lu}/u.test(core) && words.every((w) => {
      const key = wordKey(w);
      return key !== undefined && commonness(key) === 1;
    });
    if (!named) {
      end();
      continue;
    }
    run.push(...words);
    // A comma or a full stop after it ends the name (`LM Arena, AI News`).
    if (/[^\p{L}\p{N}]$/u.test(token)) end();
  }
  end();
  return out.sort((a, b) => b.length - a.length);
}

/**
 * A text's words as `plain` splits them (don't → don / t, as the panel text is split), each marked when it begins
 * a word as written rather than continuing a contraction.
 */
export function writtenWords(text: string): { words: string[]; starts: boolean[] } {
  const words: string[] = [];
  const starts: boolean[] = [];
  // U+02BC is a letter to `plain`: an apostrophe inside a word holds it together until it is split here.
  for (const token of plain(text.replace(/(?<=\p{L})['’](?=\p{L})/gu, "\u02BC")).split(" ").filter(Boolean)) {
    token.split("\u02BC").filter(Boolean).forEach((w, i) => {
      words.push(w);
      starts.push(i === 0);
    });
  }
  return { words, starts };
}

export const plain = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

