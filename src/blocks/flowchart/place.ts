// Node positions: dagre ranks the graph without its back edges (those are drawn as return arcs; a plain chain
// is placed by chain.ts with dagre's own arithmetic, without running dagre), then a
// long horizontal layout can be cut into a snake of 2–3 rows: odd rows run mirrored so the chain turns
// down at the row end and comes back, instead of shrinking the text to fit one line.
import dagre from "@dagrejs/dagre";
import type { Flowchart, FlowEdge } from "../../model/sheet.js";
import type { Box } from "../../model/positioned.js";
import { boxesOverlap, unionBox, type Pt } from "../diagram/geometry.js";
import { measureLabel, type Label } from "../diagram/text.js";
import { horizontal, outerBox, type MeasuredNode, type Sizes } from "./measure.js";
import { chainLayout } from "./chain.js";
import { snake } from "./snake.js";
import { sideBySide } from "./across.js";

export interface PlacedNode {
  id: string;
  m: MeasuredNode;
  cx: number;
  cy: number;
  row: number;
}

export interface RawEdge {
  edge: FlowEdge;
  index: number;
  back: boolean;
  /** Dagre's route (same-row forward edges only), in final coordinates. */
  points: Pt[];
  label: Label | undefined;
  labelAt: Pt | undefined;
  crossRow: boolean;
}

export interface Placement {
  nodes: Map<string, PlacedNode>;
  edges: RawEdge[];
  rows: number;
}

/** Edges that point back to a node already on the current path (depth-first in declaration order). */
export function backEdges(block: Flowchart): Set<number> {
  const out = new Set<number>();
  const state = new Map<string, 1 | 2>();
  const adj = new Map<string, number[]>();
  block.edges.forEach((e, i) => adj.set(e.from, [...(adj.get(e.from) ?? []), i]));
  const visit = (id: string): void => {
    state.set(id, 1);
    for (const i of adj.get(id) ?? []) {
      const to = block.edges[i]!.to;
      const st = state.get(to);
      if (st === 1) out.add(i);
      else if (st === undefined) visit(to);
    }
    state.set(id, 2);
  };
  for (const n of block.nodes) if (!state.has(n.id)) visit(n.id);
  return out;
}

export function place(block: Flowchart, measured: Map<string, MeasuredNode>, s: Sizes, rows: number): Placement {
  // Subgraphs are laid out as dagre clusters only when they have to be: a cluster whose members sit far
  // apart in the flow (a loop's start and end, say) pulls the whole chart out of line. Without clusters,
  // each subgraph's frame per row must then hold only its own members.
  if ((block.subgraphs?.length ?? 0) > 0) {
    const flat = layout(block, measured, s, rows, false);
    if (framesHoldOnlyMembers(block, flat, s)) return flat;
  }
  return layout(block, measured, s, rows, (block.subgraphs?.length ?? 0) > 0);
}

/** Each subgraph's frame in each row it has members in, as drawn: its members' box, padded, with its label on top. */
export function subgraphFrames(block: Flowchart, p: Placement, s: Sizes): { sg: number; row: number; box: Box; label: Label; members: Set<string> }[] {
  const out: { sg: number; row: number; box: Box; label: Label; members: Set<string> }[] = [];
  (block.subgraphs ?? []).forEach((sg, i) => {
    const members = sg.nodes.map((id) => p.nodes.get(id)).filter((n): n is PlacedNode => n !== undefined);
    let first = true;
    for (let row = 0; row < p.rows; row++) {
      const inRow = members.filter((n) => n.row === row);
      if (inRow.length === 0) continue;
      const u = unionBox(inRow.map((n): Box => outerBox(n)));
      // A group a snake splits over rows is one group: its later frames say they continue it.
      const label = measureLabel(first ? sg.label : `… ${sg.label}`, s.capPx, Math.max(u.width, s.wrap));
      first = false;
      const pad = s.px * 0.45;
      const top = u.y - pad - label.height;
      out.push({ sg: i, row, box: { x: u.x - pad, y: top, width: u.width + 2 * pad, height: u.y + u.height + pad - top }, label, members: new Set(sg.nodes) });
    }
  });
  return out;
}

/** Every subgraph frame (as drawn, label included) covers no node of others and crosses no frame of a group apart. */
/** Whether some subgraph frame (label included) covers a node that is not its member. */
export function framesCoverOthers(block: Flowchart, p: Placement, s: Sizes): boolean {
  return subgraphFrames(block, p, s).some((f) => [...p.nodes.values()].some((n) => !f.members.has(n.id) && boxesOverlap(f.box, outerBox(n))));
}

