// Flowchart block: measure → place (dagre, maybe a snake) → route → marks. Tries the body size first in
// one row, then 2–3 snake rows, and only then smaller text (never below minFontPx), keeping the first
// arrangement that fits the width and, if it can, the height hint.
import type { Flowchart } from "../../model/sheet.js";
import type { Mark, PlacedNode as ReportNode } from "../../model/positioned.js";
import type { BlockLayout, LayoutBlock, BlockEnv, Space } from "../types.js";
import { normalize } from "../diagram/geometry.js";
import { horizontal, isEllipsis, measureNodes, type Sizes } from "./measure.js";
import { framesCoverOthers, place, type Placement } from "./place.js";
import { routeEdges, shapeBox, type Route } from "./route.js";
import { edgeMarks, nodeMarks, subgraphMarks } from "./draw.js";
import { parts } from "./across.js";

export interface FlowPlan {
  sizes: Sizes;
  placement: Placement;
  routes: Route[];
  layout: BlockLayout;
  /** Offset applied to placement/route coordinates to get block coordinates. */
  dx: number;
  dy: number;
}

/** Rough pen strokes wander a little past their points; keep them inside the returned box. */
const MARGIN = 4;

/** The ways an arrangement may depart from the plain one (see Sizes). */
type Ways = Pick<Sizes, "beside" | "tuck" | "across">;

export function sizesFor(env: BlockEnv, px: number, wrapEm: number, ways: Ways = {}): Sizes {
  const small = Math.max(env.minFontPx, px * 0.82);
  return { px, capPx: small, edgePx: small, wrap: px * wrapEm, ...(env.tight ? { tight: true } : {}), ...(ways.beside ? { beside: true } : {}), ...(ways.tuck ? { tuck: true } : {}), ...(ways.across ? { across: true } : {}) };
}

/** A top-down chart with captions, which a caption tucked on one side of its shape makes narrower. */
function tucks(block: Flowchart): boolean {
  return !horizontal(block.direction) && block.nodes.some((n) => n.caption);
}

export function planFlowchart(block: Flowchart, env: BlockEnv, sizes: Sizes, rows: number): FlowPlan {
  const measured = measureNodes(block, sizes);
  const placement = place(block, measured, sizes, rows);
  const hz = horizontal(block.direction);
  const routes = routeEdges(placement, hz, sizes.px, new Set((block.subgraphs ?? []).flatMap((sg) => sg.nodes)));
  const marks: Mark[] = [...subgraphMarks(block, placement, env, sizes, env.seed + 900)];
  const nodes: ReportNode[] = [];
  block.nodes.forEach((n, i) => {
    const p = placement.nodes.get(n.id);
    if (!p) return;
    marks.push(...nodeMarks(block, p, env, env.seed + 10 + i * 7, hz));
    nodes.push({ id: n.id, label: n.label, box: shapeBox(p) });
  });
  // Edges after nodes: an arrow head touching a border must not vanish under the node's fill.
  const dots = new Set(block.nodes.filter(isEllipsis).map((n) => n.id));
  routes.forEach((r, i) => marks.push(...edgeMarks(r, env, sizes, env.seed + 500 + i * 5, dots.has(r.edge.to))));
  const before = nodes[0]?.box;
  const norm = normalize(marks, nodes, MARGIN);
  const after = norm.nodes[0]?.box;
  return {
    sizes,
    placement,
    routes,
    layout: { width: norm.width, height: norm.height, marks: norm.marks, nodes: norm.nodes },
    dx: before && after ? after.x - before.x : 0,
    dy: before && after ? after.y - before.y : 0,
  };
}

/** Every arrangement worth trying, best first: big text before small, fewer rows before more. */
type Candidate = { px: number; wrapEm: number; rows: number } & Ways;

