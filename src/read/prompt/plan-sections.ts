// The Output Structure Plan's sections, in each form they are written in: headings at one depth, bold lines
// standing in for headings, or the items of one numbered outline.
import type { List, Paragraph, RootContent } from "mdast";
import { isBoldLine, lineOf, plainText, subsections, type Subsection } from "./sections.js";
import { designerChecklist } from "./designer-checklist.js";
import { emojiOutline, itemSections } from "./outline-items.js";
import { placeLabels } from "./place-labels.js";
import { quotesOnly, quotesTail } from "./quote-sections.js";
import { diagramsOnly } from "./diagram-sections.js";
import { PART_SECTIONS, partSections } from "./part-sections.js";
import { spokenSections } from "./spoken-sections.js";

/** A line ending in a colon introduces what follows. */
export const FRAMING = /[:：]$/;
/**
 * "Create a table like this:" — an instruction to the image model about what follows, not sheet content. A
 * line that introduces what follows without telling the artist to do something ("What the server feeds
 * the model:") is a caption and is drawn.
 */
export const INSTRUCTION = /^(?:please\s+)?(?:create|make|draw|show|use|add|include|render|visuali[sz]e|build|design|write|list|put|place|display|generate|a\s+mermaid|mermaid|\d+\s*[-–~]\s*\d+)\b|다음|아래|만들어|그려|작성|표시|넣어|사용하|보여|나타내|정리해/i;

/**
 * The plan's sections: its headings of the shallowest depth it uses (`##` in the template, `###` when the
 * document nests one level deeper); when some are numbered, the unnumbered ones are notes, unless the drawing
 * names them (`drawn`: the layout part's text), by their emoji or their title: a writer who numbered most
 * sections and left `## 📌 핵심 정리` or `## 왜 바이트를 그대로 안 쓸까?` bare still drew a box for each.
 */
export function planSubsections(nodes: RootContent[], plan: { warnings: string[] }, ownDepth = 0, drawn = ""): Subsection[] {
  const labels = placeLabels(nodes);
  return sectionsOf(labels.nodes, plan, ownDepth, drawn, labels.lines).filter((s) => {
    if (!designerChecklist(s)) return true;
    plan.warnings.push(`line ${s.line}: plan section "${s.title}" is a checklist for whoever draws the sheet; it is not drawn`);
    return false;
  });
}

function sectionsOf(nodes: RootContent[], plan: { warnings: string[] }, ownDepth: number, drawn: string, placed = new Set<number>()): Subsection[] {
  // A heading no deeper than the plan's own (`# Quotes` after `# Content per box`) names a part the template does
  // not have: it is one more section after the plan's, not the one they all fall under.
  const cut = ownDepth > 0 ? nodes.findIndex((n) => n.type === "heading" && n.depth <= ownDepth) : -1;
  if (cut >= 0) return [...planSubsections(nodes.slice(0, cut), plan, 0, drawn), ...subsections(nodes.slice(cut), -1, ownDepth)];
  const depth = Math.min(...nodes.map((n) => (n.type === "heading" ? n.depth : Infinity)));
  // `### 📦 …` sections, then `## 체크리스트` after them all: the shallower heading is one more part after the
  // sections, not the heading they fall under (they come before it).
  const first = nodes.find((n) => n.type === "heading");
  const later = nodes.findIndex((n) => n.type === "heading" && n.depth === depth);
  if (first?.type === "heading" && first.depth > depth && !ROW_HEADING.test(plainText(first))) {
    return [...sectionsOf(nodes.slice(0, later), plan, 0, drawn, placed), ...sectionsOf(nodes.slice(later), plan, 0, drawn, placed)];
  }
  const subs = Number.isFinite(depth) ? subsections(nodes, depth).flatMap(quotesTail).flatMap((s) => rowGroup(s) ?? partSections(s) ?? [s]) : [];
  if (subs.length === 0) return (nodes.some(isBoldTitle) ? undefined : spokenSections(nodes)) ?? boldTitled(nodes, plan);
  const firstHeading = nodes.findIndex((n) => n.type === "heading" && n.depth === depth);
  const preamble = firstHeading < 0 ? [] : nodes.slice(0, firstHeading);
  const content = preamble.filter((n) => !isFraming(n) && n.type !== "thematicBreak" && !isComment(n));
  if (content[0]) plan.warnings.push(`line ${lineOf(content[0])}: text before the first plan section is not drawn; put it under a ## section`);
  // `9.11 vs 9.9` opens with a decimal number, not a section number: a number counts only when no digit follows.
  const numbered = subs.filter((s) => /^\d+[.)](?!\d)/.test(s.title) || PART_SECTIONS.has(s));
  if (numbered.length === 0) return subs.flatMap(boldPeers);
  // A section labelled by its box's place (`오른쪽 세로 사이드바:`) names its box as surely as a number does.
  // A section of quotes alone is placed quote by quote, by meaning, numbered or not; so is one of diagrams alone.
  const kept = subs.filter((s) => numbered.includes(s) || namedByDrawing(s.title, drawn) || placed.has(s.line) || quotesOnly(s) || diagramsOnly(s));
  for (const s of subs) {
    if (!kept.includes(s) && s.nodes.some((n) => !isFraming(n) && !isComment(n) && n.type !== "thematicBreak")) {
      plan.warnings.push(`line ${s.line}: plan section "${s.title}" is not numbered like the others and is not drawn; number it to draw it`);
    }
  }
  return kept;
}

