// The mind map at one set of sizes: the root oval, the branches placed by tree.ts, their curves, underlines
// or shapes, icons and labels. The search in radial.ts measures many of these without their words; the one
// it keeps is planned again with them.
import type { Mindmap } from "../../model/sheet.js";
import type { Box, Mark, PlacedNode, StrokeStyle } from "../../model/positioned.js";
import { INK, type BlockEnv } from "../types.js";
import { tint, shade } from "../../layout/color.js";
import { cubicPath } from "../diagram/arrow.js";
import { exitPoint, marksBox, type Pt } from "../diagram/geometry.js";
import { shapeMark, shapeOutline } from "../diagram/shapes.js";
import { labelMarks, measureLabel, type Align, type Label } from "../diagram/text.js";
import { headroom, iconKind, placeSides, type MindPlaced, type MindSizes } from "./tree.js";
import { iconEmoji } from "./icons.js";

function rootOval(block: Mindmap, s: MindSizes): { label: ReturnType<typeof measureLabel>; w: number; h: number; px: number; icon: number } {
  const px = s.px * 1.15;
  // All branches on one side, the oval stands at the map's left edge and every px of its width is taken from
  // the labels: its words go on more lines, as a person letters a root in the margin.
  const label = measureLabel(block.root.label, px, s.oneSide ? Math.min(s.wrap * 1.1, px * 4) : s.wrap * 1.1, true);
  const icon = iconKind(block.root.icon) ? px * 1.1 : 0;
  const tw = label.width + (icon ? icon + px * 0.25 : 0);
  // An ellipse holds a centred w × h box when scaled by √2; a little less reads fine for short text, and for
  // a flat oval (text height about half the oval's) 1.2 × the text width still clears the words.
  return { label, w: s.compact ? tw * 1.2 + px * 0.5 : tw * 1.3 + px * 1.2, h: Math.max(label.height, icon) * 1.35 + px * 0.7, px, icon };
}

function iconMarks(icon: string | undefined, x: number, cy: number, size: number, color: string, seed: number): Mark[] {
  const kind = iconKind(icon);
  if (kind === "emoji") return [{ kind: "emoji", x, y: cy - size / 2, size, emoji: iconEmoji(icon)! }];
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
export function plan(block: Mindmap, env: BlockEnv, s: MindSizes, words: boolean): { marks: Mark[]; nodes: PlacedNode[]; wordBoxes: Box[] } {
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
