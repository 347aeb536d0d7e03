// Inline Markdown → spans, shared by both readers: **bold**, *italic*, `code`, ~~strike~~ and links become Span
// marks, and so do the HTML elements that mean them (`<b>`, `<i>`, `<s>`, `<code>`); what we do not draw
// (images, other raw HTML, links that are not http(s)/mailto, math commands with no plain symbol) keeps its text
// and gets a warning naming its line (`inlineWarnings`), so nothing is dropped without a word. TeX math is
// written out in Unicode symbols (`math.ts`).
import type { PhrasingContent } from "mdast";
import type { Span } from "../model/sheet.js";
import { isSafeLink } from "../model/links.js";
import { MATH, mathText, plainMath } from "./math.js";

/** The marks of a span, everything but its text. */
export type SpanMarks = Omit<Span, "text">;

/** Only these become links (see `isSafeLink`); anything else stays plain text. */
export function safeHref(url: string): string | undefined {
  return isSafeLink(url) ? url.trim() : undefined;
}

/** A span with its marks in one fixed order, each present only when set (so equal spans are equal objects). */
export function spanOf(text: string, m: SpanMarks): Span {
  const s: Span = { text };
  if (m.bold) s.bold = true;
  if (m.italic) s.italic = true;
  if (m.code) s.code = true;
  if (m.strike) s.strike = true;
  if (m.href) s.href = m.href;
  return s;
}

export function sameMarks(a: SpanMarks, b: SpanMarks): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.code) === Boolean(b.code) &&
    Boolean(a.strike) === Boolean(b.strike) && a.href === b.href;
}

/** True when a span carries any mark beyond bold. */
export function hasInlineMarks(s: SpanMarks): boolean {
  return Boolean(s.italic || s.code || s.strike || s.href);
}

const BR = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;
const TAG = /^<(\/?)([A-Za-z][\w-]*)(?:\s[^>]*)?\/?>$/;
/** HTML elements people write inline; other names in angle brackets (`<eos>`, `<pad>`) are text. */
const KNOWN = new Set(
  "a abbr b big center cite code del dfn div em font i ins kbd mark p q s samp small span strike strong sub sup tt u var".split(" "),
);
const VOID = new Set(["img", "hr", "wbr"]);
/** Elements whose meaning is one of our marks: `<b>…</b>` is drawn bold as `**…**` is. */
// `<mark>` and `==…==` (Obsidian's and many editors' highlight) are the key terms a sheet draws bold on a highlighter.
const TAG_MARKS: Record<string, "bold" | "italic" | "strike" | "code"> = { b: "bold", strong: "bold", mark: "bold", i: "italic", em: "italic", s: "strike", del: "strike", strike: "strike", code: "code" };