function framesHoldOnlyMembers(block: Flowchart, p: Placement, s: Sizes): boolean {
  const frames = subgraphFrames(block, p, s);
  for (const f of frames) {
    for (const n of p.nodes.values()) if (!f.members.has(n.id) && boxesOverlap(f.box, outerBox(n))) return false;
    // Two groups sharing no node (neither nested in the other) are drawn apart.
    for (const g of frames) if (g.sg > f.sg && ![...g.members].some((id) => f.members.has(id)) && boxesOverlap(f.box, g.box)) return false;
  }
  return true;
}

/** Dagre's answer for one graph, in units of the body size (see `ranked`). */
interface Ranked {
  nodes: Map<string, Pt>;
  edges: Map<number, { points: Pt[]; at: Pt | undefined }>;
}

// Auto-fit lays the same chart out at many body sizes. Every size dagre sees (boxes, label boxes, gaps) is
// proportional to the body size unless a caption hits the minimum font, and dagre's coordinates are then
// proportional too (checked to 1e-14): so one dagre run per chart and shape of input serves every size.
const rankedCache = new WeakMap<Flowchart, Map<string, Ranked>>();

function ranked(block: Flowchart, measured: Map<string, MeasuredNode>, s: Sizes, clusters: boolean, back: Set<number>, labels: (Label | undefined)[]): Ranked {
  const unit = (n: number): string => (n / s.px).toFixed(6);
  const key = [
    // Group frames' label lines (capPx) need not scale with the body size: they set the gap between groups.
    (clusters ? `c${unit(s.capPx)}` : "f") + (s.tight ? "t" : "") + (s.beside ? "b" : "") + (s.tuck ? "k" : ""),
    ...[...measured].map(([id, m]) => `${id}:${unit(m.outerW)},${unit(m.outerH)}`),
    ...labels.map((l) => (l ? `${unit(edgeBox(l, s).width)},${unit(edgeBox(l, s).height)}` : "-")),
  ].join("|");
  let byKey = rankedCache.get(block);
  if (!byKey) rankedCache.set(block, (byKey = new Map()));
  // The same size again gets the very numbers it got before, so laying one sheet out twice is byte-stable.
  const exact = `${key}@${s.px}`;
  const seen = byKey.get(exact);
  if (seen) return seen;
  const hit = byKey.get(key);
  if (hit) {
    const sized = scaleRanked(hit, s.px);
    byKey.set(exact, sized);
    return sized;
  }
  const forward = block.edges.flatMap((e, i) => (back.has(i) || !measured.has(e.from) || !measured.has(e.to) ? [] : [i]));
  const ranksep = s.px * (s.tight ? 1.4 : 2.0);
  const out = (!clusters && chainLayout(block, measured, forward, (i) => labels[i] !== undefined, ranksep)) || dagreRanked(block, measured, s, clusters, forward, labels, ranksep);
  byKey.set(key, scaleRanked(out, 1 / s.px));
  byKey.set(exact, out);
  return out;
}

/** The box dagre reserves for an edge label. */
function edgeBox(l: Label, s: Sizes): { width: number; height: number } {
  return { width: l.width + s.edgePx * 0.6, height: l.height };
}

/**
 * What dagre reserves for an edge label: on the line, a rank of its own; beside a vertical arrow (Sizes.beside),
 * to its left (return arcs take the right) and only as tall as the label overruns the gap between the ranks,
 * so labels cost no height.
 */
function labelBox(l: Label, s: Sizes, hz: boolean, ranksep: number): { width: number; height: number; labelpos: string; labeloffset?: number } {
  const box = edgeBox(l, s);
  if (!s.beside || hz) return { ...box, labelpos: "c" };
  return { width: box.width, height: Math.max(0, box.height + s.px * 0.3 - ranksep), labelpos: "l", labeloffset: s.px * 0.35 };
}

/** Dagre's layout of the graph without its back edges (exported for the test that holds chainLayout to it). */
export function dagreRanked(block: Flowchart, measured: Map<string, MeasuredNode>, s: Sizes, clusters: boolean, forward: number[], labels: (Label | undefined)[], ranksep: number): Ranked {
  const hz = horizontal(block.direction);
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: clusters });
  // Groups side by side need room for both frames' padding and a label line between them (subgraphFrames).
  const frames = clusters ? s.px * 0.9 + s.capPx * 1.4 : 0;
  g.setGraph({ rankdir: block.direction, nodesep: s.px * (hz ? 0.9 : 1.4) + frames, ranksep, edgesep: s.px * 0.5, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [id, m] of measured) g.setNode(id, { width: m.outerW, height: m.outerH });
  for (const sg of clusters ? (block.subgraphs ?? []) : []) {
    const members = sg.nodes.filter((n) => measured.has(n));
    if (members.length === 0) continue;
    g.setNode(`__sg_${sg.id}`, { width: 0, height: 0 });
    for (const n of members) g.setParent(n, `__sg_${sg.id}`);
  }
  for (const i of forward) {
    const e = block.edges[i]!;
    const l = labels[i];
    g.setEdge(e.from, e.to, l ? labelBox(l, s, hz, ranksep) : {}, `e${i}`);
  }
  dagre.layout(g);
  const out: Ranked = { nodes: new Map(), edges: new Map() };
  for (const id of measured.keys()) {
    const n = g.node(id);
    out.nodes.set(id, [n.x ?? 0, n.y ?? 0]);
  }
  for (const i of forward) {
    const e = block.edges[i]!;
    const ed = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    if (!ed) continue;
    const at: Pt | undefined = ed.x !== undefined && ed.y !== undefined ? [ed.x, ed.y] : undefined;
    out.edges.set(i, { points: (ed.points ?? []).map((p: { x: number; y: number }): Pt => [p.x, p.y]), at });
  }
  return inReadingOrder(out, [...measured.keys()], hz);
}

