// A plan section opened by a bare line naming where its box stands (`좌측 상단 박스에:`, `오른쪽 세로 사이드바:`,
// `Bottom-left box:`) over its points, among sections titled by headings. The writer points at the drawing
// instead of repeating a box's title; Markdown reads the line as a paragraph of the section above (or as text
// before the first heading), so its points were drawn in the wrong box or not at all.
import type { Heading, RootContent } from "mdast";
import { plainText } from "./sections.js";
import { placeIn } from "./positions.js";

/** One short line ending in a colon; the place words come before it (a remark in brackets may follow them). */
const LABEL = /^([^\n]{2,40}?)\s*[:：]$/;

/** The place a paragraph names when it is only a place label, else undefined. */
function labelOf(node: RootContent): string | undefined {
  if (node.type !== "paragraph") return undefined;
  const m = LABEL.exec(plainText(node).trim());
  return m && placeIn(m[1]!) ? m[1]! : undefined;
}

/**
 * The plan's nodes with each place label that has content under it turned into a heading at the plan's section
 * depth, and the lines of those headings. Only where the plan titles its other sections by headings, or labels
 * two at least by place: one such line alone in a heading-less plan is a caption.
 */
export function placeLabels(given: RootContent[]): { nodes: RootContent[]; lines: Set<number> } {
  const lines = new Set<number>();
  const nodes = given.flatMap((n, k) => lazyLabel(n, k + 1 < given.length && given[k + 1]!.type !== "heading") ?? [n]);
  const depth = Math.min(...nodes.map((n) => (n.type === "heading" ? n.depth : Infinity)));
  const labelled = nodes.map((n, k) => {
    const next = nodes[k + 1];
    return next && next.type !== "heading" && next.type !== "thematicBreak" ? labelOf(n) : undefined;
  });
  if (!Number.isFinite(depth) && labelled.filter(Boolean).length < 2) return { nodes, lines };
  const out = nodes.map((n, k) => {
    const title = labelled[k];
    if (!title) return n;
    const heading: Heading = { type: "heading", depth: (Number.isFinite(depth) ? depth : 2) as Heading["depth"], children: [{ type: "text", value: title }], ...(n.position ? { position: n.position } : {}) };
    if (n.position) lines.add(n.position.start.line);
    return heading;
  });
  return { nodes: out, lines };
}

/**
 * A label typed right under a list item, no blank line between (`- beta point` over `왼쪽 아래 박스:` over
 * `- gamma point`): Markdown keeps it as a lazy line of that item, and the items after it in the same list. The
 * list cut there, the label a paragraph of its own between the parts, when the label is plain text ending the
 * item's last paragraph and has something under it (`followed`: a node after the list, for its last item).
 */
function lazyLabel(node: RootContent, followed: boolean): RootContent[] | undefined {
  if (node.type !== "list") return undefined;
  for (let k = 0; k < node.children.length; k++) {
    const item = node.children[k]!;
    const para = item.children[item.children.length - 1];
    const tail = para?.type === "paragraph" ? para.children[para.children.length - 1] : undefined;
    if (para?.type !== "paragraph" || tail?.type !== "text" || (k === node.children.length - 1 && !followed)) continue;
    const cut = tail.value.lastIndexOf("\n");
    const label: RootContent = { type: "paragraph", children: [{ type: "text", value: tail.value.slice(cut + 1).trim() }] };
    if (cut < 0 || !labelOf(label)) continue;
    const end = para.position?.end;
    if (end) label.position = { start: { line: end.line, column: 1 }, end };
    const kept = { ...para, children: [...para.children.slice(0, -1), { ...tail, value: tail.value.slice(0, cut) }] };
    const head = { ...node, children: [...node.children.slice(0, k), { ...item, children: [...item.children.slice(0, -1), kept] }] };
    const rest = node.children.slice(k + 1);
    if (rest.length === 0) return [head, label];
    const more = { ...node, children: rest, ...(node.ordered ? { start: (node.start ?? 1) + k + 1 } : {}) };
    return [head, label, ...(lazyLabel(more, followed) ?? [more])];
  }
  return undefined;
}