function candidates(block: Flowchart, env: BlockEnv): Candidate[] {
  const out: Candidate[] = [];
  const rowChoices = horizontal(block.direction) && block.nodes.length > 2 ? [1, 2, 3] : [1];
  const tuck = tucks(block);
  const across = horizontal(block.direction) && parts(block).length > 1;
  for (let px = env.fontPx; ; px = Math.max(env.minFontPx, px * 0.92)) {
    for (const rows of rowChoices) out.push({ px, wrapEm: 7.5, rows });
    // Separate parts stacked are too tall: side by side, as a designer draws two loops in a wide panel.
    if (across) out.push({ px, wrapEm: 7.5, rows: 1, across: true });
    // Too wide with each caption's room kept on both sides of its shape: a designer writes the caption beside
    // the box and lets the next branch come closer before making any text smaller.
    if (tuck) out.push({ px, wrapEm: 7.5, rows: 1, tuck: true });
    if (px <= env.minFontPx) break;
  }
  // Last resorts at the minimum size: narrower labels, more rows (pressed for room, first only the longest
  // labels on two lines: one step of the snake narrower often saves a whole row).
  for (const wrapEm of env.tight ? [6.5, 5] : [5]) {
    for (const rows of horizontal(block.direction) ? [1, 2, 3, 4, 5] : [1]) out.push({ px: env.minFontPx, wrapEm, rows });
    if (across) out.push({ px: env.minFontPx, wrapEm, rows: 1, across: true });
    if (tuck) out.push({ px: env.minFontPx, wrapEm, rows: 1, tuck: true });
  }
  return out;
}

// Auto-fit asks for the same chart at many widths and heights, and walks the same arrangements each time.
// An arrangement's size depends only on the chart, its text sizes and its rows (seeds and colours only style
// the marks), so each chart keeps its arrangements' sizes; only the arrangement chosen is planned again.
const sizeCache = new WeakMap<Flowchart, Map<string, Dims>>();

interface Dims {
  width: number;
  height: number;
  /** A snake whose group frames cover other nodes' boxes (a group split over rows around a node of another). */
  tangled: boolean;
}

interface Trial extends Dims {
  block: Flowchart;
  sizes: Sizes;
  rows: number;
  /** The plan, when this call made it (a size looked up has none until chosen). */
  plan?: FlowPlan;
}

function trial(block: Flowchart, env: BlockEnv, sizes: Sizes, rows: number): Trial {
  let seen = sizeCache.get(block);
  if (!seen) sizeCache.set(block, (seen = new Map()));
  const key = `${sizes.px}|${sizes.capPx}|${sizes.edgePx}|${sizes.wrap}|${sizes.tight ? 1 : 0}${sizes.beside ? 1 : 0}${sizes.tuck ? 1 : 0}${sizes.across ? 1 : 0}|${rows}`;
  const dims = seen.get(key);
  if (dims) return { block, sizes, rows, ...dims };
  const plan = planFlowchart(block, env, sizes, rows);
  const tangled = rows > 1 && (block.subgraphs?.length ?? 0) > 0 && framesCoverOthers(block, plan.placement, sizes);
  const found = { width: plan.layout.width, height: plan.layout.height, tangled };
  seen.set(key, found);
  return { block, sizes, rows, ...found, plan };
}

function planOf(t: Trial, env: BlockEnv): FlowPlan {
  return t.plan ?? planFlowchart(t.block, env, t.sizes, t.rows);
}

