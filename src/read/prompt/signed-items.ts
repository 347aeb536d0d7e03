// A list item that is one quote in its marks, signed in brackets after them as 개조식 notes and chat models sign
// (`○ 『We don't know …』 (카파시)`), maybe with its translation as the one point under it (`― 무엇이 … 모른다`).
// Read as points, the quote was drawn as a bullet with its marks and its name, and the translation as a bullet of
// its own; the writer set the line apart as the speaker's words. The quote is read with its translation in
// brackets after the words and the name signing it, as a `"…" (번역) — 이름` quote is.
import type { List, PhrasingContent } from "mdast";
import type { Rich } from "../../model/sheet.js";
import { parenSigned } from "./paren-signed.js";
import { citeOf } from "./quote-forms.js";
import { richFromInline, sliceRich } from "./rich.js";
import { plainText } from "./sections.js";

const CLOSING: Record<string, string> = { '"': '"', "“": "”", "„": "“", "「": "」", "『": "』", "«": "»" };
const HANGUL = /\p{Script=Hangul}/u;
/** A dash opening the translation's line, when the writer typed one. */
const GLOSS_DASH = /^[ \t]*(?:―|—|–|--)[ \t]*/;

/** Where the quotation of a line signed after it ends (just past its closing mark) and who signs it, if the line is one. */
function quoteEnd(said: string): { end: number; name: string } | undefined {
  const close = CLOSING[said[0] ?? ""];
  if (!close || said.includes("\n")) return undefined;
  const paren = parenSigned(said);
  const cite = paren ? undefined : citeOf(said);
  const end = paren ? paren.end : cite !== undefined ? said.lastIndexOf(close) + 1 : -1;
  // The words between the marks hold no other closing mark: `"a" and "b" (X)` quotes twice.
  if (end < 2 || said[end - 1] !== close || said.slice(1, end - 1).includes(close)) return undefined;
  return { end, name: paren?.name ?? cite! };
}

/** The paragraph's inline content, when a list item is that alone. */
function onlyParagraph(item: List["children"][number] | undefined): PhrasingContent[] | undefined {
  const p = item?.children.length === 1 ? item.children[0] : undefined;
  return p?.type === "paragraph" ? p.children : undefined;
}

/** The quote a one-item list is, its translation put in brackets after its words, and who signs it; or undefined. */
export function signedItemQuote(list: List): { text: Rich; name: string } | undefined {
  const [item, ...more] = list.children;
  const first = item?.children[0];
  if (!item || more.length > 0 || first?.type !== "paragraph" || item.children.length > 2) return undefined;
  const rich = richFromInline(first.children);
  const said = plainText(first).trim();
  const lead = plainText(first).length - plainText(first).trimStart().length;
  const signed = quoteEnd(said);
  if (signed === undefined) return undefined;
  const { end, name } = signed;
  const quote = sliceRich(rich, 0, lead + end);
  const under = item.children[1];
  if (!under) return paren(said) ? { text: quote, name } : undefined;
  // The one point under it, in the other language than the quote: its translation.
  const gloss = under.type === "list" && under.children.length === 1 ? onlyParagraph(under.children[0]) : undefined;
  const words = gloss ? plainText({ children: gloss } as never).replace(GLOSS_DASH, "").trim() : "";
  if (!words || HANGUL.test(words) === HANGUL.test(said.slice(0, end))) return undefined;
  return { text: [...quote, { text: ` (${words})` }], name };
}

/** Signed in brackets, not after a dash (a dash-signed item alone is read where such items always were). */
const paren = (said: string): boolean => parenSigned(said) !== undefined;
