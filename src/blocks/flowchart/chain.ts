// Dagre's answer for a plain chain (A → B → … → Z, every node once, no edge labels, no clusters), computed
// directly: one node per rank, so there is nothing to rank, order or align. Dagre spends ~12 ms on its first
// call in a fresh process and ~2 ms on each later one, and auto-fit asks for the same chain at several sizes.
// The arithmetic follows dagre's own steps (positionY, coordinate-system undo, translateGraph,
// assignNodeIntersects) operation by operation, so the numbers are dagre's to the last bit; a test compares
// both on random chains in every direction.
import type { Flowchart } from "../../model/sheet.js";
import type { Pt } from "../diagram/geometry.js";
import type { MeasuredNode } from "./measure.js";

export interface ChainLayout {
  nodes: Map<string, Pt>;
  edges: Map<number, { points: Pt[]; at: undefined }>;
}

/** The nodes in chain order, or undefined when the forward edges are not one simple path through all of them. */
function chainOrder(ids: string[], edges: { from: string; to: string }[]): string[] | undefined {
  if (edges.length !== ids.length - 1) return undefined;
  const next = new Map<string, string>();
  const hasIn = new Set<string>();
  for (const { from, to } of edges) {
    if (from === to || next.has(from) || hasIn.has(to)) return undefined;
    next.set(from, to);
    hasIn.add(to);
  }
  const start = ids.filter((id) => !hasIn.has(id));
  if (start.length !== 1) return undefined;
  const order = [start[0]!];
  for (let at = next.get(order[0]!); at !== undefined; at = next.get(at)) order.push(at);
  return order.length === ids.length ? order : undefined;
}

/** Dagre's point where the segment from a box's centre toward `p` leaves the box (util.intersectRect). */
function intersect(cx: number, cy: number, width: number, height: number, p: Pt): Pt {
  const dx = p[0] - cx;
  const dy = p[1] - cy;
  let w = width / 2;
  let h = height / 2;
  if (dx === 0 || Math.abs(dy) * w > Math.abs(dx) * h) {
    if (dy < 0) h = -h;
    return [cx + (h * dx) / dy, cy + h];
  }
  if (dx < 0) w = -w;
  return [cx + w, cy + (w * dy) / dx];
}

/**
 * The layout dagre gives this chart when it is a plain chain, else undefined (dagre must run). `forward` are
 * the indexes of the edges dagre would see; `labelled` tells whether an edge carries a label box.
 */
export function chainLayout(
  block: Flowchart,
  measured: Map<string, MeasuredNode>,
  forward: number[],
  labelled: (i: number) => boolean,
  ranksep: number,
): ChainLayout | undefined {
  if (forward.some(labelled)) return undefined;
  const order = chainOrder(
    [...measured.keys()],
    forward.map((i) => block.edges[i]!),
  );
  if (!order || order.length === 0) return undefined;
  const dir = block.direction;
  const hz = dir === "LR" || dir === "RL";
  // Dagre lays every chart out top to bottom and turns it afterwards; LR/RL swap width and height first.
  const along = (m: MeasuredNode): number => (hz ? m.outerW : m.outerH);
  // makeSpaceForEdgeLabels halves ranksep and doubles every edge: a zero-size dummy rank between nodes.
  const rankSep = ranksep / 2;
  const rank = new Map<string, number>();
  const dummy: number[] = [];
  let prevY = 0;
  order.forEach((id, k) => {
    const h = along(measured.get(id)!);
    rank.set(id, prevY + h / 2);
    prevY += h + rankSep;
    if (k < order.length - 1) {
      dummy.push(prevY);
      prevY += rankSep;
    }
  });
  // Brandes–Köpf puts every node of a one-node-per-rank graph at cross position 0.
  // Cross position `x`: a box's centre stands `off` right of its shape's (a tucked caption), so shapes line up.
  const finalOf = (r: number, x = 0): Pt => {
    const y = dir === "BT" || dir === "RL" ? -r : r;
    return hz ? [y, x] : [x, y];
  };
  const offOf = (id: string): number => measured.get(id)!.off;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  for (const id of order) {
    const m = measured.get(id)!;
    const [x, y] = finalOf(rank.get(id)!, offOf(id));
    minX = Math.min(minX, x - m.outerW / 2);
    minY = Math.min(minY, y - m.outerH / 2);
  }
  const shift = ([x, y]: Pt): Pt => [x - minX, y - minY];
  const nodes = new Map<string, Pt>();
  for (const id of measured.keys()) nodes.set(id, shift(finalOf(rank.get(id)!, offOf(id))));
  const at = new Map(order.map((id, k) => [id, k]));
  const exit = (id: string, toward: Pt): Pt => {
    const [cx, cy] = nodes.get(id)!;
    const m = measured.get(id)!;
    return intersect(cx, cy, m.outerW, m.outerH, toward);
  };
  const edges = new Map<number, { points: Pt[]; at: undefined }>();
  for (const i of forward) {
    const e = block.edges[i]!;
    const mid = shift(finalOf(dummy[at.get(e.from)!]!, (offOf(e.from) + offOf(e.to)) / 2));
    edges.set(i, { points: [exit(e.from, mid), mid, exit(e.to, mid)], at: undefined });
  }
  return { nodes, edges };
}
