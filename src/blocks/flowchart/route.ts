// Final edge geometry. Every route starts and ends exactly on a node's drawn border (ray cast against the
// shape outline). Forward edges follow dagre; a row-to-row link in a snake turns down beside the row end;
// back edges arc over the row (or beside a column) as a curved return arrow.
import type { Box } from "../../model/positioned.js";
import { boxesOverlap, exitPoint, type Pt } from "../diagram/geometry.js";
import { shapeOutline } from "../diagram/shapes.js";
import { cubicAt } from "../diagram/arrow.js";
import type { FlowEdge } from "../../model/sheet.js";
import type { Label } from "../diagram/text.js";
import type { Placement, PlacedNode } from "./place.js";
import { outerBox } from "./measure.js";

export interface Route {
  edge: FlowEdge;
  back: boolean;
  /** A polyline route, or a cubic curve [a, c1, c2, b]. */
  points: Pt[];
  curve: [Pt, Pt, Pt, Pt] | undefined;
  label: Label | undefined;
  /** Where the label goes: centred on `labelAt`, or just above / below / beside it (return arcs, a shared trunk). */
  labelAt: Pt | undefined;
  labelSide?: "on" | "above" | "below" | "right" | "left";
}

export function shapeBox(n: PlacedNode): Box {
  return { x: n.cx - n.m.width / 2, y: n.cy - n.m.height / 2, width: n.m.width, height: n.m.height };
}


const inside = (b: Box, [x, y]: Pt): boolean => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;

function clip(n: PlacedNode, toward: Pt): Pt {
  return exitPoint(shapeOutline(n.m.shape, shapeBox(n)), [n.cx, n.cy], toward);
}

/** `framed`: nodes inside a subgraph frame, whose dashed frame and its title stand above the node. */
export function routeEdges(p: Placement, horizontal: boolean, px: number, framed: ReadonlySet<string> = new Set()): Route[] {
  const routes: Route[] = [];
  const all = [...p.nodes.values()];
  const downs: Route[] = [];
  for (const e of p.edges) {
    const a = p.nodes.get(e.edge.from);
    const b = p.nodes.get(e.edge.to);
    if (!a || !b) continue;
    const base = { edge: e.edge, back: e.back, label: e.label };
    if (a === b) {
      routes.push({ ...base, ...selfLoop(a, px) });
    } else if (e.back && a.row === b.row) {
      // On a snake's last row the return arcs under it: over it, it would run into the row above. So does one
      // whose ends have a lane of nodes over them (a subgraph stacked above theirs) and none under.
      const row = all.filter((n) => n.row === a.row);
      const lane = horizontal ? lanes(a, b, row) : undefined;
      const stacked = !!lane && lane.above && !lane.below;
      const under = (p.rows > 1 && a.row === p.rows - 1) || stacked;
      routes.push({ ...base, ...returnArc(a, b, stacked ? lane.level : row, horizontal, px, under) });
    } else if (e.crossRow && e.back) {
      // A loop split across rows goes round the other end, away from the forward turn, and over the top.
      routes.push({ ...base, ...aroundEnd(a, b, all, px, framed) });
    } else if (e.crossRow) {
      routes.push({ ...base, ...turnDown(a, b, all, px, false) });
      downs.push(routes[routes.length - 1]!);
    } else {
      // Dagre's end points sit on the outer (caption-padded) boxes; keep only the bends between the nodes.
      const mid = e.points.slice(1, -1).filter((q) => !inside(outerBox(a), q) && !inside(outerBox(b), q));
      const start = clip(a, mid[0] ?? [b.cx, b.cy]);
      const end = clip(b, mid[mid.length - 1] ?? [a.cx, a.cy]);
      const points = [start, ...mid, end];
      const labelAt = e.labelAt ?? (e.label ? midpoint(points) : undefined);
      routes.push({ ...base, points, curve: undefined, labelAt });
    }
  }
  sharedTrunkLabels(downs, all, px);
  return routes;
}

/**
 * Several row-to-row links out of one node (a decision's branches into the next row) run down one line beside
 * the row end, each label at its own stretch's middle. When those labels run into each other or into a node,
 * none says which target is its. Each such label goes on its link's own last stretch, the one turning into its
 * target, where that is long enough to hold it; one still in the way then stands outside the line, level with
 * where its link turns in. Labels clear of everything stay where they were (outside, they widen the chart).
 */
