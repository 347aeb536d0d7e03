// `# Output Structure Plan`: each `## N. <emoji> Title` section becomes content blocks
// (mind map, tables, flow chain, takeaways, plain bullets and paragraphs).
import type { List, ListItem, RootContent, Table as MdTable } from "mdast";
import type { Block, Flowchart, MindNode, Rich } from "../../model/sheet.js";
import { richFromCell, richFromInline, richText } from "./rich.js";
import { lineOf, plainText, subsections } from "./sections.js";
import { splitEmoji } from "./words.js";

export type SectionKind = "mindmap" | "flow" | "takeaways" | "table" | "general";

export interface PlanSection {
  title: string;
  emoji?: string;
  line: number;
  kind: SectionKind;
  blocks: Block[];
}

export interface Plan {
  sections: PlanSection[];
  /** Concept-table first column, mind-map level-1 labels, left sides of `X = Y` takeaways. */
  keyTerms: string[];
  warnings: string[];
}

const KIND_TESTS: [SectionKind, RegExp][] = [
  ["mindmap", /mind\s*-?\s*map|마인드\s*맵/i],
  ["flow", /flow|pipeline|process|흐름|파이프라인|과정|순서/i],
  ["takeaways", /takeaway|key points|요점|핵심\s*정리|정리|교훈|기억할/i],
  ["table", /\btable\b|matrix|표\b/i],
];
const HINT_PAREN = /\s*[(（]([^()（）]*)[)）]\s*$/;
const CONCEPT = /concept|개념|용어|term|glossary|정의|definition/i;
export const ARROW_SPLIT = /\s*(?:→|->|⟶|⇒|=>|➡️?)\s*/;

export function readPlan(nodes: RootContent[]): Plan {
  const plan: Plan = { sections: [], keyTerms: [], warnings: [] };
  let subs = subsections(nodes, 2);
  const numbered = subs.filter((s) => /^\d+[.)]/.test(s.title));
  if (numbered.length > 0) subs = numbered;
  for (const sub of subs) {
    const heading = sub.title.replace(/^\d+[.)]\s*/, "");
    const { emoji, rest } = splitEmoji(heading);
    const hint = HINT_PAREN.exec(rest)?.[1] ?? "";
    const title = rest.replace(HINT_PAREN, "").trim() || rest;
    const kind = KIND_TESTS.find(([, re]) => re.test(hint) || re.test(title))?.[0] ?? "general";
    const section: PlanSection = { title, line: sub.line, kind, blocks: [] };
    if (emoji) section.emoji = emoji;
    readSectionBody(sub.nodes, section, plan);
    plan.sections.push(section);
  }
  return plan;
}

function readSectionBody(nodes: RootContent[], section: PlanSection, plan: Plan): void {
  for (const node of nodes) {
    if (node.type === "table") {
      const table = tableBlock(node);
      section.blocks.push(table);
      const first = plainText(node.children[0]?.children[0]).trim();
      if (CONCEPT.test(section.title) || CONCEPT.test(first)) {
        plan.keyTerms.push(...table.rows.map((r) => richText(r[0] ?? [])).filter(Boolean));
      }
    } else if (node.type === "list") {
      readList(node, section, plan);
    } else if (node.type === "paragraph") {
      const rich = richFromInline(node.children);
      // "Create a table like this:" is an instruction to the image model, not sheet content.
      if (rich.length && !/[:：]$/.test(richText(rich))) section.blocks.push({ kind: "paragraph", text: rich });
    } else if (node.type === "blockquote") {
      const text = richFromInline(node.children.flatMap((c) => (c.type === "paragraph" ? c.children : [])));
      if (text.length) section.blocks.push({ kind: "quote", text });
    } else if (node.type === "code") {
      plan.warnings.push(
        `line ${lineOf(node)}: a code block in the Output Structure Plan was skipped; write flows as "A → B → C" bullets`,
      );
    }
  }
}

function tableBlock(node: MdTable): Block & { kind: "table" } {
  const [head, ...body] = node.children;
  const cells = (row: MdTable["children"][number]): Rich[] => row.children.map((c) => richFromCell(c.children));
  return { kind: "table", header: head ? cells(head) : [], rows: body.map(cells) };
}

interface Leaf {
  rich: Rich;
  text: string;
  children: Leaf[];
}

/** List items as a tree; "3-5 bullet points summarizing:" style containers are unwrapped. */
function leaves(list: List): Leaf[] {
  const out: Leaf[] = [];
  for (const item of list.children) {
    const para = item.children.find((c) => c.type === "paragraph");
    const rich = para && para.type === "paragraph" ? richFromInline(para.children) : [];
    const text = richText(rich);
    const kids = item.children.filter((c): c is List => c.type === "list").flatMap(leaves);
    const container = (/[:：]$/.test(text) && !LEVEL_RE.test(text)) || text === "";
    if (kids.length > 0 && container) out.push(...kids);
    else out.push({ rich, text, children: kids });
  }
  return out;
}

function flat(items: Leaf[]): Leaf[] {
  return items.flatMap((l) => [l, ...flat(l.children)]);
}

