// Flowchart marks: subgraph frames, edges with pen arrow heads, edge labels on paper-coloured backings,
// then the nodes (pastel shapes, ink labels) and their captions. Seeds are env.seed + a fixed offset per
// stroke so a sheet redraws identically.
import type { Mark, StrokeStyle } from "../../model/positioned.js";
import type { Flowchart } from "../../model/sheet.js";
import type { BlockEnv } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { lineMetrics } from "../../fonts/measure.js";
import { arrowHead, cubicAt, cubicPath, roundedPolyline } from "../diagram/arrow.js";
import type { Pt } from "../diagram/geometry.js";
import { shapeMark } from "../diagram/shapes.js";
import { labelMarks } from "../diagram/text.js";
import { subgraphFrames, type Placement, type PlacedNode } from "./place.js";
import { shapeBox, type Route } from "./route.js";
import { isEllipsis, type Sizes } from "./measure.js";

import { PAPER } from "../types.js";
export { PAPER };
export const RETURN_RED = "#e03131";
const CAPTION_INK = "#4a5568";

function classStyle(block: Flowchart, n: PlacedNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of n.m.node.classes ?? []) Object.assign(out, block.classDefs?.find((d) => d.name === c)?.styles ?? {});
  return out;
}

function px(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : parseFloat(v);
  // The reader rejects other widths; a sheet built in code could still carry 1e308 (Infinity in the PDF).
  return n >= 0 && n <= 20 ? n : undefined;
}

export function nodeMarks(block: Flowchart, n: PlacedNode, env: BlockEnv, seed: number, horizontal: boolean): Mark[] {
  const cls = classStyle(block, n);
  const b = shapeBox(n);
  if (isEllipsis(n.m.node)) {
    // The arrow runs on through the gap; three dots on it say the chain goes on.
    const d = Math.max(2.5, b.height * 0.32);
    const ink = cls.color ?? env.ink;
    return [0.2, 0.5, 0.8].map((f, i): Mark => ({ kind: "ellipse", cx: b.x + b.width * f, cy: n.cy, width: d, height: d, style: { seed: seed + i, stroke: ink, strokeWidth: 1, fill: ink, fillStyle: "solid", roughness: 0.5 } }));
  }
  // Decisions get a solid wash so they stand apart from the hatched process boxes.
  const solid = n.m.shape === "diamond" || n.m.shape === "circle";
  const style: StrokeStyle = {
    seed,
    stroke: cls.stroke ?? env.ink,
    strokeWidth: px(cls["stroke-width"]) ?? 1.5,
    fill: cls.fill ?? tint(env.accent, solid ? 0.85 : 0.7),
    fillStyle: cls.fill || solid ? "solid" : "hachure",
    hachureGap: 5,
    fillWeight: 0.7,
    hachureAngle: -41,
    roughness: 1,
  };
  const marks: Mark[] = [shapeMark(n.m.shape, b, style)];
  const color = cls.color ?? env.ink;
  marks.push(...labelMarks(n.m.label, n.cx, n.cy - n.m.label.height / 2, color, seed + 1));
  const cap = n.m.caption;
  if (cap && cap.lines.length > 0) {
    if (horizontal) marks.push(...labelMarks(cap, n.cx, b.y + b.height + n.m.capGap, CAPTION_INK, seed + 5));
    else marks.push(...labelMarks(cap, b.x + b.width + n.m.capGap, n.cy - cap.height / 2, CAPTION_INK, seed + 5, "left"));
  }
  return marks;
}

/** `intoEllipsis`: the edge runs into an ellipsis node, which the arrow continues through (no head there). */
export function edgeMarks(r: Route, env: BlockEnv, s: Sizes, seed: number, intoEllipsis = false): Mark[] {
  const color = r.back ? RETURN_RED : env.ink;
  const width = r.edge.stroke === "thick" ? 2.8 : 1.5;
  const style: StrokeStyle = { seed, stroke: color, strokeWidth: width, roughness: 0.9, bowing: 0.6 };
  if (r.edge.stroke === "dotted") {
    style.strokeLineDash = [3, 5];
    style.disableMultiStroke = true;
  }
  const marks: Mark[] = [];
  let tip: Pt;
  let from: Pt;
  if (r.curve) {
    marks.push({ kind: "path", d: cubicPath(...r.curve), style });
    tip = r.curve[3];
    from = cubicAt(...r.curve, 0.93);
  } else {
    marks.push({ kind: "path", d: roundedPolyline(r.points, s.px * 0.6), style });
    tip = r.points[r.points.length - 1] ?? [0, 0];
    from = r.points[r.points.length - 2] ?? tip;
  }
  if (r.edge.kind === "arrow" && !intoEllipsis) marks.push(arrowHead(tip, from, Math.max(7, s.px * 0.55), { ...style, seed: seed + 1 }));
  if (r.label && r.labelAt && r.label.lines.length > 0) {
    const l = r.label;
    // A return arc's label sits outside the arc; others sit on the line, over a paper backing.
    const pad = s.edgePx * 0.25;
    const cy = r.labelSide === "above" ? r.labelAt[1] - l.height / 2 - 2 : r.labelSide === "below" ? r.labelAt[1] + l.height / 2 + 2 : r.labelAt[1];
    const cx = r.labelSide === "right" ? r.labelAt[0] + l.width / 2 + pad + 3 : r.labelSide === "left" ? r.labelAt[0] - l.width / 2 - pad - 3 : r.labelAt[0];
    marks.push({ kind: "rect", x: cx - l.width / 2 - pad, y: cy - l.height / 2, width: l.width + 2 * pad, height: l.height, style: { seed: seed + 2, fill: PAPER, fillStyle: "solid", stroke: "none", roughness: 0.4 } });
    marks.push(...labelMarks(l, cx, cy - l.height / 2, r.back ? RETURN_RED : shade(env.accent, 0.35), seed + 3));
  }
  return marks;
}

/** A dashed frame around each subgraph's nodes with its label in the top-left corner. */
export function subgraphMarks(block: Flowchart, p: Placement, env: BlockEnv, s: Sizes, seed: number): Mark[] {
  return subgraphFrames(block, p, s).flatMap(({ sg: i, row, box, label }) => [
    { kind: "rect" as const, ...box, style: { seed: seed + i * 7 + row, stroke: shade(env.accent, 0.2), strokeWidth: 1.2, strokeLineDash: [7, 5], disableMultiStroke: true, roughness: 0.8 } },
    ...labelMarks(label, box.x + s.px * 0.3, box.y + lineMetrics(s.capPx).height * 0.05, shade(env.accent, 0.3), seed + i * 7 + 3, "left"),
  ]);
}
