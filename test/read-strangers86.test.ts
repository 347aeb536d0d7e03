// A chapter written by another hand: its source pasted as SRT subtitle cues, its layout a Markdown table whose
// wide box is typed once and dittoed (`〃`) in the cell beside it, its row heights a `2 : 5 : 3` line of their
// own under the label that names them, and a quotes label whose one item only says the quotes are in the plan.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { pointsToQuotesElsewhere } from "../src/read/prompt/quotes-elsewhere.js";
import { withLabelAbove } from "../src/read/prompt/stacked-ratios.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "tokens-to-think-srt-cues-ditto-table-layout-br-compare";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allQuotes = (sheet: Sheet): string[] => quotes(panelsOf(sheet).flatMap((p) => p.blocks));
const PLAN = ["## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 🅲 Gamma", "- three", "## 4. 📌 Takeaways", "- four"];
const TABLE = (second: string): string[] => [
  "| 왼쪽 | 가운데 | 오른쪽 |",
  "|---|---|---|",
  "| 🅰️ Alpha | 🅰️ Alpha | 🅱️ Beta |",
  `| 🅲 Gamma | ${second} | 📌 Takeaways |`,
];

describe("a bare ditto mark in a layout table", () => {
  it("widens the box on its left when the box above it also spans the column on its left", async () => {
    for (const mark of ["〃", '"', "″"]) {
      const { sheet } = await readSheet(promptDoc(TABLE(mark), PLAN, { fenced: false }));
      expect(titles(sheet).slice(-2).map((r) => r.map((t) => t.replace(/^\P{L}+/u, ""))), mark).toEqual([["Alpha", "Beta"], ["Gamma", "Takeaways"]]);
      // Not the box above run down into an L: no panel spans rows.
      expect(panelsOf(sheet).map((p) => p.rowSpan ?? 1), mark).toEqual([1, 1, 1, 1]);
    }
  });

  it("widens the box on its left in the first row, where there is no box above", async () => {
    const table = ["| 왼쪽 | 가운데 | 오른쪽 |", "|---|---|---|", "| 🅰️ Alpha | 〃 | 🅱️ Beta |", "| 🅲 Gamma | 📌 Takeaways | 📌 Takeaways |"];
    const { sheet } = await readSheet(promptDoc(table, PLAN, { fenced: false }));
    expect(titles(sheet).slice(-2).map((r) => r.map((t) => t.replace(/^\P{L}+/u, "")))).toEqual([["Alpha", "Beta"], ["Gamma", "Takeaways"]]);
  });

  it("still runs a box of its own column down, as `〃` under a list does", async () => {
    const table = ["| 왼쪽 | 가운데 | 오른쪽 |", "|---|---|---|", "| 🅰️ Alpha | 🅱️ Beta | 🅲 Gamma |", "| 📌 Takeaways | 〃 | 🅳 Delta |"];
    const { sheet } = await readSheet(promptDoc(table, [...PLAN, "## 5. 🅳 Delta", "- five"], { fenced: false }));
    expect(panel(sheet, /Beta/).rowSpan).toBe(2);
  });
});

describe("row heights alone on the line under their label", () => {
  it("joins the numbers to the label over them", () => {
    expect(withLabelAbove(["행 높이 비율 (위 → 아래)", "", "2 : 5 : 3"], 3)).toBe("행 높이 비율 (위 → 아래): 2 : 5 : 3");
    expect(withLabelAbove(["Row heights:", "20/50/30"], 2)).toBe("Row heights: 20/50/30");
    // A label that has numbers of its own, a line that is more than numbers, or no label near: nothing joined.
    expect(withLabelAbove(["행 높이 비율 1 : 2", "2 : 5 : 3"], 2)).toBeUndefined();
    expect(withLabelAbove(["행 높이 비율", "2 : 5 : 3 정도"], 2)).toBeUndefined();
    expect(withLabelAbove(["행 높이 비율", "", "", "", "2 : 5 : 3"], 5)).toBeUndefined();
  });

  it("gives the rows those heights", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TABLE("🅲 Gamma"), PLAN, { fenced: false, after: ["", "행 높이 비율 (위 → 아래)", "", "3 : 7", ""] }));
    const [a, b] = ratios(sheet).slice(-2);
    expect(b! / a!).toBeCloseTo(7 / 3, 1);
    expect(warnings.join("\n")).not.toMatch(/gives no row heights/);
  });
});