/** A plan heading naming a row of the page (`## Row 2`, `## 3행`, `## Top row — Title`), not a box. */
const ROW_HEADING = /^(?:row\s*\d+|\d+\s*(?:행|줄|번째\s*줄)|(?:첫|둘|셋|넷|다섯)째\s*줄|(?:top|middle|bottom|upper|lower)\s+row)(?![\p{L}\p{N}])/iu;

/**
 * `## Row 2` over `### 🧠 …` and `### 🔎 …`: the writer grouped the sections by the row they sit in, so each
 * deeper heading is a section and the row heading only groups them (anything above the first goes with it).
 * A row heading with nothing under it (`## Row 1 — Title`, the banner's row) is no section; one with content
 * but no deeper heading stays a section, as written.
 */
function rowGroup(s: Subsection): Subsection[] | undefined {
  if (!ROW_HEADING.test(s.title.trim())) return undefined;
  const inner = Math.min(...s.nodes.map((n) => (n.type === "heading" ? n.depth : Infinity)));
  if (!Number.isFinite(inner)) return s.nodes.some((n) => !isComment(n) && n.type !== "thematicBreak") ? undefined : [];
  const first = s.nodes.findIndex((n) => n.type === "heading" && n.depth === inner);
  const out = subsections(s.nodes.slice(first), inner);
  out[0]!.nodes.unshift(...s.nodes.slice(0, first).filter((n) => !isComment(n) && n.type !== "thematicBreak"));
  return out;
}