/**
 * Dagre's crossing reduction may set a rank's nodes right to left (`P --> S1`, `P --> S2`, `P --> S3` drawn
 * S3, S2, S1). A reader expects the order the chart is written in, so the whole drawing is mirrored across
 * the ranks when that puts more pairs of same-rank nodes in written order: a mirror keeps every crossing,
 * distance and route, only turned over.
 */
function inReadingOrder(r: Ranked, order: string[], hz: boolean): Ranked {
  const at = order.flatMap((id, k) => {
    const p = r.nodes.get(id);
    return p ? [{ k, main: hz ? p[0] : p[1], cross: hz ? p[1] : p[0] }] : [];
  });
  let kept = 0;
  let turned = 0;
  for (const a of at) {
    for (const b of at) {
      if (a.k >= b.k || Math.abs(a.main - b.main) > 0.5 || Math.abs(a.cross - b.cross) < 0.5) continue;
      if (a.cross < b.cross) kept++;
      else turned++;
    }
  }
  if (turned <= kept) return r;
  const cs = at.map((a) => a.cross);
  const sum = Math.min(...cs) + Math.max(...cs);
  const flip = (p: Pt): Pt => (hz ? [p[0], sum - p[1]] : [sum - p[0], p[1]]);
  return {
    nodes: new Map([...r.nodes].map(([id, p]) => [id, flip(p)])),
    edges: new Map([...r.edges].map(([i, e]) => [i, { points: e.points.map(flip), at: e.at && flip(e.at) }])),
  };
}

function scaleRanked(r: Ranked, k: number): Ranked {
  const scale = (p: Pt): Pt => [p[0] * k, p[1] * k];
  return {
    nodes: new Map([...r.nodes].map(([id, p]) => [id, scale(p)])),
    edges: new Map([...r.edges].map(([i, e]) => [i, { points: e.points.map(scale), at: e.at && scale(e.at) }])),
  };
}

function layout(block: Flowchart, measured: Map<string, MeasuredNode>, s: Sizes, rows: number, clusters: boolean): Placement {
  const hz = horizontal(block.direction);
  const back = backEdges(block);
  const labels = block.edges.map((e) => (e.label ? measureLabel(e.label, s.edgePx, s.wrap * 1.4, true) : undefined));
  const r = ranked(block, measured, s, clusters, back, labels);
  const nodes = new Map<string, PlacedNode>();
  // Dagre places outer boxes; a shape sits `off` left of its box's centre (a caption tucked on its right).
  for (const [id, m] of measured) {
    const [cx, cy] = r.nodes.get(id) ?? [0, 0];
    nodes.set(id, { id, m, cx: cx - m.off, cy, row: 0 });
  }
  const offOf = (id: string): number => measured.get(id)?.off ?? 0;
  const edges: RawEdge[] = block.edges.map((edge, index) => {
    const ed = r.edges.get(index);
    const label = labels[index];
    // An edge's bends move with its ends, in proportion along it, so an arrow between two shapes set
    // straight above each other stays straight.
    const [oa, ob] = [offOf(edge.from), offOf(edge.to)];
    const pts = ed?.points ?? [];
    const k = Math.max(1, pts.length - 1);
    return {
      edge,
      index,
      back: back.has(index),
      points: pts.map(([x, y], j): Pt => [x - (oa + ((ob - oa) * j) / k), y]),
      label,
      labelAt: ed && label && ed.at ? [ed.at[0] - (oa + ob) / 2, ed.at[1]] : undefined,
      crossRow: false,
    };
  });
  const placement: Placement = { nodes, edges, rows: 1 };
  if (hz && s.across) sideBySide(block, placement, s);
  else if (hz && rows > 1) snake(placement, rows, s);
  return placement;
}
