// Edges drawn by hand: a pen line through route points with softened corners, and a two-stroke arrow head
// (like a quick "V" made with a pen) rather than a filled triangle.
import { text2, type Mark, type StrokeStyle } from "../../model/positioned.js";
import type { Pt } from "./geometry.js";

const f = text2;

/** An SVG path through the points, each inner corner rounded with radius ≤ r. */
export function roundedPolyline(points: Pt[], r: number): string {
  if (points.length === 0) return "";
  const first = points[0]!;
  const parts = [`M${f(first[0])} ${f(first[1])}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1]!;
    const [cx, cy] = points[i]!;
    const [nx, ny] = points[i + 1]!;
    const d1 = Math.hypot(cx - px, cy - py);
    const d2 = Math.hypot(nx - cx, ny - cy);
    const rr = Math.min(r, d1 / 2, d2 / 2);
    if (rr < 0.5) {
      parts.push(`L${f(cx)} ${f(cy)}`);
      continue;
    }
    const ax = cx - ((cx - px) / d1) * rr;
    const ay = cy - ((cy - py) / d1) * rr;
    const bx = cx + ((nx - cx) / d2) * rr;
    const by = cy + ((ny - cy) / d2) * rr;
    parts.push(`L${f(ax)} ${f(ay)}`, `Q${f(cx)} ${f(cy)} ${f(bx)} ${f(by)}`);
  }
  const last = points[points.length - 1]!;
  if (points.length > 1) parts.push(`L${f(last[0])} ${f(last[1])}`);
  return parts.join(" ");
}

/** A cubic Bézier from a to b with control points c1, c2. */
export function cubicPath(a: Pt, c1: Pt, c2: Pt, b: Pt): string {
  return `M${f(a[0])} ${f(a[1])} C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(b[0])} ${f(b[1])}`;
}

/** Two pen strokes meeting at `tip`, opening back along the direction the line arrives from. */
export function arrowHead(tip: Pt, from: Pt, size: number, style: StrokeStyle): Mark {
  const ang = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const spread = 0.45;
  const wing = (s: number): Pt => [tip[0] - size * Math.cos(ang + s), tip[1] - size * Math.sin(ang + s)];
  // A head is always a solid pen stroke, even on a dotted or filled edge.
  const { fill: _fill, fillStyle: _fillStyle, strokeLineDash: _dash, ...pen } = style;
  return { kind: "polyline", points: [wing(spread), tip, wing(-spread)], style: { ...pen, roughness: 0.6 } };
}

/** A point on a cubic Bézier at t (for placing labels on curved edges). */
export function cubicAt(a: Pt, c1: Pt, c2: Pt, b: Pt, t: number): Pt {
  const u = 1 - t;
  const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
  return [k[0] * a[0] + k[1] * c1[0] + k[2] * c2[0] + k[3] * b[0], k[0] * a[1] + k[1] * c1[1] + k[2] * c2[1] + k[3] * b[1]];
}