/** Whether the drawing names a section: the emoji it opens with, or its whole title (4 characters or more). */
export function namedByDrawing(title: string, drawn: string): boolean {
  const flat = (t: string): string => t.replace(/\uFE0F/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  const emoji = /^\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/u.exec(title.trim())?.[0];
  if (emoji && flat(drawn).includes(flat(emoji))) return true;
  const words = flat(title.trim().slice(emoji?.length ?? 0));
  return words.length >= 4 && flat(drawn).includes(words);
}

/**
 * Unnumbered headings that open with an emoji, and between them bold lines that open with one too
 * (`### 🧀 Swiss Cheese` … `**🔢 Counting**`): the writer titled some sections one way and some the other, so
 * each such bold line starts a section of its own at the heading's depth.
 */
function boldPeers(sub: Subsection): Subsection[] {
  if (!EMOJI_LED.test(sub.title)) return [sub];
  const out: Subsection[] = [{ ...sub, nodes: [] }];
  for (const node of sub.nodes) {
    if (isBoldTitle(node) && EMOJI_LED.test(plainText(node).trim()) && plainText(node).trim().length <= 60) {
      out.push({ title: plainText(node).trim(), line: lineOf(node), depth: sub.depth, nodes: [] });
    } else out[out.length - 1]!.nodes.push(node);
  }
  return out;
}

const EMOJI_LED = /^\p{Extended_Pictographic}/u;

/** A paragraph that is only bold text: `**1. 🗺️ Topic Overview**` standing in for a heading. */
const isBoldTitle = isBoldLine;

/** A paragraph of one short line that opens with an emoji: `📊 Ranking > Scoring`. */
function isEmojiTitle(n: RootContent): boolean {
  if (n.type !== "paragraph") return false;
  const t = plainText(n).trim();
  return t.length <= 60 && !t.includes("\n") && /^\p{Extended_Pictographic}/u.test(t);
}

/** Circled numbers people number sections with: ① … ⑳, ❶ … ❿, ➀ … ➉. */
export const CIRCLED_NUMBER = "[\\u2460-\\u2473\\u2776-\\u277F\\u2780-\\u2789]";
export const CIRCLED = new RegExp(`^${CIRCLED_NUMBER}`);

/**
 * A paragraph whose first line opens with a circled number and is short enough to title a section: that line,
 * and the lines under it (no blank line between) as a paragraph of their own.
 */
function circledTitle(n: RootContent): { title: string; rest?: RootContent } | undefined {
  return n.type === "paragraph" && CIRCLED.test(plainText(n).trim()) ? firstLineTitle(n) : undefined;
}

/**
 * Among circled titles, one numbered the other way (`4) 🧹 Filtering` after `③ 🕷️ Common Crawl`): Markdown reads
 * it as an ordered list of one item, but a lone short line that opens with an emoji titles a section like them.
 */
function numberedTitle(n: RootContent): { title: string; rest?: RootContent } | undefined {
  if (n.type !== "list" || n.ordered !== true || n.children.length !== 1) return undefined;
  const [head, ...rest] = n.children[0]!.children;
  const title = head?.type === "paragraph" ? plainText(head).trim() : "";
  return rest.length === 0 && !title.includes("\n") && title.length <= 80 && EMOJI_LED.test(title) ? { title } : undefined;
}

const markedTitle = (n: RootContent) => circledTitle(n) ?? numberedTitle(n);

/**
 * A bold line with the section's lines typed right under it, no blank line between (`**✔ 핵심 정리**` over
 * `✔ 데이터: …`): Markdown makes them one paragraph, but among bold-titled sections the bold line is a title too.
 */
function boldHead(node: RootContent): { title: string; rest: Paragraph } | undefined {
  if (node.type !== "paragraph" || node.children[0]?.type !== "strong") return undefined;
  const after = node.children[1];
  const breaks = after?.type === "break" || (after?.type === "text" && after.value.startsWith("\n"));
  if (!breaks) return undefined;
  const title = plainText(node.children[0]).trim();
  if (!title || title.length > 80) return undefined;
  const tail = node.children.slice(after!.type === "break" ? 2 : 1);
  const first = tail[0];
  const children = first?.type === "text" ? [{ ...first, value: first.value.replace(/^\n/, "") }, ...tail.slice(1)] : tail;
  const start = node.position?.start;
  const rest: Paragraph = { type: "paragraph", children, ...(start ? { position: { start: { ...start, line: start.line + 1 }, end: node.position!.end } } : {}) };
  return { title, rest };
}

/** `**Box A:** 교과서 비유`: a bold label naming a box, the section's title after it on the same line. */
const BOX_LABEL = /^(?:panel|box|section|card|block|cell|area|패널|박스|섹션|블록|칸|영역|상자)\s*[A-Za-z0-9]{1,2}\s*[:：.)—–-]?$/i;

function labelTitle(n: RootContent): { title: string; rest?: RootContent } | undefined {
  if (n.type !== "paragraph" || n.children[0]?.type !== "strong" || !BOX_LABEL.test(plainText(n.children[0]).trim())) return undefined;
  return firstLineTitle(n);
}

/** A paragraph's first line as a section title, and the lines under it as a paragraph of their own. */
function firstLineTitle(n: RootContent): { title: string; rest?: RootContent } | undefined {
  const text = plainText(n);
  const cut = text.indexOf("\n");
  const title = (cut < 0 ? text : text.slice(0, cut)).trim();
  if (title.length > 80) return undefined;
  if (cut < 0) return { title };
  const line = lineOf(n) + 1;
  const rest = text.slice(cut + 1).trim();
  const at = { start: { line, column: 1 }, end: n.position?.end ?? { line, column: 1 } };
  return { title, rest: { type: "paragraph", children: [{ type: "text", value: rest }], position: at } };
}

/**
 * A plan without headings: bold-only lines start its sections; without those, a numbered list whose items
 * are the sections (`1. 🏟️ **LM Arena**` over its nested points); with neither, nothing is read.
 */
