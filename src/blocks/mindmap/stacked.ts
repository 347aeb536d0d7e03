// The mind map for a tall, narrow box (a sidebar), as a person with a pen writes one there: the root oval at
// the top, and under it each level-1 branch in turn on its underline, its leaves listed beneath it (deeper
// levels indented), a stem down the left from the oval into each branch. A radial map there is wider than the
// box at any size, and columns side by side leave each a word wide; this needs only the box's width for its
// longest label.
import type { Mindmap } from "../../model/sheet.js";
import type { Mark, PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, BlockLayout } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { cubicPath } from "../diagram/arrow.js";
import { normalize } from "../diagram/geometry.js";
import { labelMarks, measureLabel } from "../diagram/text.js";
import { column, rowMarks } from "./columns.js";

const MARGIN = 4;

function plainTree(n: Mindmap["root"]): boolean {
  return n.shape === undefined && !n.icon && n.children.every(plainTree);
}

/** The map stacked at label size px within `width`; undefined when it has no such form or a label does not fit. */
export function layoutStacked(block: Mindmap, env: BlockEnv, px: number, width: number): BlockLayout | undefined {
  const branches = block.root.children;
  if (branches.length < 2 || block.root.icon || !branches.every(plainTree)) return undefined;
  const leafPx = Math.max(env.minFontPx, px * 0.92);
  const indent = px * 0.9;
  const rootPx = px * 1.15;
  const rootLabel = measureLabel(block.root.label, rootPx, Math.max(width - 2 * MARGIN - rootPx * 1.2, px * 4), true);
  const rootW = rootLabel.width * 1.2 + rootPx * 0.6;
  const rootH = rootLabel.height * 1.3 + rootPx * 0.4;
  // Branches start right of a stem from the oval's lower left.
  const stemX = Math.min(rootW * 0.3, px * 1.5);
  const left = stemX + px * 1.1;
  const room = width - 2 * MARGIN - left;
  if (room < px * 5) return undefined;
  const cols = branches.map((b) => column(b, px, leafPx, room, indent));
  if (cols.some((c) => !c)) return undefined;
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  let top = rootH + px * 0.6;
  cols.forEach((col, i) => {
    const c = env.palette[i % env.palette.length] ?? env.accent;
    const seed = env.seed + 20 + i * 31;
    const lineY = rowMarks(col!, left, top, c, seed, indent, env, marks, nodes);
    // The root's stem runs down the left and turns into the branch's underline.
    const under = lineY(col!.rows[0]!);
    const from: [number, number] = [stemX, rootH * 0.92];
    marks.push({ kind: "path", d: cubicPath(from, [from[0], under], [from[0], under], [left, under]), style: { seed: seed + 90, stroke: tint(c, 0.2), strokeWidth: 1.8, roughness: 1.1, bowing: 1.5 } });
    top += col!.height + px * 0.35;
  });
  marks.push({ kind: "ellipse", cx: rootW / 2, cy: rootH / 2, width: rootW, height: rootH, style: { seed: env.seed + 3, stroke: shade(env.accent, 0.1), strokeWidth: 2.2, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1 } });
  marks.push(...labelMarks(rootLabel, rootW / 2, (rootH - rootLabel.height) / 2, env.ink, env.seed + 5, "center"));
  nodes.unshift({ id: "root", label: block.root.label, box: { x: 0, y: 0, width: rootW, height: rootH } });
  const n = normalize(marks, nodes, MARGIN);
  return n.width <= width + 0.5 ? { width: n.width, height: n.height, marks: n.marks, nodes: n.nodes } : undefined;
}
