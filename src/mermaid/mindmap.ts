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

export function fromMindDb(raw: MindNodeRaw): MindNode {
  const node: MindNode = { label: normaliseLabel(raw.descr), children: raw.children.map(fromMindDb) };
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

export function mindmapOf(raw: MindNodeRaw): Mindmap {
  return { kind: "mindmap", root: fromMindDb(raw) };
}