describe("a quotes label whose item says the quotes are elsewhere", () => {
  it("knows a pointer from a quote", () => {
    expect(pointsToQuotesElsewhere("아래 계획 안에 넣었어요.")).toBe(true);
    expect(pointsToQuotesElsewhere("(see the plan below)")).toBe(true);
    expect(pointsToQuotesElsewhere('"Models need tokens to think" — see below')).toBe(false);
    expect(pointsToQuotesElsewhere("Models need tokens to think")).toBe(false);
  });

  it("draws no quote of the pointer", async () => {
    const style = ["# Output Style", "4. **Quotable Insights**:", "   - 아래 계획 안에 넣었어요.", ""];
    const { sheet } = await readSheet([...style, promptDoc(TABLE("🅲 Gamma"), [...PLAN.slice(0, 2), '> "Alpha is the start."', ...PLAN.slice(2)], { fenced: false })].join("\n"));
    expect(allQuotes(sheet)).toEqual(["Alpha is the start."]);
  });
});

describe("a layout table whose banner is named in a line above it", () => {
  it("puts the banner on top as the title row", async () => {
    const { sheet } = await readSheet(promptDoc(["맨 위에 제목 띠: 🍌 NANO BANANA CHEAT SHEET: ALPHA 🍌", "", ...TABLE("🅲 Gamma")], PLAN, { fenced: false }));
    expect(sheet.rows[0]?.kind).toBe("title");
    expect(sheet.meta.banner).toMatch(/NANO BANANA CHEAT SHEET: ALPHA/);
  });

  it("takes no sentence that merely mentions the cheat sheet for a banner", async () => {
    const { sheet } = await readSheet(promptDoc(["Note: this cheat sheet is for the whole team, please keep it tidy and readable", "", ...TABLE("🅲 Gamma")], PLAN, { fenced: false }));
    expect(sheet.meta.banner ?? "").not.toMatch(/whole team/);
  });
});

describe(`${NAME}: read as its writer meant`, () => {
  it("reads the table's panels, the apples box two columns wide, and the 2 : 5 : 3 heights", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([
      ["title"],
      [expect.stringMatching(/^토큰당 계산량은 유한/), expect.stringMatching(/^"Use Code"/)],
      [expect.stringMatching(/^Emily's Apples/), expect.stringMatching(/^점 세기/)],
      [expect.stringMatching(/^Spelling/), expect.stringMatching(/^9\.11 > 9\.9/), expect.stringMatching(/^Key Takeaways/)],
    ]);
    expect(ratios(sheet)).toEqual([10, 18, 45, 27]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: MODELS NEED TOKENS TO THINK 🍌");
    expect(warnings.join("\n")).not.toMatch(/gives no row heights/);
    expect(kinds(panel(sheet, /^Emily's Apples/))).toEqual(expect.arrayContaining(["table", "flowchart"]));
  });

  it("keeps its two quotes, signed and unsigned, and draws no quote of the pointer", async () => {
    const { sheet } = await readSheet(fixture());
    expect(allQuotes(sheet).sort()).toEqual(["Don't trust the model on the holes — you can't know in advance where they are.", "You can't expect the model to do too much computation in any single token."]);
    expect(quotes(panel(sheet, /^토큰당/).blocks)).toHaveLength(1);
    expect(quotes(panel(sheet, /^9\.11/).blocks)).toHaveLength(1);
  });
});
