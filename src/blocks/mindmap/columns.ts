// The mind map for a low, wide box, as a person with a pen draws one there: the root oval on top, the level-1
// branches side by side under it as columns, each branch's leaves listed beneath it (deeper levels indented)
// and joined to it by one pen stroke each. A radial map in such a box needs a band per leaf on each side;
// this needs a line per leaf of the longest branch only.
import type { Mindmap, MindNode } from "../../model/sheet.js";
import type { Mark, PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, BlockLayout } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { cubicPath } from "../diagram/arrow.js";
import { normalize } from "../diagram/geometry.js";
import { labelMarks, measureLabel, measureList, type Label } from "../diagram/text.js";
import { headroom, joinedLeaves, LIST_JOIN } from "./tree.js";
import { lineMetrics } from "../../fonts/measure.js";

const MARGIN = 4;

export interface Row {
  node: MindNode;
  depth: number;
  /** On an underline (a branch, or any node with children); else a line of the list. */
  under: boolean;
  /** Left of the words from the row's left edge (a listed leaf's stroke lands just before them). */
  inset: number;
  label: Label;
  /** Left edge of the words, relative to the column. */
  x: number;
  y: number;
  h: number;
  parent: number;
}

/** One branch's column: the branch label, then its descendants in reading order, each indented by depth. */
export function column(branch: MindNode, px: number, leafPx: number, width: number, indent: number): { rows: Row[]; width: number; height: number } | undefined {
  const rows: Row[] = [];
  let y = 0;
  const add = (n: MindNode, depth: number, parent: number): boolean => {
    const size = depth === 1 ? px : leafPx;
    const x = (depth - 1) * indent;
    // Branches sit on their underline; a leaf is a line of the list, its pen stroke landing at its middle.
    const under = depth === 1 || n.children.length > 0;
    const inset = under ? 0 : size * 0.3;
    const label = joinedLeaves.has(n) ? measureList(n.label.split(LIST_JOIN), size, width - x - inset) : measureLabel(n.label, size, width - x - inset, true);
    // A word too long for the column would run into the next one.
    if (label.width > width - x - inset + 0.5) return false;
    const h = under ? label.height + headroom(size) + size * 0.35 : label.height + size * 0.1;
    rows.push({ node: n, depth, under, inset, label, x, y, h, parent });
    // Items further apart than the lines of one wrapped item, so a second line reads as part of the first.
    y += h + (under ? size * 0.15 : size * 0.25);
    const me = rows.length - 1;
    return n.children.every((c) => add(c, depth + 1, me));
  };
  if (!add(branch, 1, -1)) return undefined;
  return { rows, width: Math.max(...rows.map((r) => r.x + r.inset + r.label.width)), height: y };
}

/**
 * Column widths within `room`: a column whose words fit in an equal share keeps its own width, and what it
 * leaves goes to the wider ones (so "merge pairs" stays on one line beside a column of one-word leaves).
 */
function columnWidths(natural: number[], room: number): number[] {
  const out = natural.map(() => 0);
  let left = room;
  const order = natural.map((_, i) => i).sort((a, b) => natural[a]! - natural[b]! || a - b);
  order.forEach((i, k) => {
    const share = left / (order.length - k);
    out[i] = Math.min(natural[i]!, share);
    left -= out[i]!;
  });
  return out;
}

function plainTree(n: MindNode): boolean {
  return n.shape === undefined && !n.icon && n.children.every(plainTree);
}

/** A column's height and rows, as `column` lays them out. */
type Column = NonNullable<ReturnType<typeof column>>;

/**
 * A column's rows drawn with their left at x and their top at top: each branch's underline, the curve from its
 * parent down the column's left into it, its words; each row's box added to `nodes`. Returns where a row's stroke
 * meets it (a branch's underline, a leaf's middle), for the curve from the root.
 */
