// A wide, low panel holding a short chain of stages over one point per stage, each with its own nested points (a
// lecture summary's THREE STAGES): a designer sets the chain in a narrow column of its own and the stages side by
// side after it, each stage whole, instead of stacking the chain over the points and running out of the row.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { arrange, type FitContext } from "../src/layout/fit.js";
import { columnChoices } from "../src/layout/choices.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import type { Panel, Sheet } from "../src/model/sheet.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const SUMMARY = "lecture-summary-portrait-deep-numbered";

async function read(name: string, page: "a4" | "16:9"): Promise<Sheet> {
  const path = join(FIXTURES_DIR, "prompts", `${name}.txt`);
  return (await readSheet(readFileSync(path, "utf8"), { file: path, page })).sheet;
}

const stages = (sheet: Sheet): Panel => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => /THREE STAGES/.test(p.title))!;
const ctx: FitContext = { accent: "#336699", palette: ["#336699"], seed: 1, minFontPx: 12, maxFontPx: 22, width: 1180, height: 92, tight: true, part: true, shelves: true, dense: true };

describe("a chain of stages beside a point per stage", () => {
  it("is offered in three and four columns only when nothing but text follows the chart", async () => {
    const panel = stages(await read(SUMMARY, "16:9"));
    expect(panel.blocks.map((b) => b.kind)).toEqual(["flowchart", "bullets"]);
    const wide = columnChoices(panel, 1180, true, false, true).filter((c) => c.snug && c.n > 2);
    expect(wide.map((c) => c.n)).toEqual([3, 4]);
    const withTable: Panel = { ...panel, blocks: [...panel.blocks, { kind: "table", header: [[{ text: "a" }], [{ text: "b" }]], rows: [[[{ text: "1" }], [{ text: "2" }]]] }] };
    expect(columnChoices(withTable, 1180, true, false, true).filter((c) => c.snug && c.n > 2)).toEqual([]);
  });

  it("keeps the chart alone in its column and each stage with its nested points", async () => {
    const panel = stages(await read(SUMMARY, "16:9"));
    const a = arrange(panel, 12, { n: 4, flow: true, snug: true }, ctx);
    expect(a.cols).toHaveLength(4);
    expect(a.cols[0]!.map((item) => item.kind)).toEqual(["flowchart"]);
    // Each text column opens with a stage's numbered point, never with a nested point carried over.
    const opens = a.cols.slice(1).map((col) => col[0]!.kind);
    expect(opens).toEqual(["bullets", "bullets", "bullets"]);
    expect(a.colWidths[0]!).toBeLessThan(a.colWidths[1]! * 1.6);
    // Whole stages: one numbered point opens each text column, its nested points under it.
    expect(a.cols.slice(1).map((col) => col.length)).toEqual([1, 1, 1]);
  });

  it("lets the whole summary fit 16:9, its chart in THREE STAGES", async () => {
    const sheet = await read(SUMMARY, "16:9");
    const laid = layoutSheet(sheet, { page: "16:9" });
    expect(laid.panels.filter((p) => p.overflow).map((p) => p.title)).toEqual([]);
    const three = laid.panels.find((p) => /THREE STAGES/.test(p.title))!;
    expect(three.blocks.map((b) => b.kind)).toContain("flowchart");
  });
});
