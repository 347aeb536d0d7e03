// Node sizes, measured with the fonts that draw them. The caption line sits under the shape in LR/RL rows
// and to its right in TB/BT columns (so vertical edges never run through it); the outer box reserves the
// caption room symmetrically, which keeps the shape centred where dagre puts the node.
import type { Flowchart, FlowNode, NodeShape } from "../../model/sheet.js";
import { measureLabel, type Label } from "../diagram/text.js";
import { shapeSize } from "../diagram/shapes.js";

export interface Sizes {
  px: number;
  capPx: number;
  edgePx: number;
  /** Max label line width, px. */
  wrap: number;
  /** Pressed for room (BlockEnv.tight): shorter arrows and less room between snake rows. */
  tight?: boolean;
  /** A top-down chart's last resort: edge labels written beside their arrows, not in a rank of their own. */
  beside?: boolean;
  /**
   * A top-down chart pressed for width: a caption written right of its shape takes room on that side only,
   * instead of the same room reserved left of the shape too (which keeps the shape centred in dagre's box).
   */
  tuck?: boolean;
  /** A left-right chart of separate parts, laid side by side rather than stacked (across.ts). */
  across?: boolean;
}

export interface MeasuredNode {
  node: FlowNode;
  shape: NodeShape;
  label: Label;
  caption: Label | undefined;
  /** The drawn shape. */
  width: number;
  height: number;
  /** Shape plus caption room, as dagre sees it. */
  outerW: number;
  outerH: number;
  capGap: number;
  /** How far right of the shape's centre the outer box's centre lies (a tucked caption, Sizes.tuck), px. */
  off: number;
}

/** The shape and its caption room, around a node placed with its shape's centre at (cx, cy). */
export function outerBox(n: { cx: number; cy: number; m: MeasuredNode }): { x: number; y: number; width: number; height: number } {
  return { x: n.cx + n.m.off - n.m.outerW / 2, y: n.cy - n.m.outerH / 2, width: n.m.outerW, height: n.m.outerH };
}

/**
 * A node standing for "and so on" in a chain (`…`, `...`, `⋯`): drawn as an ellipsis on the arrow rather
 * than as a box with nothing to say.
 */
export function isEllipsis(node: FlowNode): boolean {
  return !node.caption && /^(\.{2,}|…+|⋯|···)$/.test(node.label.trim());
}

export function horizontal(dir: Flowchart["direction"]): boolean {
  return dir === "LR" || dir === "RL";
}

export function measureNodes(block: Flowchart, s: Sizes): Map<string, MeasuredNode> {
  const out = new Map<string, MeasuredNode>();
  const pad = s.px * 0.6;
  const side = !horizontal(block.direction);
  for (const node of block.nodes) {
    if (isEllipsis(node)) {
      // Three pen dots with room for the arrow to run in and out.
      const w = s.px * 2.2;
      const h = s.px * 0.8;
      out.set(node.id, { node, shape: "rect", label: measureLabel("", s.px, s.wrap), caption: undefined, width: w, height: h, outerW: w, outerH: h, capGap: 0, off: 0 });
      continue;
    }
    const label = measureLabel(node.label, s.px, s.wrap, true);
    // Keep empty nodes visible: at least one em square of text room.
    const size = shapeSize(node.shape, Math.max(label.width, s.px * 1.2), Math.max(label.height, s.px * 1.2), pad);
    const caption = node.caption ? measureLabel(node.caption, s.capPx, side ? s.wrap : Math.max(size.width, s.wrap), true) : undefined;
    const capGap = s.px * 0.3;
    let outerW = size.width;
    let outerH = size.height;
    let off = 0;
    if (caption && caption.lines.length > 0) {
      if (side && s.tuck) {
        outerW = size.width + capGap + caption.width;
        off = (capGap + caption.width) / 2;
      } else if (side) outerW = size.width + 2 * (capGap + caption.width);
      else {
        outerW = Math.max(size.width, caption.width);
        outerH = size.height + 2 * (capGap + caption.height);
      }
    }
    out.set(node.id, { node, shape: node.shape, label, caption, width: size.width, height: size.height, outerW, outerH, capGap, off });
  }
  return out;
}
