// A chart too big for its narrow panel stays beside what it is about: drawn in two rows beside the panel's few
// points (snug.ts, the chart's column as wide as it needs up to END_ROOM), or its panel drawn wider by the one
// neighbour with room (widths.ts, a single donor) when an even share would squeeze a full table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snugSplit, END_ROOM } from "../src/layout/snug.js";
import { widenedIn } from "../src/layout/widths.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { readSheet } from "../src/read/index.js";
import type { Block, Panel, Sheet } from "../src/model/sheet.js";
import type { FitContext } from "../src/layout/fit.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

async function read(name: string): Promise<Sheet> {
  const path = join(FIXTURES_DIR, "prompts", `${name}.txt`);
  return (await readSheet(readFileSync(path, "utf8"), { file: path })).sheet;
}

function panelOf(sheet: Sheet, id: string): Panel {
  return sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === id)!;
}

const ctx: FitContext = { accent: "#336699", palette: ["#336699"], seed: 1, minFontPx: 12, maxFontPx: 22, width: 368, height: 150, tight: true, shelves: true };
const GRID = "hallucinations-grid-in-words-bracket-quotes";

describe("snugSplit", () => {
  it("gives a chart too tall at half the width more of it, with only points beside it", async () => {
    const panel = panelOf(await read(GRID), "panel-3");
    const rest = panel.blocks.map((block, i) => ({ block, i }));
    expect(rest.map((r) => r.block.kind)).toEqual(["flowchart", "bullets"]);
    const split = snugSplit(rest, 420, 170, 12, 4, ctx)!;
    expect(split).toBeGreaterThan(0.5);
    expect(split).toBeLessThanOrEqual(END_ROOM + 1e-9);
  });

  it("keeps half the width at most with a table beside the chart", async () => {
    const panel = panelOf(await read(GRID), "panel-3");
    const table: Block = { kind: "table", header: [[{ text: "질문" }], [{ text: "답" }]], rows: [[[{ text: "Who is Orson Kovacs?" }], [{ text: "모르겠습니다" }]]] };
    const rest = [{ block: panel.blocks[0]!, i: 0 }, { block: table, i: 1 }];
    expect(snugSplit(rest, 420, 170, 12, 4, ctx)!).toBeLessThanOrEqual(0.5);
  });
});

describe("widenedIn with one donor", () => {
  it("takes the whole widening from that neighbour and leaves the other as it was", async () => {
    const sheet = await read(GRID);
    const w = widenedIn(sheet, "panel-3", 1.3, ["panel-1"])!;
    const row = w.sheet.rows.find((r) => r.kind === "panels" && r.panels.some((p) => p.id === "panel-3"));
    const widths = row?.kind === "panels" ? row.panels.map((p) => p.width) : [];
    expect(widths).toEqual([0.2333, 0.3333, 0.4333]);
    expect(w.keeps).toBeCloseTo(0.7, 3);
    // Past 70% of its share, one donor gives no more.
    expect(widenedIn(sheet, "panel-3", 1.45, ["panel-1"])).toBeUndefined();
  });
});

describe("charts kept in the panel they are about at 16:9", () => {
  const cases: [string, RegExp, string][] = [
    [GRID, /^훈련 문서에서 사실 질문 생성/, "panel-3"],
    ["tokens-to-think-model-panel-list-1920", /^Oranges: 2 × \$2/, "spreading-computation"],
  ];
  for (const [name, chart, home] of cases) {
    it(`${name}: the chart stays in ${home} and the page fits`, async () => {
      const sheet = await read(name);
      const laid = layoutSheet(sheet, { page: "16:9" });
      const r = layoutReport(laid, 96, laid.sheet ?? sheet);
      const at = r.panels.find((p) => p.blocks.some((b) => b.kind === "flowchart" && chart.test(String(b.text))));
      expect(at?.id).toBe(home);
      expect(laid.panels.every((p) => !p.overflow)).toBe(true);
    });
  }
});
