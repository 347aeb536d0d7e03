// Lists and outlines in the plan as trees: list items at any depth, and `Root:` / `Level 1:` / `Level 2:`
// outlines (the template's way of writing a mind map) whether written as list items or as plain lines.
import type { List, Paragraph, RootContent } from "mdast";
import type { MindNode, Rich } from "../../model/sheet.js";
import { richFromInline, richText } from "./rich.js";
import { lineOf, plainText } from "./sections.js";
import { withoutPointer } from "./cross-refs.js";
import { INSTRUCTION } from "./plan-sections.js";

export interface Leaf {
  rich: Rich;
  text: string;
  line: number;
  children: Leaf[];
  /** The item is only an image: its own warning says it is not drawn, so a mind map skips it quietly. */
  image?: true;
  /** A task item's box: ticked (`- [x]`) or left empty (`- [ ]`). */
  checked?: boolean;
}

export const ROOT_RE = /^(?:root|루트|중심|center|central(?:\s+topic)?|중심\s*주제)\s*[:：]\s*(.*)$/i;
export const LEVEL_RE = /^(?:level|레벨|단계|lv\.?)\s*(\d)\s*[:：]\s*(.*)$/i;

/** List items as a tree; "3-5 bullet points summarizing:" style containers are unwrapped. */
export function leaves(list: List): Leaf[] {
  const out: Leaf[] = [];
  for (const item of list.children) {
    const para = item.children.find((c) => c.type === "paragraph");
    const written = para && para.type === "paragraph" ? richFromInline(para.children) : [];
    const rich = withoutPointer(written);
    const text = richText(rich);
    // "Same as section 2" and nothing else: nothing of its own to draw.
    if (text.trim() === "" && richText(written).trim() !== "" && !item.children.some((c) => c.type === "list")) continue;
    const kids = item.children.filter((c): c is List => c.type === "list").flatMap(leaves);
    // A lead line naming a term in bold over its steps (`**Knowledge probing** (Meta):`) is a point of its own,
    // not a template's frame such as "3-5 bullet points summarizing:".
    const term = para?.type === "paragraph" && para.children.some((c) => c.type === "strong") && !INSTRUCTION.test(text.replace(/\*\*/g, ""));
    const container = (/[:：]$/.test(text) && !LEVEL_RE.test(text) && !term) || text === "";
    if (kids.length > 0 && container) out.push(...kids);
    else {
      const image = para?.type === "paragraph" && para.children.every((c) => c.type === "image" || c.type === "imageReference" || (c.type === "text" && c.value.trim() === ""));
      const checked = typeof item.checked === "boolean" ? { checked: item.checked } : {};
      // `- 풀이 A: …<br>풀이 B: …<br>풀이 C: …`: the writer broke one point into lines, each a point of its own;
      // run together they read as one sentence. The nested items go under the last.
      const lines = para?.type === "paragraph" && !term ? brokenLines(para) : undefined;
      if (lines) {
        lines.forEach((line, k) => out.push({ rich: line, text: richText(line), line: lineOf(item), children: k === lines.length - 1 ? kids : [], ...checked }));
        continue;
      }
      out.push({ rich, text, line: lineOf(item), children: kids, ...(image && kids.length === 0 ? { image: true as const } : {}), ...checked });
    }
  }
  return out;
}

/** A `<br>` typed into a list item's text. */
const BR = /^<br\s*\/?>$/i;

/** A list item's paragraph cut at each `<br>` into its lines (two at least, none empty); else undefined. */
function brokenLines(para: Paragraph): Rich[] | undefined {
  if (!para.children.some((c) => c.type === "html" && BR.test(c.value.trim()))) return undefined;
  const groups: Paragraph["children"][] = [[]];
  for (const c of para.children) {
    if (c.type === "html" && BR.test(c.value.trim())) groups.push([]);
    else groups[groups.length - 1]!.push(c);
  }
  const lines = groups.map((g) => withoutPointer(richFromInline(g))).filter((r) => richText(r).trim() !== "");
  return lines.length >= 2 ? lines : undefined;
}

export function flat(items: Leaf[]): Leaf[] {
  return items.flatMap((l) => [l, ...flat(l.children)]);
}

/**
 * An outline written as plain lines (one paragraph): `Level N:` lines are items, and the lines after a
 * `Level N:` line that has no values of its own are its children.
 */
export function leavesFromLines(para: Paragraph): Leaf[] {
  const first = lineOf(para);
  const lines = plainText(para).split("\n").map((t) => t.replace(/^[-*•·]\s+/, "").trim());
  const out: Leaf[] = [];
  let open: Leaf | undefined;
  lines.forEach((text, k) => {
    if (text === "") return;
    const leaf: Leaf = { rich: [{ text }], text, line: first + k, children: [] };
    const level = LEVEL_RE.exec(text);
    if (ROOT_RE.test(text) || level) {
      out.push(leaf);
      open = level && !level[2]?.trim() ? leaf : undefined;
    } else if (open) open.children.push(leaf);
    else out.push(leaf);
  });
  return out;
}

// Circled numbers, and the keycap digits people type from an emoji keyboard (`1️⃣`, `🔟`) for the same list.
const CIRCLED = /^\s*(?:[\u2460-\u2473\u2776-\u277F\u2780-\u2793\u24F5-\u24FE]|[0-9]\uFE0F?\u20E3|\u{1F51F})\s*/u;