function boldTitled(nodes: RootContent[], plan: { warnings: string[] }): Subsection[] {
  const out: Subsection[] = [];
  // Without bold lines, lines that open with a circled number (`① 🎧 Audio` over its list or its first line),
  // else short lines that open with an emoji (`🧑‍⚖️ Reward Model`), title the sections, as the boxes of the
  // drawing are titled, when there are two of them at least.
  // So do bold box labels with the title after them (`**Box A:** 교과서 비유`).
  const circled = !nodes.some(isBoldTitle) && nodes.filter((n) => circledTitle(n)).length >= 2;
  const labelled = !circled && !nodes.some(isBoldTitle) && nodes.filter((n) => labelTitle(n)).length >= 2;
  // Not in a numbered outline of emoji-led sections (`1) 🪞 …`, `2) 🎲 …`): a short emoji line in it (`⚠️ 작은
  // 경고 박스: …`, `💬 예시 대화`) is a line of a section there, as its numbered items title the sections.
  const emojiTitled = !circled && !labelled && !nodes.some(isBoldTitle) && !emojiOutline(nodes) && nodes.filter(isEmojiTitle).length >= 2;
  for (const node of nodes) {
    const mark = circled ? markedTitle(node) : labelled ? labelTitle(node) : undefined;
    if (mark) out.push({ title: mark.title, line: lineOf(node), depth: 2, nodes: mark.rest ? [mark.rest] : [] });
    else if (isBoldTitle(node) || (emojiTitled && isEmojiTitle(node))) out.push({ title: plainText(node).trim(), line: lineOf(node), depth: 2, nodes: [] });
    else if (out.length && boldHead(node)) out.push({ title: boldHead(node)!.title, line: lineOf(node), depth: 2, nodes: [boldHead(node)!.rest] });
    else out[out.length - 1]?.nodes.push(node);
  }
  if (out.length === 0) out.push(...itemSections(nodes));
  const first = nodes.find((n) => !isComment(n) && n.type !== "thematicBreak");
  if (out.length === 0 && first) {
    plan.warnings.push(`line ${lineOf(first)}: the Output Structure Plan has no sections, so none of it is drawn; start each section with a "## 1. 🗺️ Title" heading`);
  } else if (first && lineOf(first) < (out[0]?.line ?? 0) && !isFraming(first)) {
    plan.warnings.push(`line ${lineOf(first)}: text before the first plan section is not drawn; put it under a ## section`);
  }
  return out;
}

export const isComment = (n: RootContent): boolean => n.type === "html" && /^<!--[\s\S]*-->$/.test(n.value.trim());
export const isFraming = (n: RootContent): boolean => n.type === "paragraph" && FRAMING.test(plainText(n).trim()) && INSTRUCTION.test(plainText(n).trim());

/** A list of one item telling the artist what to draw next (`- Create a Mermaid flowchart:`), nothing under it but code. */
export function instructionItem(list: List): boolean {
  const [item, ...more] = list.children;
  const said = plainText(item?.children[0]).trim();
  return !!item && more.length === 0 && item.children.every((c) => c === item.children[0] || c.type === "code" || c.type === "table") && FRAMING.test(said) && (INSTRUCTION.test(said) || FORM_ONLY.test(said));
}

/**
 * A point that only names the form of what it leads to (`- Small table:`, `- Flowchart:`, `- 비교표:`): drawn, the
 * table or diagram shows what it is, and the label over it would say nothing else.
 */
const FORM = String.raw`(?:(?:a|the|small|quick|simple|short|tiny|mini|little)\s+)?(?:comparison\s+|mermaid\s+)?(?:table|chart|diagram|flow\s?chart|pie(?:\s+chart)?|graph|figure|mermaid|comparison|mind\s?map|비교|표|비교표|도표|그림|다이어그램|흐름도|순서도|차트|마인드맵)`;
export const FORM_ONLY = new RegExp(String.raw`^${FORM}\s*[:：]$`, "i");
/**
 * A point naming a form and pointing at it (`Diagram: use the flowchart below`, `Chart: see the pie chart below
 * (share of picks …)`, `그림: 아래 흐름도 사용`): where to find the block, for the designer; the block says the rest.
 */
export const FORM_POINTER = new RegExp(
  String.raw`^${FORM}\s*[:：]\s*(?:(?:use|see|insert|put|place|draw|refer\s+to)\b[^.!?()]{0,60}?\b(?:below|above|here)|(?:아래|위)(?:의)?\s*\S{0,12}\s*(?:사용|참고|삽입|넣기)?)\s*(?:\([^()]{0,160}\))?\s*[.。]?$`,
  "i",
);
