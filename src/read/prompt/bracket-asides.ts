// A plan line of the writer's own asides in square brackets, standing alone between the section's blocks:
// `[여기는 작게]`, `[아이콘: 🧠]`, `[아이콘: 🔀] [화살표 라벨은 꼭 한글로]`. Square brackets around a whole line are
// how a writer marks words as said to whoever draws, not written on the sheet; drawn, they read as a stray
// label over the box's content. A link, a task box (`[ ]`, `[x]`), a footnote mark (`[^1]`), a wiki link and a
// lone time (`[2:27:00]`) are Markdown or the transcript's own, and stay. A picture's place (`[이미지: …]`) is
// `pictures.ts`'s, read first.
import type { RootContent } from "mdast";
import { lineOf, plainText } from "./sections.js";

/** One or more bracketed groups and nothing else; the groups cannot nest, so the match is linear. */
const GROUPS = /^(?:\[[^[\]\n]{1,120}\][ \t]*){1,8}$/u;
const GROUP = /\[([^[\]\n]{1,120})\]/gu;
/** What a group holds when it is Markdown's or the transcript's, not an aside. */
const NOT_ASIDE = /^(?:\s*[xX✓✔]?\s*|\^.*|!\w+|\d{1,2}(?::\d{2}){1,2})$/u;

/** Whether `node` is a line of bracketed asides; the warning naming it is pushed when it is. */
export function asideLeftOut(node: RootContent, warnings: string[]): boolean {
  if (node.type !== "paragraph") return false;
  // A link or reference the parser found is a link, whatever its brackets look like.
  if (!node.children.every((c) => c.type === "text" || c.type === "break")) return false;
  const text = plainText(node).trim();
  if (text.includes("\n") || !GROUPS.test(text)) return false;
  const inner = [...text.matchAll(GROUP)].map((m) => m[1]!);
  if (inner.some((g) => NOT_ASIDE.test(g.trim()))) return false;
  warnings.push(`line ${lineOf(node)}: "${text}" is the writer's note in square brackets; it is not drawn`);
  return true;
}
