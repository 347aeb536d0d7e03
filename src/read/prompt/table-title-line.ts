// A layout table that leaves the banner out of its cells and names it in a line above it
// (`맨 위에 제목 띠: 🍌 NANO BANANA CHEAT SHEET: … 🍌`, `Title banner on top: 🍌 … 🍌`): the page still has its
// title row, as the line says; read from the table alone it had none, and the page was drawn without a banner.
import type { RootContent } from "mdast";
import { lineOf, plainText } from "./sections.js";

/** What a label before the title says: that it is the title, or where it goes (on top). */
const LABEL = /제목|타이틀|배너|헤더|맨\s*위|상단|title|banner|header|on\s+top|top\s+(?:strip|band|row)/i;
/** A banner as the template writes it: the banana or the words cheat sheet. */
const BANNER = /🍌|cheat\s*sheet|치트\s*시트/i;

/** The banner named in a line before `table` (outside any table), with its line; undefined when none is. */
export function titleLineBefore(nodes: RootContent[], table: RootContent): { text: string; line: number } | undefined {
  const end = nodes.indexOf(table);
  for (const node of nodes.slice(0, Math.max(0, end))) {
    if (node.type !== "paragraph") continue;
    const lines = plainText(node).split("\n");
    for (const [k, raw] of lines.entries()) {
      // `label: banner`, the label short and saying title or top; the banner itself short, as a title is.
      const colon = raw.search(/[:：]/);
      if (colon < 0 || colon > 30) continue;
      const label = raw.slice(0, colon);
      const text = raw.slice(colon + 1).replace(/\*\*/g, "").trim();
      if (LABEL.test(label) && BANNER.test(text) && text.length <= 90) return { text, line: lineOf(node) + k };
    }
  }
  return undefined;
}
