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

/**
 * A section's closing sub-heading of quotes alone (`### 💬 Quotes` after `## 9. 📌 Key Takeaways`' points): the
 * writer put the quotes last, under the last section, not in it. Drawn as that section's, six quotes crowd its box
 * while a box drawn for quotes stays empty; as a section of quotes of its own, each is placed by what it is about.
 */
export function quotesTail(s: Subsection): Subsection[] {
  let k = -1;
  s.nodes.forEach((n, i) => {
    if (n.type === "heading" && n.depth > s.depth) k = i;
  });
  const head = s.nodes[k];
  if (k <= 0 || head?.type !== "heading") return [s];
  const tail: Subsection = { title: plainText(head), line: head.position?.start.line ?? s.line, depth: s.depth, nodes: s.nodes.slice(k + 1) };
  if (!QUOTES_TITLE.test(tail.title.trim()) || !quotesOnly(tail)) return [s];
  return [{ ...s, nodes: s.nodes.slice(0, k) }, tail];
}