/** `==term==`, opened and closed against the words as `**` is (so `a == b == c` stays a comparison). */
const HIGHLIGHT = /==(?=[^\s=])([^=\n]*?[^\s=])==/g;
/** `[[page]]`, `[[page#part|shown]]`: a note-taking app's link to another note, drawn as the words it shows. */
const WIKILINK = /\[\[(?![\s\d])([^[\]|\n#]+)(?:#[^[\]|\n]*)?(?:\|([^[\]\n]+))?\]\]/g;

/**
 * `**활성화(activation)**를`, `이건**"인용"**`: CommonMark closes `**` only where the run is right-flanking (and
 * opens it only where it is left-flanking), so a bold run ending in punctuation with a Hangul particle glued
 * after it stays literal. Korean notes write this all the time; remark leaves such a pair in one text node, and
 * a pair there is bold when the punctuation on one of its sides is why it failed, against Hangul or another glued
 * script (`2**(n-1) 과 3**2` stays as typed).
 */
const STRANDED_BOLD = /\*\*(?![\s*])([^*\n]*?[^\s*])\*\*/g;
const PUNCT = /[\p{P}\p{S}]/u;
/** The scripts that glue particles and endings to a word: `**…)**를`, `이건**"…"**`. */
const GLUED = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function stranded(text: string, at: number, inner: string, end: number): boolean {
  const closeFailed = PUNCT.test(inner[inner.length - 1]!) && GLUED.test(text[end] ?? "");
  const openFailed = PUNCT.test(inner[0]!) && GLUED.test(text[at - 1] ?? "");
  return closeFailed || openFailed;
}

/** A text node's spans: bold runs CommonMark stranded, its highlights bold, its note links as their words, its TeX as plain symbols. */
function textSpans(value: string, m: SpanMarks): Span[] {
  const text = value.includes("[[") ? value.replace(WIKILINK, (_, page: string, shown?: string) => (shown ?? page).trim()) : value;
  if (!text.includes("**")) return highlightSpans(text, m);
  const out: Span[] = [];
  let at = 0;
  for (const b of text.matchAll(STRANDED_BOLD)) {
    const end = b.index + b[0].length;
    if (b.index < at || !stranded(text, b.index, b[1]!, end)) continue;
    if (b.index > at) out.push(...highlightSpans(text.slice(at, b.index), m));
    out.push(...highlightSpans(b[1]!, { ...m, bold: true }));
    at = end;
  }
  if (at < text.length || out.length === 0) out.push(...highlightSpans(text.slice(at), m));
  return out;
}

function highlightSpans(text: string, m: SpanMarks): Span[] {
  if (!text.includes("==")) return [spanOf(plainMath(text), m)];
  const out: Span[] = [];
  let at = 0;
  for (const h of text.matchAll(HIGHLIGHT)) {
    if (h.index > at) out.push(spanOf(plainMath(text.slice(at, h.index)), m));
    out.push(spanOf(plainMath(h[1]!), { ...m, bold: true }));
    at = h.index + h[0].length;
  }
  if (at < text.length) out.push(spanOf(plainMath(text.slice(at)), m));
  return out;
}

/** The element a tag opens or closes, and whether it closes; undefined for anything but a tag. */
function tagOf(value: string): { name: string; close: boolean } | undefined {
  const m = TAG.exec(value.trim());
  return m ? { name: m[2]!.toLowerCase(), close: m[1] === "/" } : undefined;
}

/**
 * The inline HTML nodes among siblings that are tags: a void element (`<img>`), or a known element whose open and
 * close tags are both there (`<b>…</b>`). A lone `<s>` or `<eos>` is a token written in angle brackets: text.
 */
function htmlTags(siblings: readonly unknown[]): Set<unknown> {
  const tags = new Set<unknown>();
  const open: { name: string; node: unknown }[] = [];
  for (const node of siblings) {
    const n = node as { type?: string; value?: unknown };
    if (n.type !== "html" || typeof n.value !== "string") continue;
    const v = n.value.trim();
    if (BR.test(v) || COMMENT.test(v)) {
      tags.add(node);
      continue;
    }
    const m = TAG.exec(v);
    const name = m?.[2]?.toLowerCase() ?? "";
    if (!m) continue;
    if (VOID.has(name)) tags.add(node);
    else if (!KNOWN.has(name)) continue;
    else if (m[1] !== "/") open.push({ name, node });
    else {
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at < 0) continue;
      tags.add(open[at]!.node).add(node);
      open.splice(at, 1);
    }
  }
  return tags;
}

/**
 * mdast phrasing → spans (not merged or trimmed: each reader tidies its own way). Soft line breaks stay in the
 * text as "\n" for the reader to treat; hard breaks and `<br>` are "\n" too.
 */
export function phrasingSpans(nodes: readonly unknown[], marks: SpanMarks = {}): Span[] {
  const out: Span[] = [];
  const walk = (list: readonly unknown[], base: SpanMarks): void => {
    const tags = list.some((c) => (c as { type?: string }).type === "html") ? htmlTags(list) : undefined;
    // Marks of the `<b>`/`<i>`/`<s>`/`<code>` elements open at this point among the siblings.
    const open: string[] = [];
    let m = base;
    for (const node of list) {
      const n = node as PhrasingContent;
      const tag = n.type === "html" && tags?.has(n) ? tagOf(n.value) : undefined;
      if (tag && TAG_MARKS[tag.name]) {
        if (!tag.close) open.push(tag.name);
        else open.splice(open.lastIndexOf(tag.name), 1);
        m = open.reduce<SpanMarks>((acc, name) => ({ ...acc, [TAG_MARKS[name]!]: true }), base);
        continue;
      }
      switch (n.type) {
        case "text":
          out.push(...textSpans(n.value, m));
          break;
        case "inlineCode":
          out.push(spanOf(n.value, { ...m, code: true }));
          break;
        case "break":
          out.push(spanOf("\n", m));
          break;
        case "html":
          // Other tags are not drawn (inlineWarnings names them); the text between them is ordinary text nodes.
          if (BR.test(n.value.trim())) out.push(spanOf("\n", m));
          else if (!tags?.has(n)) out.push(spanOf(n.value, m));
          break;
        case "image":
          out.push(spanOf(n.alt ?? "", m));
          break;
        case "strong":
          walk(n.children, { ...m, bold: true });
          break;
        case "emphasis":
          walk(n.children, { ...m, italic: true });
          break;
        case "delete":
          walk(n.children, { ...m, strike: true });
          break;
        case "link": {
          const href = safeHref(n.url);
          walk(n.children, href ? { ...m, href } : m);
          break;
        }
        default: {
          const any = n as { children?: unknown[]; value?: unknown; alt?: unknown };
          if (Array.isArray(any.children)) walk(any.children, m);
          else if (typeof any.value === "string") out.push(spanOf(any.value, m));
          else if (typeof any.alt === "string") out.push(spanOf(any.alt, m));
        }
      }
    }
  };
  walk(nodes, marks);
  return out;
}

export function mathIn(text: string): string[] {
  return [...text.matchAll(MATH)].map((m) => m[0]);
}

type Located = { type?: string; position?: { start: { line: number } }; children?: unknown[]; value?: unknown; url?: unknown; alt?: unknown };

const short = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Warnings for the inline Markdown under `nodes` that is not drawn as written: images (their alt text is
 * drawn), raw HTML tags (their inner text is drawn), math commands with no plain symbol, links that are not http(s) or
 * mailto (drawn as plain text). `fallbackLine` is used for nodes without a position (a line parsed alone).
 */
/** `blockHtml: false` leaves block-level HTML to a reader that reports it itself (the prompt plan's). */
export function inlineWarnings(nodes: readonly unknown[], fallbackLine?: number, drawn?: string, blockHtml = true): string[] {
  const out: string[] = [];
  const at = (n: Located): string => `line ${fallbackLine ?? n.position?.start.line ?? "?"}`;
  // `inline`: the list is phrasing (a paragraph's, a cell's, a link's children), not a section's or a list's blocks.
  const walk = (list: readonly unknown[], inline: boolean): void => {
    const tags = inline && list.some((c) => (c as { type?: string }).type === "html") ? htmlTags(list) : undefined;
    for (const node of list) {
      const n = node as Located;
      if (n.type === "code" || n.type === "inlineCode" || n.type === "yaml") continue;
      if (n.type === "image" || n.type === "imageReference") {
        const text = typeof n.alt === "string" ? n.alt.trim() : "";
        // `drawn`, the sheet's text when known, tells whether the alt text found a place on it.
        const placed = drawn === undefined || drawn.includes(text.replace(/\s+/g, " "));
        const alt = text ? (placed ? `; its alt text "${short(text)}" is drawn instead` : `, nor its alt text "${short(text)}"`) : "";
        out.push(`${at(n)}: an image is not drawn on the sheet${alt}`);
      } else if (n.type === "html" && typeof n.value === "string") {
        const v = n.value.trim();
        // Block HTML is never drawn; inline HTML only where htmlTags calls it a tag (else it is drawn as text).
        const marks = inline && TAG_MARKS[tagOf(v)?.name ?? ""] !== undefined;
        if (!BR.test(v) && !COMMENT.test(v) && !/^<\//.test(v) && !(marks && tags?.has(n)) && (inline ? tags?.has(n) : blockHtml)) {
          const kept = inline ? "; the text inside it is kept as plain text" : "";
          out.push(`${at(n)}: raw HTML ${short(v.split("\n")[0] ?? v, 30)} is not drawn${kept}`);
        }
      } else if (n.type === "link" && typeof n.url === "string" && !safeHref(n.url)) {
        out.push(`${at(n)}: the link to "${short(n.url)}" is drawn as plain text (only http(s) and mailto links become links)`);
      } else if (n.type === "text" && typeof n.value === "string") {
        for (const m of mathIn(n.value)) {
          const { unknown } = mathText(m);
          if (unknown.length) out.push(`${at(n)}: math ${short(m)} is written out in plain symbols, but ${[...new Set(unknown)].join(", ")} has none and is drawn as typed`);
        }
      }
      if (Array.isArray(n.children)) walk(n.children, inline || PHRASING_PARENTS.has(n.type ?? ""));
    }
  };
  walk(nodes, false);
  return out;
}

const PHRASING_PARENTS = new Set(["paragraph", "heading", "tableCell", "emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * Warnings for http(s)/mailto links under `nodes` whose URL no span of the sheet kept: a link written where the
 * sheet holds plain labels (a mind-map or flowchart node) is drawn as its text alone.
 */
export function lostLinkWarnings(nodes: readonly unknown[], spans: Iterable<Span>): string[] {
  const kept = new Set<string>();
  for (const s of spans) if (s.href) kept.add(s.href);
  const out: string[] = [];
  const walk = (list: readonly unknown[]): void => {
    for (const node of list) {
      const n = node as Located;
      const href = n.type === "link" && typeof n.url === "string" ? safeHref(n.url) : undefined;
      if (href && !kept.has(href)) out.push(`line ${n.position?.start.line ?? "?"}: the link to "${short(href)}" sits in a diagram label, which draws its text only`);
      if (Array.isArray(n.children)) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
