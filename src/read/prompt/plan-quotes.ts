// The plan's quotes as blocks: a `>` quote (one, or one a line when each line is signed), a note of the box it
// goes in taken off it (`(→ 멀티모달 칸)`), and the name or time signing it as its signature; a quote nested in a
// note on it (`nested-quote.ts`) read apart from the note.
import type { Blockquote } from "mdast";
import type { Block, Rich } from "../../model/sheet.js";
import { callout, calloutCite } from "./plan-forms.js";
import { alertQuoteLines } from "./alert-blocks.js";
import { quoteLines, splitCite, unwrapQuote } from "./quote-forms.js";
import { withoutNote } from "./quote-notes.js";
import { nestedQuote } from "./nested-quote.js";
import { notedLines } from "./noted-lines.js";
import { signedAt, withoutSaidAt } from "./timestamps.js";
import { richFromInline } from "./rich.js";
import { withoutParenSign } from "./paren-signed.js";
import { signatureLine } from "./signature-line.js";
import type { PlanSection } from "./plan.js";

/** A `>` quote's quotes: one, or one a line when each line is signed. */
export function quotesOf(node: Blockquote, section?: PlanSection): Block[] {
  // `> 노트:` over `>> "…"`: the inner quote is the quote, the note around it a paragraph after it.
  const nested = nestedQuote(node);
  if (nested) return [...nested.quotes.flatMap((q) => quotesOf(q, section)), ...(nested.note ? [nested.note] : [])];
  // The quote's paragraphs (`>` lines with a bare `>` between) are lines of it: a quote over its translation.
  const paragraphs = node.children.filter((c) => c.type === "paragraph");
  const joined = paragraphs.flatMap((c, k) => (k > 0 ? [{ type: "break" as const }, ...c.children] : c.children));
  const alerted = alertQuoteLines(joined);
  if (alerted) return alerted.flatMap((one) => notedQuote(richFromInline(one), undefined, section));
  const called = calloutCite(joined);
  // `> words` over `> — Andrej Karpathy`: the last line signs the quote.
  const signed = called.cite === undefined ? signatureLine(called.children) : undefined;
  const children = signed?.children ?? called.children;
  const titled = signed?.cite ?? called.cite;
  return (notedLines(children) ?? quoteLines(children)).flatMap((one) => notedQuote(callout(richFromInline(one)), titled, section));
}

/** A quote less a note of the box it goes in (`(→ 멀티모달 칸)`), the note kept in its section's `noted`. */
export function notedQuote(text: Rich, titled: string | undefined, section: PlanSection | undefined): Block[] {
  const { text: words, note } = withoutNote(text);
  const quotes = quoteOf(words, titled);
  if (note && section) for (const q of quotes) (section.noted ??= new Map()).set(q, note.place);
  return quotes;
}

/** One quote's words with the name signing it (`… — Andrej`), else `titled`; none when nothing is said. */
export function quoteOf(text: Rich, titled?: string, unmarked = false): Block[] {
  // `[2:51:48] Andrej: "…"`: the time and speaker sign the quote, after any name signing it at its end.
  const at = withoutSaidAt(text);
  const split = splitCite(at.text, unmarked);
  // `… 붙여넣으세요. (Karpathy)`: signed in brackets when no dash signs it.
  const bracketed = split.cite === undefined && at.name === undefined ? withoutParenSign(split.text) : undefined;
  const said = bracketed?.text ?? split.text;
  const signer = split.cite ?? bracketed?.name ?? at.name ?? titled;
  const cite = signedAt(signer, at.time);
  return said.length ? [{ kind: "quote", text: unwrapQuote(said), ...(cite ? { cite } : {}) }] : [];
}
