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
export function placeLabels(nodes: RootContent[]): { nodes: RootContent[]; lines: Set<number> } {
  const lines = new Set<number>();
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
