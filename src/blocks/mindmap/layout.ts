// Mind-map block: an oval root in the middle, branches fanning out both ways, each level-1 branch in its
// own palette colour carried to its leaves. Labels sit on an underline in the branch colour (or inside
// their Mermaid shape) and the pen curves join underline ends, like a hand-drawn map.
import type { Mindmap } from "../../model/sheet.js";
import { translateMarks, type Box, type Mark, type PlacedNode, type StrokeStyle } from "../../model/positioned.js";
import { INK, type BlockEnv, type LayoutBlock, type Space } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { cubicPath } from "../diagram/arrow.js";
import { exitPoint, marksBox, measure, settle, type Measured, type Pt } from "../diagram/geometry.js";
import { shapeMark, shapeOutline } from "../diagram/shapes.js";
import { labelMarks, measureLabel, type Align, type Label } from "../diagram/text.js";
import { headroom, iconKind, placeSides, type MindPlaced, type MindSizes } from "./tree.js";

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

function rootOval(block: Mindmap, s: MindSizes): { label: ReturnType<typeof measureLabel>; w: number; h: number; px: number; icon: number } {
  const px = s.px * 1.15;
  const label = measureLabel(block.root.label, px, s.wrap * 1.1);
  const icon = iconKind(block.root.icon) ? px * 1.1 : 0;
  const tw = label.width + (icon ? icon + px * 0.25 : 0);
  // An ellipse holds a centred w × h box when scaled by √2; a little less reads fine for short text, and for
  // a flat oval (text height about half the oval's) 1.2 × the text width still clears the words.
  return { label, w: s.compact ? tw * 1.2 + px * 0.5 : tw * 1.3 + px * 1.2, h: Math.max(label.height, icon) * 1.35 + px * 0.7, px, icon };
}

function iconMarks(icon: string | undefined, x: number, cy: number, size: number, color: string, seed: number): Mark[] {
  const kind = iconKind(icon);
  if (kind === "emoji") return [{ kind: "emoji", x, y: cy - size / 2, size, emoji: icon!.trim() }];
  if (kind === "dot") return [{ kind: "ellipse", cx: x + size / 2, cy, width: size * 0.45, height: size * 0.45, style: { seed, stroke: color, fill: color, fillStyle: "solid", strokeWidth: 1 } }];
  return [];
}

// Where a label's words reach, relative to where labelMarks puts it, per label and alignment: the search
// measures candidates by these boxes instead of placing every glyph run of every candidate.
const wordBoxes = new WeakMap<Label, Map<Align, Box>>();

function wordBox(label: Label, x: number, top: number, align: Align): Box {
  let byAlign = wordBoxes.get(label);
  if (!byAlign) wordBoxes.set(label, (byAlign = new Map()));
  let b = byAlign.get(align);
  if (!b) byAlign.set(align, (b = marksBox(labelMarks(label, 0, 0, INK, 0, align))));
  return { ...b, x: b.x + x, y: b.y + top };
}

/**
 * The mind map at one set of sizes. With `words` false the labels are left out of the marks and stand in
 * as `wordBoxes` (the search only needs the extent); the chosen candidate is planned again with words.
 */
