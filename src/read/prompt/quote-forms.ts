// How a plan writes its quotes: marks around the words, a signature after a dash (`"…" — Karpathy`), a gloss in
// brackets or on the line under it (`번역: …`, `🇰🇷 "…"` over `🇺🇸 "…"`), quotes in a speech balloon or a list of them.
import type { Rich } from "../../model/sheet.js";
import type { List, PhrasingContent, Text } from "mdast";
import { richText, sliceRich } from "./rich.js";
import { plainText } from "./sections.js";
import { parenSigned } from "./paren-signed.js";

/** A parenthesis closing the quote after its marks (`"…" (흐릿한 기억이다)`), with the spaces before it. */
const TRANSLATED = /(?<=["”'’»」』])\s*[(（][^()（）]+[)）]\s*$/;

/** The spans with the characters at these offsets of their joined text left out. */
function dropAt(text: Rich, offsets: number[]): Rich {
  let pos = 0;
  return text
    .map((s) => {
      const start = pos;
      pos += s.text.length;
      const kept = s.text.split("").filter((_, k) => !offsets.includes(start + k)).join("");
      return { ...s, text: kept };
    })
    .filter((s) => s.text !== "");
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "“": "”", "„": "“", "‘": "’", "'": "'", "«": "»", "‹": "›", "「": "」", "『": "』" };

/** `> "What you're talking to …"`: the quote box draws its own marks, so marks around the whole text go. */
export function unwrapQuote(text: Rich): Rich {
  const first = text[0];
  const last = text[text.length - 1];
  const open = first?.text.trimStart()[0];
  const close = open ? QUOTE_PAIRS[open] : undefined;
  if (first && open && close) {
    // `"…" (its translation)`: the marks go, the translation stays after the words.
    const whole = richText(text);
    const m = TRANSLATED.exec(whole);
    const at = m ? whole.lastIndexOf(close, whole.length - m[0].length) : -1;
    const inner = at > 0 ? whole.slice(whole.indexOf(open) + 1, at) : "";
    if (m && inner.trim() && !inner.includes(close)) return dropAt(text, [whole.indexOf(open), at]);
  }
  if (!first || !last || !open || !close || !last.text.trimEnd().endsWith(close)) return text;
  const inner = richText(text).trim().slice(1, -1);
  if (inner.trim() === "" || inner.includes(close) || (open !== close && inner.includes(open))) return text;
  const out = text.map((s) => ({ ...s }));
  out[0]!.text = out[0]!.text.trimStart().slice(1);
  const end = out[out.length - 1]!;
  end.text = end.text.trimEnd().slice(0, -1);
  return out.filter((s) => s.text !== "");
}

/** `"…" — Karpathy` closing a quote: a dash (or a tilde, `~ AK`), then a short name, after the closing mark or on a line of its own. */
// The signature may go on with where in the lecture it was said (`— 카파시, 강의 1:02:15`): `,` `:` and brackets
// are let in, and `signs` decides whether what it caught is a name.
const CITED = /(["”’」』»]|\n)[ \t]*(?:—|―|–|--|-|~|～)[ \t]*([\p{L}][\p{L}\p{N}.'’ ,，:()[\]@-]{0,40})$/u;
/** The dashes a signature follows, as a pattern. */
export const DASH = "(?:—|―|–|--|-)";
const SIGNER = "([\\p{L}][\\p{L}\\p{N}.'’ -]{0,40}?)";
const BRACKETED = "([(（][^()（）]+[)）])";
/** The closing mark, the name, then a gloss in brackets: `"…" — Karpathy (번역)` (a gloss on the line under the
 * signature is joined to it first, `glossLine`). */
const SIGNED_GLOSS = new RegExp(`(["”’」』»])[ \\t]*${DASH}[ \\t]*${SIGNER}[ \\t]*${BRACKETED}\\s*$`, "u");
/** The closing mark, a gloss in brackets, then the name: `"…" (번역) — Karpathy`. */
const GLOSS_SIGNED = new RegExp(`(["”’」』»])[ \\t]*${BRACKETED}[ \\t]*${DASH}[ \\t]*([\\p{L}][\\p{L}\\p{N}.'’ -]{0,40})\\s*$`, "u");

/** Where a signed, glossed quote's closing mark and gloss stand in its text, and who signs it. */
function signedGloss(whole: string): { close: number; gloss: [number, number]; name: string } | undefined {
  const at = (m: RegExpExecArray, g: string): [number, number] => {
    const from = m.index + m[0].lastIndexOf(g);
    return [from, from + g.length];
  };
  const a = SIGNED_GLOSS.exec(whole);
  if (a && signs(a[2]!.trim())) return { close: a.index, gloss: at(a, a[3]!), name: a[2]!.trim() };
  const b = GLOSS_SIGNED.exec(whole);
  if (b && signs(b[3]!.trim())) return { close: b.index, gloss: at(b, b[2]!), name: b[3]!.trim() };
  return undefined;
}
const UNMARKED_CITE = /(\s)(?:—|―|–|--)[ \t]*([\p{L}][\p{L}\p{N}.'’ ,，:()[\]@-]{0,40})$/u;

// A model's name counts too: `— DeepSeek-R1`, `— GPT-4o`; and a name with a Korean note of where it was said
// (`— DeepSeek-R1 응답 중`, `— Karpathy 강의에서`); not a box's name (`→ LM Arena 칸`), a note of where the quote goes.
const NAME = /^(?:[A-Z][\p{L}\p{N}.'’-]*(?:\s+[A-Z][\p{L}\p{N}.'’-]*){0,3}(?:\s+(?![가-힣]*(?:칸|박스|패널|섹션|영역|상자|자리|쪽))\p{Script=Hangul}{1,4}){0,2}|\p{Script=Hangul}{2,5}(?:\s\p{Script=Hangul}{2,4})?)$/u;

/** A name signing a quote, maybe with where in the lecture it was said: `카파시, 강의 1:02:15`, `Karpathy @ 2:15:30`,
 * `Andrej (lecture, 1:02:15)`. The time is the signature's, not the quote's words. */
const SAID_AT = /(?:\s*[,，]\s*|\s+)[(\[]?(?:(?:강의|영상|lecture|video|talk)\s*[,，]?\s*)?(?:at\s*|@\s*)?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*$/iu;
// Korean words closing a sentence (`골드 러시다`, `그렇죠`, `맞아요`) say something; a name does not end so.
const SENTENCE_END = /\p{Script=Hangul}*(?:다|요|죠)$/u;
const signs = (text: string): boolean => (NAME.test(text) && !(/^\p{Script=Hangul}/u.test(text) && SENTENCE_END.test(text))) || (SAID_AT.test(text) && NAME.test(text.replace(SAID_AT, "").trim()));

/** A quote's own attribution, split off so that it is drawn as the note's signature, not as its words. */
export function splitCite(text: Rich, unmarked = false): { text: Rich; cite?: string } {
  const whole = richText(text);
  // `"…" — Karpathy (번역)`, `"…" (번역) — Karpathy`: signed and glossed. The gloss goes after the words in
  // brackets, as a translation right after the marks does.
  const glossed = signedGloss(whole);
  if (glossed) {
    const [from, to] = glossed.gloss;
    return { text: [...sliceRich(text, 0, glossed.close + 1), { text: " " }, ...sliceRich(text, from, to)], cite: glossed.name };
  }
  // A quote without marks (a balloon's) is signed after a dash alone: `… by the hour — Andrej`.
  const m = CITED.exec(whole) ?? (unmarked ? UNMARKED_CITE.exec(whole) : null);
  // A name, not a remark: `— Karpathy`, `— Andrej Karpathy`, `— 카파시`; `— 가끔 맞히고 가끔 틀린다` is the quote's own words.
  if (!m || !signs(m[2]!.trim())) return { text };
  // The closing mark stays with the words; a newline or the blank before an unmarked signature does not.
  const keep = m.index + (m[1] === "\n" || !/\S/.test(m[1]!) ? 0 : m[1]!.length);
  let pos = 0;
  const out = text
    .map((s) => {
      const start = pos;
      pos += s.text.length;
      return { ...s, text: s.text.slice(0, Math.max(0, keep - start)) };
    })
    .filter((s) => s.text !== "");
  return { text: out, cite: m[2]!.trim() };
}

/**
 * Quotes written one a line, each with its own attribution (`> “…” — Andrej` over `> “…” — Andrej`) or each in its
 * own marks: Markdown joins them into one paragraph, but they are as many quotes. Anything else stays one quote.
 */
export function quoteLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines = splitLines(children);
  const said = lines.filter((l) => plainText({ children: l }).trim());
  if (said.length < 2) return [children];
  const glossed = said.length === 2 ? glossLine(said[0]!, said[1]!) : undefined;
  if (glossed) return [glossed];
  const paired = glossPairs(said);
  if (paired) return paired;
  // Signed each its own way (`— Karpathy` over `(Andrej)` over `~ AK`, a chat model's mix): still one quote a line.
  const signed = (l: PhrasingContent[]): boolean => citeOf(plainText({ children: l })) !== undefined || parenSigned(plainText({ children: l }).trim()) !== undefined;
  if (said.every(signed)) return said;
  // Three lines or more, each a whole quote in its own marks (`> "…"` over `> "…"` over `> "…"`): a list of quotes,
  // one a line. Two such lines may be one quote said in two breaths, and stay one.
  // A line signed in brackets (`… 붙여넣으세요. (Karpathy)`) among them is a quote of its own too.
  return said.length >= 3 && said.every((l) => wholeInMarks(plainText({ children: l })) || parenSigned(plainText({ children: l }).trim()) !== undefined) ? said : [children];
}

/** Whether a line is one quote from its opening mark to the mark closing it, with no mark between. */
export function wholeInMarks(line: string): boolean {
  const t = line.trim();
  const close = MARKS[t[0] ?? ""];
  return close !== undefined && t.length > 2 && t.endsWith(close) && !t.slice(1, -1).includes(close);
}

/** A label or arrow opening a line that glosses the line above: `번역:`, `Translation:`, `→`. */
const GLOSS_LABEL = /^\s*(?:(?:번역|해석|뜻|translation|kr|ko)\s*[:：]|→|->|=>)\s*/i;

/**
 * A signed quote over its gloss (`> "…" — Karpathy` over `> 번역: …`, `> → …`, `> (…)` or a line in Korean): the
 * quote signed and then glossed on one line, `"…" — Karpathy (…)`, which `splitCite` reads.
 */
function glossLine(quote: PhrasingContent[], gloss: PhrasingContent[]): PhrasingContent[] | undefined {
  const said = plainText({ children: gloss }).trim();
  if (citeOf(plainText({ children: quote })) === undefined || citeOf(said) !== undefined) return undefined;
  if (/^[(（][^()（）]+[)）]$/.test(said)) return [...quote, { type: "text", value: " " }, ...gloss];
  const label = GLOSS_LABEL.exec(said);
  if (!label && !/\p{Script=Hangul}/u.test(said)) return undefined;
  const [first, ...rest] = gloss;
  const words = label && first?.type === "text" ? [{ ...first, value: first.value.replace(GLOSS_LABEL, "") }, ...rest] : gloss;
  return [...quote, { type: "text", value: " (" }, ...words, { type: "text", value: ")" }];
}

/** A flag opening a line: the writer's mark for the language the line is in (`🇰🇷 "…"` over `🇺🇸 "…"`). */
const FLAG = /^\s*\p{Regional_Indicator}{2}\s*/u;
const OPENS_MARK = /^\s*["“„«「『]/u;
/** A dash opening a gloss line: `— 토큰 자동완성, …` (a dash before a name alone signs the quote instead). */
const GLOSS_DASH = /^\s*(?:—|―|–|--)\s*/;
const HANGUL = /\p{Script=Hangul}/u;

/** The line's inline content with the first text node's opening `pattern` taken off. */
function dropOpening(line: PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const [first, ...rest] = line;
  return first?.type === "text" ? [{ ...first, value: first.value.replace(pattern, "") }, ...rest].filter((c) => c.type !== "text" || c.value !== "") : line;
}

/**
 * Quotes each over their gloss, two lines a quote: `> "…"` over `> — 번역`, `> → …`, `> (…)`, or a flag's line in
 * one language over a flag's line in the other (`> 🇰🇷 "…"` over `> 🇺🇸 "…"`). Markdown joins them all into one
 * paragraph; they are as many quotes as pairs, each drawn as its words with the other line in brackets after
 * them (the flags are the writer's language marks, not words). Undefined unless every pair reads so.
 */
function glossPairs(said: PhrasingContent[][]): PhrasingContent[][] | undefined {
  if (said.length < 2 || said.length % 2 !== 0) return undefined;
  const out: PhrasingContent[][] = [];
  for (let k = 0; k < said.length; k += 2) {
    const [quote, gloss] = [said[k]!, said[k + 1]!];
    const q = plainText({ children: quote });
    const g = plainText({ children: gloss });
    if (!OPENS_MARK.test(q.replace(FLAG, ""))) return undefined;
    let words: PhrasingContent[];
    if (FLAG.test(q) && FLAG.test(g) && OPENS_MARK.test(g.replace(FLAG, ""))) words = dropOpening(gloss, FLAG);
    // A dash line in the other language glosses the quote; in the quote's own it signs or remarks (`— Karpathy, 2024`).
    else if (GLOSS_DASH.test(g) && !signs(g.replace(GLOSS_DASH, "").trim()) && HANGUL.test(g) !== HANGUL.test(q)) words = dropOpening(gloss, GLOSS_DASH);
    else if (GLOSS_LABEL.test(g)) words = dropOpening(gloss, GLOSS_LABEL);
    // The same quote again in its marks in the other language (`> "The model…"` over `> "모델은…"`): its translation.
    else if (OPENS_MARK.test(g) && citeOf(q) === undefined && citeOf(g) === undefined && HANGUL.test(g) !== HANGUL.test(q)) words = unmarked(gloss);
    else return undefined;
    out.push([...dropOpening(quote, FLAG), { type: "text", value: " (" }, ...words, { type: "text", value: ")" }]);
  }
  return out;
}

/** A line's inline content without the marks around it: a translation in brackets needs no quote marks too. */
function unmarked(line: PhrasingContent[]): PhrasingContent[] {
  const open = dropOpening(line, OPENS_MARK);
  const last = open[open.length - 1];
  return last?.type === "text" ? [...open.slice(0, -1), { ...last, value: last.value.replace(/["”»」』]\s*$/u, "") }] : open;
}

/** A paragraph's inline content cut at its line breaks, soft or hard. */
export function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const c of children) {
    if (c.type === "break") lines.push([]);
    else if (c.type === "text" && c.value.includes("\n")) {
      c.value.split(/\r?\n/).forEach((part, k) => {
        if (k > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({ ...c, value: part });
      });
    } else lines[lines.length - 1]!.push(c);
  }
  return lines;
}

/** Opening marks and the marks that close them. */
const MARKS: Record<string, string> = { '"': '"', "“": "”", "„": "“", "「": "」", "『": "』", "«": "»" };

/** Whether a paragraph is one quote in its marks, signed after a dash (`“…” — Karpathy`), on one line. */
export function signedQuote(said: string): boolean {
  const text = said.trim();
  const close = MARKS[text[0] ?? ""];
  if (!close || text.includes("\n") || citeOf(text) === undefined) return false;
  const end = text.lastIndexOf(close);
  // The words between the marks hold no other closing mark: `"a" and "b" — X` is a sentence quoting twice.
  return end > 1 && !text.slice(1, end).includes(close);
}

/** Whether words are a name that can sign a quote (`Andrej Karpathy`, `DeepSeek-R1`, `카파시`), not a remark. */
export const isName = (text: string): boolean => signs(text);

/** The attribution after a quote's closing mark (`“…” — Andrej`), when it names someone. */
export function citeOf(text: string): string | undefined {
  const m = CITED.exec(text.trimEnd());
  return m && m[1] !== "\n" && signs(m[2]!.trim()) ? m[2]!.trim() : undefined;
}

/** A speech balloon opening a line: the writer's mark for "a quote" (`💬 All of this hardware… — Andrej`). */
export const BALLOON = /^\s*(?:💬|🗨️?|🗣️?|💭)\s*/u;

/**
 * Quotes written one a line, each opening with a speech balloon and no quote marks, maybe under a line that
 * labels them (`Quotes to put in the 💬 box:`): each line is a quote, the balloon its mark, not its words.
 * Undefined unless every line but such a label opens with a balloon and at least two do.
 */
export function balloonQuotes(children: PhrasingContent[]): { label?: string; quotes: PhrasingContent[][] } | undefined {
  const lines = splitLines(children).filter((l) => plainText({ children: l }).trim());
  const first = lines[0] ? plainText({ children: lines[0] }).trim() : "";
  const label = /[:：]$/.test(first) && !BALLOON.test(first);
  const said = label ? lines.slice(1) : lines;
  if (said.length < 2 || !said.every((l) => l[0]?.type === "text" && BALLOON.test(l[0].value))) return undefined;
  const quotes = said.map(([head, ...rest]) => [{ ...(head as Text), value: (head as Text).value.replace(BALLOON, "") }, ...rest]);
  return { ...(label ? { label: first } : {}), quotes };
}

/** A section about quotes: `인용구`, `Quotes`, `명언`, `Key lines`. */
export const QUOTES_TITLE = /quot|인용|명언|어록/i;
// A quote may open with the box it goes in (`[TAKEAWAYS] "…"`) and close with one after an arrow (`"…" ← 이 칸에`).
const OPENS_QUOTED = /^\s*(?:[\[［【][^\]］】"“”]{1,40}[\]］】]\s*[:：]?\s*)?["“”„«「『]/u;
const CLOSES_QUOTED = /["“”»」』](?:\s*(?:[—–-]{1,2}|[(（]|→|->|←|<-).*)?$/u;

/**
 * A list under a quotes heading whose every item is one sentence in quote marks (`- "…"`, `- “…” — Karpathy`):
 * the section's quotes, each its own quote, not a bulleted list of them. Returns each item's words.
 */
// `words` gives what an item says without what is written around it (the time and speaker it was said at).
export function quotedItems(list: List, words: (text: string) => string = (t) => t): PhrasingContent[][] | undefined {
  const items = list.children.map((item) => (item.children.length === 1 && item.children[0]?.type === "paragraph" ? item.children[0].children : undefined));
  if (items.length === 0 || items.some((c) => !c)) return undefined;
  const said = items as PhrasingContent[][];
  return said.every((c) => {
    const t = words(plainText({ children: c } as never).trim());
    return !t.includes("\n") && OPENS_QUOTED.test(t) && CLOSES_QUOTED.test(t);
  })
    ? said
    : undefined;
}
