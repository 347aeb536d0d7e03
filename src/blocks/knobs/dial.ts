// One DJ dial: tick marks over a 270° sweep (open at the bottom, where the label goes), a hatched face, a
// dark cap and a red pointer at the knob's value. Pen widths grow a little with the dial so a big dial does
// not look drawn with a hairline.
import type { Knob } from "../../model/sheet.js";
import type { Mark } from "../../model/positioned.js";
import type { BlockEnv } from "../types.js";
import { tint } from "../../layout/color.js";

export const POINTER_RED = "#e03131";
/** Where the pointer rests when a knob has no value: varied, so the row does not look copy-pasted. */
const SPREAD = [0.25, 0.7, 0.45, 0.85];
/** Ticks reach this far out, in dial radii (up, left and right; the bottom of the sweep is open). */
export const TICK_OUT = 1.32;
/** How far the drawing reaches below the centre, in radii: the face itself (the lowest ticks sit above it). */
export const BELOW = 1.02;

export function knobValue(k: Knob, i: number): number {
  return k.value ?? SPREAD[i % SPREAD.length]!;
}

/** Pointer angle in radians, screen coordinates (y down): 0 → down-left (135°), 1 → down-right (405°). */
export function pointerAngle(value: number): number {
  return ((135 + 270 * Math.max(0, Math.min(1, value))) * Math.PI) / 180;
}

export function dialMarks(cx: number, cy: number, r: number, value: number, env: BlockEnv, seed: number): Mark[] {
  const marks: Mark[] = [];
  const w = Math.max(1, Math.min(2, r / 18));
  for (let t = 0; t <= 10; t++) {
    const a = pointerAngle(t / 10);
    const major = t % 5 === 0;
    const r0 = r * (major ? 1.1 : 1.13);
    const r1 = r * (major ? TICK_OUT : 1.24);
    marks.push({ kind: "line", x1: cx + r0 * Math.cos(a), y1: cy + r0 * Math.sin(a), x2: cx + r1 * Math.cos(a), y2: cy + r1 * Math.sin(a), style: { seed: seed + t, stroke: env.ink, strokeWidth: (major ? 1.6 : 1.1) * w, roughness: 0.5, disableMultiStroke: true } });
  }
  marks.push({ kind: "ellipse", cx, cy, width: 2 * r, height: 2 * r, style: { seed: seed + 20, stroke: env.ink, strokeWidth: 2 * w, fill: tint(env.accent, 0.8), fillStyle: "hachure", hachureGap: Math.max(3.5, r / 6), fillWeight: 0.6, roughness: 1 } });
  const a = pointerAngle(value);
  marks.push({ kind: "line", x1: cx, y1: cy, x2: cx + r * 0.9 * Math.cos(a), y2: cy + r * 0.9 * Math.sin(a), style: { seed: seed + 21, stroke: POINTER_RED, strokeWidth: 3 * w, roughness: 0.5 } });
  marks.push({ kind: "ellipse", cx, cy, width: r * 0.5, height: r * 0.5, style: { seed: seed + 22, stroke: env.ink, strokeWidth: 1.4, fill: env.ink, fillStyle: "cross-hatch", hachureGap: 2.2, fillWeight: 0.8, roughness: 0.8 } });
  return marks;
}
