// Bullet lists: pen dots (plain), numbered tinted badges (takeaways) or hand-drawn checkboxes (checks).
// Wrapped lines hang under the first line's text, not under the marker.
import type { Bullets } from "../../model/sheet.js";
import { LEGIBLE_MIN_PX } from "../../model/sheet.js";
import { translateMark, type Mark } from "../../model/positioned.js";
import { lineHeight, type BlockEnv, type BlockLayout, type LayoutBlock, type Space } from "../types.js";
import { lineMetrics, measureRuns } from "../../fonts/measure.js";
import { lineMarks, wrapRich } from "../../layout/wrap.js";
import { highlighterFor, shade, tint } from "../../layout/color.js";

/** Width of the marker column, px. */
function markerWidth(style: Bullets["style"], px: number): number {
  return style === "plain" ? px * 0.95 : badgeSide(px) + px * 0.45;
}

function badgeSide(px: number): number {
  return Math.min(px * 1.3, Math.max(px * 0.9, LEGIBLE_MIN_PX) * 1.25);
}

function marker(style: Bullets["style"], n: number, env: BlockEnv, lh: number, seed: number, ticked = true): Mark[] {
  const px = env.fontPx;
  const mid = lh * 0.5;
  if (style === "plain") {
    const d = px * 0.3;
    return [{ kind: "ellipse", cx: px * 0.3, cy: mid, width: d, height: d, style: { seed, stroke: env.accent, strokeWidth: 1, fill: env.accent, fillStyle: "solid", roughness: 0.6 } }];
  }
  const side = badgeSide(px);
  const top = mid - side / 2;
  if (style === "checks") {
    const s = side * 0.85;
    const y = mid - s / 2;
    const box: Mark = { kind: "rect", x: 1, y, width: s, height: s, style: { seed, stroke: env.ink, strokeWidth: 1.2, roughness: 0.9 } };
    if (!ticked) return [box];
    return [
      box,
      { kind: "polyline", points: [[1 + s * 0.15, y + s * 0.5], [1 + s * 0.42, y + s * 0.82], [1 + s * 1.05, y - s * 0.2]], style: { seed: seed + 1, stroke: env.accent, strokeWidth: 1.8, roughness: 0.7, disableMultiStroke: true } },
    ];
  }
  const digitPx = Math.max(px * 0.9, LEGIBLE_MIN_PX);
  const marks: Mark[] = [
    { kind: "rect", x: 1, y: top, width: side, height: side, style: { seed, stroke: env.accent, strokeWidth: 1.2, fill: tint(env.accent, 0.78), fillStyle: "solid", roughness: 0.7 } },
  ];
  let x = 1 + side / 2 - measureRuns(String(n), digitPx, "bold").reduce((s, r) => s + r.width, 0) / 2;
  for (const run of measureRuns(String(n), digitPx, "bold")) {
    if (run.kind !== "text") continue;
    // Digits sit optically centred: baseline a little below the middle of the badge.
    marks.push({ kind: "text", x, y: mid + run.size * 0.33, size: run.size, face: run.face, text: run.text, width: run.width, color: shade(env.accent, 0.25), ...(run.bold ? { bold: true } : {}) });
    x += run.width;
  }
  return marks;
}

/** The number a top-level item shows: nested items are not counted. */
function topLevelNumber(block: Bullets, i: number): number {
  if (!block.depths) return i + 1;
  let n = 0;
  for (let k = 0; k <= i; k++) if ((block.depths[k] ?? 0) === 0) n++;
  return n;
}

/** A nested item's marker: a short pen dash in the accent. */
function dash(env: BlockEnv, lh: number, seed: number): Mark[] {
  const px = env.fontPx;
  const y = lh * 0.52;
  return [{ kind: "line", x1: px * 0.15, y1: y, x2: px * 0.6, y2: y, style: { seed, stroke: env.accent, strokeWidth: 1.2, roughness: 0.6, disableMultiStroke: true } }];
}

export const layoutBullets: LayoutBlock<Bullets> = (block, env, space) => layoutBulletItems(block, env, space, 1);

/** The items of a list numbered from `start`: auto-fit flows one list across columns in pieces. */
export function layoutBulletItems(block: Bullets, env: BlockEnv, space: Space, start: number): BlockLayout {
  const px = env.fontPx;
  const lh = lineHeight(env, px, lineMetrics(px).height);
  const indent = markerWidth(block.style, px);
  // Lines set closer (dense) must still part one item's badge from the next one's.
  const gap = block.style === "plain" || !env.dense ? px * 0.22 : Math.max(px * 0.22, badgeSide(px) - lh + px * 0.12);
  const textStyle = { color: env.ink, boldColor: env.accent, highlight: highlighterFor(env.accent) };
  const marks: Mark[] = [];
  let y = 0;
  let width = 0;
  block.items.forEach((item, k) => {
    const i = k + start - 1;
    const seed = env.seed + i * 31;
    // `depths` covers the whole list (auto-fit lays out slices of it, numbered from `start`).
    const depth = block.depths?.[i] ?? 0;
    const shift = depth === 0 ? 0 : indent + (depth - 1) * px * 1.1;
    const nestedIndent = px * 1.1;
    const lead = shift + (depth === 0 ? indent : nestedIndent);
    const lines = wrapRich(item, Math.max(px, space.width - lead), px);
    const ownMarks = depth === 0 ? marker(block.style, topLevelNumber(block, i), env, lh, seed, block.done?.[i] ?? true) : dash(env, lh, seed);
    for (const m of ownMarks) marks.push(translateMark(m, shift, y));
    lines.forEach((line, j) => {
      marks.push(...lineMarks(line, lead, y + j * lh, px, { ...textStyle, seed: seed + 3 + j }));
      width = Math.max(width, lead + line.width);
    });
    y += lines.length * lh + (k < block.items.length - 1 ? gap : 0);
  });
  return { width: Math.min(space.width, width), height: y, marks };
}

