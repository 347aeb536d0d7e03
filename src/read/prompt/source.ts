// The Source Text body: the summary line and the timestamped transcript paragraphs, kept so the
// Markdown output can carry the reference text.
import type { Source } from "../../model/sheet.js";
import type { Frontmatter } from "./frontmatter.js";
import { richFromInline, tidy } from "./rich.js";
import { paragraphTime } from "./timestamps.js";
import { endLineOf, lineOf, plainText, type Section } from "./sections.js";

const SUMMARY_LABEL = /^(요약|summary|tl;?dr|개요)\s*[:：]?\s*$/i;

export function readSource(section: Section | undefined, fm: Frontmatter | undefined): Source | undefined {
  if (!section) return undefined;
  const source: Source = { paragraphs: [] };
  for (const node of section.nodes) {
    if (fm && lineOf(node) >= fm.startLine && endLineOf(node) <= fm.endLine) continue;
    if (node.type !== "paragraph") continue;
    const [first, ...rest] = node.children;
    const label = first?.type === "strong" ? plainText(first).trim() : "";
    if (!source.summary && SUMMARY_LABEL.test(label)) {
      const rich = richFromInline(rest);
      const head = rich[0];
      if (head) head.text = head.text.replace(/^\s*[:：]\s*/, "");
      source.summary = tidy(rich);
      continue;
    }
    const text = plainText(node).replace(/\s+/g, " ").trim();
    if (!text) continue;
    const stamp = paragraphTime(text);
    source.paragraphs.push(stamp ?? { text });
  }
  return source.summary || source.paragraphs.length ? source : undefined;
}
