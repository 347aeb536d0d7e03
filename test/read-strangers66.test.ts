// Chapters written by others, read as their writers meant: an RLHF chapter from a writer who keeps the prompt as
// structured data, so the chapter's metadata holds the layout too (`layout: rows: - {ratio: 0.12, boxes: [...]}`)
// and a drawing of the same rows was pasted into the body without a ratio table; plan sections whose titles drop
// the drawing's emoji and capitals (`## Upside`, `## downside — reward hacking`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutReport } from "../src/export/report.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const RLHF = "rlhf-upside-downside-frontmatter-layout-rows";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${RLHF}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const source = (meta: string[]): string => ["# Source Text", "---", 'title: "Alpha and Beta"', ...meta, "---", "", "Some words.", ""].join("\n");

describe("row heights kept in the metadata's layout", () => {
  it("gives the drawn rows the shares the metadata's rows list", async () => {
    const meta = ["layout:", "  rows:", '    - {ratio: 0.2, boxes: ["🍌 TITLE"]}', '    - {ratio: 0.55, boxes: ["🅰️ ALPHA", "🅱️ BETA"]}', '    - {ratio: 0.25, boxes: ["📌 TAKEAWAYS"]}'];
    const { sheet, warnings } = await readSheet(source(meta) + promptDoc(TWO_BOXES, PLAN));
    expect(ratios(sheet)).toEqual([20, 55, 25]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("reads a plain list of heights under `rows:` as well", async () => {
    const { sheet } = await readSheet(source(["rows: [15, 60, 25]"]) + promptDoc(TWO_BOXES, PLAN));
    expect(ratios(sheet)).toEqual([15, 60, 25]);
  });

  it("takes no other metadata numbers for heights", async () => {
    const { sheet, warnings } = await readSheet(source(["stats: {views: 3, likes: 2, parts: 5}"]) + promptDoc(TWO_BOXES, PLAN));
    expect(ratios(sheet)).not.toEqual([30, 20, 50]);
    expect(warnings.join("\n")).toMatch(/no layout ratio table/);
  });

  it("lets a ratio table under the drawing win over the metadata", async () => {
    const meta = ["layout:", "  rows:", "    - {ratio: 0.2}", "    - {ratio: 0.55}", "    - {ratio: 0.25}"];
    const table = ["", "| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 중앙 | 70% |", "| 하단 | 20% |", ""];
    const { sheet } = await readSheet(source(meta) + promptDoc(TWO_BOXES, PLAN, { after: table }));
    expect(ratios(sheet)).toEqual([10, 70, 20]);
  });
});

describe(`the fixture ${RLHF}`, () => {
  it("reads the panels, heights and blocks as the writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${RLHF}.txt` });
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["UPSIDE", "DOWNSIDE", "REWARD MODEL"], ["RLHF LOOP", "판별 vs 생성"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([12, 50, 23, 15]);
    expect(kinds(panel(sheet, /^UPSIDE/))).toContain("bullets");
    expect(kinds(panel(sheet, /^REWARD MODEL/))).toEqual(["table", "quote"]);
    expect(kinds(panel(sheet, /^RLHF LOOP/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /^판별/))).toEqual(["table"]);
    expect(quotes(panel(sheet, /^DOWNSIDE/).blocks).join()).toMatch(/the the the the/);
    expect(quotes(panel(sheet, /^REWARD MODEL/).blocks).join()).toMatch(/lossy simulation/);
    expect(sheet.meta.chapter).toBe(19);
  });

  it("draws the quote on discriminating beside its comparison table on the page", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${RLHF}.txt` });
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet(sheet, { page });
      const home = layoutReport(laid, 96, laid.sheet ?? sheet).panels.find((p) => /^판별/.test(p.title));
      expect(home?.blocks.map((b) => b.text).join("\n")).toMatch(/easier to discriminate/);
    }
  });
});
