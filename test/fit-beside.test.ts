// A panel at the legible minimum with short lead lines above a low chart: the lines go beside the chart when
// that fits clearly larger text, as a person fills a wide, low panel. And a quote going to the panel it is about
// may cost the page one size, not more.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { HOME_PX } from "../src/layout/rebalance.js";
import { noWorse } from "../src/layout/bare.js";
import type { PositionedPanel, PositionedSheet } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

describe("lead lines beside the chart in a panel at the minimum", () => {
  it("gpt2-english-tabs-blockquote-widescreen at 16:9: WATCHING THE LOSS sets its lines beside its chart, at its row's size", async () => {
    const path = join(FIXTURES_DIR, "prompts", "gpt2-english-tabs-blockquote-widescreen.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    const laid = layoutSheet(sheet, { page: "16:9" });
    const loss = laid.panels.find((p) => p.id === "watching-the-loss")!;
    const samples = laid.panels.find((p) => p.id === "samples-as-it-learns")!;
    // Lines above the chart left it at the 12 px minimum beside a neighbour at 15.
    expect(loss.fontPx).toBeGreaterThanOrEqual(loss.minFontPx + 2);
    expect(samples.fontPx / loss.fontPx).toBeLessThanOrEqual(1.25);
    // The lead lines are the paragraph without a source block.
    const lead = loss.blocks.find((b) => b.kind === "paragraph" && b.src === undefined)!;
    const chart = loss.blocks.find((b) => b.kind === "flowchart")!;
    // Side by side: the chart starts right of the lines and the two share height.
    expect(chart.box.x).toBeGreaterThanOrEqual(lead.box.x + lead.box.width);
    expect(chart.box.y).toBeLessThan(lead.box.y + lead.box.height);
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
  });
});

describe("a quote going home costs the page at most a size", () => {
  const page = (sizes: number[]): PositionedSheet => ({
    page: { width: 1000, height: 700, margin: 10 },
    paper: "grid",
    rows: [],
    panels: sizes.map((fontPx, i): PositionedPanel => ({ id: `p${i}`, title: `P${i}`, row: 0, box: { x: 0, y: 0, width: 100, height: 100 }, accent: "#000000", fontPx, minFontPx: 12, overflow: false, overflowPx: 0, marks: [], blocks: [] })),
    problems: [],
    warnings: [],
  } as unknown as PositionedSheet);

  it("refuses a smaller page for other moves, and takes one down to the floor it is given", () => {
    const now = page([14, 16]);
    const next = page([13, 16]);
    expect(noWorse(next, now, new Set())).toBe(false);
    expect(noWorse(next, now, new Set(), false, 14 - HOME_PX)).toBe(true);
    expect(noWorse(page([12.5, 16]), now, new Set(), false, 14 - HOME_PX)).toBe(false);
  });
});
