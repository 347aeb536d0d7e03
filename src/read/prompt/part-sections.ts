// A numbered plan section holding nothing but sub-headings numbered as its parts (`### 3. 로그 / 샘플` over
// `#### 3-1. 📝 …` and `#### 3-2. 🗣️ …`): the writer split one place of the page into parts, each a box of its
// own (two panels stacked in one column), so each part is a section, as the other numbered sections are.
import type { RootContent } from "mdast";
import { plainText, subsections, type Subsection } from "./sections.js";

/** A part's number, the section's number before it: `3-1.`, `3.1`, `3–2)`, `(3-1)`. */
const PART = /^\(?(\d{1,2})\s*[-–.]\s*\d{1,2}\)?[.):]?\s+/u;
/** A section's own number: `3.`, `3)`. */
const OWN = /^(\d{1,2})[.)](?!\d)/u;

/** The sections split out of parts of one, kept as numbered sections though they no longer open with a number. */
export const PART_SECTIONS = new WeakSet<Subsection>();

/** The section's parts as sections, when it holds only parts numbered under its own number; else undefined. */
export function partSections(s: Subsection): Subsection[] | undefined {
  const own = OWN.exec(s.title.trim());
  if (!own) return undefined;
  const inner = Math.min(...s.nodes.map((n) => (n.type === "heading" ? n.depth : Infinity)));
  if (!Number.isFinite(inner)) return undefined;
  const first = s.nodes.findIndex((n) => n.type === "heading" && n.depth === inner);
  // Anything the section says before its parts would belong to neither: then it stays one section, as written.
  if (s.nodes.slice(0, first).some((n) => !ignorable(n))) return undefined;
  const parts = subsections(s.nodes.slice(first), inner);
  if (parts.length < 2 || !parts.every((p) => PART.exec(p.title.trim())?.[1] === own[1])) return undefined;
  return parts.map((p) => {
    const part = { ...p, title: p.title.trim().replace(PART, ""), depth: s.depth };
    PART_SECTIONS.add(part);
    return part;
  });
}

const ignorable = (n: RootContent): boolean =>
  n.type === "thematicBreak" || (n.type === "html" && /^<!--[\s\S]*-->$/.test(n.value.trim())) || (n.type === "paragraph" && !plainText(n).trim());
