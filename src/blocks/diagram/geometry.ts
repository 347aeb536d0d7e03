// Plain 2-D helpers shared by the diagram layouts: ray casting against outlines (so edges meet node borders
// exactly) and the extent of a list of marks (so a layout can be shifted to start at 0,0 and report its size).
import type { Box, Mark } from "../../model/positioned.js";
import { translateMarks } from "../../model/positioned.js";

export type Pt = [number, number];

/** Where the ray from `inside` toward `toward` leaves the closed polygon (the first hit past `inside`). */
export function exitPoint(outline: Pt[], inside: Pt, toward: Pt): Pt {
  const [ox, oy] = inside;
  const dx = toward[0] - ox;
  const dy = toward[1] - oy;
  let best = Infinity;
  for (let i = 0; i < outline.length; i++) {
    const [ax, ay] = outline[i]!;
    const [bx, by] = outline[(i + 1) % outline.length]!;
    const ex = bx - ax;
    const ey = by - ay;
    const den = dx * ey - dy * ex;
    if (Math.abs(den) < 1e-9) continue;
    const t = ((ax - ox) * ey - (ay - oy) * ex) / den;
    const u = ((ax - ox) * dy - (ay - oy) * dx) / den;
    if (t > 1e-9 && u >= -1e-9 && u <= 1 + 1e-9 && t < best) best = t;
  }
  if (!Number.isFinite(best)) return inside;
  return [ox + dx * best, oy + dy * best];
}

/** Distance from a point to the nearest edge of a closed polygon. */
export function distanceToOutline(outline: Pt[], p: Pt): number {
  let best = Infinity;
  for (let i = 0; i < outline.length; i++) {
    const a = outline[i]!;
    const b = outline[(i + 1) % outline.length]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const len2 = ex * ex + ey * ey || 1;
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / len2));
    best = Math.min(best, Math.hypot(p[0] - (a[0] + ex * t), p[1] - (a[1] + ey * t)));
  }
  return best;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function unionBox(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Calls `visit` with each x, y pair of an absolute path (every number pair is a point or a control point). */
function pathPoints(d: string, visit: (x: number, y: number) => void): void {
  const nums = d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi);
  if (!nums) return;
  for (let i = 0; i + 1 < nums.length; i += 2) visit(Number(nums[i]), Number(nums[i + 1]));
}

/** Points along an absolute M/L/Q/C path (the commands the blocks write), curves sampled: where its ink goes. */
function inkPoints(d: string, visit: (x: number, y: number) => void): void {
  const STEPS = 12;
  let cx = 0;
  let cy = 0;
  for (const [, cmd, args] of d.matchAll(/([MLQCZ])([^MLQCZ]*)/gi)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    const c = cmd!.toUpperCase();
    if (c === "M" || c === "L") {
      for (let i = 0; i + 1 < n.length; i += 2) visit((cx = n[i]!), (cy = n[i + 1]!));
    } else if (c === "Q" && n.length >= 4) {
      for (let s = 1; s <= STEPS; s++) {
        const t = s / STEPS;
        const u = 1 - t;
        visit(u * u * cx + 2 * u * t * n[0]! + t * t * n[2]!, u * u * cy + 2 * u * t * n[1]! + t * t * n[3]!);
      }
      [cx, cy] = [n[2]!, n[3]!];
    } else if (c === "C" && n.length >= 6) {
      for (let s = 1; s <= STEPS; s++) {
        const t = s / STEPS;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const e = 3 * u * t * t;
        const g = t * t * t;
        visit(a * cx + b * n[0]! + e * n[2]! + g * n[4]!, a * cy + b * n[1]! + e * n[3]! + g * n[5]!);
      }
      [cx, cy] = [n[4]!, n[5]!];
    }
  }
}

/**
 * Grows a running extent; the diagram layouts call this for every mark of every candidate they try. `ink`
 * measures what the pen draws instead of the room it takes: text from its cap height to its descent, curves by
 * their points rather than their control points.
 */
class Extent {
  constructor(private readonly ink = false) {}
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  point = (x: number, y: number): void => {
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  };
  box(x: number, y: number, w: number, h: number): void {
    this.point(x, y);
    this.point(x + w, y + h);
  }
  add(m: Mark): void {
    switch (m.kind) {
      case "text":
        return this.ink ? this.box(m.x, m.y - m.size * 0.8, m.width, m.size) : this.box(m.x, m.y - m.size * 0.95, m.width, m.size * 1.25);
      case "emoji":
        return this.box(m.x, m.y, m.size, m.size);
      case "rect":
      case "highlight":
        return this.box(m.x, m.y, m.width, m.height);
      case "ellipse":
        return this.box(m.cx - m.width / 2, m.cy - m.height / 2, m.width, m.height);
      case "line":
        this.point(m.x1, m.y1);
        return this.point(m.x2, m.y2);
      case "polyline":
      case "polygon":
      case "curve":
        for (const [x, y] of m.points) this.point(x, y);
        return;
      case "path":
        return (this.ink ? inkPoints : pathPoints)(m.d, this.point);
    }
  }
  result(): Box {
    return this.x0 > this.x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: this.x0, y: this.y0, width: this.x1 - this.x0, height: this.y1 - this.y0 };
  }
}

/** The geometric extent of marks (text by its advance box, strokes by their points plus half the pen). */
export function markBox(m: Mark): Box {
  return marksBox([m]);
}

export function marksBox(marks: Mark[]): Box {
  const e = new Extent();
  for (const m of marks) e.add(m);
  return e.result();
}

/** The box the marks' ink covers (curves by their points, not their control points), or undefined for none. */
export function inkBox(marks: readonly Mark[]): Box | undefined {
  const e = new Extent(true);
  for (const m of marks) e.add(m);
  return e.x0 <= e.x1 ? e.result() : undefined;
}

/** Marks and node boxes laid out around some origin, measured but not yet shifted (shifting costs; most candidates are dropped). */
export interface Measured<T extends { box: Box }> {
  marks: Mark[];
  nodes: T[];
  /** Extent of the marks. */
  extent: Box;
  width: number;
  height: number;
}

/** Measure marks (plus any boxes standing in for marks not made yet). */
export function measure<T extends { box: Box }>(marks: Mark[], nodes: T[], margin: number, extra: Box[] = []): Measured<T> {
  const e = new Extent();
  for (const m of marks) e.add(m);
  for (const b of extra) e.box(b.x, b.y, b.width, b.height);
  const extent = e.result();
  return { marks, nodes, extent, width: extent.width + 2 * margin, height: extent.height + 2 * margin };
}

/** Shift a measured drawing so it starts at (margin, margin). */
export function settle<T extends { box: Box }>(m: Measured<T>, margin: number): { marks: Mark[]; nodes: T[]; width: number; height: number } {
  const dx = margin - m.extent.x;
  const dy = margin - m.extent.y;
  return {
    marks: translateMarks(m.marks, dx, dy),
    nodes: m.nodes.map((n) => ({ ...n, box: { ...n.box, x: n.box.x + dx, y: n.box.y + dy } })),
    width: m.width,
    height: m.height,
  };
}

/** Shift marks and boxes so the drawing starts at (margin, margin); returns the new size too. */
export function normalize<T extends { box: Box }>(marks: Mark[], nodes: T[], margin: number): { marks: Mark[]; nodes: T[]; width: number; height: number } {
  return settle(measure(marks, nodes, margin), margin);
}
