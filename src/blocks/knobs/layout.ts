// Knobs block: the "parameters are knobs on a DJ set" picture. A row (or two) of dials, each with its label
// and caption, and optionally an arrow from the knobs to a sketchy box holding what turning them leads to.
// The dials are sized from the space given: every arrangement (rows, where the words go, where the result
// goes) is solved for the largest dial that fits the width and the height hint, and the biggest dial wins.
import type { Knobs } from "../../model/sheet.js";
import type { Mark, PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, LayoutBlock, Space } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { arrowHead, cubicPath } from "../diagram/arrow.js";
import { normalize, type Pt } from "../diagram/geometry.js";
import { labelMarks, measureLabel, type Label } from "../diagram/text.js";
import { longestWordWidth, plain } from "../../layout/wrap.js";
import { BELOW, dialMarks, knobValue, TICK_OUT } from "./dial.js";

export { POINTER_RED, knobValue, pointerAngle } from "./dial.js";

const MARGIN = 4;
/** Dial radius bounds in body-font ems: smaller loses the ticks, larger dwarfs the words. */
const R_MIN_EM = 1;
const R_MAX_EM = 3.2;
/** Only to keep inside the width when nothing else does. */
const R_FLOOR_EM = 0.6;

/** Words under the dial (label over caption), on one line under it ("w0 · bias"), or to its right. */
type TextMode = "below" | "inline" | "side";

interface Option {
  rows: number;
  text: TextMode;
  result: "right" | "below" | "none";
  /** Wrap width of the result box text, ems. */
  resultEm: number;
}

interface Measured {
  opt: Option;
  px: number;
  perRow: number;
  rowsUsed: number;
  words: { label: Label; caption: Label | undefined }[];
  textW: number;
  textH: number;
  splitsWords: boolean;
  result: Label | undefined;
  boxW: number;
  boxH: number;
  arrow: number;
  /** Width the knob cells may spread over. */
  room: number;
}

const gapOf = (px: number): number => px * 0.5;
const sideGap = (px: number): number => px * 0.3;

function measure(block: Knobs, env: BlockEnv, space: Space, opt: Option): Measured | undefined {
  const px = env.fontPx;
  const capPx = Math.max(env.minFontPx, px * 0.82);
  const n = block.knobs.length;
  const perRow = Math.ceil(n / opt.rows);
  const rowsUsed = Math.ceil(n / perRow);
  const result = opt.result !== "none" && block.result ? measureLabel(block.result, px, px * opt.resultEm) : undefined;
  const boxPad = px * 0.6;
  const boxW = result ? result.width + 2 * boxPad : 0;
  const boxH = result ? result.height + boxPad * 1.2 : 0;
  const arrow = px * (opt.result === "right" ? 2 : 1.8);
  const room = space.width - 2 * MARGIN - (opt.result === "right" ? arrow + boxW : 0);
  const cell = room / perRow - gapOf(px);
  // Side words share the cell with the smallest dial; words under a dial may use the whole cell.
  const wrapW = Math.max(px * 2, Math.min(px * (opt.text === "side" ? 6 : 7), opt.text === "side" ? cell - 2 * TICK_OUT * R_MIN_EM * px - sideGap(px) : cell));
  const words = block.knobs.map((k) => ({
    label: measureLabel(k.label, px, opt.text === "inline" ? Infinity : wrapW),
    caption: k.caption ? measureLabel(k.caption, capPx, opt.text === "inline" ? Infinity : wrapW) : undefined,
  }));
  const dot = px * 0.9;
  if (opt.text === "inline") {
    if (!block.knobs.some((k) => k.caption)) return undefined;
    if (words.some((w) => w.label.lines.length > 1 || (w.caption?.lines.length ?? 0) > 1)) return undefined;
  }
  const widthOf = (w: (typeof words)[number]): number => (opt.text === "inline" ? w.label.width + (w.caption ? dot + w.caption.width : 0) : Math.max(w.label.width, w.caption?.width ?? 0));
  const heightOf = (w: (typeof words)[number]): number => (opt.text === "inline" ? Math.max(w.label.height, w.caption?.height ?? 0) : w.label.height + (w.caption?.height ?? 0));
  const textW = Math.max(...words.map(widthOf));
  const textH = Math.max(...words.map(heightOf));
  const splitsWords = block.knobs.some((k) => longestWordWidth(plain(k.label), px) > wrapW + 0.5 || (k.caption !== undefined && longestWordWidth(plain(k.caption), capPx) > wrapW + 0.5));
  return { opt, px, perRow, rowsUsed, words, textW, textH, splitsWords, result, boxW, boxH, arrow, room };
}

interface Geometry {
  cellW: number;
  rowH: number;
  /** Dial centre below the row's top. */
  cy: number;
  width: number;
  height: number;
}

