// A point right over a Mermaid fence or table that asks for it without a colon: `- 아래 흐름을 mermaid로 그려줘
// (update 한 번이 도는 루프)`, `- Please draw this as a flowchart`. The colon-ended `- Create a flowchart:` was
// already the artist's instruction; a writer who ends the request as a sentence, an aside in brackets after it,
// asks the same, and drawn it tells the sheet's reader to draw the chart beside it.
import type { List } from "mdast";
import { asksToDraw } from "./draw-asks.js";
import { plainText } from "./sections.js";

/** A bracketed aside closing the sentence: `(update 한 번이 도는 루프)`, said to the designer with the ask. */
const ASIDE = /\s*[(（][^()（）]{0,80}[)）]\s*$/u;

/** Whether a list of one item asks for the fence or table under it to be drawn. */
export function fenceAsk(list: List): boolean {
  const [item, ...more] = list.children;
  if (!item || more.length > 0) return false;
  if (!item.children.every((c) => c === item.children[0] || c.type === "code" || c.type === "table")) return false;
  const said = plainText(item.children[0]).trim();
  return asksToDraw(said) || asksToDraw(said.replace(ASIDE, ""));
}
