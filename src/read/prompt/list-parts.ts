// A plan list cut where its items hold a fence, a quote or a table: what a writer nests under an item (a
// diagram, a `> "…"`, a table indented under `- Comparison:`) belongs right after that item, and the items after
// it follow as a list of their own. So does an item that is itself a signed quote (`- “…” — Karpathy`).
import type { Blockquote, Code, List, ListItem, RootContent, Table } from "mdast";
import { outermost } from "./mermaid.js";
import { FRAMING } from "./plan-sections.js";
import { signedQuote } from "./quote-forms.js";
import { plainText } from "./sections.js";
import { signedItemQuote } from "./signed-items.js";

/** The code blocks, quotes and tables inside a list's items, in document order (a quote's own content not searched). */
export function heldBlocks(list: List): (Code | Blockquote | Table)[] {
  return outermost<Code | Blockquote | Table>([list], ["code", "blockquote", "table"]);
}

/**
 * An item that is one quote in its marks signed after a dash (`- “…” — Andrej Karpathy`), nothing under it: the
 * quote a `>` would have made, as a paragraph so written is. Its words, or undefined.
 */
export function signedItem(list: List): string | undefined {
  const [item, ...more] = list.children;
  if (!item || more.length > 0 || item.children.length !== 1 || item.children[0]!.type !== "paragraph") return undefined;
  const said = plainText(item.children[0]).trim();
  return signedQuote(said) ? said : undefined;
}

const alone = (list: List, item: ListItem): boolean => {
  const one = { ...list, children: [item] };
  return heldBlocks(one).length > 0 || signedItem(one) !== undefined || signedItemQuote(one) !== undefined;
};

/**
 * A list cut where its items hold code, a quote or a table, or are a signed quote: each such item stands alone, and so does a last item that leads in
 * with a colon to the code after the list. Without code, the list whole.
 */
export function listParts(list: List, next: RootContent | undefined): List[] {
  const items = list.children;
  const holds = items.map((item) => alone(list, item));
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
