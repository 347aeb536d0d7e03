// The radial map (an oval root in the middle, branches fanning out): the search for the label size, label
// width and gaps that fit the space given, spread both ways or with every branch on one side. plan.ts draws
// the map at the size chosen; layout.ts decides when another form (joined leaves, columns, rows) beats it.
import type { Mindmap } from "../../model/sheet.js";
import { translateMarks, type Box, type PlacedNode } from "../../model/positioned.js";
import type { BlockEnv, LayoutBlock, Space } from "../types.js";
import { measure, settle, type Measured } from "../diagram/geometry.js";
import type { MindSizes } from "./tree.js";
import { plan } from "./plan.js";

const MARGIN = 4;
/** Below this the leaf curves bunch up against their parent; a slightly smaller font reads better. */
const MIN_GAP_EM = 1.1;

/** A measured layout tried by the search; its words are drawn (`plan` with words) only if it is chosen. */
type Candidate = Measured<PlacedNode> & { sizes: MindSizes };
type Settled = ReturnType<typeof settle<PlacedNode>>;

/** Extra room left and right, so the outermost leaves do not run into the panel border. */
function sidePad(block: Mindmap, env: BlockEnv, c: Candidate, pad: number): Settled {
  const { marks, nodes } = plan(block, env, c.sizes, true);
  const n = settle(measure(marks, nodes, MARGIN), MARGIN);
  return { marks: translateMarks(n.marks, pad, 0), nodes: n.nodes.map((d) => ({ ...d, box: { ...d.box, x: d.box.x + pad } })), width: n.width + 2 * pad, height: n.height };
}

/** Tightest band gap (in px of label size) when the height hint calls for it: underlines still clear the next band. */
const COMPACT_VGAP_EM = 0.06;
/** Tightest column gap, em: the curves still read as curves. */
const COMPACT_HGAP_EM = 0.45;

function sizes(env: BlockEnv, px: number, wrapEm: number, space: Space, leaves: number, hgapEm: number, vgap?: number, compact = false, oneSide = false): MindSizes {
  const leafPx = Math.max(env.minFontPx, px * 0.92);
  // Spread the bands over the height we were given, within reason (a leaf: its line, underline and headroom).
  const perSide = oneSide ? leaves : Math.max(1, Math.ceil(leaves / 2));
  const band = leafPx * (1.4 + 0.35 + 0.2);
  const v = vgap ?? Math.max(px * 0.2, Math.min(px * 1.2, (space.height * 0.9 - perSide * band) / perSide));
  return { px, leafPx, wrap: px * wrapEm, vgap: v, hgap: px * hgapEm, compact, ...(oneSide ? { oneSide: true } : {}) };
}

interface Pass {
  gapFloor: number;
  pxMin: number;
  wraps: number[];
  /** Smallest band gap, em of the label size. */
  vminEm: number;
  /** Take the first layout that fits the width even when it runs past the height hint. */
  widthOnly: boolean;
  compact: boolean;
}

/**
 * Tries in order: roomy column gaps with the font shrinking a little at most; then, when that runs past the
 * height hint, compact band and column gaps at those sizes; then tighter gaps and narrower labels down to the
 * minimum font, keeping one that fits the height hint if there is one.
 */
function passes(env: BlockEnv): Pass[] {
  const near = Math.max(env.minFontPx, env.fontPx * 0.84);
  return [
    { gapFloor: MIN_GAP_EM, pxMin: near, wraps: [8, 5.5], vminEm: 0.2, widthOnly: false, compact: false },
    { gapFloor: 0.7, pxMin: near, wraps: [8, 5.5], vminEm: COMPACT_VGAP_EM, widthOnly: false, compact: true },
    { gapFloor: COMPACT_HGAP_EM, pxMin: env.minFontPx, wraps: [8, 7, 6, 5.5, 4], vminEm: COMPACT_VGAP_EM, widthOnly: true, compact: true },
  ];
}

// Every length in a mind map (labels, gaps, curves, the oval) is proportional to the label size once the
// band gap and the leaf size are given as fractions of it, so auto-fit's many sizes share one measurement:
// the extent per unit of label size. Only the search reads these; the chosen layout is always planned anew.
const unitExtents = new WeakMap<Mindmap, Map<string, Box>>();

function scaled(b: Box | undefined, k: number): Box | undefined {
  return b && { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k };
}