function readList(list: List, section: PlanSection, plan: Plan): void {
  if (section.kind === "mindmap" || hasMindmapMarkers(list)) {
    const root = mindmapFromList(list, section.title);
    section.blocks.push({ kind: "mindmap", root });
    plan.keyTerms.push(...root.children.map((c) => c.label));
    return;
  }
  const items = flat(leaves(list)).filter((l) => l.text !== "");
  if (section.kind === "flow") {
    const plain: Rich[] = [];
    for (const l of items) {
      const chain = l.text.split(ARROW_SPLIT).map((s) => s.trim());
      if (chain.length >= 2 && chain.every(Boolean)) section.blocks.push(chainFlowchart(chain));
      else plain.push(l.rich);
    }
    if (plain.length) section.blocks.push({ kind: "bullets", style: "plain", items: plain });
    return;
  }
  if (section.kind === "takeaways") {
    section.blocks.push({ kind: "bullets", style: "takeaways", items: items.map((l) => l.rich) });
    for (const l of items) {
      const m = /^([^=≠]{1,30}?)\s*=(?![=>])/.exec(l.text);
      if (m?.[1]) plan.keyTerms.push(m[1].trim());
    }
    return;
  }
  section.blocks.push({ kind: "bullets", style: "plain", items: items.map((l) => l.rich) });
}

/** `A → B → ... → C` as a left-to-right flowchart; "..." stays as a step labelled "…". */
export function chainFlowchart(labels: string[]): Flowchart {
  const nodes = labels.map((label, k) => ({
    id: `n${k + 1}`,
    label: /^(\.{2,}|…|etc\.?|등+)$/i.test(label.trim()) ? "…" : label.trim().replace(/^["“]|["”]$/g, ""),
    shape: "rect" as const,
  }));
  const edges = nodes.slice(1).map((n, k) => ({
    from: `n${k + 1}`,
    to: n.id,
    kind: "arrow" as const,
    stroke: "normal" as const,
  }));
  return { kind: "flowchart", direction: "LR", nodes, edges };
}

const ROOT_RE = /^(?:root|루트|중심|center|central(?:\s+topic)?)\s*[:：]\s*(.*)$/i;
const LEVEL_RE = /^(?:level|레벨|단계|lv\.?)\s*(\d)\s*[:：]\s*(.*)$/i;

function hasMindmapMarkers(list: List): boolean {
  return flat(leaves(list)).some((l) => ROOT_RE.test(l.text));
}

/** `"a", "b"` → [a, b]; unquoted lists split on commas. */
export function values(text: string): string[] {
  const quoted = [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => (m[1] ?? m[2] ?? "").trim());
  if (quoted.length) return quoted.filter(Boolean);
  return text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
}

function mindmapFromList(list: List, fallbackRoot: string): MindNode {
  const items = flat(leaves(list));
  const rootItem = items.map((l) => ROOT_RE.exec(l.text)).find(Boolean);
  if (!rootItem) return genericTree(leaves(list), fallbackRoot);
  const root: MindNode = { label: values(rootItem[1] ?? "")[0] ?? fallbackRoot, children: [] };
  const byLevel = new Map<number, MindNode[]>([[0, [root]]]);
  const add = (level: number, parentLabel: string | undefined, labels: string[]): void => {
    const parents = byLevel.get(level - 1) ?? [root];
    const key = parentLabel?.toLowerCase().replace(/["“”]/g, "").trim();
    let parent = key ? parents.find((p) => p.label.toLowerCase() === key) : parents.length === 1 ? parents[0] : root;
    if (!parent && parentLabel) {
      // A branch named only at level 2 still belongs on the map: hang it under the root.
      parent = { label: parentLabel.replace(/["“”]/g, "").trim(), children: [] };
      root.children.push(parent);
      byLevel.set(level - 1, [...parents, parent]);
    }
    const target = parent ?? root;
    const made = labels.map((label) => ({ label, children: [] as MindNode[] }));
    target.children.push(...made);
    byLevel.set(level, [...(byLevel.get(level) ?? []), ...made]);
  };
  for (const l of items) {
    const m = LEVEL_RE.exec(l.text);
    if (!m) continue;
    const level = Number(m[1]);
    if (m[2]?.trim()) add(level, undefined, values(m[2]));
    for (const child of l.children) {
      const [left, right] = splitParent(child.text);
      if (right !== undefined) add(level, left, values(right));
      else add(level, undefined, values(child.text));
    }
  }
  return root;
}

function splitParent(text: string): [string, string | undefined] {
  const m = /^(.+?)\s*(?:→|->|⟶|=>|[:：])\s*(.+)$/.exec(text);
  return m ? [m[1] ?? "", m[2]] : [text, undefined];
}

function genericTree(items: Leaf[], rootLabel: string): MindNode {
  const toNode = (l: Leaf): MindNode => ({ label: l.text, children: l.children.map(toNode) });
  const only = items[0];
  if (items.length === 1 && only && only.children.length > 0) return toNode(only);
  return { label: rootLabel, children: items.map(toNode) };
}

export function listItemText(item: ListItem): string {
  return plainText(item.children.find((c) => c.type === "paragraph"));
}