function plan(block: Mindmap, env: BlockEnv, s: MindSizes, words: boolean): { marks: Mark[]; nodes: PlacedNode[]; wordBoxes: Box[] } {
  const boxes: Box[] = [];
  const label = (l: Label, x: number, top: number, color: string, seed: number, align: Align): Mark[] => {
    if (words) return labelMarks(l, x, top, color, seed, align);
    if (l.lines.length > 0) boxes.push(wordBox(l, x, top, align));
    return [];
  };
  const root = rootOval(block, s);
  const placed = placeSides(block.root, s, root.w);
  const color = (p: MindPlaced): string => env.palette[p.branch % env.palette.length] ?? env.accent;
  const marks: Mark[] = [];
  const nodes: PlacedNode[] = [];
  const rootBox = { x: -root.w / 2, y: -root.h / 2, width: root.w, height: root.h };
  const rootOutline = shapeOutline("circle", rootBox);
  placed.forEach((p, i) => {
    const seed = env.seed + 20 + i * 9;
    const c = color(p);
    const px = p.label.px;
    const shaped = p.shaped;
    const b = p.box;
    const lineY = shaped ? b.y + b.height / 2 : b.y + b.height - px * 0.12;
    // Curves leave the parent's outer end (past its words: the underline's tail or the shape's border) and
    // land on this label's inner end.
    const inner: Pt = [p.side === 1 ? b.x : b.x + b.width, lineY];
    let from: Pt;
    if (p.parent) {
      const q = p.parent.box;
      from = [p.side === 1 ? q.x + q.width : q.x, p.parent.shaped ? q.y + q.height / 2 : q.y + q.height - p.parent.label.px * 0.12];
    } else from = exitPoint(rootOutline, [0, 0], inner);
    const dx = (inner[0] - from[0]) * 0.5;
    const pen: StrokeStyle = { seed, stroke: p.depth === 1 ? c : tint(c, 0.2), strokeWidth: p.depth === 1 ? 2.8 : 1.6, roughness: 1.1, bowing: 1.5 };
    const c1: Pt = [from[0] + dx, from[1]];
    const c2: Pt = [inner[0] - dx, inner[1]];
    if (words) marks.push({ kind: "path", d: cubicPath(from, c1, c2, inner), style: pen });
    // The search only needs where the curve can reach: its four points, rounded as cubicPath writes them.
    else for (const [x, y] of [from, c1, c2, inner]) boxes.push({ x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, width: 0, height: 0 });
    if (shaped) {
      marks.push(shapeMark(p.node.shape!, b, { seed: seed + 1, stroke: c, strokeWidth: 1.4, fill: tint(c, 0.85), fillStyle: "solid", roughness: 0.9 }));
    } else {
      marks.push({ kind: "line", x1: b.x, y1: lineY, x2: b.x + b.width, y2: lineY, style: { seed: seed + 1, stroke: c, strokeWidth: p.depth === 1 ? 2.6 : 1.4, roughness: 0.8 } });
    }
    const textTop = shaped ? b.y + (b.height - p.label.height) / 2 : b.y + headroom(px);
    // The words sit between the inner pad and the outer pad (shape padding, or the tail on the outer side).
    const lo = b.x + (p.side === 1 ? p.innerPad : p.outerPad);
    const hi = b.x + b.width - (p.side === 1 ? p.outerPad : p.innerPad);
    // The icon always comes before the words, on either side, so it reads like a bullet.
    marks.push(...iconMarks(p.node.icon, lo, textTop + p.label.height / 2, p.icon, c, seed + 2));
    const textX = p.side === 1 ? lo + (p.icon ? p.icon + px * 0.25 : 0) : hi;
    marks.push(...label(p.label, textX, textTop, p.depth === 1 ? shade(c, 0.25) : env.ink, seed + 3, p.side === 1 ? "left" : "right"));
    nodes.push({ id: `n${i + 1}`, label: p.node.label, box: { ...b } });
  });
  // The root goes last so branch curves tuck under its oval.
  marks.push({ kind: "ellipse", cx: 0, cy: 0, width: root.w, height: root.h, style: { seed: env.seed + 3, stroke: shade(env.accent, 0.1), strokeWidth: 2.2, fill: tint(env.accent, 0.82), fillStyle: "solid", roughness: 1 } });
  const gap = root.icon ? root.px * 0.25 : 0;
  const tw = root.label.width + root.icon + gap;
  marks.push(...iconMarks(block.root.icon, -tw / 2, 0, root.icon, env.accent, env.seed + 4));
  marks.push(...label(root.label, -tw / 2 + root.icon + gap + root.label.width / 2, -root.label.height / 2, env.ink, env.seed + 5, "center"));
  nodes.unshift({ id: "root", label: block.root.label, box: rootBox });
  return { marks, nodes, wordBoxes: boxes };
}

/** Tightest band gap (in px of label size) when the height hint calls for it: underlines still clear the next band. */
const COMPACT_VGAP_EM = 0.06;
/** Tightest column gap, em: the curves still read as curves. */
const COMPACT_HGAP_EM = 0.45;

