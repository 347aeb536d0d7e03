// A loop from a node back to itself in a snake's second row stands over the node with its label on top: where the
// label would reach down onto a box of the row above, the rows from its own on move down clear of it. The
// post-training chapter's inference sequence (`loop 토큰 샘플링`, the model's message to itself) is such a chart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import type { Box, Mark } from "../src/model/positioned.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const CHAPTER = "post-training-sft-dense-16x9-three-diagrams";

/** The paper backings drawn under edge labels (a solid, strokeless rect), as boxes. */
const labelBoxes = (marks: readonly Mark[]): Box[] =>
  marks.flatMap((m) => (m.kind === "rect" && m.style.fillStyle === "solid" && m.style.stroke === "none" ? [{ x: m.x, y: m.y, width: m.width, height: m.height }] : []));
const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe("a self-loop's label in a snake's lower row", async () => {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${CHAPTER}.txt`), "utf8"));
  for (const page of ["a4", "16:9"] as const) {
    it(`lies over no box of the chart at ${page}`, () => {
      const laid = layoutSheet(sheet, { page });
      const charts = laid.panels.flatMap((p) => p.blocks).filter((b) => b.kind === "flowchart" && b.nodes?.some((n) => /Model → Model/.test(n.label)));
      expect(charts).toHaveLength(1);
      const chart = charts[0]!;
      const labels = labelBoxes(chart.marks);
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) for (const n of chart.nodes ?? []) expect(overlap(l, n.box), n.label).toBeLessThan(4);
    });
  }
});
