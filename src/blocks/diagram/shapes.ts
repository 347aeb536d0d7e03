// Node shapes as hand-drawn marks. Each shape has an outline polygon too, used to clip edges to its border,
// and a size rule that keeps the label's box inside the drawn shape (diamonds and circles need extra room).
import { text2, type Box, type Mark, type StrokeStyle } from "../../model/positioned.js";
import type { NodeShape } from "../../model/sheet.js";
import type { Pt } from "./geometry.js";

/** Outer size of a shape that holds a label box of tw × th with padding pad. */
export function shapeSize(shape: NodeShape, tw: number, th: number, pad: number): { width: number; height: number } {
  const w = tw + 2 * pad;
  const h = th + 1.3 * pad;
  switch (shape) {
    case "rect":
    case "round":
      return { width: w, height: h };
    case "stadium":
      return { width: tw + h + pad * 0.6, height: h };
    case "hexagon":
      return { width: w + h * 0.7, height: h };
    case "circle": {
      const d = Math.hypot(tw, th) + pad * 1.2;
      return { width: d, height: d };
    }
    case "diamond": {
      // A diamond with half-diagonals a, b holds a centred rect (tw/2, th/2) when tw/2/a + th/2/b ≤ 1.
      const a = tw / 2 + th * 0.9 + pad;
      const b = (th / 2 + pad * 0.3) / (1 - tw / 2 / a);
      return { width: 2 * a, height: 2 * b };
    }
  }
}

function arcPoints(cx: number, cy: number, rx: number, ry: number, from: number, to: number, n: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const a = from + ((to - from) * i) / n;
    out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return out;
}

function cornerRadius(shape: NodeShape, b: Box): number {
  if (shape === "stadium") return b.height / 2;
  if (shape === "round") return Math.min(b.height * 0.3, 12);
  return 0;
}

/** The border as a closed polygon (curves sampled finely enough to clip within a pixel). */
export function shapeOutline(shape: NodeShape, b: Box): Pt[] {
  const { x, y, width: w, height: h } = b;
  const cx = x + w / 2;
  const cy = y + h / 2;
  switch (shape) {
    case "rect":
      return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
    case "diamond":
      return [[cx, y], [x + w, cy], [cx, y + h], [x, cy]];
    case "hexagon": {
      const i = h * 0.35;
      return [[x + i, y], [x + w - i, y], [x + w, cy], [x + w - i, y + h], [x + i, y + h], [x, cy]];
    }
    case "circle":
      return arcPoints(cx, cy, w / 2, h / 2, 0, Math.PI * 2, 48).slice(0, -1);
    case "round":
    case "stadium": {
      const r = cornerRadius(shape, b);
      const q = Math.PI / 2;
      return [
        ...arcPoints(x + w - r, y + r, r, r, -q, 0, 8),
        ...arcPoints(x + w - r, y + h - r, r, r, 0, q, 8),
        ...arcPoints(x + r, y + h - r, r, r, q, 2 * q, 8),
        ...arcPoints(x + r, y + r, r, r, 2 * q, 3 * q, 8),
      ];
    }
  }
}

const f = text2;

/** A rounded rectangle as an SVG path of L and C commands (the ones translateMark can shift). */
export function roundedRectPath(b: Box, r: number): string {
  const { x, y, width: w, height: h } = b;
  const k = r * 0.55;
  return [
    `M${f(x + r)} ${f(y)}`,
    `L${f(x + w - r)} ${f(y)}`,
    `C${f(x + w - r + k)} ${f(y)} ${f(x + w)} ${f(y + r - k)} ${f(x + w)} ${f(y + r)}`,
    `L${f(x + w)} ${f(y + h - r)}`,
    `C${f(x + w)} ${f(y + h - r + k)} ${f(x + w - r + k)} ${f(y + h)} ${f(x + w - r)} ${f(y + h)}`,
    `L${f(x + r)} ${f(y + h)}`,
    `C${f(x + r - k)} ${f(y + h)} ${f(x)} ${f(y + h - r + k)} ${f(x)} ${f(y + h - r)}`,
    `L${f(x)} ${f(y + r)}`,
    `C${f(x)} ${f(y + r - k)} ${f(x + r - k)} ${f(y)} ${f(x + r)} ${f(y)}`,
    "Z",
  ].join(" ");
}

/** The hand-drawn shape itself. */
export function shapeMark(shape: NodeShape, b: Box, style: StrokeStyle): Mark {
  switch (shape) {
    case "rect":
      return { kind: "rect", x: b.x, y: b.y, width: b.width, height: b.height, style };
    case "circle":
      return { kind: "ellipse", cx: b.x + b.width / 2, cy: b.y + b.height / 2, width: b.width, height: b.height, style };
    case "diamond":
    case "hexagon":
      return { kind: "polygon", points: shapeOutline(shape, b), style };
    case "round":
    case "stadium":
      return { kind: "path", d: roundedRectPath(b, cornerRadius(shape, b)), style };
  }
}
