// A plan list cut where its items hold a fence or a quote: what a writer nests under an item (a diagram, a
// `> "…"`) belongs right after that item, and the items after it follow as a list of their own.
import type { Blockquote, Code, List, RootContent } from "mdast";
import { outermost } from "./mermaid.js";
import { FRAMING } from "./plan-sections.js";
import { plainText } from "./sections.js";

/** The code blocks and quotes inside a list's items, in document order (a quote's own content not searched). */
export function heldBlocks(list: List): (Code | Blockquote)[] {
  return outermost<Code | Blockquote>([list], ["code", "blockquote"]);
}

/**
 * A list cut where its items hold code or a quote: each such item stands alone, and so does a last item that leads in
 * with a colon to the code after the list. Without code, the list whole.
 */
export function listParts(list: List, next: RootContent | undefined): List[] {
  const items = list.children;
  const holds = items.map((item) => heldBlocks({ ...list, children: [item] }).length > 0);
  const last = items.length - 1;
  const leadsIn = next?.type === "code" && last > 0 && FRAMING.test(plainText(items[last]!.children[0]).trim());
  if (!holds.some(Boolean) && !leadsIn) return [list];
  const parts: List[] = [];
  let from = 0;
  items.forEach((_, k) => {
    const alone = holds[k] || (k === last && leadsIn);
    if (!alone) return;
    if (k > from) parts.push(sublist(list, from, k));
    parts.push(sublist(list, k, k + 1));
    from = k + 1;
  });
  if (from < items.length) parts.push(sublist(list, from, items.length));
  return parts;
}

function sublist(list: List, from: number, to: number): List {
  const part: List = { ...list, children: list.children.slice(from, to) };
  if (list.ordered) part.start = (list.start ?? 1) + from;
  return part;
}
