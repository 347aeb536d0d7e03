// A top-down chart pressed for width: each caption written beside its shape takes room on that side only
// (Sizes.tuck), as a designer lets the next branch come closer before making any text smaller.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { planFlowchart, sizesFor } from "../src/blocks/flowchart/layout.js";
import { shapeBox } from "../src/blocks/flowchart/route.js";
import { INK } from "../src/blocks/types.js";
import type { Box } from "../src/model/positioned.js";
import type { Flowchart } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { ROOT_DIR } from "./fixtures/list.js";

const ZOO = join(ROOT_DIR, "test/fixtures/prompts/model-zoo-pricing-star-html.txt");

async function zooChart(): Promise<Flowchart> {
  const { sheet } = await readSheet(readFileSync(ZOO, "utf8"));
  const panels = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : []));
  const chart = panels.flatMap((p) => p.blocks).find((b): b is Flowchart => b.kind === "flowchart");
  expect(chart).toBeDefined();
  return chart!;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe("captions tucked beside their shapes", () => {
  it("fits the model zoo's four-way decision chart in its low panel at A4 and at 16:9, text no smaller than its row's", async () => {
    const { sheet } = await readSheet(readFileSync(ZOO, "utf8"));
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet(sheet, { page });
      expect(laid.panels.filter((p) => p.overflow).map((p) => p.id), page).toEqual([]);
      const flow = laid.panels.find((p) => p.blocks.some((b) => b.kind === "flowchart"))!;
      const row = laid.panels.filter((p) => p.row === flow.row);
      // The chart's panel is not the one squeezed to the minimum to make it fit.
      expect(flow.fontPx, page).toBeGreaterThanOrEqual(Math.min(...row.map((p) => p.fontPx)));
    }
  });

  it("makes a chart with captions narrower without moving any caption onto another node or arrow label", async () => {
    const chart = await zooChart();
    const env = { fontPx: 12, minFontPx: 12, accent: "#1971c2", palette: ["#1971c2"], ink: INK, seed: 1, tight: true };
    const wide = planFlowchart(chart, env, sizesFor(env, 12, 7.5), 1);
    const tucked = planFlowchart(chart, env, sizesFor(env, 12, 7.5, { tuck: true }), 1);
    // Four captioned branches side by side: each gives back the room its caption kept on the far side.
    expect(tucked.layout.width).toBeLessThan(wide.layout.width - 150);
    expect(tucked.layout.height).toBeLessThanOrEqual(wide.layout.height + 0.5);
    const nodes = [...tucked.placement.nodes.values()];
    for (const n of nodes) {
      if (!n.m.caption) continue;
      const s = shapeBox(n);
      // The caption stands right of its own shape, clear of every other shape and edge label.
      const cap: Box = { x: s.x + s.width + n.m.capGap, y: n.cy - n.m.caption.height / 2, width: n.m.caption.width, height: n.m.caption.height };
      for (const o of nodes) if (o !== n) expect(overlaps(cap, shapeBox(o)), `${n.id} caption on ${o.id}`).toBe(false);
      for (const r of tucked.routes) {
        if (!r.label || !r.labelAt) continue;
        const l: Box = { x: r.labelAt[0] - r.label.width / 2, y: r.labelAt[1] - r.label.height / 2, width: r.label.width, height: r.label.height };
        if (r.labelSide === undefined) expect(overlaps(cap, l), `${n.id} caption on a label`).toBe(false);
      }
    }
  });
});