export function rowMarks(col: Column, x: number, top: number, c: string, seed: number, indent: number, env: BlockEnv, marks: Mark[], nodes: PlacedNode[]): (r: Row) => number {
  const lineY = (r: Row): number => (r.under ? top + r.y + r.h - r.label.px * 0.12 : top + r.y + r.label.px * 0.05 + lineMetrics(r.label.px).height / 2);
  col.rows.forEach((r, j) => {
    const size = r.label.px;
    const left = x + r.x;
    const y = lineY(r);
    const w = r.inset + r.label.width + (r.node.children.length ? size * 0.5 : size * 0.15);
    if (r.under) marks.push({ kind: "line", x1: left, y1: y, x2: left + w, y2: y, style: { seed: seed + j * 3, stroke: c, strokeWidth: r.depth === 1 ? 2.6 : 1.4, roughness: 0.8 } });
    const parent = col.rows[r.parent];
    if (parent) {
      const from: [number, number] = [x + parent.x + indent * 0.3, lineY(parent)];
      marks.push({ kind: "path", d: cubicPath(from, [from[0], y], [from[0], y], [left, y]), style: { seed: seed + j * 3 + 1, stroke: tint(c, 0.2), strokeWidth: 1.6, roughness: 1.1, bowing: 1.5 } });
    }
    const textTop = r.under ? top + r.y + headroom(size) : top + r.y + size * 0.05;
    marks.push(...labelMarks(r.label, left + r.inset, textTop, r.depth === 1 ? shade(c, 0.25) : env.ink, seed + j * 3 + 2, "left"));
    nodes.push({ id: `n${nodes.length + 1}`, label: r.node.label, box: { x: left, y: top + r.y, width: w, height: r.h } });
  });
  return lineY;
}

/** The map in columns at label size px within `width`, or undefined when a column would be too narrow. */
export function layoutColumns(block: Mindmap, env: BlockEnv, px: number, width: number): BlockLayout | undefined {
  const branches = block.root.children;
  const k = branches.length;
  // Icons and Mermaid shapes are the radial map's to draw (the root is an oval in either).
  if (k < 2 || block.root.icon || !branches.every(plainTree)) return undefined;
  const leafPx = Math.max(env.minFontPx, px * 0.92);
  const hgap = px * 1.1;
  const indent = px * 0.9;
  const natural = branches.map((b) => column(b, px, leafPx, Infinity, indent)!.width);
  const widths = columnWidths(natural, width - 2 * MARGIN - (k - 1) * hgap);
  // A column squeezed under five ems wraps nearly every label.
  if (widths.some((w, i) => w < natural[i]! - 0.5 && w < px * 5)) return undefined;
  const colW = Math.max(...widths);
  const cols = branches.map((b, i) => column(b, px, leafPx, widths[i]!, indent));
  if (cols.some((c) => !c)) return undefined;
  const rootPx = px * 1.15;
  const rootLabel = measureLabel(block.root.label, rootPx, Math.max(colW * 1.5, px * 8), true);
  const rootW = rootLabel.width * 1.2 + rootPx * 0.6;
  const rootH = rootLabel.height * 1.3 + rootPx * 0.4;
  const total = cols.reduce((s, c) => s + c!.width, 0) + (k - 1) * hgap;
  const top = rootH + px * 0.9;
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  let x = -total / 2;
  cols.forEach((col, i) => {
    const c = env.palette[i % env.palette.length] ?? env.accent;
    const seed = env.seed + 20 + i * 31;
    rowMarks(col!, x, top, c, seed, indent, env, marks, nodes);
    // The root's curve lands on the middle of the branch label's top.
    const b = col!.rows[0]!;
    const to: [number, number] = [x + Math.min(b.label.width, col!.width) / 2, top + b.y + headroom(px) * 0.5];
    const from: [number, number] = [Math.max(-rootW * 0.3, Math.min(rootW * 0.3, to[0] * 0.3)), rootH * 0.95];
    const mid = (from[1] + to[1]) / 2;
    marks.push({ kind: "path", d: cubicPath(from, [from[0], mid], [to[0], mid], to), style: { seed: seed + 90, stroke: c, strokeWidth: 2.8, roughness: 1.1, bowing: 1.5 } });
    x += col!.width + hgap;
  });
  // The root last, so the branch curves tuck under its oval.
  marks.push({ kind: "ellipse", cx: 0, cy: rootH / 2, width: rootW, height: rootH, style: { seed: env.seed + 3, stroke: shade(env.accent, 0.1), strokeWidth: 2.2, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1 } });
  marks.push(...labelMarks(rootLabel, 0, (rootH - rootLabel.height) / 2, env.ink, env.seed + 5, "center"));
  nodes.unshift({ id: "root", label: block.root.label, box: { x: -rootW / 2, y: 0, width: rootW, height: rootH } });
  const n = normalize(marks, nodes, MARGIN);
  return n.width <= width + 0.5 ? { width: n.width, height: n.height, marks: n.marks, nodes: n.nodes } : undefined;
}
