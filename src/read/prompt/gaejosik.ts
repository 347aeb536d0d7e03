// Points typed as a Korean government report (개조식) types them: `□` over `○` over `-` or `―`, with `※` notes,
// each level set in by full-width spaces (U+3000), as HWP keeps them. Markdown takes neither the glyphs nor the
// full-width indent for a list, so the points ran on as one paragraph. A paragraph whose every line opens with
// such a mark, at least one of them set in by a full-width space, is the nested list it was typed as: its depth
// by the indent (the narrowest indent the top level), a `※` note among them an item of its own at its indent, its
// mark kept, and the notes closing the run the lines of text under the list they are.
import type { Root, RootContent } from "mdast";
import { reparsed } from "../table-tail.js";

const MARK = /^([ \t\u3000]*)([□■○◦●◇◆ㅇ\-―·∙•※])[ \t\u3000]+(?=\S)/u;

/** How far a line's indent sets it in: a full-width space is two columns, a tab four. */
const width = (indent: string): number => [...indent].reduce((w, c) => w + (c === "\u3000" ? 2 : c === "\t" ? 4 : 1), 0);

/** The paragraph read as the outline it was typed as; undefined when it is not one. */
export function gaejosik(node: RootContent, lines: string[], parse: (text: string) => Root): RootContent[] | undefined {
  if (node.type !== "paragraph" || !node.position) return undefined;
  const { start, end } = node.position;
  const own = lines.slice(start.line - 1, end.line);
  const marks = own.map((l) => MARK.exec(l));
  if (marks.some((m) => !m) || !marks.some((m) => m![1]!.includes("\u3000"))) return undefined;
  const levels = [...new Set(marks.map((m) => width(m![1]!)))].sort((a, b) => a - b);
  let last = -1;
  const plain = own.map((l, i) => {
    const m = marks[i]!;
    // A level is never deeper than one under the line above it, as Markdown nests.
    const depth = Math.min(levels.indexOf(width(m[1]!)), last + 1);
    last = depth;
    const note = m[2] === "※" ? "※ " : "";
    return "  ".repeat(depth) + "- " + note + l.slice(m[0].length).trimEnd();
  });
  // `※` notes closing the run remark on the points above them, a line of text under the list, not one more point.
  let notes = own.length;
  while (notes > 1 && marks[notes - 1]![2] === "※") notes--;
  if (notes === own.length) return reparsed(plain.join("\n"), start.line, parse);
  const tail = own.slice(notes).map((l) => l.replace(/^[ \t\u3000]+/u, "").trimEnd());
  return [...reparsed(plain.slice(0, notes).join("\n"), start.line, parse), ...reparsed(tail.join("  \n"), start.line + notes, parse)];
}