function sharedTrunkLabels(downs: Route[], all: PlacedNode[], px: number): void {
  const pad = px * 0.25;
  const boxOf = (r: Route): Box | undefined => {
    if (!r.label || !r.labelAt) return undefined;
    const w = r.label.width + 2 * pad;
    const x = r.labelSide === "right" ? r.labelAt[0] + 3 : r.labelSide === "left" ? r.labelAt[0] - 3 - w : r.labelAt[0] - w / 2;
    return { x, y: r.labelAt[1] - r.label.height / 2, width: w, height: r.label.height };
  };
  const nodes = all.map(shapeBox);
  const bySource = new Map<string, Route[]>();
  for (const r of downs) if (r.label) bySource.set(r.edge.from, [...(bySource.get(r.edge.from) ?? []), r]);
  for (const group of bySource.values()) {
    if (group.length < 2) continue;
    const clashes = (r: Route): boolean => {
      const b = boxOf(r);
      return !!b && (nodes.some((n) => boxesOverlap(b, n)) || group.some((o) => o !== r && !!boxOf(o) && boxesOverlap(b, boxOf(o)!)));
    };
    const stuck = group.filter(clashes);
    for (const r of stuck) {
      const [, , entry, end] = r.points;
      if (!entry || !end || !r.label || Math.abs(end[0] - entry[0]) < r.label.width + 2 * pad + px) continue;
      r.labelAt = [(entry[0] + end[0]) / 2, entry[1]];
    }
    for (const r of stuck.filter(clashes)) {
      const [start, turn, entry] = r.points;
      if (!start || !turn || !entry) continue;
      r.labelAt = entry;
      r.labelSide = turn[0] >= start[0] ? "right" : "left";
    }
  }
}

/** The nodes between a return arc's ends: those level with them, and whether others sit above or below them. */
function lanes(a: PlacedNode, b: PlacedNode, row: PlacedNode[]): { level: PlacedNode[]; above: boolean; below: boolean } {
  const lo = Math.min(a.cx, b.cx);
  const hi = Math.max(a.cx, b.cx);
  const top = Math.min(a.cy - a.m.height / 2, b.cy - b.m.height / 2);
  const bottom = Math.max(a.cy + a.m.height / 2, b.cy + b.m.height / 2);
  const spanned = row.filter((n) => n.cx + n.m.width / 2 >= lo && n.cx - n.m.width / 2 <= hi);
  const level = spanned.filter((n) => n.cy + n.m.height / 2 > top && n.cy - n.m.height / 2 < bottom);
  return { level, above: spanned.some((n) => n.cy + n.m.height / 2 <= top), below: spanned.some((n) => n.cy - n.m.height / 2 >= bottom) };
}

