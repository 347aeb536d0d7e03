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

function pathPoints(d: string): Pt[] {
  const nums = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
  const out: Pt[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

/** The geometric extent of marks (text by its advance box, strokes by their points plus half the pen). */
export function markBox(m: Mark): Box {
  switch (m.kind) {
    case "text":
      return { x: m.x, y: m.y - m.size * 0.95, width: m.width, height: m.size * 1.25 };
    case "emoji":
      return { x: m.x, y: m.y, width: m.size, height: m.size };
    case "rect":
    case "highlight":
      return { x: m.x, y: m.y, width: m.width, height: m.height };
    case "ellipse":
      return { x: m.cx - m.width / 2, y: m.cy - m.height / 2, width: m.width, height: m.height };
    case "line":
      return unionBox([{ x: m.x1, y: m.y1, width: 0, height: 0 }, { x: m.x2, y: m.y2, width: 0, height: 0 }]);
    case "polyline":
    case "polygon":
    case "curve":
      return unionBox(m.points.map(([x, y]) => ({ x, y, width: 0, height: 0 })));
    case "path":
      return unionBox(pathPoints(m.d).map(([x, y]) => ({ x, y, width: 0, height: 0 })));
  }
}

export function marksBox(marks: Mark[]): Box {
  return unionBox(marks.map(markBox));
}

/** Shift marks and boxes so the drawing starts at (margin, margin); returns the new size too. */
export function normalize<T extends { box: Box }>(marks: Mark[], nodes: T[], margin: number): { marks: Mark[]; nodes: T[]; width: number; height: number } {
  const b = marksBox(marks);
  const dx = margin - b.x;
  const dy = margin - b.y;
  return {
    marks: translateMarks(marks, dx, dy),
    nodes: nodes.map((n) => ({ ...n, box: { ...n.box, x: n.box.x + dx, y: n.box.y + dy } })),
    width: b.width + 2 * margin,
    height: b.height + 2 * margin,
  };
}