function sizes(env: BlockEnv, px: number, wrapEm: number, space: Space, leaves: number, hgapEm: number, vgap?: number, compact = false): MindSizes {
  const leafPx = Math.max(env.minFontPx, px * 0.92);
  // Spread the bands over the height we were given, within reason (a leaf: its line, underline and headroom).
  const perSide = Math.max(1, Math.ceil(leaves / 2));
  const band = leafPx * (1.4 + 0.35 + 0.2);
  const v = vgap ?? Math.max(px * 0.2, Math.min(px * 1.2, (space.height * 0.9 - perSide * band) / perSide));
  return { px, leafPx, wrap: px * wrapEm, vgap: v, hgap: px * hgapEm, compact };
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
function candidate(block: Mindmap, env: BlockEnv, space: Space, px: number, wrapEm: number, compact: boolean, hgapEm: number, vgap?: number): Candidate {
  let seen = unitExtents.get(block);
  if (!seen) unitExtents.set(block, (seen = new Map()));
  const s = sizes(env, px, wrapEm, space, leafCount(block), hgapEm, vgap, compact);
  const key = `${wrapEm}|${compact ? 1 : 0}|${hgapEm}|${(s.vgap / px).toFixed(6)}|${(s.leafPx / px).toFixed(6)}`;
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
  return `${wrapEm}|${compact ? 1 : 0}|${hgapEm}|${(s.leafPx / s.px).toFixed(6)}`;
}

/** The width `candidate` would give (margins included), measuring only when no band gap was tried yet. */
function candidateWidth(block: Mindmap, env: BlockEnv, space: Space, px: number, wrapEm: number, compact: boolean, hgapEm: number): number {
  const s = sizes(env, px, wrapEm, space, leafCount(block), hgapEm, undefined, compact);
  const wkey = widthKey(wrapEm, compact, hgapEm, s);
  const widths = unitWidths.get(block);
  const exact = widths?.get(`${wkey}@${px}`);
  if (exact !== undefined) return exact + 2 * MARGIN;
  const unit = widths?.get(wkey);
  if (unit !== undefined) return unit * px + 2 * MARGIN;
  return candidate(block, env, space, px, wrapEm, compact, hgapEm).width;
}

/**
 * The shortest layout there is: smallest size, widest labels, tightest bands (heights only grow with the
 * label size and the band gap). Every layout of this map at this minimum size is at least this tall. The
 * explicit band gap leaves the space out of it.
 */
function floorCandidate(block: Mindmap, env: BlockEnv): Candidate {
  return candidate(block, env, { width: 0, height: 0 }, env.minFontPx, 8, true, 1, env.minFontPx * COMPACT_VGAP_EM);
}

/** A height every layout of this map is at least (auto-fit skips arrangements that cannot fit it). */
export function mindmapMinHeight(block: Mindmap, env: BlockEnv): number {
  return floorCandidate(block, env).height;
}

export const layoutMindmap: LayoutBlock<Mindmap> = (block, env, space) => {
  const leaves = leafCount(block);
  // The narrowest layout tried, for when none fits the width.
  let best: { n: Candidate; pad: number } | undefined;
  const measureAt = (px: number, wrapEm: number, compact: boolean, hgapEm: number, vgap?: number): Candidate =>
    candidate(block, env, space, px, wrapEm, compact, hgapEm, vgap);
  // Auto-fit often offers a height no layout can meet (a column already full of text). Heights only grow
  // with the label size, so when even the shortest layout there is is too tall, every pass's best is at its
  // smallest size: skip the sizes above it.
  const floor = floorCandidate(block, env);
  const hopeless = floor.height > space.height + 0.5;
  // `quick` also skips a size outright when even its narrowest spacing is too wide. That can only change
  // which too-wide layout is the narrowest, so when nothing fits the width the search runs again in full.
  const search = (quick: boolean): Settled | undefined => {
    let firstWide: Settled | undefined;
    for (const { gapFloor, pxMin, wraps, vminEm, widthOnly, compact } of passes(env)) {
      for (const wrapEm of wraps) {
        for (let px = hopeless ? pxMin : env.fontPx; ; px = Math.max(pxMin, px * 0.92)) {
          const at = (hgapEm: number, vgap?: number): Candidate => measureAt(px, wrapEm, compact, hgapEm, vgap);
          const widthAt = (hgapEm: number): number => candidateWidth(block, env, space, px, wrapEm, compact, hgapEm);
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
          const vgap = sizes(env, px, wrapEm, space, leaves, gap).vgap;
          if (n.height > space.height && vgap > vmin) {
            const low = at(gap, vmin);
            const k = (n.height - low.height) / (vgap - vmin);
            n = k > 0 ? at(gap, Math.max(vmin, vmin + (space.height - low.height) / k)) : low;
          }
          // Side room shrinks before the layout is called too wide.
          const side = Math.min(pad, (space.width - n.width) / 2);
          if (side >= need) {
            if (n.height <= space.height + 0.5) return sidePad(block, env, n, side);
            // Past the hint everywhere: the shortest that fits the width, the roomier passes first on ties.
            if (!firstWide || n.height < firstWide.height - 0.5) firstWide = sidePad(block, env, n, side);
          }
          if (!best || n.width < best.n.width) best = { n, pad };
          if (px <= pxMin) break;
        }
      }
    }
    return firstWide;
  };
  const found = search(true) ?? search(false);
  if (found) return found;
  // Nothing fits: the narrowest, with whatever side room is left.
  return sidePad(block, env, best!.n, Math.max(0, Math.min(best!.pad, (space.width - best!.n.width) / 2)));
};

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
