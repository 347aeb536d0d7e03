// Points typed with a bullet character Markdown does not know (`●`, `○`, `•`, `▪`), as a Google Docs or Word
// export writes its lists: Markdown reads the run as one paragraph, so the points ran on as one line of text.
// Such exports mark depth by the glyph, not by indent (`●` then `○` then `■`): a glyph first seen later in the run
// is one level deeper than the one before it. Lines stay where they were.
import type { Root, RootContent } from "mdast";
import { reparsed } from "../table-tail.js";

const GLYPH = /^([ \t]*)([●○•◦▪▫■□◆◇‣])[ \t]+(?=\S)/u;

/** A paragraph whose every line opens with a bullet glyph, as the list it was typed as; undefined otherwise. */
export function glyphBullets(node: RootContent, lines: string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "paragraph" || !node.position) return undefined;
  const { start, end } = node.position;
  const own = lines.slice(start.line - 1, end.line);
  const marks = own.map((l) => GLYPH.exec(l));
  if (marks.some((m) => !m)) return undefined;
  // An indent written out says the depth itself; only a run typed flush is given depth by its glyphs.
  const indented = marks.some((m) => m![1]!.length > 0);
  const order: string[] = [];
  const plain = own.map((l, i) => {
    const m = marks[i]!;
    if (!order.includes(m[2]!)) order.push(m[2]!);
    const depth = indented ? 0 : order.indexOf(m[2]!);
    return (indented ? m[1]! : "  ".repeat(depth)) + "- " + l.slice(m[0].length);
  });
  return reparsed(plain.join("\n"), start.line, parse);
}
