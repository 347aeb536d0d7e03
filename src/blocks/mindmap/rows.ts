// The mind map for a box too low even for columns, as a person with a pen writes one there: one line per
// level-1 branch, the branch on its underline and its leaves written after it as a list ("a · b · c"), the
// root oval beside the rows (or above them in a narrow box) joined to each branch by one pen stroke. A map
// of four branches and twelve leaves takes four lines instead of a band per leaf; a deeper node is written with
// its own children in brackets, "practice (problems, answers)".
import type { Mindmap, MindNode } from "../../model/sheet.js";
import type { Mark, PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, BlockLayout } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { cubicPath } from "../diagram/arrow.js";
import { normalize } from "../diagram/geometry.js";
import { labelMarks, measureLabel, measureList, type Label } from "../diagram/text.js";
import { headroom } from "./tree.js";

const MARGIN = 4;

/** Where the root oval goes: left of the rows, or above them. */
export type RootAt = "left" | "top";

function plainTree(n: MindNode): boolean {
  return n.shape === undefined && !n.icon && n.children.every(plainTree);
}

/** A leaf as written in its branch's list; a deeper node carries its own children in brackets. */
function itemText(n: MindNode): string {
  return n.children.length ? `${n.label} (${n.children.map(itemText).join(", ")})` : n.label;
}

/** The map in rows at label size px within `width`; undefined when it has no such form or does not fit. */
export function layoutRows(block: Mindmap, env: BlockEnv, px: number, width: number, at: RootAt): BlockLayout | undefined {
  const branches = block.root.children;
  // Icons and Mermaid shapes are the radial map's to draw.
  if (branches.length < 2 || block.root.icon || !branches.every(plainTree)) return undefined;
  const leafPx = Math.max(env.minFontPx, px * 0.92);
  const rootPx = px * 1.15;
  const rootLabel = measureLabel(block.root.label, rootPx, px * 7, true);
  const rootW = rootLabel.width * 1.2 + rootPx * 0.6;
  const rootH = rootLabel.height * 1.15 + rootPx * 0.3;
  const gap = px * 0.9;
  // Rows start right of the root (left), or under it, right of a stem from the oval's lower left (top).
  const stemX = Math.min(rootW * 0.3, px * 2);
  const left = at === "left" ? rootW + px * 1.6 : stemX + px * 1.1;
  const room = width - 2 * MARGIN - left;
  // The branch column: as wide as its widest label, but never more than two fifths of the rows.
  const natural = Math.max(...branches.map((b) => measureLabel(b.label, px, Infinity, true).width));
  const branchW = Math.min(natural, room * 0.4);
  const listW = room - branchW - gap;
  if (listW < px * 6) return undefined;
  const rows = branches.map((b) => {
    const label = measureLabel(b.label, px, branchW, true);
    const items = b.children.map(itemText);
    const list: Label | undefined = items.length ? measureList(items, leafPx, listW) : undefined;
    return { node: b, label, list };
  });
  if (rows.some((r) => r.label.width > branchW + 0.5 || (r.list && r.list.width > listW + 0.5))) return undefined;
  const top = at === "top" ? rootH + px * 0.35 : 0;
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  const listX = left + branchW + gap;
  let y = top;
  const lines: number[] = [];
  rows.forEach((r, i) => {
    const c = env.palette[i % env.palette.length] ?? env.accent;
    const seed = env.seed + 20 + i * 31;
    // Rows as close as lines of a list: the line box already clears Latin; half the headroom is for Hangul.
    const textTop = y + headroom(px) / 2;
    const line = textTop + r.label.height - px * 0.05;
    lines.push(line);
    // The underline runs on to the list, so a short branch still leads the eye to its leaves.
    marks.push({ kind: "line", x1: left, y1: line, x2: r.list ? listX - px * 0.3 : left + r.label.width + px * 0.3, y2: line, style: { seed, stroke: c, strokeWidth: 2.6, roughness: 0.8 } });
    marks.push(...labelMarks(r.label, left, textTop, shade(c, 0.25), seed + 2, "left"));
    nodes.push({ id: `n${nodes.length + 1}`, label: r.node.label, box: { x: left, y, width: branchW, height: line - y } });
    let h = line - y + px * 0.1;
    if (r.list) {
      marks.push(...labelMarks(r.list, listX, textTop, env.ink, seed + 4, "left"));
      nodes.push({ id: `n${nodes.length + 1}`, label: r.node.children.map(itemText).join(" · "), box: { x: listX, y: textTop, width: r.list.width, height: r.list.height } });
      h = Math.max(h, textTop - y + r.list.height);
    }
    y += h + px * 0.12;
  });
  const bottom = y - px * 0.12;
  // The root's pen strokes: from its right side (left) or down a stem under it (top) into each underline.
  const rootY = at === "left" ? (top + bottom) / 2 : rootH / 2;
  const rootX = rootW / 2;
  lines.forEach((line, i) => {
    const c = env.palette[i % env.palette.length] ?? env.accent;
    const style = { seed: env.seed + 20 + i * 31 + 90, stroke: tint(c, at === "left" ? 0 : 0.2), strokeWidth: at === "left" ? 2.4 : 1.6, roughness: 1.1, bowing: 1.5 };
    if (at === "left") {
      const from: [number, number] = [rootW * 0.92, rootY + (line - rootY) * 0.15];
      const midX = (from[0] + left) / 2;
      marks.push({ kind: "path", d: cubicPath(from, [midX, from[1]], [midX, line], [left, line]), style });
    } else {
      const from: [number, number] = [stemX, rootH * 0.92];
      marks.push({ kind: "path", d: cubicPath(from, [from[0], line], [from[0], line], [left, line]), style });
    }
  });
  // The root last, so the strokes tuck under its oval.
  marks.push({ kind: "ellipse", cx: rootX, cy: rootY, width: rootW, height: rootH, style: { seed: env.seed + 3, stroke: shade(env.accent, 0.1), strokeWidth: 2.2, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1 } });
  marks.push(...labelMarks(rootLabel, rootX, rootY - rootLabel.height / 2, env.ink, env.seed + 5, "center"));
  nodes.unshift({ id: "root", label: block.root.label, box: { x: rootX - rootW / 2, y: rootY - rootH / 2, width: rootW, height: rootH } });
  const n = normalize(marks, nodes, MARGIN);
  return n.width <= width + 0.5 ? { width: n.width, height: n.height, marks: n.marks, nodes: n.nodes } : undefined;
}
