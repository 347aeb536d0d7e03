// A plan's quotes typed as a table, one row a quote: a column of sentences in quote marks, and beside it their
// translation, who said it or the box each goes in (`| # | Quote | 번역 |`). The writer meant speech balloons, not
// a table of them. A note right under such a table numbering where each goes (`(인용은 1번은 📦 칸에, 2번은 🪟 칸에
// 넣어줘)`) is said to the designer: it places the quotes and is not drawn.
import type { Table as MdTable } from "mdast";
import type { Rich } from "../../model/sheet.js";
import { QUOTES_TITLE } from "./quote-forms.js";
import { richFromCell, richText } from "./rich.js";

export interface TableQuote {
  /** The quote's words in their marks, its translation after them in brackets, as `"…" (번역)` is written. */
  text: Rich;
  cite?: string;
  /** The box its row names (`| 📦 칸 |`), when a column says where each goes. */
  place?: string;
  /** The row's number (`| 1 |`), else its count from 1: what a note under the table calls it by. */
  number: number;
}

const QUOTE_HEAD = /quot|인용|명언|어록|원문|english|영어|\bEN\b/i;
const GLOSS_HEAD = /번역|translat|해석|의미|뜻|korean|한국어|한글|gloss|meaning|\bKR\b/i;
const CITE_HEAD = /^(?:who|speaker|by|said\s+by|출처|화자|발화자|말한\s*사람)$/i;
const PLACE_HEAD = /칸|박스|패널|위치|배치|\bbox\b|\bpanel\b|where|place/i;
const NUMBER_HEAD = /^(?:#|no\.?|n|번호|순번)?$/i;
const QUOTED = /^["“„«「『'‘].+["”»」』'’]$/su;

/** The table's rows as quotes, when the table is one (a quotes column whose every cell is quoted); else undefined. */
export function tableQuotes(node: MdTable, sectionTitle: string): TableQuote[] | undefined {
  const [head, ...body] = node.children;
  if (!head || body.length === 0) return undefined;
  const names = head.children.map((c) => richText(richFromCell(c.children)).trim());
  const cell = (r: (typeof body)[number], k: number): Rich => (k >= 0 && r.children[k] ? richFromCell(r.children[k].children) : []);
  const said = (r: (typeof body)[number], k: number): string => richText(cell(r, k)).trim();
  const quoted = names.map((_, k) => body.every((r) => QUOTED.test(said(r, k))));
  // The quotes column by its name, or the one column all in quote marks under a quotes heading.
  let q = names.findIndex((n, k) => quoted[k] && QUOTE_HEAD.test(n) && !GLOSS_HEAD.test(n));
  if (q < 0 && QUOTES_TITLE.test(sectionTitle) && quoted.filter(Boolean).length === 1) q = quoted.indexOf(true);
  if (q < 0) return undefined;
  const other = (re: RegExp): number => names.findIndex((n, k) => k !== q && re.test(n));
  const gloss = other(GLOSS_HEAD);
  const cite = other(CITE_HEAD);
  const place = other(PLACE_HEAD);
  const number = names.findIndex((n, k) => k !== q && NUMBER_HEAD.test(n) && body.every((r) => /^\d{1,2}[.)]?$/.test(said(r, k))));
  return body.map((r, i) => {
    const words = cell(r, q);
    const translated = said(r, gloss);
    const out: TableQuote = {
      text: translated ? [...words, { text: " (" }, ...cell(r, gloss), { text: ")" }] : words,
      number: number >= 0 ? parseInt(said(r, number), 10) : i + 1,
    };
    if (said(r, cite)) out.cite = said(r, cite);
    if (said(r, place)) out.place = said(r, place);
    return out;
  });
}

/** `1번은 📦 칸에`, `2번 인용은 LM Arena 박스에`: a number, then the box by its words and a word for box. */
const KO_PAIR = /(\d{1,2})\s*번(?:째)?\s*(?:인용(?:구)?|명언|quote)?\s*(?:은|는|을|를|이|가)?\s+(.+?\s*(?:칸|박스|패널|상자|box|panel))\s*(?:에|으로|로|안|쪽)/giu;
/** `#1 → 📦 box`, `quote 2 in the CONTEXT panel`. */
const EN_PAIR = /(?:#|quote\s*|no\.\s*)(\d{1,2})\s*(?:→|->|=>|:|goes\s+(?:in|to|into)|in(?:to)?|to)\s*(?:the\s+)?(.+?\s*(?:box|panel|card|칸))\b/giu;
/** A sentence said to the designer about the quotes, not one of the chapter's own. */
const ABOUT_QUOTES = /인용|명언|말풍선|quote|balloon|bubble/i;

/**
 * The box for each quote number a note under the quotes says, when the note is wholly such a direction (in
 * brackets, or about the quotes); undefined when the note says anything else or names no number.
 */
export function numberedPlaces(note: string): Map<number, string> | undefined {
  const t = note.trim();
  if (!/^[(（].*[)）]$/su.test(t) && !ABOUT_QUOTES.test(t)) return undefined;
  const places = new Map<number, string>();
  for (const re of [KO_PAIR, EN_PAIR]) for (const m of t.matchAll(re)) places.set(parseInt(m[1]!, 10), m[2]!.trim());
  return places.size > 0 ? places : undefined;
}
