// A fork cut by a snake: both branches turn down the chart's side into the next row, one above the other. Halfway
// down, on the line, the upper branch's label lies over the lower target's box; it is written beside the line
// instead, just above where it turns into its target. A label with room halfway down stays there.
import { describe, expect, it } from "vitest";
import { routeEdges } from "../src/blocks/flowchart/route.js";
import type { MeasuredNode } from "../src/blocks/flowchart/measure.js";
import type { PlacedNode, Placement } from "../src/blocks/flowchart/place.js";
import type { Label } from "../src/blocks/diagram/text.js";
import type { FlowEdge } from "../src/model/sheet.js";

const measured = (id: string, width = 80): MeasuredNode =>
  ({ node: { id, label: id }, shape: "rect", label: { lines: [id], width: width - 20, height: 14 }, caption: undefined, width, height: 30, outerW: width, outerH: 30, capGap: 0, off: 0 }) as unknown as MeasuredNode;
const placed = (id: string, cx: number, cy: number, row: number, width?: number): PlacedNode => ({ id, m: measured(id, width), cx, cy, row });
const label = (width: number): Label => ({ lines: ["x"], width, height: 16 }) as unknown as Label;

/** M (row 0, right end) forks into X and C, both on row 1 under it; X sits just above C, as dagre sets a fork. */
function routes(xTop: number): ReturnType<typeof routeEdges> {
  const nodes = new Map<string, PlacedNode>([
    ["Q", placed("Q", 50, 20, 0)],
    ["M", placed("M", 200, 20, 0)],
    ["X", placed("X", 190, xTop, 1, 100)],
    ["C", placed("C", 195, 130, 1)],
    ["P", placed("P", 60, 130, 1)],
  ]);
  const edge = (from: string, to: string, w?: number): Placement["edges"][number] =>
    ({ edge: { from, to } as FlowEdge, index: 0, back: false, points: [], label: w ? label(w) : undefined, labelAt: undefined, crossRow: nodes.get(from)!.row !== nodes.get(to)!.row }) as Placement["edges"][number];
  const p: Placement = { nodes, edges: [edge("Q", "M"), edge("M", "X", 70), edge("M", "C", 50), edge("C", "P")], rows: 2 };
  return routeEdges(p, true, 14);
}

const box = (at: [number, number], w: number, side: string | undefined): { x0: number; x1: number } =>
  side === "right" ? { x0: at[0] + 3, x1: at[0] + 3 + w } : side === "left" ? { x0: at[0] - 3 - w, x1: at[0] - 3 } : { x0: at[0] - w / 2, x1: at[0] + w / 2 };

describe("labels of a fork turning down into the next row", () => {
  it("writes a label beside the line, outside the chart, where halfway down it would lie over a branch's box", () => {
    const [, toX, toC] = routes(90);
    // The line runs down the right of X and C; C's label, centred halfway down, would cover X's right end.
    expect(toC!.labelSide).toBe("right");
    const c = box(toC!.labelAt!, 50, toC!.labelSide);
    expect(c.x0).toBeGreaterThanOrEqual(240);
    // Just above where it turns into C, not over the turn into X.
    expect(toC!.labelAt![1]).toBeGreaterThan(90 + 8);
    expect(toC!.labelAt![1]).toBeLessThan(130);
    expect(toX!.labelSide === "right" || toX!.labelSide === undefined).toBe(true);
  });

  it("keeps a label on its line halfway down when nothing lies there", () => {
    // X low beside C: the way down is clear of boxes halfway.
    const [, toX, toC] = routes(130);
    for (const r of [toX!, toC!]) {
      expect(r.labelSide).toBeUndefined();
      expect(r.labelAt![1]).toBeCloseTo((20 + r.points.at(-1)![1]) / 2, 0);
    }
  });
});