/** One candidate's extent, measured or (for a size seen before, or proportional to one) looked up. */
function candidate(block: Mindmap, env: BlockEnv, space: Space, px: number, wrapEm: number, compact: boolean, hgapEm: number, vgap?: number, oneSide = false): Candidate {
  let seen = unitExtents.get(block);
  if (!seen) unitExtents.set(block, (seen = new Map()));
  const s = sizes(env, px, wrapEm, space, leafCount(block), hgapEm, vgap, compact, oneSide);
  const key = `${wrapEm}|${compact ? 1 : 0}|${oneSide ? 1 : 0}|${hgapEm}|${(s.vgap / px).toFixed(6)}|${(s.leafPx / px).toFixed(6)}`;
  // The same size again gets the very numbers it got before, so laying one sheet out twice is byte-stable.
  const exact = `${key}@${px}`;
  const known = seen.get(exact) ?? scaled(seen.get(key), px);
  if (known) {
    seen.set(exact, known);
    return { marks: [], nodes: [], extent: known, width: known.width + 2 * MARGIN, height: known.height + 2 * MARGIN, sizes: s };
  }
  const { marks, nodes, wordBoxes } = plan(block, env, s, false);
  const c = { ...measure(marks, nodes, MARGIN, wordBoxes), sizes: s };
  const unit = scaled(c.extent, 1 / px)!;
  seen.set(key, unit);
  seen.set(exact, c.extent);
  let widths = unitWidths.get(block);
  if (!widths) unitWidths.set(block, (widths = new Map()));
  const wkey = widthKey(wrapEm, compact, hgapEm, s);
  if (!widths.has(wkey)) widths.set(wkey, unit.width);
  widths.set(`${wkey}@${px}`, c.extent.width);
  return c;
}

// A layout's width does not depend on the band gap (columns are placed by label widths and the column gap
// alone), so the search's width-only questions share one measurement across band gaps, and so across
// height hints: auto-fit offers the map a different height at nearly every size it tries.
const unitWidths = new WeakMap<Mindmap, Map<string, number>>();

function widthKey(wrapEm: number, compact: boolean, hgapEm: number, s: MindSizes): string {
  return `${wrapEm}|${compact ? 1 : 0}|${s.oneSide ? 1 : 0}|${hgapEm}|${(s.leafPx / s.px).toFixed(6)}`;
}

/** The width `candidate` would give (margins included), measuring only when no band gap was tried yet. */
function candidateWidth(block: Mindmap, env: BlockEnv, space: Space, px: number, wrapEm: number, compact: boolean, hgapEm: number, oneSide = false): number {
  const s = sizes(env, px, wrapEm, space, leafCount(block), hgapEm, undefined, compact, oneSide);
  const wkey = widthKey(wrapEm, compact, hgapEm, s);
  const widths = unitWidths.get(block);
  const exact = widths?.get(`${wkey}@${px}`);
  if (exact !== undefined) return exact + 2 * MARGIN;
  const unit = widths?.get(wkey);
  if (unit !== undefined) return unit * px + 2 * MARGIN;
  return candidate(block, env, space, px, wrapEm, compact, hgapEm, undefined, oneSide).width;
}

/**
 * The shortest layout there is: smallest size, widest labels, tightest bands (heights only grow with the
 * label size and the band gap). Every layout of this map at this minimum size is at least this tall. The
 * explicit band gap leaves the space out of it.
 */
export function floorCandidate(block: Mindmap, env: BlockEnv): Candidate {
  // Label wrap and column gap move where long labels break, so neither extreme is the shortest for every map:
  // the floor is the least over the wraps and gaps the search can choose.
  let best: Candidate | undefined;
  for (const hgap of [1, COMPACT_HGAP_EM]) {
    for (const wrap of [8, 7, 6, 5.5, 4]) {
      const c = candidate(block, env, { width: 0, height: 0 }, env.minFontPx, wrap, true, hgap, env.minFontPx * COMPACT_VGAP_EM);
      if (!best || c.height < best.height) best = c;
    }
  }
  return best!;
}

/** A map with all its branches on one side is taken only when that draws it at least a step of the search larger (8%). */
const ONE_SIDE_GAIN = 1.08;

/** What a search found: the layout, its label size, and whether it meets the height hint. */
interface Found {
  map: Settled;
  px: number;
  fits: boolean;
}

/**
 * Spread both ways first. When that fits only well below the body size (a narrow side panel with height to
 * spare), and the height hint is the map's own room (`env.ownRoom`), the map with every branch on the right
 * of its root, as a person draws one there, if it fits at a size at least ONE_SIDE_GAIN larger. Taken only
 * where the map spread both ways fits, so whether a panel fits at a size never changes: the map only grows.
 */
export const layoutMap: LayoutBlock<Mindmap> = (block, env, space) => {
  const both = searchMap(block, env, space, false);
  const two = both.found;
  if (!two) return both.narrowest();
  const least = two.px * ONE_SIDE_GAIN;
  if (!env.ownRoom || !two.fits || block.root.children.length < 2 || least > env.fontPx + 1e-9) return two.map;
  // Heights only grow with the label size: when the shortest map one side tall at the least size asked for
  // (widest labels, tightest bands) overruns the room, no size above it fits either.
  if (candidate(block, env, space, least, 8, true, 1, least * COMPACT_VGAP_EM, true).height > space.height - 0.5) return two.map;
  const one = searchMap(block, env, space, true, least, false).found;
  return one?.fits ? one.map : two.map;
};

