// A return arc in a chart whose lanes are stacked (two subgraphs of a `flowchart LR`, one over the other): over the
// top, the arc of the lower lane would run through the lane above, so it goes under its own lane.
import { describe, expect, it } from "vitest";
import { routeEdges } from "../src/blocks/flowchart/route.js";
import type { MeasuredNode } from "../src/blocks/flowchart/measure.js";
import type { PlacedNode, Placement } from "../src/blocks/flowchart/place.js";
import type { FlowEdge } from "../src/model/sheet.js";

const measured = (id: string): MeasuredNode =>
  ({ node: { id, label: id }, shape: "rect", label: { lines: [id], width: 40, height: 14 }, caption: undefined, width: 60, height: 30, outerW: 60, outerH: 30, capGap: 0, off: 0 }) as unknown as MeasuredNode;
const placed = (id: string, cx: number, cy: number): PlacedNode => ({ id, m: measured(id), cx, cy, row: 0 });

/** Lanes at y = 40 and y = 120, three nodes each; the one back edge runs from the third node to the first of `lane`. */
function arcOf(lanes: ("top" | "bottom")[], back: "top" | "bottom"): [number, number][] {
  const nodes = new Map<string, PlacedNode>();
  for (const lane of lanes) for (const k of [0, 1, 2]) nodes.set(`${lane}${k}`, placed(`${lane}${k}`, 50 + 100 * k, lane === "top" ? 40 : 120));
  const edge: FlowEdge = { from: `${back}2`, to: `${back}0` } as FlowEdge;
  const p: Placement = { nodes, edges: [{ edge, index: 0, back: true, points: [], label: undefined, labelAt: undefined, crossRow: false } as Placement["edges"][number]], rows: 1 };
  const [route] = routeEdges(p, true, 14);
  return route!.curve!.map(([x, y]) => [x, y] as [number, number]);
}

describe("a return arc in stacked lanes", () => {
  it("goes under its own lane when a lane sits over it", () => {
    const curve = arcOf(["top", "bottom"], "bottom");
    expect(Math.max(curve[1]![1], curve[2]![1])).toBeGreaterThan(120 + 15);
  });

  it("goes over the top when it is the upper lane or alone", () => {
    for (const lanes of [["top", "bottom"], ["top"]] as ("top" | "bottom")[][]) {
      const curve = arcOf(lanes, "top");
      expect(Math.min(curve[1]![1], curve[2]![1])).toBeLessThan(40 - 15);
    }
  });
});
