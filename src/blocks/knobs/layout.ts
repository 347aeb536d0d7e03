// Knobs block: the "parameters are knobs on a DJ set" picture. A row of dials (wrapping to two rows when
// narrow), each with tick marks over a 270° sweep and a red pointer at its value, a label and caption under
// it, and optionally an arrow from the knobs to a sketchy box holding what turning them leads to.
import type { Knob, Knobs } from "../../model/sheet.js";
import type { Mark, PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, LayoutBlock, Space } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { lineMetrics } from "../../fonts/measure.js";
import { arrowHead, cubicPath } from "../diagram/arrow.js";
import { normalize, type Pt } from "../diagram/geometry.js";
import { labelMarks, measureLabel, type Label } from "../diagram/text.js";
import { longestWordWidth, plain } from "../../layout/wrap.js";

export const POINTER_RED = "#e03131";
/** Where the pointer rests when a knob has no value: varied, so the row does not look copy-pasted. */
const SPREAD = [0.25, 0.7, 0.45, 0.85];
/** Ticks reach this far out, in dial radii. */
const TICK_OUT = 1.32;
const MARGIN = 4;

export function knobValue(k: Knob, i: number): number {
  return k.value ?? SPREAD[i % SPREAD.length]!;
}

/** Pointer angle in radians, screen coordinates (y down): 0 → down-left (135°), 1 → down-right (405°). */
export function pointerAngle(value: number): number {
  return ((135 + 270 * Math.max(0, Math.min(1, value))) * Math.PI) / 180;
}

function dialMarks(cx: number, cy: number, r: number, value: number, env: BlockEnv, seed: number): Mark[] {
  const marks: Mark[] = [];
  for (let t = 0; t <= 10; t++) {
    const a = pointerAngle(t / 10);
    const major = t % 5 === 0;
    const r0 = r * (major ? 1.1 : 1.13);
    const r1 = r * (major ? TICK_OUT : 1.24);
    marks.push({ kind: "line", x1: cx + r0 * Math.cos(a), y1: cy + r0 * Math.sin(a), x2: cx + r1 * Math.cos(a), y2: cy + r1 * Math.sin(a), style: { seed: seed + t, stroke: env.ink, strokeWidth: major ? 1.6 : 1.1, roughness: 0.5, disableMultiStroke: true } });
  }
  marks.push({ kind: "ellipse", cx, cy, width: 2 * r, height: 2 * r, style: { seed: seed + 20, stroke: env.ink, strokeWidth: 2, fill: tint(env.accent, 0.8), fillStyle: "hachure", hachureGap: 4.5, fillWeight: 0.6, roughness: 1 } });
  const a = pointerAngle(value);
  marks.push({ kind: "line", x1: cx, y1: cy, x2: cx + r * 0.9 * Math.cos(a), y2: cy + r * 0.9 * Math.sin(a), style: { seed: seed + 21, stroke: POINTER_RED, strokeWidth: 3, roughness: 0.5 } });
  marks.push({ kind: "ellipse", cx, cy, width: r * 0.5, height: r * 0.5, style: { seed: seed + 22, stroke: env.ink, strokeWidth: 1.4, fill: env.ink, fillStyle: "cross-hatch", hachureGap: 2.2, fillWeight: 0.8, roughness: 0.8 } });
  return marks;
}

interface Arrangement {
  rows: number;
  resultRight: boolean;
}

