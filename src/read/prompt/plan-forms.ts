// Forms a plan is written in that say the same as the template's: a `Panel A — ` label before a title, a
// `> [!NOTE]` callout, `Term :: meaning` lines (its quotes' forms: quote-forms.ts).
import type { Block, Rich } from "../../model/sheet.js";
import type { Leaf } from "./outline.js";
import type { PhrasingContent } from "mdast";
import { richText, sliceRich } from "./rich.js";
import { isName } from "./quote-forms.js";
export { alertBody } from "./alert-blocks.js";

/** `Panel A — `, `Box 2: `, `패널 B - `: a label naming the box, not the topic; plans and drawings that label
 * every box so would otherwise match each other's boxes by the label alone. */
const PANEL_LABEL = /^(?:panel|box|section|card|block|패널|박스|섹션|블록)\s+[A-Za-z0-9]{1,2}\s*(?:—|–|-{1,2}|:|\.|\))\s+/i;

/** `(가) `, `(나) `: the tag a Korean report gives each band of a drawing, which its ratio line then names
 * (`가 : 나 : 다 = 1 : 4 : 3`); it says where the box is, not what it is about. */
const BAND_TAG = /^[(（][가나다라마바사아자차카타파하][)）][ \t\u3000]+(?=\S)/u;

export function dropPanelLabel(title: string): string {
  return dropBandTag(title.replace(PANEL_LABEL, "")).trim() || title;
}

export const dropBandTag = (line: string): string => line.replace(BAND_TAG, "");

// GitHub's five kinds, and Obsidian's (`[!INFO]`, `[!EXAMPLE]`, foldable `[!TIP]-`); `[!QUOTE]` and `[!CITE]` are
// quotes, their marker only syntax.
const CALLOUT = /^\s*\[!(note|tip|important|warning|caution|info|abstract|summary|tldr|todo|success|question|faq|help|failure|danger|error|bug|example|quote|cite)\][+-]?\s*/i;

/**
 * `> [!quote] Karpathy` over the words: the title line of a quote callout, when it is a name, is who said them;
 * any other title over a quoted sentence only heads it. Returns the words without that line, and the name.
 */
export function calloutCite(children: PhrasingContent[]): { children: PhrasingContent[]; cite?: string } {
  const [first, ...rest] = children;
  const m = first?.type === "text" ? CALLOUT.exec(first.value) : null;
  if (!first || first.type !== "text" || !m || !/^(quote|cite)$/i.test(m[1]!)) return { children };
  const nl = first.value.indexOf("\n", m[0].length);
  const title = nl >= 0 ? first.value.slice(m[0].length, nl).trim() : "";
  if (!title) return { children };
  const after = first.value.slice(nl + 1);
  const body = after ? [{ ...first, value: after }, ...rest] : rest;
  if (isName(title)) return { children: body, cite: title };
  // `> [!quote] Karpathy on tokens` over `"…"` and its `— name`: the title only heads the callout.
  const words = body.map((c) => ("value" in c ? c.value : "")).join("").trimStart();
  return /^["“‘'「『]/u.test(words) ? { children: body } : { children };
}

/**
 * A quote callout's words wherever it stands (the style part reads a `>` quote as one only under a quotes label):
 * the words without the marker, signed by a title that is a name. Undefined for any other `>` quote.
 */
export function quoteCallout(children: PhrasingContent[]): { children: PhrasingContent[]; cite?: string; skipped: number } | undefined {
  const first = children[0];
  const m = first?.type === "text" ? CALLOUT.exec(first.value) : null;
  if (!first || first.type !== "text" || !m || !/^(quote|cite)$/i.test(m[1]!)) return undefined;
  const called = calloutCite(children);
  // Signed by its title: the words start on the next line.
  if (called.children !== children) return { ...called, skipped: 1 };
  const body = first.value.slice(m[0].length);
  return { children: body ? [{ ...first, value: body }, ...children.slice(1)] : children.slice(1), skipped: m[0].includes("\n") ? 1 : 0 };
}

/** A `> [!NOTE]` callout: the marker is syntax, drawn as a bold `Note:` before the text (a quote's, not at all). */
export function callout(text: Rich): Rich {
  const [first, ...rest] = text;
  const m = first ? CALLOUT.exec(first.text) : null;
  if (!first || !m) return text;
  const kind = m[1]!.toLowerCase();
  if (kind === "quote" || kind === "cite") {
    const body = first.text.slice(m[0].length);
    return body ? [{ ...first, text: body }, ...rest] : rest;
  }
  const label = { text: `${kind[0]!.toUpperCase()}${kind.slice(1)}:`, bold: true };
  const body = first.text.slice(m[0].length);
  const [next, ...after] = body ? [{ ...first, text: body }, ...rest] : rest;
  return next ? [label, { ...next, text: ` ${next.text.trimStart()}` }, ...after] : [label];
}


const DEFINITION = /^([^:]{1,60}?)\s+::\s+(\S.*)$/;

/** `Term :: meaning` on every line of a paragraph (a definition list as some wikis write it): one item per
 * term, the term bold, instead of the lines run together as one paragraph. */
export function definitionList(lines: Leaf[]): Block | undefined {
  if (lines.length < 2 || !lines.every((l) => l.children.length === 0 && DEFINITION.test(richText(l.rich)))) return undefined;
  const items = lines.map((l) => {
    const whole = richText(l.rich);
    const m = DEFINITION.exec(whole)!;
    const term = m[1]!.trim();
    return [{ text: term, bold: true }, { text: ": " }, ...sliceRich(l.rich, whole.length - m[2]!.length)];
  });
  return { kind: "bullets", style: "plain", items };
}

/** A callout's mark: the emoji Notion and Obsidian users open a `>` note with, or GitHub's alert marker. */
const CALLOUT_MARK = /^(?:⚠️?|💡|❗|❕|ℹ️?|📝|🚨|👉|✏️?|📌|\[!(?:note|tip|important|warning|caution)\])/iu;
/** Words telling whoever draws the sheet how to draw it: `그리지 말 것`, `그려 주세요`, `don't draw`, `draw this as`;
 * or a note opened by addressing them (`> [!WARNING]` / `디자이너님께: …`, `Designer: …`). */
const TO_DESIGNER =
  /(?:그리|그려|표시하|쓰|넣|배치하)(?:지|고|어|서)?\s*(?:말\s*것|마세요|마시오|말아|주세요|줘|할\s*것)|\b(?:don'?t|do not|never|make sure to)\s+(?:draw|render|show|depict)\b|\b(?:draw|render|depict)\s+(?:this|it|them)\s+as\b|^\S*\s*(?:디자이너|designer|artist)\s*(?:님)?\s*(?:께|에게|한테|:|：)|\bto\s+the\s+(?:designer|artist)\s*:/i;

/** A callout in the plan that speaks to the designer about the drawing (`> ⚠️ … 정답이 있는 것처럼 그리지 말 것`):
 * a note on how to draw the section, not its content, so it is left out (with a warning) rather than drawn. */
export function designerNote(text: string): boolean {
  const t = text.trim();
  return CALLOUT_MARK.test(t) && TO_DESIGNER.test(t);
}
