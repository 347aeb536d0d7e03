// Mind-map geometry: the root's branches split left/right so both sides carry about as many leaves, then
// each side is a tidy tree laid out by columns (one per depth) with every leaf in its own horizontal band,
// so no two labels can overlap: bands never share y, columns never share x.
import { hierarchy, type HierarchyNode } from "d3-hierarchy";
import type { MindNode } from "../../model/sheet.js";
import { iconEmoji } from "./icons.js";
import { measureLabel, measureList, type Label } from "../diagram/text.js";

export interface MindSizes {
  px: number;
  leafPx: number;
  wrap: number;
  /** Vertical gap between leaf bands and horizontal gap between columns. */
  vgap: number;
  hgap: number;
  /** Snug root oval (height hint or width tight): the words still sit inside the ellipse. */
  compact?: boolean;
  /** Every branch on the right of the root (a space too narrow for a map spread both ways at a good size). */
  oneSide?: boolean;
}

export interface MindPlaced {
  node: MindNode;
  depth: number;
  /** Index of the level-1 branch it belongs to (-1 for the root). */
  branch: number;
  side: 1 | -1;
  label: Label;
  /** Icon square (emoji or dot) before the text, 0 when none. */
  icon: number;
  /** Label box incl. icon, underline room, shape padding and tail, relative to the root's centre. */
  box: { x: number; y: number; width: number; height: number };
  /** Drawn inside its Mermaid shape (which is the box) rather than on an underline. */
  shaped: boolean;
  /** Inset of the words from the box's inner and outer ends (shape padding, or the underline's tail). */
  innerPad: number;
  outerPad: number;
  parent: MindPlaced | undefined;
}

const rule = (px: number): number => px * 0.35;
/** A parent's underline runs on past its words so its children's curves fan out clear of the last letter. */
export const tail = (px: number): number => px * 0.7;
/** Room between the words and a drawn shape's border. */
export const shapePad = (px: number): number => px * 0.4;
/** Room above the words: Hangul is drawn larger than the nominal size and rises above the line box. */
export const headroom = (px: number): number => px * 0.2;

/**
 * Which side each level-1 branch goes to (1 right, -1 left), so both sides carry about as many leaves: a map
 * with eight leaves on one side and three on the other is twice as tall as it needs to be. Any split is
 * allowed (branches keep their order within a side); among equally balanced splits, the one keeping the
 * document's order (the first branches right) wins, then the one with as many branches on each side.
 */
export function branchSides(root: MindNode): (1 | -1)[] {
  let sides = sideCache.get(root);
  if (!sides) sideCache.set(root, (sides = computeSides(root)));
  return sides;
}

const sideCache = new WeakMap<MindNode, (1 | -1)[]>();

function computeSides(root: MindNode): (1 | -1)[] {
  const counts = (tree(root).children ?? []).map((c) => c.leaves().length);
  const n = counts.length;
  if (n <= 1) return counts.map(() => 1);
  const total = counts.reduce((s, c) => s + c, 0);
  const score = (mask: number): number[] => {
    let right = 0;
    let k = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) (right += counts[i]!), k++;
    // A prefix mask (the first k branches right) keeps the document's order around the map.
    const prefix = mask === (1 << k) - 1 ? 0 : 1;
    return [Math.abs(total - 2 * right), prefix, Math.abs(2 * k - n), k === 0 || k === n ? 1 : 0];
  };
  let best = (1 << Math.ceil(n / 2)) - 1;
  if (n <= 12) {
    let bestScore = score(best);
    for (let mask = 1; mask < (1 << n) - 1; mask++) {
      const sc = score(mask);
      const d = sc.findIndex((v, i) => v !== bestScore[i]);
      if (d >= 0 && sc[d]! < bestScore[d]!) (best = mask), (bestScore = sc);
    }
  } else {
    // Many branches: largest first onto the lighter side.
    best = 0;
    let right = 0;
    let left = 0;
    [...counts.keys()].sort((a, b) => counts[b]! - counts[a]! || a - b).forEach((i) => {
      if (right <= left) (best |= 1 << i), (right += counts[i]!);
      else left += counts[i]!;
    });
  }
  return counts.map((_, i) => (best & (1 << i) ? 1 : -1));
}

