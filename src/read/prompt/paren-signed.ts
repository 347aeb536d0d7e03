// A quote signed in brackets at its end instead of after a dash (`> 중요한 문서는 … 붙여넣으세요. (Karpathy)`), as
// chat models and note apps often sign one: left as it is, the name is drawn as the quote's last words and the
// quote has no signature. Only a name after the sentence's end counts: `(lossy)` or `(번역)` closing the words
// is a gloss, not who said them.
import type { Rich } from "../../model/sheet.js";
import { isName } from "./quote-forms.js";
import { richText, sliceRich } from "./rich.js";

/** A sentence's end or closing mark, then a bracketed short name closing the line. */
const PAREN_SIGNED = /[.!?。！？"”’」』»][ \t]*[(（]([^()（）\n]{1,40})[)）][ \t]*$/u;
/** A name as people sign with it: a capitalised word or words (`Karpathy`, `Andrej Karpathy`), or a short Korean name. */
const SIGNER = /^(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Script=Hangul}{2,5})$/u;

/** Where the bracketed signature of a line starts (after the mark it follows) and the name in it. */
export function parenSigned(line: string): { end: number; name: string } | undefined {
  const m = PAREN_SIGNED.exec(line);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (!SIGNER.test(name) || !isName(name)) return undefined;
  return { end: m.index + 1, name };
}

/** The quote's words without a bracketed signature closing them, and the name; undefined when none closes them. */
export function withoutParenSign(text: Rich): { text: Rich; name: string } | undefined {
  const signed = parenSigned(richText(text));
  return signed ? { text: sliceRich(text, 0, signed.end), name: signed.name } : undefined;
}
