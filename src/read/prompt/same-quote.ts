// When two quotes are the same saying: the one question the quotable insights ask of the plan's quotes (an
// insight the plan already draws is drawn once, where the plan put it) and the listed-quotes split asks of a
// pasted `>` block. Every way a writer repeats a quote is keyed here, once.
import type { Block } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { namesQuoteIn } from "./quote-names.js";

/** A quote's words, whatever marks and spacing surround them. */
export function quoteKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** A quote's keys: its words, and its words without the gloss in brackets after them (`"…" (번역)`), since the
 * plan and the insights may gloss the same words differently. */
function quoteKeys(text: string): string[] {
  const bare = text.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "");
  return bare !== text && bare.trim() !== "" ? [quoteKey(text), quoteKey(bare)] : [quoteKey(text)];
}

/** Words a paragraph or list item quotes inside “…”, "…" or 「…」, as quote keys. */
function inlineQuotes(b: Block): string[] {
  const texts = b.kind === "paragraph" ? [b.text] : b.kind === "bullets" ? b.items : [];
  // Five words at least: `"use code"라고 하면` mentions a phrase; it does not quote the insight.
  return texts.flatMap((t) => [...richText(t).matchAll(/[“"「『]([^”"」』]+)[”"」』]/g)].filter((m) => m[1]!.trim().split(/\s+/).length >= 5).map((m) => quoteKey(m[1]!)));
}

/**
 * Whether the plan already quotes an insight (both as quoteKey gives them): word for word, as part of a longer
 * quote (the insight cut short, the plan's quote going on or glossed after it), or with a word or two changed
 * (`I don't trust` where the plan has `I don't fully trust`): nine in ten of its words, five words at least.
 */
export function quotedAlready(key: string, plan: ReadonlySet<string>): boolean {
  if (plan.has(key)) return true;
  const words = key.split(" ").filter(Boolean);
  if (words.length < 5) return false;
  return [...plan].some((p) => {
    if (` ${p} `.includes(` ${key} `)) return true;
    const theirs = new Set(p.split(" "));
    return words.filter((w) => theirs.has(w)).length >= 0.9 * words.length;
  });
}

/**
 * Whether a quote the plan draws as a quote is the insight cut short by the plan (`I don't fully trust its mental
 * arithmetic.` for the insight going on `…, so I say: use code`): half its words at least, five at least, in a
 * run. Only for the plan's own quotes: a phrase its running text quotes leaves the insight to be drawn whole.
 */
function quotesPart(key: string, planQuotes: ReadonlySet<string>): boolean {
  const words = key.split(" ").filter(Boolean).length;
  return [...planQuotes].some((p) => {
    const part = p.split(" ").length;
    return part >= 5 && part >= words / 2 && ` ${key} `.includes(` ${p} `);
  });
}

/** `ids` and `id`, `tokens` and `token`: an abridged quote says the plural its source says once, or the other way. */
const stem = (w: string): string => (/^[a-z]{2,}s$/.test(w) ? w.slice(0, -1) : w);

/**
 * Whether an insight is the plan's quote abridged (`Think of these as unique IDs` for `You can think of each one
 * of these as a unique ID, almost like a unique emoji`): its words, five at least, all in the plan's quote in
 * their order, within twice their number of the plan's words.
 */
function abridges(key: string, planQuotes: ReadonlySet<string>): boolean {
  const words = key.split(" ").filter(Boolean).map(stem);
  if (words.length < 5) return false;
  return [...planQuotes].some((p) => {
    const theirs = p.split(" ").map(stem);
    for (let start = theirs.indexOf(words[0]!); start >= 0; start = theirs.indexOf(words[0]!, start + 1)) {
      let at = start;
      const fits = words.every((w, k) => k === 0 || (at = theirs.indexOf(w, at + 1)) >= 0);
      if (fits && at - start < 2 * words.length) return true;
    }
    return false;
  });
}

/** What the plan already quotes, asked of each quotable insight: whether it is drawn there already. An insight
 * that only `named` a quote by a few of its words (`"use it as a tool" quote`) is one the plan writes out in full. */
export function plannedQuotes(blocks: Block[]): (insight: string, named?: boolean) => boolean {
  const texts = blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
  const quoted = new Set(blocks.flatMap((b) => (b.kind === "quote" ? quoteKeys(richText(b.text)) : inlineQuotes(b))));
  const drawn = new Set(texts.flatMap(quoteKeys));
  return (insight, named = false) => {
    if (named && namesQuoteIn(insight, texts)) return true;
    const keys = quoteKeys(insight);
    return keys.some((k) => quotedAlready(k, quoted)) || quotesPart(keys[0]!, drawn) || keys.some((k) => abridges(k, drawn));
  };
}