/** The block's size with dials of radius r (cells packed; spreading comes after). */
function geometry(m: Measured, r: number, cellW0?: number): Geometry {
  const { px, opt } = m;
  const gap = gapOf(px);
  const dialW = 2 * TICK_OUT * r;
  const under = opt.text !== "side";
  const cellW = cellW0 ?? (under ? Math.max(dialW, m.textW) : dialW + sideGap(px) + m.textW) + gap;
  const cy = under ? TICK_OUT * r : Math.max(TICK_OUT * r, m.textH / 2);
  const rowH = under ? TICK_OUT * r + BELOW * r + px * 0.1 + m.textH : cy + Math.max(BELOW * r, m.textH / 2);
  const rowsH = m.rowsUsed * rowH + (m.rowsUsed - 1) * gap;
  const knobsW = m.perRow * cellW - gap;
  let width = knobsW;
  let height = rowsH;
  if (m.result && opt.result === "right") {
    const mid = m.rowsUsed === 1 ? cy : rowsH / 2;
    width = knobsW + m.arrow + m.boxW;
    height = Math.max(rowsH, mid + m.boxH / 2) - Math.min(0, mid - m.boxH / 2);
  } else if (m.result && opt.result === "below") {
    width = Math.max(knobsW, m.boxW);
    height = rowsH + m.arrow + m.boxH;
  }
  return { cellW, rowH, cy, width: width + 2 * MARGIN, height: height + 2 * MARGIN };
}

/** Largest r in [lo, hi] passing `ok` (monotone: fits at r ⇒ fits at any smaller r), or undefined. */
function largest(lo: number, hi: number, ok: (r: number) => boolean): number | undefined {
  if (!ok(lo)) return undefined;
  if (ok(hi)) return hi;
  let a = lo;
  let b = hi;
  for (let k = 0; k < 24; k++) {
    const mid = (a + b) / 2;
    if (ok(mid)) a = mid;
    else b = mid;
  }
  return a;
}

function draw(block: Knobs, env: BlockEnv, m: Measured, r: number): { marks: Mark[]; nodes: PlacedNode[] } {
  const { px, opt } = m;
  const packed = geometry(m, r);
  // Spread the cells a little over spare width, like knobs spaced on a mixer, but keep them a set.
  const cellW = Math.max(packed.cellW, Math.min(m.room / m.perRow, packed.cellW + px * 1.5));
  const g = geometry(m, r, cellW);
  const n = block.knobs.length;
  const gap = gapOf(px);
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  const capColor = shade(env.accent, 0.3);
  block.knobs.forEach((k, i) => {
    const row = Math.floor(i / m.perRow);
    const inRow = Math.min(m.perRow, n - row * m.perRow);
    const col = i - row * m.perRow;
    // A short last row is centred under the first.
    const left = (m.perRow - inRow) * cellW * 0.5 + col * cellW;
    const cy = row * (g.rowH + gap) + g.cy;
    const cx = opt.text === "side" ? left + TICK_OUT * r : left + (cellW - gap) / 2;
    const seed = env.seed + 30 + i * 40;
    marks.push(...dialMarks(cx, cy, r, knobValue(k, i), env, seed));
    const w = m.words[i]!;
    if (opt.text === "side") {
      const x = cx + TICK_OUT * r + sideGap(px);
      const top = cy - (w.label.height + (w.caption?.height ?? 0)) / 2;
      marks.push(...labelMarks(w.label, x, top, env.ink, seed + 30, "left"));
      if (w.caption) marks.push(...labelMarks(w.caption, x, top + w.label.height, capColor, seed + 35, "left"));
    } else if (opt.text === "inline") {
      const top = cy + BELOW * r + px * 0.1;
      const dot = w.caption ? px * 0.9 : 0;
      const x0 = cx - (w.label.width + dot + (w.caption?.width ?? 0)) / 2;
      marks.push(...labelMarks(w.label, x0, top, env.ink, seed + 30, "left"));
      if (w.caption) {
        marks.push({ kind: "ellipse", cx: x0 + w.label.width + dot / 2, cy: top + w.label.height * 0.55, width: 2.6, height: 2.6, style: { seed: seed + 34, stroke: capColor, fill: capColor, fillStyle: "solid", strokeWidth: 1 } });
        marks.push(...labelMarks(w.caption, x0 + w.label.width + dot, top + (w.label.height - w.caption.height) / 2, capColor, seed + 35, "left"));
      }
    } else {
      const top = cy + BELOW * r + px * 0.1;
      marks.push(...labelMarks(w.label, cx, top, env.ink, seed + 30));
      if (w.caption) marks.push(...labelMarks(w.caption, cx, top + w.label.height, capColor, seed + 35));
    }
    const s = TICK_OUT * r;
    nodes.push({ id: `knob${i + 1}`, label: k.label, box: { x: cx - s, y: cy - s, width: 2 * s, height: 2 * s } });
  });
  if (m.result && block.result !== undefined && opt.result !== "none") marks.push(...resultMarks(block.result, env, m, g, cellW, nodes));
  return { marks, nodes };
}

