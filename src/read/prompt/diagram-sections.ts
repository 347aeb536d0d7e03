// A plan section of diagrams left unnumbered among numbered ones (`## Mermaid 다이어그램` after `## 6. 📌 Takeaways`),
// as a writer does who keeps the diagrams together because their editor typed them apart from the text. An
// unnumbered section is usually a note to the drawer, but a diagram asked for is the sheet's content wherever it
// is written: each is placed by what it is about, as a quotes section's quotes are, so it needs no box of its own.
import type { Subsection } from "./sections.js";
import { plainText } from "./sections.js";

/** What writers call such a section: `Mermaid 다이어그램`, `Diagrams`, `Flowcharts`, `도식`, `차트`. */
const DIAGRAMS_TITLE = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:mermaid(?:\s+(?:diagrams?|charts?|코드|다이어그램|도식))?|(?:mermaid\s+)?(?:diagrams?|flowcharts?|charts?|다이어그램|도식|도표|흐름도|차트)(?:\s*\((?:mermaid|다이어그램|diagrams?)\))?)[\s:：]*$/iu;

/** Whether an unnumbered section so titled holds Mermaid diagrams and nothing else but lines leading into them. */
export function diagramsOnly(s: Subsection): boolean {
  if (!DIAGRAMS_TITLE.test(s.title.trim())) return false;
  const content = s.nodes.filter((n) => n.type !== "thematicBreak" && n.type !== "html");
  const drawn = content.filter((n) => n.type === "code" && n.lang === "mermaid");
  return drawn.length > 0 && content.every((n) => drawn.includes(n) || (n.type === "paragraph" && plainText(n).trim().length <= 80));
}
