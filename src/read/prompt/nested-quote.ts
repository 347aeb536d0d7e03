// A blockquote holding another (`> 노트:` over `>> "…"`, as a mail reply or a note on a quote is typed): the
// inner `>>` lines are the quote, and the outer lines are the writer's note on it — a label, a remark after it
// — not the quote's words. Read as one quote, the note would be drawn on the sticky note and the quote lost.
import type { Blockquote, Paragraph, PhrasingContent } from "mdast";
import type { Block } from "../../model/sheet.js";
import { wholeInMarks } from "./quote-forms.js";
import { richFromInline } from "./rich.js";
import { plainText } from "./sections.js";

/** A label and nothing else (`노트:`, `Note —`): it names the note, and says nothing on its own. */
const BARE_LABEL = /^[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：—-]$/u;

export interface NestedQuote {
  /** The quotes, in the order written: each inner blockquote, and an outer paragraph that is one quote in its marks. */
  quotes: Blockquote[];
  /** The writer's note around them as one paragraph, unless it is only a label. */
  note?: Block;
}

/** A blockquote holding another: its quotes and the note around them; undefined for a plain one. */
export function nestedQuote(node: Blockquote): NestedQuote | undefined {
  if (!node.children.some((c) => c.type === "blockquote")) return undefined;
  const quotes: Blockquote[] = [];
  const said: Paragraph[] = [];
  for (const c of node.children) {
    if (c.type === "blockquote") quotes.push(c);
    else if (c.type === "paragraph" && wholeInMarks(plainText(c))) quotes.push({ type: "blockquote", children: [c], position: c.position });
    else if (c.type === "paragraph") said.push(c);
  }
  const words = said.map((p) => plainText(p).trim()).join(" ");
  if (!words || (words.length <= 30 && BARE_LABEL.test(words))) return { quotes };
  const children: PhrasingContent[] = said.flatMap((p, k) => (k > 0 ? [{ type: "text" as const, value: " " }, ...p.children] : p.children));
  return { quotes, note: { kind: "paragraph", text: richFromInline(children) } };
}