export function chooseFlowchart(block: Flowchart, env: BlockEnv, space: Space): FlowPlan {
  let firstFitW: Trial | undefined;
  let narrowest: Trial | undefined;
  // The shortest tucked chart that fits the width: the one to go on from when no chart drawn with its captions
  // centred fits the width even at the least size.
  let tuckedFitW: Trial | undefined;
  for (const c of candidates(block, env)) {
    const t = trial(block, env, sizesFor(env, c.px, c.wrapEm, c), c.rows);
    // Groups a snake tangles (a frame drawn over another group's box, its label over a node) are no arrangement.
    if (t.tangled) continue;
    const { width, height } = t;
    if (width <= space.width && height <= space.height) return planOf(t, env);
    if (!narrowest || width < narrowest.width) narrowest = t;
    // A tucked chart is taken only where it meets the hint too: past it, the chart drawn with its captions
    // centred and smaller text is the one the panel's text keeps its size beside.
    if (c.tuck) {
      if (width <= space.width && (!tuckedFitW || height < tuckedFitW.height - 0.5)) tuckedFitW = t;
      continue;
    }
    // Height is only a hint: once the width fits, try the other row counts at that size, never smaller text.
    if (firstFitW && c.px < firstFitW.sizes.px) break;
    // Past the hint at every row count: the shortest that fits the width (two rows of steps, not three).
    if (width <= space.width && (!firstFitW || height < firstFitW.height - 0.5)) firstFitW = t;
  }
  firstFitW ??= tuckedFitW;
  // Past the space even on its side, at the page's last rescue: the shortest chart that fits the width runs out
  // of its panel least.
  let shortSide: Trial | undefined;
  if (firstFitW && !horizontal(block.direction) && firstFitW.height > space.height) {
    // Too tall for a low, wide panel: a designer turns a top-down chart on its side before shrinking anything else.
    const side = turn(block, "side");
    for (let px = env.fontPx; ; px = Math.max(env.minFontPx, px * 0.92)) {
      for (const rows of [1, 2]) {
        const t = trial(side, env, sizesFor(env, px, 7.5), rows);
        if (!t.tangled && t.width <= space.width && t.height <= space.height) return planOf(t, env);
      }
      if (px <= env.minFontPx || px < firstFitW.sizes.px) break;
    }
    // On its side at the least size, its labels on narrower lines, as the upright chart's last resorts are: a
    // wide low panel gets a chart one row high rather than one that runs out of it. Only in the page's very last
    // rescue (`dense`): before that, a chart this pressed is better moved to a panel with room at a larger size.
    if (firstFitW.sizes.px <= env.minFontPx && env.dense) {
      for (const wrapEm of [6.5, 5]) {
        for (const rows of [1, 2]) {
          const t = trial(side, env, sizesFor(env, env.minFontPx, wrapEm), rows);
          if (t.tangled || t.width > space.width) continue;
          if (t.height <= space.height) return planOf(t, env);
          if (t.height < (shortSide ?? firstFitW).height - 0.5) shortSide = t;
        }
      }
    }
  }
  if (firstFitW && !horizontal(block.direction) && firstFitW.height > space.height && env.tight && block.edges.some((e) => e.label)) {
    // Still too tall at its least size, pressed for room: the edge labels go beside their arrows, as a person
    // writes `tokenize` next to a short arrow in a narrow column rather than lengthening every arrow for it.
    for (const wrapEm of [6.5, 5]) {
      for (const tuck of tucks(block) ? [false, true] : [false]) {
        const t = trial(block, env, sizesFor(env, env.minFontPx, wrapEm, { beside: true, tuck }), 1);
        if (t.width <= space.width && t.height <= space.height) return planOf(t, env);
        if (t.width <= space.width && t.height < firstFitW.height - 0.5) firstFitW = t;
      }
    }
  }
  if (firstFitW && horizontal(block.direction) && firstFitW.height > space.height && firstFitW.width < space.width * 0.8) {
    // A left-right chart too tall for a low band with width to spare: its labels and captions written on longer
    // lines, fewer of them, as a pen writes "labeler conversations" on one line under its box where there is room.
    // Never smaller text than the chart that fits the width already has.
    for (let px = env.fontPx; px >= firstFitW.sizes.px - 1e-9; px = Math.max(env.minFontPx, px * 0.92)) {
      for (const wrapEm of [10, 13]) {
        const t = trial(block, env, sizesFor(env, px, wrapEm), 1);
        if (!t.tangled && t.width <= space.width && t.height <= space.height) return planOf(t, env);
      }
      if (px <= env.minFontPx) break;
    }
  }
  if (shortSide && firstFitW && shortSide.height < firstFitW.height - 0.5) firstFitW = shortSide;
  if (firstFitW) return planOf(firstFitW, env);
  // Still too wide for a row: a horizontal chart turns into a column as the very last resort.
  if (horizontal(block.direction)) {
    const column = turn(block, "column");
    for (let px = env.fontPx; ; px = Math.max(env.minFontPx, px * 0.92)) {
      const t = trial(column, env, sizesFor(env, px, 5), 1);
      if (t.width <= space.width) return planOf(t, env);
      if (t.width < narrowest!.width) narrowest = t;
      if (px <= env.minFontPx) break;
    }
  }
  return planOf(narrowest!, env);
}

// One turned copy per chart and way, so the caches kept per block object (placements, sizes) still hit
// across auto-fit's sizes.
const turned = new WeakMap<Flowchart, { side?: Flowchart; column?: Flowchart }>();

/** The chart on its side (top-down becomes left-right), or as one column (the last resort for a wide row). */
function turn(block: Flowchart, way: "side" | "column"): Flowchart {
  let t = turned.get(block);
  if (!t) turned.set(block, (t = {}));
  return (t[way] ??= { ...block, direction: way === "column" ? "TB" : block.direction === "BT" ? "RL" : "LR" });
}

export const layoutFlowchart: LayoutBlock<Flowchart> = (block, env, space) => {
  if (block.nodes.length === 0) return { width: 0, height: 0, marks: [], nodes: [] };
  return chooseFlowchart(block, env, space).layout;
};