function arrange(block: Knobs, env: BlockEnv, space: Space, a: Arrangement): { marks: Mark[]; nodes: PlacedNode[]; splitsWords: boolean } {
  const px = env.fontPx;
  const capPx = Math.max(env.minFontPx, px * 0.82);
  const n = block.knobs.length;
  const perRow = Math.ceil(n / a.rows);
  const result = block.result ? measureLabel(block.result, px, px * 7) : undefined;
  const boxPad = px * 0.6;
  const boxW = result ? result.width + 2 * boxPad : 0;
  const boxH = result ? result.height + boxPad * 1.2 : 0;
  const arrowLen = px * 2.6;
  const knobsW = Math.max(px * 4, space.width - (result && a.resultRight ? arrowLen + boxW : 0) - 2 * MARGIN);
  const cellW = knobsW / perRow;
  const gap = px * 0.6;
  const labels: { label: Label; caption: Label | undefined }[] = block.knobs.map((k) => ({
    label: measureLabel(k.label, px, cellW - gap),
    caption: k.caption ? measureLabel(k.caption, capPx, cellW - gap) : undefined,
  }));
  const splitsWords = block.knobs.some((k) => longestWordWidth(plain(k.label), px) > cellW - gap || (k.caption !== undefined && longestWordWidth(plain(k.caption), capPx) > cellW - gap));
  const textH = Math.max(...labels.map((l) => l.label.height + (l.caption?.height ?? 0))) + px * 0.3;
  const belowH = result && !a.resultRight ? arrowLen + boxH : 0;
  // The dial fills what the width and the height hint leave it, within a legible, sensible range.
  const byHeight = ((space.height - belowH - 2 * MARGIN) / a.rows - textH - gap) / (2 * TICK_OUT);
  const byWidth = (cellW - gap) / (2 * TICK_OUT);
  const r = Math.max(px * 1.1, Math.min(px * 2.8, byHeight, byWidth));
  const rowH = 2 * TICK_OUT * r + textH + gap;
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  block.knobs.forEach((k, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, n - row * perRow);
    const col = i - row * perRow;
    // A short last row is centred under the first.
    const cx = (perRow - inRow) * cellW * 0.5 + (col + 0.5) * cellW;
    const cy = row * rowH + TICK_OUT * r;
    const seed = env.seed + 30 + i * 40;
    marks.push(...dialMarks(cx, cy, r, knobValue(k, i), env, seed));
    const l = labels[i]!;
    const top = cy + TICK_OUT * r + px * 0.15;
    marks.push(...labelMarks(l.label, cx, top, env.ink, seed + 30));
    if (l.caption) marks.push(...labelMarks(l.caption, cx, top + l.label.height, shade(env.accent, 0.3), seed + 35));
    const s = TICK_OUT * r;
    nodes.push({ id: `knob${i + 1}`, label: k.label, box: { x: cx - s, y: cy - s, width: 2 * s, height: 2 * s } });
  });
  if (result && block.result !== undefined) {
    const rowsUsed = Math.ceil(n / perRow);
    const knobsRight = perRow * cellW;
    const knobsBottom = rowsUsed * rowH - gap;
    let box: { x: number; y: number; width: number; height: number };
    let from: Pt;
    let to: Pt;
    if (a.resultRight) {
      const midY = rowsUsed === 1 ? TICK_OUT * r : knobsBottom / 2;
      box = { x: knobsRight + arrowLen, y: midY - boxH / 2, width: boxW, height: boxH };
      from = [knobsRight + px * 0.2, midY];
      to = [box.x - 3, midY];
    } else {
      box = { x: knobsRight / 2 - boxW / 2, y: knobsBottom + arrowLen, width: boxW, height: boxH };
      from = [knobsRight / 2, knobsBottom + px * 0.2];
      to = [knobsRight / 2, box.y - 3];
    }
    const pen = { seed: env.seed + 7, stroke: env.ink, strokeWidth: 1.8, roughness: 1 };
    const bend: Pt = a.resultRight ? [0, -px * 0.25] : [px * 0.25, 0];
    const c1: Pt = [from[0] + (to[0] - from[0]) / 3 + bend[0], from[1] + (to[1] - from[1]) / 3 + bend[1]];
    const c2: Pt = [from[0] + ((to[0] - from[0]) * 2) / 3 + bend[0], from[1] + ((to[1] - from[1]) * 2) / 3 + bend[1]];
    marks.push({ kind: "path", d: cubicPath(from, c1, c2, to), style: pen });
    marks.push(arrowHead(to, c2, px * 0.6, { ...pen, seed: env.seed + 8 }));
    marks.push({ kind: "rect", ...box, style: { seed: env.seed + 9, stroke: shade(env.accent, 0.15), strokeWidth: 1.8, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1.2 } });
    marks.push(...labelMarks(result, box.x + box.width / 2, box.y + (box.height - result.height) / 2, env.ink, env.seed + 10));
    nodes.push({ id: "result", label: block.result, box });
  }
  return { marks, nodes, splitsWords };
}

export const layoutKnobs: LayoutBlock<Knobs> = (block, env, space) => {
  const options: Arrangement[] = [
    { rows: 1, resultRight: true },
    { rows: 1, resultRight: false },
    { rows: 2, resultRight: true },
    { rows: 2, resultRight: false },
  ];
  const tries = options
    .filter((a) => a.rows === 1 || block.knobs.length > 2)
    .map((a) => {
      const { marks, nodes, splitsWords } = arrange(block, env, space, a);
      return { ...normalize(marks, nodes, MARGIN), splitsWords };
    });
  const fitsW = tries.filter((t) => t.width <= space.width);
  // Dials narrower than ~2.4 em lose their ticks and a label broken mid-word misreads: prefer a second row.
  const roomy = fitsW.filter((t) => !t.splitsWords && (t.nodes[0]?.box.width ?? 0) >= env.fontPx * 2.4 * TICK_OUT);
  const pick = roomy.find((t) => t.height <= space.height) ?? roomy[0] ?? fitsW.find((t) => t.height <= space.height) ?? fitsW[0] ?? tries.reduce((a, b) => (b.width < a.width ? b : a));
  return { width: pick.width, height: pick.height, marks: pick.marks, nodes: pick.nodes };
};