function midpoint(points: Pt[]): Pt {
  const lens = points.slice(1).map((q, i) => Math.hypot(q[0] - points[i]![0], q[1] - points[i]![1]));
  let half = lens.reduce((s, l) => s + l, 0) / 2;
  for (let i = 0; i < lens.length; i++) {
    const l = lens[i]!;
    if (half <= l && l > 0) {
      const t = half / l;
      const [x0, y0] = points[i]!;
      const [x1, y1] = points[i + 1]!;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    half -= l;
  }
  return points[0] ?? [0, 0];
}

/**
 * Out of the source's side, down (or up) beside the rows, and into the target's same side: the side nearer both,
 * unless that line would run through another node (a row's first node at the far end of a snake's mirrored row),
 * then the other side.
 */
function turnDown(a: PlacedNode, b: PlacedNode, all: PlacedNode[], px: number, flip: boolean): Omit<Route, "edge" | "back" | "label"> {
  const minX = Math.min(...all.map((n) => n.cx - n.m.width / 2));
  const maxX = Math.max(...all.map((n) => n.cx + n.m.width / 2));
  const sa = shapeBox(a);
  const sb = shapeBox(b);
  const via = (right: boolean): Omit<Route, "edge" | "back" | "label"> => {
    const x = right ? Math.max(sa.x + sa.width, sb.x + sb.width) + px * 1.2 : Math.min(sa.x, sb.x) - px * 1.2;
    const start = clip(a, [x, a.cy]);
    const end = clip(b, [x, b.cy]);
    return { points: [start, [x, a.cy], [x, b.cy], end], curve: undefined, labelAt: [x, (a.cy + b.cy) / 2] };
  };
  const nearRight = (a.cx + b.cx) / 2 > (minX + maxX) / 2 !== flip;
  const near = via(nearRight);
  const others = all.filter((n) => n !== a && n !== b).map(shapeBox);
  const blocked = (r: { points: Pt[] }): boolean => r.points.slice(1).some((q, i) => others.some((o) => crossesBox(r.points[i]!, q, o)));
  if (!blocked(near)) return near;
  const far = via(!nearRight);
  return blocked(far) ? near : far;
}

/** Whether the axis-aligned segment p–q runs through the inside of box o. */
function crossesBox(p: Pt, q: Pt, o: Box): boolean {
  const [x0, x1] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [y0, y1] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  return x0 < o.x + o.width && x1 > o.x && y0 < o.y + o.height && y1 > o.y;
}

/**
 * A return arrow from a later row to an earlier one: out of the source's outer side, along the outside of
 * the whole chart at the end away from the forward turn, over (or under) the target's row and into the
 * target from above (or below). Longer than a diagonal, but it crosses no node, caption or frame.
 */
function aroundEnd(a: PlacedNode, b: PlacedNode, all: PlacedNode[], px: number, framed: ReadonlySet<string>): Omit<Route, "edge" | "back" | "label"> {
  const minX = Math.min(...all.map((n) => outerBox(n).x));
  const maxX = Math.max(...all.map((n) => n.cx + n.m.off + n.m.outerW / 2));
  // Rows alternate direction, so the forward turn down from an even row is at its right end, from an odd
  // row at its left end; go round the other one.
  const right = Math.min(a.row, b.row) % 2 === 1;
  // Frames stand 0.45 em outside their nodes; keep the line clear of them too.
  const side = px * (all.some((n) => framed.has(n.id)) ? 1.6 : 1.2);
  const x = right ? maxX + side : minX - side;
  const row = all.filter((n) => n.row === b.row);
  const clear = (n: PlacedNode): number => px * 1.2 + (framed.has(n.id) ? px * 1.8 : 0);
  const up = b.row < a.row;
  const y = up ? Math.min(...row.map((n) => n.cy - n.m.outerH / 2 - clear(n))) : Math.max(...row.map((n) => n.cy + n.m.outerH / 2 + px * 1.2));
  const start = clip(a, [x, a.cy]);
  const end = clip(b, [b.cx, y]);
  const points: Pt[] = [start, [x, a.cy], [x, y], [b.cx, y], end];
  return { points, curve: undefined, labelAt: [(x + b.cx) / 2, y], labelSide: "above" };
}

/** A curved return arrow over the row (horizontal charts) or beside the column (vertical ones). */
function returnArc(a: PlacedNode, b: PlacedNode, row: PlacedNode[], horizontal: boolean, px: number, under = false): Omit<Route, "edge" | "back" | "label"> {
  const lift = px * 1.8;
  if (horizontal && under) {
    const lo = Math.min(a.cx, b.cx);
    const hi = Math.max(a.cx, b.cx);
    const spanned = row.filter((n) => n.cx >= lo - 1 && n.cx <= hi + 1);
    // Under the captions written below the shapes, not through them.
    const apex = Math.max(...spanned.map((n) => n.cy + n.m.outerH / 2)) + lift * 0.6;
    const dir = Math.sign(b.cx - a.cx) || 1;
    const start = clip(a, [a.cx + dir * a.m.width * 0.3, a.cy + a.m.height]);
    const end = clip(b, [b.cx - dir * b.m.width * 0.3, b.cy + b.m.height]);
    const ctrl = (apex - 0.125 * (start[1] + end[1])) / 0.75;
    const curve: [Pt, Pt, Pt, Pt] = [start, [start[0], ctrl], [end[0], ctrl], end];
    return { points: [], curve, labelAt: cubicAt(...curve, 0.5), labelSide: "below" };
  }
  if (horizontal) {
    const lo = Math.min(a.cx, b.cx);
    const hi = Math.max(a.cx, b.cx);
    const spanned = row.filter((n) => n.cx >= lo - 1 && n.cx <= hi + 1);
    const apex = Math.min(...spanned.map((n) => n.cy - n.m.height / 2)) - lift;
    const dir = Math.sign(b.cx - a.cx) || 1;
    const start = clip(a, [a.cx + dir * a.m.width * 0.3, a.cy - a.m.height]);
    const end = clip(b, [b.cx - dir * b.m.width * 0.3, b.cy - b.m.height]);
    const ctrl = (apex - 0.125 * (start[1] + end[1])) / 0.75;
    const curve: [Pt, Pt, Pt, Pt] = [start, [start[0], ctrl], [end[0], ctrl], end];
    return { points: [], curve, labelAt: cubicAt(...curve, 0.5), labelSide: "above" };
  }
  const lo = Math.min(a.cy, b.cy);
  const hi = Math.max(a.cy, b.cy);
  const spanned = row.filter((n) => n.cy >= lo - 1 && n.cy <= hi + 1);
  // Vertical charts put captions right of the shapes, so the return leaves over the source's top-right
  // corner and comes in under the target's, passing beside the captions rather than through them.
  const side = Math.max(...spanned.map((n) => n.cx + n.m.off + n.m.outerW / 2)) + lift * 0.6;
  const dir = Math.sign(b.cy - a.cy) || 1;
  const start = clip(a, [a.cx + a.m.width * 0.35, a.cy + dir * a.m.height]);
  const end = clip(b, [b.cx + b.m.width * 0.35, b.cy - dir * b.m.height]);
  const ctrl = (side - 0.125 * (start[0] + end[0])) / 0.75;
  const curve: [Pt, Pt, Pt, Pt] = [start, [ctrl, start[1] + dir * px * 0.8], [ctrl, end[1] - dir * px * 0.8], end];
  return { points: [], curve, labelAt: cubicAt(...curve, 0.5), labelSide: "right" };
}

function selfLoop(n: PlacedNode, px: number): Omit<Route, "edge" | "back" | "label"> {
  const start = clip(n, [n.cx - n.m.width * 0.3, n.cy - n.m.height]);
  const end = clip(n, [n.cx + n.m.width * 0.3, n.cy - n.m.height]);
  const up = n.cy - n.m.height / 2 - px * 2.2;
  const curve: [Pt, Pt, Pt, Pt] = [start, [start[0] - px, up], [end[0] + px, up], end];
  return { points: [], curve, labelAt: cubicAt(...curve, 0.5), labelSide: "above" };
}
