// The prompt document as top-level sections. remark does the Markdown parsing; we only group its
// top-level nodes under the `# …` headings the template uses, keeping 1-based line numbers.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import type { Heading, Root, RootContent } from "mdast";
import { protectMath } from "../math.js";
import { reparsed, tableTail } from "../table-tail.js";
import { headlessTable } from "./headless-table.js";
import { mixedBullets } from "./mixed-bullets.js";
import { glyphBullets } from "./glyph-bullets.js";
import { gaejosik } from "./gaejosik.js";
import { barTable } from "./bar-table.js";
import { codePipes } from "./code-pipes.js";
import { drawForeignDiagrams } from "./foreign-diagrams.js";

export type SectionKind = "role" | "source" | "layout" | "style" | "plan" | "image";

export interface Section {
  kind: SectionKind | "other";
  title: string;
  /** Line of the `#` heading (1-based). */
  line: number;
  /** Depth of that heading, when the section was opened by one. */
  depth?: number;
  nodes: RootContent[];
}

export interface Subsection {
  title: string;
  line: number;
  depth: number;
  nodes: RootContent[];
}

export interface PromptDoc {
  text: string;
  lines: string[];
  tree: Root;
  sections: Section[];
}

// Korean and English names for every template section. Only headings that name a known section
// start one, so a stray `# …` inside a pasted transcript does not cut the Source Text short.
const SECTION_NAMES: [SectionKind, RegExp][] = [
  ["role", /^(role definition|role|역할(\s*정의)?)/i],
  // `강의 노트 원문`, `Lecture notes`: the notes the sheet is made from.
  ["source", /^(source text|source material|source notes|source|transcript|lecture notes?|원문|소스\s*텍스트|원본\s*텍스트|강의\s*(?:노트\s*)?원문|강의\s*노트)/i],
  // `배치도` is the drawing of the layout itself, as `layout sketch` is.
  ["layout", /^(layout structure|page layout|layout|레이아웃(\s*구조)?|배치\s*구조|배치\s*(도|그림|스케치)(?=\s*$|\s*[(（:])|배치(?=\s*$|\s*[(（:])|페이지\s*(레이아웃|구성))/i],
  // Quotes given a part of their own (`# Quotes`, `# 인용구`) are read with the style's quotable insights.
  ["style", /^(output style|style guide|style|출력\s*스타일|스타일|(key |notable )?quotes(?=\s*$|\s*[(:])|quotable insights?|인용구?(?=\s*$|\s*[(:])|명언|어록)/i],
  // The plan as people title it when they write their own: "What goes in each box", "Box contents", "박스별 내용".
  // `섹션 구성 (11개)`: the sheet's sections, as the plan lists them (a drawing's `칸 구성` may be the layout).
  // `출력 계획` (output plan) is the plan as `출력 구성` is, and so is `# Output Plan` in English.
  // `내용 계획` (content plan) and `들어갈 내용` (what goes in) name the plan as `content plan` does.
  // A plan written as a talk's slides: `# Slide Outline`, `# Slides`, `# Deck`, `# 슬라이드 구성`, `# 발표 자료`.
  ["plan", /^((?:slide\s*(?:deck\s*)?outline|slides|(?:slide\s*)?deck(?:\s*outline)?|슬라이드(?:\s*(?:구성|아웃라인|목차|개요))?|발표\s*자료)(?=\s*$|\s*[(（:：])|(?:내용\s*계획|들어갈\s*내용)(?=\s*$|\s*[(（:：])|output structure plan|structure plan|output plan(?=\s*$|\s*[(（:：])|content plan|((cheat\s*)?sheet|page|panel|box) plan|plan(?=\s*$|\s*[(:])|플랜(?=\s*$|\s*[(:])|(구성\s*)?계획(?=\s*$|\s*[(:])|(what goes|what to put) in(to)? (each|the) (box|panel)(es|s)?|contents?(?=\s*$)|(?:구성|내용)(?=\s*$)|(box|panel)(es|s)? contents?|contents? (of|for|per|in|by) (each )?(box|panel)(es|s)?|(box|panel)[- ]by[- ](box|panel)( contents?)?|per[- ](box|panel) contents?|출력\s*(?:구[조성](\s*계획)?|계획)|구성\s*계획|내용\s*구성|섹션\s*구성(?=\s*$|\s*[(（:：])|(섹션|박스|패널|칸|영역|구역|블록)별\s*(내용|구성)|각\s*(박스|패널)(의|에)?\s*(들어갈\s*)?내용)/i],
  // `# Final request`, `# 최종 요청`: what the finished image should be.
  // `# 이미지 요청`, `# 그림 요청` too: the request without the word for generating.
  ["image", /^(image (generation )?request|이미지\s*생성(\s*요청)?|(?:이미지|그림)\s*요청|final\s+request|최종\s*요청)/i],
];

// What people put before a section's name: an emoji, a number (`3.`, `①`, `Part 2 –`, `II.`, `Ⅳ.`), brackets, rules.
const DECORATION = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D\u20E3]|\d+[.):]?|[\u2460-\u2473\u2160-\u216B]|(?:part|step|section)\s*\d+|[IVX]+\.|[\s.,:)(\]\[|*_#~=>\-–—])+/iu;

export function sectionKindOf(title: string): SectionKind | undefined {
  const written = title.trim();
  const t = written.replace(DECORATION, "");
  for (const [kind, re] of SECTION_NAMES) {
    const m = re.exec(t);
    // A decorated heading must be the name itself (then a remark, not more English words): a numbered
    // "# 1. Source of the data" in a pasted transcript is not the Source Text.
    if (m && (t === written || !/^\s*[a-z]/i.test(t.slice(m[0].length)))) return kind;
  }
  // A name of the writer's own glossed with the template's in brackets: `출력 구성 (Output Structure Plan)`.
  const gloss = /[(（]([^()（）]+)[)）]\s*$/.exec(t);
  return gloss && gloss.index > 0 ? sectionKindOf(gloss[1]!) : undefined;
}

/**
 * The heading depth the template's sections use: `#` as written, but a document nesting them one level
 * down (`## Layout Structure` under a `# Chapter 5` title, plan sections at `###`) has them deeper.
 */
export function sectionDepth(headings: { depth: number; title: string }[]): number {
  // The depth naming the most sections, the shallowest on a tie; the image request may sit at any depth.
  const named = [0, 0, 0, 0];
  for (const h of headings) {
    const kind = h.depth <= 3 ? sectionKindOf(h.title) : undefined;
    if (kind && kind !== "image") named[h.depth]!++;
  }
  return [1, 2, 3].reduce((best, d) => (named[d]! > named[best]! ? d : best), 1);
}

export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

export function endLineOf(node: { position?: { end: { line: number } } | undefined }): number {
  return node.position?.end.line ?? lineOf(node as { position?: { start: { line: number } } });
}

export function parseMarkdown(text: string): Root {
  // One tilde is "about" here (~$600, ~100K), not a strike: only `~~text~~` strikes.
  return unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ["yaml"]).parse(protectMath(codePipes(text)));
}

export function parsePromptDoc(text: string): PromptDoc {
  const tree = parseMarkdown(text);
  drawForeignDiagrams(tree);
  const sections: Section[] = [];
  let current: Section = { kind: "other", title: "", line: 1, nodes: [] };
  const headings = tree.children.flatMap((n) => (n.type === "heading" ? [{ depth: n.depth, title: plainText(n) }] : []));
  const top = sectionDepth(headings);
  // Bold-only lines (`**Layout Structure**`) stand in for headings when more sections are named that way.
  const named = (kind: SectionKind | undefined): number => (kind && kind !== "image" ? 1 : 0);
  const byHeading = headings.reduce((n, h) => n + (h.depth === top ? named(sectionKindOf(h.title)) : 0), 0);
  const bolds = tree.children.map((c) => {
    const b = boldSection(c);
    const kind = b && sectionKindOf(b.title);
    return b && kind ? { ...b, kind } : undefined;
  });
  const bold = bolds.reduce((n, b) => n + named(b?.kind), 0) > byHeading;
  tree.children.forEach((node, i) => {
    const kind = node.type === "heading" && node.depth <= Math.max(2, top + 1) ? sectionKindOf(plainText(node)) : undefined;
    const b = bold ? bolds[i] : undefined;
    if (b) {
      if (current.nodes.length > 0 || current.title) sections.push(current);
      current = { kind: b.kind, title: b.title, line: lineOf(node), nodes: b.rest ? [b.rest] : [] };
      return;
    }
    // Headings at the sections' depth open them; the image request is usually one level deeper, after the plan.
    if (node.type === "heading" && kind && (node.depth === top || kind === "image")) {
      if (current.nodes.length > 0 || current.title) sections.push(current);
      current = { kind, title: plainText(node), line: lineOf(node), depth: node.depth, nodes: [] };
      return;
    }
    current.nodes.push(node);
  });
  sections.push(current);
  const lines = text.split(/\r?\n/);
  for (const s of sections) if (s.kind === "plan") s.nodes = mixedBullets(s.nodes.flatMap((n) => bareMermaid(n, lines) ?? gaejosik(n, lines, parsePiece) ?? glyphBullets(n, lines, parsePiece) ?? indentedList(n, lines) ?? afterTable(n) ?? headlessTable(n, lines, parsePiece) ?? barTable(n, lines, parsePiece) ?? tableTail(n, lines, parsePiece) ?? n), lines, parsePiece);
  // The layout's ratio table typed without its `|---|` rule is the table its writer meant, as in the plan.
  for (const s of sections) if (s.kind === "layout") s.nodes = s.nodes.flatMap((n) => headlessTable(n, lines, parsePiece) ?? n);
  return { text, lines, tree, sections };
}

// The first line of a Mermaid diagram, as one is pasted without its ```mermaid fence.
const MERMAID_START = /^\s*(?:(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\s*;?|mindmap|sequenceDiagram|stateDiagram(?:-v2)?|timeline|block-beta|pie(?:\s+showData)?(?:\s+title\s.*)?)\s*$/;

/** A paragraph that is a Mermaid diagram pasted without its fence, as the fenced block it stands for (its
 * lines as written: Markdown would have read `A[x] --> B` as text and links). */
function bareMermaid(node: RootContent, lines: string[]): RootContent | undefined {
  if (node.type !== "paragraph" || !node.position) return undefined;
  const { start, end } = node.position;
  const own = lines.slice(start.line - 1, end.line);
  if (own.length < 2 || !MERMAID_START.test(own[0]!)) return undefined;
  const indent = Math.min(...own.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return { type: "code", lang: "mermaid", value: own.map((l) => l.slice(indent)).join("\n"), position: node.position };
}

// A line that is a list item: `- a`, `* a`, `1. a`, `2) a`, `- [x] a`.
const LIST_LINE = /^[ \t]*(?:[-*+•·]|\d{1,3}[.)])[ \t]+\S/;

/**
 * Points indented by a tab or four spaces under a heading, as people indent them (and Markdown reads as code):
 * an unfenced code block whose every line is a list item is the list it was written as, lines kept.
 */
function indentedList(node: RootContent, lines: string[]): RootContent[] | undefined {
  if (node.type !== "code" || node.lang || !node.position) return undefined;
  const start = node.position.start.line;
  if (/^\s*(?:```|~~~)/.test(lines[start - 1] ?? "")) return undefined;
  const own = node.value.split("\n").filter((l) => l.trim());
  if (own.length === 0 || !own.every((l) => LIST_LINE.test(l))) return undefined;
  return reparsed(node.value, start, parsePiece);
}

/** A piece of the plan parsed on its own (no frontmatter: a piece opening with `---` is a rule). */
function parsePiece(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).parse(protectMath(codePipes(text)));
}

/**
 * An HTML `<table>` with Markdown right under it (no blank line between): Markdown reads both as one block of
 * HTML, but what follows `</table>` is Markdown again.
 */
function afterTable(node: RootContent): RootContent[] | undefined {
  if (node.type !== "html" || !node.position || !/^<table\b/i.test(node.value)) return undefined;
  const end = /<\/table>[ \t]*\r?\n/i.exec(node.value);
  if (!end) return undefined;
  const table = node.value.slice(0, end.index + "</table>".length);
  const rest = node.value.slice(end.index + end[0].length);
  if (!rest.trim()) return undefined;
  const start = node.position.start.line;
  const tableEnd = start + table.split("\n").length - 1;
  const html: RootContent = { type: "html", value: table, position: { start: node.position.start, end: { line: tableEnd, column: 1 } } };
  return [html, ...reparsed(rest, tableEnd + 1, parsePiece)];
}

/** A paragraph that is only bold text, as a heading written by hand. */
export function isBoldLine(n: RootContent): boolean {
  return n.type === "paragraph" && n.children.length === 1 && n.children[0]?.type === "strong" && plainText(n).trim().length <= 80;
}

/**
 * A section named in bold on its own line, maybe with a remark after it (`**Layout Structure** (이대로)`):
 * its title, and what the paragraph goes on with on its next lines (no blank line after the bold line).
 */
function boldSection(n: RootContent): { title: string; rest?: RootContent } | undefined {
  if (n.type !== "paragraph" || n.children[0]?.type !== "strong") return undefined;
  const tail = n.children.slice(1);
  const k = tail.findIndex((c) => c.type === "break" || (c.type === "text" && c.value.includes("\n")));
  const remark = plainText({ children: k < 0 ? tail : tail.slice(0, k) }) + (k >= 0 && tail[k]!.type === "text" ? (tail[k] as { value: string }).value.split("\n")[0] : "");
  if (!/^\s*([(:（—–-][^\n]*)?$/.test(remark) || remark.length > 60) return undefined;
  const title = plainText(n.children[0]);
  if (k < 0) return { title };
  const at = tail[k]!;
  const after = at.type === "text" ? [{ ...at, value: at.value.slice(at.value.indexOf("\n") + 1) }, ...tail.slice(k + 1)] : tail.slice(k + 1);
  const line = lineOf(n) + 1;
  return { title, rest: { type: "paragraph", children: after, position: { start: { line, column: 1 }, end: n.position?.end ?? { line, column: 1 } } } as RootContent };
}

export function findSection(doc: PromptDoc, kind: SectionKind): Section | undefined {
  return doc.sections.find((s) => s.kind === kind);
}

/** Split a section's nodes under its headings of `depth`; nodes before the first one are dropped. */
export function subsections(nodes: RootContent[], depth = 2, siblings = 0): Subsection[] {
  const out: Subsection[] = [];
  let current: Subsection | undefined;
  for (const node of nodes) {
    if (node.type === "heading" && (node.depth === depth || node.depth <= siblings)) {
      current = { title: plainText(node), line: lineOf(node), depth, nodes: [] };
      out.push(current);
    } else if (current) {
      current.nodes.push(node);
    }
  }
  return out;
}

/** Plain text of any mdast node (what mdast-util-to-string does, without another dependency). */
export function plainText(node: unknown): string {
  if (!node || typeof node !== "object") return "";
  const n = node as { type?: string; value?: unknown; children?: unknown[]; alt?: unknown };
  if (n.type === "break") return "\n";
  if (typeof n.value === "string") return n.value;
  if (Array.isArray(n.children)) return n.children.map(plainText).join("");
  if (typeof n.alt === "string") return n.alt;
  return "";
}

export function isHeading(node: RootContent): node is Heading {
  return node.type === "heading";
}
