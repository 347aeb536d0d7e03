// A quote signed on a line of its own under its words, with no quote marks around them (`> The model is
// discovering ways to think.` over `> — Andrej Karpathy`), as wikis and mail sign a block quote. Markdown joins
// the two lines, so the name was read as the quote's last words; it is the quote's signature. A quote in its
// marks is left to the readers that know its forms (a dash line under it may be its translation).
import type { PhrasingContent } from "mdast";
import { DASH, isName, splitLines } from "./quote-forms.js";
import { plainText } from "./sections.js";

/** `— Andrej Karpathy`, `-- Karpathy`, `― 카파시`: a dash, then at most a few words. */
const SIGN_LINE = new RegExp(`^\\s*${DASH}\\s*(\\S[^\\n]{0,60})$`, "u");
const OPENS_MARK = /^\s*["“„«「『‘']/u;

export function signatureLine(children: PhrasingContent[]): { children: PhrasingContent[]; cite: string } | undefined {
  const lines = splitLines(children).filter((l) => plainText({ children: l }).trim());
  if (lines.length < 2 || OPENS_MARK.test(plainText({ children: lines[0]! }))) return undefined;
  const m = SIGN_LINE.exec(plainText({ children: lines[lines.length - 1]! }));
  const name = m?.[1]!.trim();
  if (!name || !isName(name)) return undefined;
  const words = lines.slice(0, -1).flatMap((l, k): PhrasingContent[] => (k > 0 ? [{ type: "text", value: "\n" }, ...l] : l));
  return { children: words, cite: name };
}