/**
 * Paragraphs right after one another, each one line opening with a circled or keycap number (`1️⃣ …`, a blank
 * line, `2️⃣ …`): written apart for air, they are one ordered list. The leaves, and how many paragraphs they take.
 */
export function circledRun(nodes: readonly RootContent[], from: number): { leaves: Leaf[]; count: number } | undefined {
  const out: Leaf[] = [];
  for (let k = from; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type !== "paragraph" || plainText(node).trim().includes("\n")) break;
    const one = circledLeaves(node, 1);
    if (!one) break;
    out.push(...one);
  }
  return out.length >= 2 ? { leaves: out, count: out.length } : undefined;
}

/** Lines each opening with a circled number (`① …` / `② …`) are an ordered list written without list syntax. */
export function circledLeaves(node: Paragraph, least = 2, mark: RegExp = CIRCLED): Leaf[] | undefined {
  const groups: unknown[][] = [[]];
  for (const child of node.children) {
    if (child.type !== "text") {
      groups[groups.length - 1]!.push(child);
      continue;
    }
    child.value.split("\n").forEach((part, k) => {
      if (k > 0) groups.push([]);
      if (part) groups[groups.length - 1]!.push({ ...child, value: part });
    });
  }
  const first = lineOf(node);
  const lines = groups.map((g, k) => ({ rich: richFromInline(g), line: first + k }));
  if (lines.length < least || !lines.every((l) => mark.test(richText(l.rich)))) return undefined;
  return lines.map(({ rich, line }) => {
    const [head, ...tail] = rich;
    const trimmed = head ? [{ ...head, text: head.text.replace(mark, "") }, ...tail].filter((s) => s.text !== "") : tail;
    return { rich: trimmed, text: richText(trimmed), line, children: [] };
  });
}

/** A tick opening a line: `✔ 데이터: …`, `✓`, `✅`, `☑`. */
const TICK = /^\s*(?:✔️?|✓|✅|☑️?|✔︎)\s*/u;

/** A paragraph whose lines each open with a tick (two at least): the writer's checklist, a list of its lines. */
export function tickedLeaves(node: Paragraph): Leaf[] | undefined {
  return circledLeaves(node, 2, TICK);
}

export function isOutline(items: Leaf[]): boolean {
  return flat(items).some((l) => ROOT_RE.test(l.text) || LEVEL_RE.test(l.text));
}

/** `"a", "b"` → [a, b]; unquoted lists split on commas. */
export function values(text: string): string[] {
  const quoted = [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => (m[1] ?? m[2] ?? "").trim());
  if (quoted.length) return quoted.filter(Boolean);
  return text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
}

/**
 * The mind map an outline describes. Without a `Root:` line the section title is the root; without any
 * `Level` lines the list's own nesting is the tree. Lines that are neither are reported through `skip`.
 */
export function mindmapFromLeaves(tree: Leaf[], fallbackRoot: string, skip: (leaf: Leaf) => void): MindNode {
  const items = flat(tree);
  const rootItem = items.map((l) => ROOT_RE.exec(l.text)).find(Boolean);
  const hasLevels = items.some((l) => LEVEL_RE.test(l.text));
  if (!rootItem && !hasLevels) return genericTree(tree, fallbackRoot);
  const root: MindNode = { label: (rootItem && values(rootItem[1] ?? "")[0]) || fallbackRoot, children: [] };
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
  const used = new Set<Leaf>();
  /** `Parent → a, b` puts a and b at `level` under Parent; a plain line's values go to `plain`. */
  const branch = (l: Leaf, level: number, plain: number): void => {
    used.add(l);
    const [left, right] = splitParent(l.text);
    if (right !== undefined) add(level, left, values(right));
    else add(plain, undefined, values(l.text));
  };
  for (const l of items) {
    if (ROOT_RE.test(l.text)) {
      used.add(l);
      // Branches written straight under the root line: `"SFT" → "OLMo", "240 conversations"`; a branch with a
      // list of its own under it (`- 교과서 비유` over `- 설명 = pretraining`) has that list as its leaves.
      for (const child of l.children) {
        if (LEVEL_RE.test(child.text)) continue;
        if (child.children.length === 0 || splitParent(child.text)[1] !== undefined || child.children.some((c) => LEVEL_RE.test(c.text))) {
          branch(child, 2, 1);
          continue;
        }
        const node = nested(child, used);
        root.children.push(node);
        byLevel.set(1, [...(byLevel.get(1) ?? []), node]);
      }
    }
    const m = LEVEL_RE.exec(l.text);
    if (!m) continue;
    used.add(l);
    const level = Number(m[1]);
    if (m[2]?.trim()) add(level, undefined, values(m[2]));
    for (const child of l.children) branch(child, level, level);
  }
  for (const l of items) if (!used.has(l)) skip(l);
  return root;
}

/** A list item and the items under it as a branch of the map, every line of it used. */
function nested(l: Leaf, used: Set<Leaf>): MindNode {
  used.add(l);
  return { label: l.text.replace(/^["“]([^"“”]*)["”]$/, "$1").trim(), children: l.children.map((c) => nested(c, used)) };
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
