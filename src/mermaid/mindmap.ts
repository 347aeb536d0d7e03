// Mindmaps between Mermaid's mindmap database and our model, plus the inverse writer.
import type { MindNode, Mindmap, NodeShape } from "../model/sheet.js";
import type { MindNodeRaw } from "./load.js";
import { bareText, normaliseLabel, quoteText } from "./text.js";

// Mermaid's mindmap node types: 0 default, 1 rounded, 2 rect, 3 circle, 4 cloud, 5 bang, 6 hexagon.
// Cloud and bang have no twin in our shape list; they map to stadium and diamond (and back), so every
// model shape has a Mermaid spelling and mindmaps round-trip.
const SHAPE_OF: Record<number, NodeShape | undefined> = {
  0: undefined, 1: "round", 2: "rect", 3: "circle", 4: "stadium", 5: "diamond", 6: "hexagon",
};
const OPEN_CLOSE: Record<NodeShape, [string, string]> = {
  round: ["(", ")"], rect: ["[", "]"], circle: ["((", "))"],
  stadium: [")", "("], diamond: ["))", "(("], hexagon: ["{{", "}}"],
};

/** `markdown`: the texts the source wrote as markdown strings (`("\`**bold** word\`")`). Mermaid's mindmap
 * parser drops the backticks but keeps the `**`, and records no label type to tell them by. */
export function fromMindDb(raw: MindNodeRaw, markdown: ReadonlySet<string> = new Set()): MindNode {
  const label = normaliseLabel(raw.descr, markdown.has(raw.descr.trim()) ? "markdown" : undefined);
  const node: MindNode = { label, children: raw.children.map((c) => fromMindDb(c, markdown)) };
  const shape = SHAPE_OF[raw.type];
  if (shape) node.shape = shape;
  const icon = raw.icon?.trim();
  if (icon) node.icon = icon;
  return node;
}

function write(node: MindNode, depth: number, lines: string[]): void {
  const pad = "  ".repeat(depth + 1);
  if (node.shape) {
    const [open, close] = OPEN_CLOSE[node.shape];
    lines.push(`${pad}${open}${quoteText(node.label)}${close}`);
  } else {
    lines.push(`${pad}${bareText(node.label)}`);
  }
  if (node.icon) lines.push(`${pad}  ::icon(${node.icon})`);
  for (const child of node.children) write(child, depth + 1, lines);
}

export function mindmapToMermaid(m: Mindmap): string {
  const lines = ["mindmap"];
  write(m.root, 0, lines);
  return lines.join("\n");
}

// A markdown string as the mindmap grammar reads it: between "` and `", over lines too.
const MARKDOWN_STRING = /"`([^`]*)`"/g;

/** `source`: the mindmap as parsed, so its markdown strings lose their `**`/`*` as a flowchart's do. */
export function mindmapOf(raw: MindNodeRaw, source = ""): Mindmap {
  const markdown = new Set([...source.matchAll(MARKDOWN_STRING)].map((m) => m[1]!.trim()));
  return { kind: "mindmap", root: fromMindDb(raw, markdown) };
}
