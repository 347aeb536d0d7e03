// Rich text helpers: mdast phrasing → spans, inline Markdown in plain lines → spans, key-term bolding.
import type { RootContent } from "mdast";
import type { Rich, Span } from "../../model/sheet.js";
import { inlineWarnings, phrasingSpans, sameMarks, spanOf } from "../inline.js";
import { parseMarkdown } from "./sections.js";
import { richText } from "../../model/block-text.js";

/** Inline mdast children → spans with their marks (bold, italic, code, strike, links; see ../inline.ts). */
export function richFromInline(children: unknown[]): Rich {
  return tidy(phrasingSpans(children).map((s) => (s.text === "\n" ? { ...s, text: " " } : s)));
}

/**
 * A table cell's inline mdast → spans, keeping `<br>` and hard breaks as "\n" (a cell has no other way to break
 * a line; the table draws the break), soft line breaks as spaces.
 */
export function richFromCell(children: unknown[]): Rich {
  const lines: Span[][] = [[]];
  for (const s of phrasingSpans(children)) {
    if (s.text === "\n") lines.push([]);
    else lines[lines.length - 1]!.push(s);
  }
  const out: Span[] = [];
  for (const line of lines.map(tidy).filter((l) => l.length > 0)) {
    if (out.length > 0) push(out, { text: "\n" });
    for (const s of line) push(out, s);
  }
  return out;
}

/** Characters that can start inline Markdown; a line without any is plain text as it stands. */
const INLINE_SYNTAX = /[*_`~[<$!&\\]/;

/**
 * A plain line (ASCII diagram text and quotes are not parsed by remark as part of the document) read as inline
 * Markdown. A line remark would read as a block (a list item, a heading) keeps only its `**bold**` runs.
 */
export function richFromLine(line: string): Rich {
  if (INLINE_SYNTAX.test(line)) {
    const root = parseMarkdown(line);
    const only = root.children[0];
    if (root.children.length === 1 && only?.type === "paragraph") return richFromInline(only.children);
  }
  const spans: Span[] = [];
  const parts = line.split(/\*\*(.+?)\*\*/);
  parts.forEach((part, i) => push(spans, i % 2 === 1 ? { text: part, bold: true } : { text: part }));
  return tidy(spans);
}

/** A line of rich text as plain text: one function for the model, read and layout. */
export { richText };

function push(spans: Span[], span: Span): void {
  if (span.text === "") return;
  const last = spans[spans.length - 1];
  if (last && sameMarks(last, span)) last.text += span.text;
  else spans.push(spanOf(span.text, span));
}

/** Merge neighbours, collapse line breaks and tabs, trim the ends. A run of plain spaces stays as written:
 * "hello  world (two spaces)" means the two spaces. */
export function tidy(spans: Span[]): Rich {
  const merged: Span[] = [];
  for (const s of spans) push(merged, { ...s, text: s.text.replace(/ *[^\S ]\s*/g, " ") });
  const first = merged[0];
  if (first) first.text = first.text.replace(/^\s+/, "");
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return merged.filter((s) => s.text !== "");
}

const ASCII_WORD = /^[A-Za-z0-9]/;

/** Where `term` first occurs in `text` as a whole word (ASCII terms) or as a prefix run (Hangul,
 * which glues particles onto words: 파라미터 in 파라미터를). */
function findTerm(text: string, term: string): number {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return -1;
    const before = hay[at - 1] ?? " ";
    const after = hay[at + needle.length] ?? " ";
    const okBefore = !/[\p{L}\p{N}]/u.test(before);
    const okAfter = ASCII_WORD.test(needle) ? !/[a-z0-9]/.test(after) : true;
    if (okBefore && okAfter) return at;
    from = at + 1;
  }
}

/** Bold the first occurrence of each key term in one line; existing bold runs stay as they are. */
export function boldKeyTerms(rich: Rich, terms: string[]): Rich {
  const sorted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  let spans: Span[] = rich.map((s) => ({ ...s }));
  const done = new Set<string>();
  // A term already bold in the line counts as its first occurrence.
  for (const s of spans) if (s.bold) for (const t of sorted) if (findTerm(s.text, t) >= 0) done.add(t);
  // Code, link and struck-out text is drawn as written: a key term inside it is not marked.
  const skip = (s: Span): boolean => Boolean(s.bold || s.code || s.href || s.strike);
  for (const term of sorted) {
    if (done.has(term)) continue;
    const next: Span[] = [];
    let marked = false;
    for (const s of spans) {
      const at = marked || skip(s) ? -1 : findTerm(s.text, term);
      if (at < 0) {
        next.push(s);
        continue;
      }
      marked = true;
      next.push({ ...s, text: s.text.slice(0, at) }, spanOf(s.text.slice(at, at + term.length), { ...s, bold: true }));
      next.push({ ...s, text: s.text.slice(at + term.length) });
    }
    if (marked) done.add(term);
    spans = next.filter((s) => s.text !== "");
  }
  const out: Span[] = [];
  for (const s of spans) push(out, s);
  return out;
}

/**
 * Warnings for inline Markdown we do not draw in the layout section's diagrams (their text is read line by
 * line, not by remark as part of the document): box-drawing characters and ASCII sides are blanked first.
 */
export function diagramInlineWarnings(nodes: readonly RootContent[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type !== "code") continue;
    node.value.split("\n").forEach((raw, k) => {
      const line = raw.replace(/[\u2500-\u257F|]/g, " ").trim();
      if (!INLINE_SYNTAX.test(line)) return;
      out.push(...inlineWarnings(parseMarkdown(line).children, (node.position?.start.line ?? 0) + 1 + k));
    });
  }
  return out;
}

/** The spans from this offset of their joined text on (up to `to`, when given). */
export function sliceRich(text: Rich, from: number, to = Infinity): Rich {
  let pos = 0;
  return text
    .map((s) => {
      const start = pos;
      pos += s.text.length;
      return { ...s, text: s.text.slice(Math.max(0, from - start), Math.max(0, to - start)) };
    })
    .filter((s) => s.text !== "");
}
