// A plan section of quotes left unnumbered among numbered ones (`## 인용구 (강의에서)` after `## 6. 📌 Takeaways`).
// An unnumbered section is usually a note to the drawer, but quotes are the sheet's content wherever they are
// written: each is placed by what it is about, so the section needs no box of its own to be drawn.
import type { RootContent } from "mdast";
import type { Subsection } from "./sections.js";
import { plainText } from "./sections.js";

// What writers call such a section: `Quotes`, `Key quotes`, `Quotable insights`, `인용구`, `인용`, `명언`, `어록`.
const QUOTES_TITLE = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:key |notable |lecture )?quotes?|quotable insights?|인용구?|명언|어록)(?![\p{L}])/iu;

// A list item that is only a quotation, with maybe a speaker after it: `- "…"`, `- “…” — Karpathy`.
const QUOTED_ITEM = /^\s*["“„«「『][\s\S]+["”»」』][\s\S]{0,40}$/u;

/** Whether an unnumbered section holds only quotes: `>` blocks, or a list of quoted lines under a quotes title. */
export function quotesOnly(s: Subsection): boolean {
  const content = s.nodes.filter((n) => n.type !== "thematicBreak" && n.type !== "html");
  if (content.length === 0) return false;
  if (content.every((n) => n.type === "blockquote")) return true;
  return QUOTES_TITLE.test(s.title.trim()) && content.every((n) => n.type === "blockquote" || quotedList(n));
}

function quotedList(n: RootContent): boolean {
  return n.type === "list" && n.children.every((item) => QUOTED_ITEM.test(plainText(item)));
}