function resultMarks(text: string, env: BlockEnv, m: Measured, g: Geometry, cellW: number, nodes: PlacedNode[]): Mark[] {
  const { px } = m;
  const result = m.result!;
  const gap = gapOf(px);
  const knobsRight = m.perRow * cellW - gap;
  const knobsBottom = m.rowsUsed * (g.rowH + gap) - gap;
  let box: { x: number; y: number; width: number; height: number };
  let from: Pt;
  let to: Pt;
  if (m.opt.result === "right") {
    const midY = m.rowsUsed === 1 ? g.cy : knobsBottom / 2;
    box = { x: knobsRight + m.arrow, y: midY - m.boxH / 2, width: m.boxW, height: m.boxH };
    from = [knobsRight + px * 0.2, midY];
    to = [box.x - 3, midY];
  } else {
    box = { x: knobsRight / 2 - m.boxW / 2, y: knobsBottom + m.arrow, width: m.boxW, height: m.boxH };
    from = [knobsRight / 2, knobsBottom + px * 0.2];
    to = [knobsRight / 2, box.y - 3];
  }
  const pen = { seed: env.seed + 7, stroke: env.ink, strokeWidth: 1.8, roughness: 1 };
  const bend: Pt = m.opt.result === "right" ? [0, -px * 0.25] : [px * 0.25, 0];
  const c1: Pt = [from[0] + (to[0] - from[0]) / 3 + bend[0], from[1] + (to[1] - from[1]) / 3 + bend[1]];
  const c2: Pt = [from[0] + ((to[0] - from[0]) * 2) / 3 + bend[0], from[1] + ((to[1] - from[1]) * 2) / 3 + bend[1]];
  nodes.push({ id: "result", label: text, box });
  return [
    { kind: "path", d: cubicPath(from, c1, c2, to), style: pen },
    arrowHead(to, c2, px * 0.6, { ...pen, seed: env.seed + 8 }),
    { kind: "rect", ...box, style: { seed: env.seed + 9, stroke: shade(env.accent, 0.15), strokeWidth: 1.8, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1.2 } },
    ...labelMarks(result, box.x + box.width / 2, box.y + (box.height - result.height) / 2, env.ink, env.seed + 10),
  ];
}

function options(block: Knobs): Option[] {
  const out: Option[] = [];
  const n = block.knobs.length;
  const rows = [1, 2, 3].filter((k, i, all) => k <= n && (i === 0 || Math.ceil(n / k) < Math.ceil(n / all[i - 1]!)));
  for (const text of ["below", "inline", "side"] as const) {
    for (const r of rows) {
      if (!block.result) out.push({ rows: r, text, result: "none", resultEm: 7 });
      else for (const [result, resultEm] of [["right", 7], ["right", 4.5], ["below", 9]] as const) out.push({ rows: r, text, result, resultEm });
    }
  }
  return out;
}

interface Candidate {
  m: Measured;
  r: number;
  fitsH: boolean;
  height: number;
  score: number;
}

export const layoutKnobs: LayoutBlock<Knobs> = (block, env, space) => {
  const px = env.fontPx;
  const [rMin, rMax, rFloor] = [R_MIN_EM * px, R_MAX_EM * px, R_FLOOR_EM * px];
  const cands: Candidate[] = [];
  for (const opt of options(block)) {
    const m = measure(block, env, space, opt);
    if (!m) continue;
    const fitsW = (r: number): boolean => geometry(m, r).width <= space.width;
    const rW = largest(rMin, rMax, fitsW);
    if (rW === undefined) {
      const r = largest(rFloor, rMin, fitsW);
      if (r !== undefined) cands.push({ m, r, fitsH: false, height: geometry(m, r).height, score: -Infinity });
      continue;
    }
    const rH = largest(rMin, rW, (r) => geometry(m, r).height <= space.height);
    const r = rH ?? rMin;
    // Words under the dial read like the mixer in the reference; a split word misreads.
    const score = r * (opt.text === "below" ? 1 : 0.9) * (opt.rows > 1 ? 0.97 : 1) * (opt.result === "below" ? 0.97 : 1) * (m.splitsWords ? 0.5 : 1);
    cands.push({ m, r, fitsH: rH !== undefined, height: geometry(m, r).height, score });
  }
  const fits = cands.filter((c) => c.fitsH);
  const roomy = cands.filter((c) => c.score > -Infinity);
  const pick =
    fits.reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined) ??
    // Nothing fits the hint: the shortest drawing (auto-fit then sees the least overflow); else the widest dials.
    roomy.reduce<Candidate | undefined>((a, c) => (!a || c.height + (c.m.splitsWords ? px * 4 : 0) < a.height + (a.m.splitsWords ? px * 4 : 0) ? c : a), undefined) ??
    cands.reduce<Candidate | undefined>((a, c) => (!a || c.r > a.r ? c : a), undefined);
  const m = pick?.m ?? measure(block, env, space, { rows: 1, text: "below", result: "below", resultEm: 7 })!;
  let r = pick?.r ?? rFloor;
  // The size estimate is conservative; the drawn extent decides. Shrink until the width holds.
  for (let k = 0; k < 12; k++) {
    const { marks, nodes } = draw(block, env, m, r);
    const out = normalize(marks, nodes, MARGIN);
    if (out.width <= space.width || k === 11) return { width: out.width, height: out.height, marks: out.marks, nodes: out.nodes };
    r *= 0.95;
  }
  throw new Error("unreachable");
};