export function iconKind(icon: string | undefined): "emoji" | "dot" | undefined {
  if (!icon || icon.trim() === "") return undefined;
  return iconEmoji(icon) ? "emoji" : "dot";
}

/** Leaves written as one list (see `joinLeaves` in layout.ts): they wrap wider, like a line of notes. */
export const joinedLeaves = new WeakSet<MindNode>();
/** What joins the leaves of such a list. */
export const LIST_JOIN = " · ";

// The layout search places the same tree dozens of times; d3's hierarchy of it never changes.
const hierarchies = new WeakMap<MindNode, HierarchyNode<MindNode>>();

function tree(root: MindNode): HierarchyNode<MindNode> {
  let h = hierarchies.get(root);
  if (!h) hierarchies.set(root, (h = hierarchy(root, (d) => d.children)));
  return h;
}

/** Place both sides around a root centred at (0, 0) whose oval is rootW × rootH. */
export function placeSides(root: MindNode, s: MindSizes, rootW: number): MindPlaced[] {
  const h = tree(root);
  const kids = h.children ?? [];
  const sides = s.oneSide ? kids.map((): 1 => 1) : branchSides(root);
  const out: MindPlaced[] = [];
  for (const side of [1, -1] as const) {
    const branches = kids.map((c, i) => ({ c, i })).filter(({ i }) => sides[i] === side);
    if (branches.length === 0) continue;
    const measured = new Map<HierarchyNode<MindNode>, { label: Label; icon: number; w: number; h: number; shaped: boolean; innerPad: number; outerPad: number }>();
    const colW: number[] = [];
    for (const { c } of branches) {
      c.each((n) => {
        const px = n.depth === 1 ? s.px : s.leafPx;
        const label = joinedLeaves.has(n.data) ? measureList(n.data.label.split(LIST_JOIN), px, s.wrap * 1.8) : measureLabel(n.data.label, px, s.wrap, true);
        const icon = iconKind(n.data.icon) ? px * 1.1 : 0;
        const textW = label.width + (icon ? icon + px * 0.25 : 0);
        const shaped = n.data.shape !== undefined;
        // The box holds everything drawn for the node, so boxes apart means drawings apart.
        const innerPad = shaped ? shapePad(px) : 0;
        const outerPad = shaped ? shapePad(px) : n.children?.length ? tail(px) : 0;
        const w = textW + innerPad + outerPad;
        const hh = shaped ? Math.max(label.height, icon) + shapePad(px) * 1.4 : Math.max(label.height, icon) + rule(px) + headroom(px);
        measured.set(n, { label, icon, w, h: hh, shaped, innerPad, outerPad });
        colW[n.depth] = Math.max(colW[n.depth] ?? 0, w);
      });
    }
    const span = (n: HierarchyNode<MindNode>): number => {
      const own = measured.get(n)!.h + s.vgap;
      const kidsSpan = (n.children ?? []).reduce((t, c) => t + span(c), 0);
      return Math.max(own, kidsSpan);
    };
    const total = branches.reduce((t, { c }) => t + span(c), 0);
    // Column x of each depth: the inner edge of the labels in that column.
    const colX: number[] = [0, rootW / 2 + s.hgap * 1.2];
    for (let d = 2; d < colW.length; d++) colX[d] = colX[d - 1]! + (colW[d - 1] ?? 0) + s.hgap;
    const place = (n: HierarchyNode<MindNode>, top: number, branch: number, parent: MindPlaced | undefined): void => {
      const m = measured.get(n)!;
      const sp = span(n);
      const kids2 = n.children ?? [];
      const kidsSpan = kids2.reduce((t, c) => t + span(c), 0);
      const inner = side * colX[n.depth]!;
      const placed: MindPlaced = {
        node: n.data,
        depth: n.depth,
        branch,
        side,
        label: m.label,
        icon: m.icon,
        shaped: m.shaped,
        innerPad: m.innerPad,
        outerPad: m.outerPad,
        box: { x: side === 1 ? inner : inner - m.w, y: top + sp / 2 - m.h / 2, width: m.w, height: m.h },
        parent,
      };
      out.push(placed);
      let y = top + (sp - kidsSpan) / 2;
      for (const c of kids2) {
        place(c, y, branch, placed);
        y += span(c);
      }
    };
    let y = -total / 2;
    for (const { c, i } of branches) {
      place(c, y, i, undefined);
      y += span(c);
    }
  }
  return out;
}
