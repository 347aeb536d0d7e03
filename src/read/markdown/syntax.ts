// The *.sheet.md syntax pieces shared by the reader (src/read/markdown) and the writers
// (src/export/markdown.ts): the Markdown processor, heading emoji, panel id slugs, marker comments,
// the source section names, and Rich ⇄ mdast inline conversion.
import type { PhrasingContent, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { Rich, Span } from "../../model/sheet.js";
import { phrasingSpans, sameMarks, spanOf } from "../inline.js";
import { richText } from "../../model/block-text.js";

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).parse(text);
}

export function stringifyMarkdown(root: Root): string {
  const out = unified()
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fence: "`", fences: true, listItemIndent: "one", rule: "-" })
    .stringify(root);
  // `[20:30] text` is not a link (we never write link definitions), so the escape only hurts reading.
  return out.replace(/^(\*\*)?\\\[(\d{1,2}(?::\d{2}){1,2})\](\*\*)? /gm, "$1[$2]$3 ");
}

/** A leading emoji (with modifiers, ZWJ sequences, flags, keycaps) followed by a space. */
const EMOJI =
  /^((?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)\s+/u;

export function splitEmoji(text: string): { emoji?: string; title: string } {
  const m = EMOJI.exec(text.trim());
  if (!m?.[1]) return { title: text.trim() };
  return { emoji: m[1], title: text.trim().slice(m[0].length).trim() };
}

/** Panel id from a heading title: ASCII letters/digits only (ids must match /^[a-z0-9][a-z0-9-]*$/). */
export function slug(title: string): string {
  return title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `<!-- id: some-id -->` right under a `##` heading names the panel. */
export const ID_COMMENT = /^<!--\s*id\s*:\s*([^\s>]+)\s*-->$/;
/** `<!-- no lead -->` right under a heading: the first paragraph is a paragraph block, not lead lines. */
export const NO_LEAD_COMMENT = /^<!--\s*no[ -]lead\s*-->$/;
export const idComment = (id: string): string => `<!-- id: ${id} -->`;
export const NO_LEAD = "<!-- no lead -->";

/** Heading titles (emoji stripped, case-insensitive) that mark the trailing source section. */
export const SOURCE_TITLES = ["Source", "Source Text", "References", "Reference", "출처", "원문"];
export const SOURCE_EMOJI = "📜";
/** The bold label that starts the summary paragraph of the source section. */
export const SUMMARY_LABELS = ["Summary", "요약"];

/** Adjacent spans with the same marks merged, empty spans dropped, each mark present only when set. */
export function canonicalRich(spans: Span[]): Rich {
  const out: Rich = [];
  for (const s of spans) {
    if (s.text === "") continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, s)) last.text += s.text;
    else out.push(spanOf(s.text, s));
  }
  return out;
}

export { richText };

/** A code span's text as mdast `inlineCode`: its value cannot hold a line break, so one becomes a space. */
const codeNode = (value: string): PhrasingContent => ({ type: "inlineCode", value: value.replace(/\n/g, " ") });

/**
 * Rich → mdast inline nodes; "\n" inside table cells needs `<br>` (a cell is one line). Marks nest in one
 * fixed order, link outside, then strong, emphasis, delete, with code innermost, so equal spans always spell alike.
 */
export function richToPhrasing(rich: Rich, opts: { cell?: boolean } = {}): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const span of rich) {
    let parts: PhrasingContent[] = [];
    if (span.code) parts.push(codeNode(span.text));
    else {
      span.text.split("\n").forEach((piece, i) => {
        if (i > 0) parts.push(opts.cell ? { type: "html", value: "<br>" } : { type: "break" });
        if (piece) parts.push({ type: "text", value: piece });
      });
    }
    if (span.strike) parts = [{ type: "delete", children: parts }];
    if (span.italic) parts = [{ type: "emphasis", children: parts }];
    if (span.bold) parts = [{ type: "strong", children: parts }];
    if (span.href) parts = [{ type: "link", url: span.href, children: parts }];
    out.push(...parts);
  }
  return out;
}

/**
 * mdast inline nodes → Rich: **strong** is bold, *emphasis* italic, `code` code, ~~delete~~ strike, http(s) and
 * mailto links keep their URL; images keep their alt text and raw HTML tags are left out (inlineWarnings in
 * ../inline.ts names both).
 */
export function phrasingToRich(nodes: PhrasingContent[], bold = false): Rich {
  return canonicalRich(phrasingSpans(nodes, bold ? { bold: true } : {}));
}

/** Split a Rich at "\n" into lines (lead lines), trimming each and dropping empty ones. */
export function richLines(rich: Rich): Rich[] {
  const lines: Span[][] = [[]];
  for (const span of rich) {
    span.text.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      lines[lines.length - 1]?.push({ ...span, text: piece });
    });
  }
  return lines.map((l) => trimRich(canonicalRich(l))).filter((l) => l.length > 0);
}

export function trimRich(rich: Rich): Rich {
  const out = rich.map((s) => ({ ...s }));
  const first = out[0];
  if (first) first.text = first.text.replace(/^\s+/, "");
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return canonicalRich(out);
}
