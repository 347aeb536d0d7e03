// A plan written as one outline: its numbered items (`1. 🏟️ **LM Arena**`, `1) 🪞 자아가 없다`) title the sections,
// and what stands between two items is the first one's body.
import type { List, RootContent } from "mdast";
import { lineOf, parseMarkdown, plainText, type Subsection } from "./sections.js";

const EMOJI_LED = /^\p{Extended_Pictographic}/u;

const itemTitle = (item: List["children"][number]): string => plainText(item.children[0]).split("\n")[0]!.trim();

/** A top-level list that could hold the plan's sections: ordered, or every item with points under it. */
const sectionList = (n: RootContent): n is List =>
  n.type === "list" && (n.ordered === true || n.children.every((i) => i.children.length > 1)) && n.children.every((i) => i.children[0]?.type === "paragraph");

/** Two numbered items at the margin at least, each opening with an emoji: the plan's sections, as an outline. */
export function emojiOutline(nodes: RootContent[]): boolean {
  return nodes.flatMap((n) => (n.type === "list" && n.ordered === true ? n.children.filter((i) => EMOJI_LED.test(itemTitle(i))) : [])).length >= 2;
}

/**
 * The sections of a plan written as one outline: every item of its top-level ordered lists (or of bullet
 * lists whose items all have points under them) is a section, titled by its first line; its nested points
 * and whatever stands between it and the next item (a table, a diagram at the margin) are its body. Once the
 * sections so far all open with an emoji, a list none of whose items does (`4) 📌 Key Takeaways` over `1. …`
 * `2. …`) is that section's own list: the writer titled every section alike, and these are its points.
 */
export function itemSections(nodes: RootContent[]): Subsection[] {
  if (!nodes.some(sectionList)) return [];
  const out: Subsection[] = [];
  for (const node of nodes) {
    const own = sectionList(node) && out.length > 0 && out.every((s) => EMOJI_LED.test(s.title)) && !node.children.some((i) => EMOJI_LED.test(itemTitle(i)));
    if (!sectionList(node) || own) {
      out[out.length - 1]?.nodes.push(node);
      continue;
    }
    for (const item of node.children) {
      const [head, ...body] = item.children;
      const lines = plainText(head).split("\n");
      const title = lines[0]!.trim();
      const rest = lines.slice(1).join("\n").trim();
      const line = lineOf(item);
      out.push({ title, line, depth: 2, nodes: [...itemLead(rest, line), ...(body as RootContent[])] });
    }
  }
  return out;
}

/** A delimiter row of a pipe table: `|---|:--:|`. */
const DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * The lines typed right under an item's title, in its paragraph. A pipe table typed there with no blank line
 * (`3) 🛠️ 정체성 심는 법` over `| | 학습 시 |` and `|---|`) is read by Markdown as more of the item's line, since a
 * lazy line cannot open a table; drawn so, its rows ran on after the title as one line of pipes. It is the
 * section's table, as a previewer shows it, so those lines are read again as Markdown of their own.
 */
function itemLead(rest: string, line: number): RootContent[] {
  if (!rest) return [];
  const lines = rest.split("\n");
  if (lines.length >= 2 && lines[0]!.trim().startsWith("|") && DELIMITER.test(lines[1]!.trim())) {
    // Blank lines ahead keep every node on the line it was typed on.
    return parseMarkdown(`${"\n".repeat(line)}${rest}`).children;
  }
  return [{ type: "paragraph", children: [{ type: "text", value: rest }], position: { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: 1 } } }];
}
