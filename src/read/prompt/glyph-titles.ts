// A plan whose sections are titled by a line under a block glyph, `■ 1. 🗺️ Topic Overview`, or in lenticular
// brackets, `【Key Takeaways】`: how a Korean blog post or report marks a title once the editor's bold and
// heading sizes are lost in the copy. Markdown reads such a line as text (a lone `■` line as a one-point list),
// so the plan had no sections. In a plan part with no headings of its own, two or more such lines that each stand
// alone — the next line not glyph-marked too, which would make them a list's points — become its section headings
// one level under the part's, every line kept in place.
import { sectionKindOf } from "./sections.js";
import { fencedLines } from "../limits.js";

const GLYPH = /^[■□▶▷◆◇▣◼◾][ \t]*(\S.{0,79}?)[ \t]*$/u;
const BRACKETS = /^【[ \t]*([^【】]{1,80}?)[ \t]*】$/u;
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*$/;

const titleOf = (line: string): string | undefined => (GLYPH.exec(line) ?? BRACKETS.exec(line))?.[1];

/** The text with the plan's glyph-marked title lines written as its section headings. */
export function glyphTitles(text: string): string {
  if (!/^(?:[■□▶▷◆◇▣◼◾]|【)/mu.test(text)) return text;
  const lines = text.split("\n");
  const bare = lines.map((l) => l.replace(/\r$/, ""));
  const inFence = fencedLines(bare);
  const start = bare.findIndex((l, i) => !inFence[i] && sectionKindOf(HEADING.exec(l)?.[2] ?? "") === "plan");
  if (start < 0) return text;
  const depth = HEADING.exec(bare[start]!)![1]!.length;
  let end = start + 1;
  while (end < bare.length && !(!inFence[end] && HEADING.exec(bare[end]!) && HEADING.exec(bare[end]!)![1]!.length <= depth)) end++;
  // The plan's own headings title its sections; glyph lines under them are their points.
  for (let i = start + 1; i < end; i++) if (!inFence[i] && HEADING.test(bare[i]!)) return text;
  const marked = (i: number): boolean => i > start && i < end && !inFence[i] && !!titleOf(bare[i]!.trim());
  const titles: number[] = [];
  for (let i = start + 1; i < end; i++) if (marked(i) && !marked(i - 1) && !marked(i + 1)) titles.push(i);
  if (titles.length < 2) return text;
  for (const i of titles) lines[i] = `${"#".repeat(depth + 1)} ${titleOf(bare[i]!.trim())}${lines[i]!.endsWith("\r") ? "\r" : ""}`;
  return lines.join("\n");
}
