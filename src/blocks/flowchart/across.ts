// A left-right chart of separate parts (two loops, each in its own group, with no arrow between them) is stacked
// by dagre, one part under the other. In a low, wide panel a designer draws the parts side by side instead, as the
// documents ask ("show the two learning loops side by side"): each part moves whole, so its arrows keep their shape.
import type { Flowchart } from "../../model/sheet.js";
import type { Box } from "../../model/positioned.js";
import { unionBox } from "../diagram/geometry.js";
import { outerBox, type Sizes } from "./measure.js";
import { subgraphFrames, type Placement } from "./place.js";

/** The chart's parts (node ids), in the order their first node is written; a group holds one part. */
export function parts(block: Flowchart): string[][] {
  const root = new Map<string, string>(block.nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r && root.has(r)) r = root.get(r)!;
    return r;
  };
  const join = (a: string, b: string): void => {
    if (root.has(a) && root.has(b)) root.set(find(a), find(b));
  };
  for (const e of block.edges) join(e.from, e.to);
  for (const sg of block.subgraphs ?? []) sg.nodes.forEach((id) => join(sg.nodes[0]!, id));
  const byRoot = new Map<string, string[]>();
  for (const n of block.nodes) {
    const r = find(n.id);
    byRoot.set(r, [...(byRoot.get(r) ?? []), n.id]);
  }
  return [...byRoot.values()];
}

/** Set the parts of a one-row placement beside each other, left to right, centred on one line. */
export function sideBySide(block: Flowchart, p: Placement, s: Sizes): void {
  const frames = subgraphFrames(block, p, s);
  const groups = parts(block)
    .map((ids) => {
      const set = new Set(ids);
      const boxes: Box[] = [];
      for (const id of ids) {
        const n = p.nodes.get(id);
        if (n) boxes.push(outerBox(n));
      }
      for (const e of p.edges) {
        if (!set.has(e.edge.from)) continue;
        for (const [x, y] of e.points) boxes.push({ x, y, width: 0, height: 0 });
        if (e.labelAt && e.label) boxes.push({ x: e.labelAt[0] - e.label.width / 2, y: e.labelAt[1] - e.label.height / 2, width: e.label.width, height: e.label.height });
      }
      for (const f of frames) if ([...f.members].some((id) => set.has(id))) boxes.push(f.box);
      return { set, box: boxes.length ? unionBox(boxes) : undefined };
    })
    .filter((g): g is { set: Set<string>; box: Box } => g.box !== undefined);
  if (groups.length < 2) return;
  const tall = Math.max(...groups.map((g) => g.box.height));
  // Room between parts for a return arc's swing and a clear gutter, as between a snake's rows.
  const gap = s.px * (s.tight ? 2.1 : 2.6);
  let x = 0;
  for (const g of groups) {
    const dx = x - g.box.x;
    const dy = (tall - g.box.height) / 2 - g.box.y;
    for (const id of g.set) {
      const n = p.nodes.get(id);
      if (n) [n.cx, n.cy] = [n.cx + dx, n.cy + dy];
    }
    for (const e of p.edges) {
      if (!g.set.has(e.edge.from)) continue;
      e.points = e.points.map(([px, py]) => [px + dx, py + dy]);
      if (e.labelAt) e.labelAt = [e.labelAt[0] + dx, e.labelAt[1] + dy];
    }
    x += g.box.width + gap;
  }
}
