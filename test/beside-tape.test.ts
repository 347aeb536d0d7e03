// The last rescue of a page still over: a low, wide panel's drawing starts at the top, right of its tape label, as
// a designer letters the label in the corner and draws the chain beside it. Only drawings, tables and code with
// no lead lines, in a panel three times as wide as high, and only after every other rescue failed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutChrome } from "../src/layout/panel.js";
import { besideTape } from "../src/layout/beside.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import type { Panel } from "../src/model/sheet.js";
import type { PositionedPanel } from "../src/model/positioned.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const chain = {
  id: "chain",
  title: "THREE STAGES",
  lead: [],
  blocks: [{ kind: "flowchart", direction: "LR", nodes: [{ id: "a", label: "A", shape: "rect" }, { id: "b", label: "B", shape: "rect" }], edges: [{ from: "a", to: "b" }] }],
} as unknown as Panel;
const wide = { x: 0, y: 0, width: 900, height: 120 };
const opts = { accent: "#4a90d9", seed: 1, titlePx: 16, pad: 12 };

async function laidPanel(file: string, page: "a4" | "16:9", title: RegExp): Promise<PositionedPanel> {
  const path = join(FIXTURES_DIR, "prompts", `${file}.txt`);
  const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path, page });
  return layoutSheet(sheet, { page }).panels.find((p) => title.test(p.title))!;
}

describe("a drawing beside its tape label", () => {
  it("starts at the top, right of the label, and keeps the panel's whole height", () => {
    const under = layoutChrome(chain, wide, opts).content;
    const beside = layoutChrome(chain, wide, { ...opts, beside: true }).content;
    expect(beside.y).toBeLessThan(under.y - 15);
    expect(beside.height).toBeGreaterThan(under.height + 15);
    expect(beside.x).toBeGreaterThan(under.x + 80);
    expect(beside.x + beside.width).toBeCloseTo(under.x + under.width, 5);
  });

  it("is tried only for drawings, tables and code with no lead lines, in a panel three times as wide as high", () => {
    expect(besideTape(chain, wide)).toBe(true);
    expect(besideTape(chain, { ...wide, width: 300 })).toBe(false);
    expect(besideTape({ ...chain, blocks: [...chain.blocks, { kind: "bullets", items: [] }] } as unknown as Panel, wide)).toBe(false);
    expect(besideTape({ ...chain, lead: [[{ text: "a line" }]] } as unknown as Panel, wide)).toBe(false);
    expect(besideTape({ ...chain, blocks: [] }, wide)).toBe(false);
  });

  it("draws the closing summary's seven-step chain beside its label, in the band an eighth of the page high", async () => {
    const p = await laidPanel("pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python", "a4", /THREE STAGES/);
    const chart = p.blocks.find((b) => b.kind === "flowchart")!;
    // Under its label the chart ran 17 px over at the minimum size; beside it, it fits.
    expect(p.overflow).toBe(false);
    expect(chart.box.y - p.box.y).toBeLessThan(20);
    expect(chart.box.x).toBeGreaterThan(p.content!.x - 1);
    // At 16:9 the band is lower still: over by less than half the 27 px it ran over under the label.
    expect((await laidPanel("pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python", "16:9", /THREE STAGES/)).overflowPx).toBeLessThan(14);
  });

  it("leaves a drawing under its label on a page another rescue cures", async () => {
    // The textbook chapter's top-left table is squeezed at 16:9, but the page fits: the label stays over it.
    const p = await laidPanel("rl-textbook-practice-plan-table-br-cells-plus-corners-fr-rows", "16:9", /교과서/);
    expect(p.overflow).toBe(false);
    expect(p.blocks.find((b) => b.kind === "table")!.box.y - p.box.y).toBeGreaterThan(20);
  });
});