function searchMap(block: Mindmap, env: BlockEnv, space: Space, oneSide: boolean, least = 0, full = true): { found: Found | undefined; narrowest: () => Settled } {
  const leaves = leafCount(block);
  // The narrowest layout tried, for when none fits the width.
  let best: { n: Candidate; pad: number } | undefined;
  const measureAt = (px: number, wrapEm: number, compact: boolean, hgapEm: number, vgap?: number): Candidate =>
    candidate(block, env, space, px, wrapEm, compact, hgapEm, vgap, oneSide);
  // Auto-fit often offers a height no layout can meet (a column already full of text). Heights only grow
  // with the label size, so when even the shortest layout there is is too tall, every pass's best is at its
  // smallest size: skip the sizes above it.
  const floor = floorCandidate(block, env);
  const hopeless = floor.height > space.height + 0.5;
  // The hint is the room to the nearest px: a map spread down to it may overrun the room by a fraction, which
  // a map one side tall (taken only when it fits) must not, or a panel that fits at one size would not at the next.
  const room = oneSide ? space.height - 1 : space.height;
  // `quick` also skips a size outright when even its narrowest spacing is too wide. That can only change
  // which too-wide layout is the narrowest, so when nothing fits the width the search runs again in full.
  const search = (quick: boolean): Found | undefined => {
    let firstWide: Found | undefined;
    for (const { gapFloor, pxMin, wraps, vminEm, widthOnly, compact } of passes(env)) {
      for (const wrapEm of wraps) {
        for (let px = hopeless ? pxMin : env.fontPx; ; px = Math.max(pxMin, px * 0.92)) {
          // Only sizes at least `least` are asked for (the map spread both ways already fits below it).
          if (px < least - 1e-9) break;
          const at = (hgapEm: number, vgap?: number): Candidate => measureAt(px, wrapEm, compact, hgapEm, vgap);
          const widthAt = (hgapEm: number): number => candidateWidth(block, env, space, px, wrapEm, compact, hgapEm, oneSide);
          const pad = px * 0.5;
          const need = widthOnly ? Math.min(pad, px * 0.2) : pad;
          // Width grows with the column gap and not with the band gap: the floor gap gives the narrowest.
          if (quick && (space.width - widthAt(gapFloor)) / 2 < need) {
            if (px <= pxMin) break;
            continue;
          }
          // Width grows linearly with the column gap: solve for the gap that uses ~92% of the width given.
          const wide = widthAt(1.6);
          const tight = widthAt(0.7);
          const slope = (wide - tight) / 0.9;
          const want = slope > 0 ? 0.7 + (space.width * 0.92 - px - tight) / slope : 1.6;
          const gap = Math.max(gapFloor, Math.min(3.2, want));
          let n = at(gap);
          // Height grows linearly with the band gap too: when the estimate overshoots the hint, solve for it.
          const vmin = px * vminEm;
          const vgap = sizes(env, px, wrapEm, space, leaves, gap, undefined, false, oneSide).vgap;
          if (n.height > room && vgap > vmin) {
            const low = at(gap, vmin);
            const k = (n.height - low.height) / (vgap - vmin);
            n = k > 0 ? at(gap, Math.max(vmin, vmin + (room - low.height) / k)) : low;
          }
          // Side room shrinks before the layout is called too wide.
          const side = Math.min(pad, (space.width - n.width) / 2);
          if (side >= need) {
            if (n.height <= room + 0.5) return { map: sidePad(block, env, n, side), px, fits: true };
            // Past the hint everywhere: the shortest that fits the width, the roomier passes first on ties.
            if (!firstWide || n.height < firstWide.map.height - 0.5) firstWide = { map: sidePad(block, env, n, side), px, fits: false };
          }
          if (!best || n.width < best.n.width) best = { n, pad };
          if (px <= pxMin) break;
        }
      }
    }
    return firstWide;
  };
  const found = search(true) ?? (full ? search(false) : undefined);
  // Nothing fits: the narrowest, with whatever side room is left.
  return { found, narrowest: () => sidePad(block, env, best!.n, Math.max(0, Math.min(best!.pad, (space.width - best!.n.width) / 2))) };
}

// Every candidate the search measures asks for it; the tree never changes.
const leafCounts = new WeakMap<Mindmap, number>();

function leafCount(block: Mindmap): number {
  let n = leafCounts.get(block);
  if (n === undefined) leafCounts.set(block, (n = Math.max(1, countLeaves(block.root))));
  return n;
}

function countLeaves(n: Mindmap["root"]): number {
  return n.children.length === 0 ? 1 : n.children.reduce((s, c) => s + countLeaves(c), 0);
}
