// The prompt document as top-level sections. remark does the Markdown parsing; we only group its
// top-level nodes under the `# …` headings the template uses, keeping 1-based line numbers.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import type { Heading, Root, RootContent } from "mdast";

export type SectionKind = "role" | "source" | "layout" | "style" | "plan" | "image";

export interface Section {
  kind: SectionKind | "other";
  title: string;
  /** Line of the `#` heading (1-based). */
  line: number;
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
  ["source", /^(source text|source|transcript|원문|소스\s*텍스트|원본\s*텍스트|강의\s*원문)/i],
  ["layout", /^(layout structure|layout|레이아웃(\s*구조)?|배치\s*구조)/i],
  ["style", /^(output style|style guide|출력\s*스타일|스타일)/i],
  ["plan", /^(output structure plan|structure plan|content plan|출력\s*구조(\s*계획)?|구성\s*계획|내용\s*구성)/i],
  ["image", /^(image (generation )?request|이미지\s*생성(\s*요청)?)/i],
];

export function sectionKindOf(title: string): SectionKind | undefined {
  const t = title.trim();
  return SECTION_NAMES.find(([, re]) => re.test(t))?.[0];
}

export function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

export function endLineOf(node: { position?: { end: { line: number } } | undefined }): number {
  return node.position?.end.line ?? lineOf(node as { position?: { start: { line: number } } });
}

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).parse(text);
}

export function parsePromptDoc(text: string): PromptDoc {
  const tree = parseMarkdown(text);
  const sections: Section[] = [];
  let current: Section = { kind: "other", title: "", line: 1, nodes: [] };
  for (const node of tree.children) {
    const kind = node.type === "heading" && node.depth <= 2 ? sectionKindOf(plainText(node)) : undefined;
    // Depth-1 headings open sections; the image request is usually a `##` after the plan.
    if (node.type === "heading" && kind && (node.depth === 1 || kind === "image")) {
      if (current.nodes.length > 0 || current.title) sections.push(current);
      current = { kind, title: plainText(node), line: lineOf(node), nodes: [] };
      continue;
    }
    current.nodes.push(node);
  }
  sections.push(current);
  return { text, lines: text.split(/\r?\n/), tree, sections };
}

export function findSection(doc: PromptDoc, kind: SectionKind): Section | undefined {
  return doc.sections.find((s) => s.kind === kind);
}

/** Split a section's nodes under its headings of `depth`; nodes before the first one are dropped. */
export function subsections(nodes: RootContent[], depth = 2): Subsection[] {
  const out: Subsection[] = [];
  let current: Subsection | undefined;
  for (const node of nodes) {
    if (node.type === "heading" && node.depth === depth) {
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
