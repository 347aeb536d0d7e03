// Chapters written by others, read as their writers meant: a knowledge-of-self chapter whose layout is a list of
// rows of bracketed boxes with no drawing (`Row 1: [🪞 제목 배너]`, `Row 3: [📊 비교표 (2칸)] [💬 QUOTES]`), its
// row heights a bare `1 : 4 : 4 : 1`, its plan `### 3) ⚙️ …` sections, a mermaid mindmap with `((root))` and
// `::icon(…)` lines, its quotes only in a table whose third column names the panel each goes in, and its
// takeaways a checklist. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { titleLabelOnly } from "../src/read/prompt/label-title.js";
import { spanMark } from "../src/read/prompt/span-words.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const KS = "knowledge-of-self-row-brackets-quote-panel-column";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${KS}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🅾️ Gamma", "- three", "## 📌 Takeaways", "- four"];

describe("a top row whose one box only says it is the title", () => {
  const rows = (top: string): string =>
    promptDoc([`Row 1: [${top}]`, "Row 2: [🅰️ ALPHA] [🅱️ BETA]", "Row 3: [🅾️ GAMMA] [📌 TAKEAWAYS]"], PLAN, { fenced: false });

  it("is the title row, not a panel named for the banner", async () => {
    for (const top of ["🪞 제목 배너", "Title banner", "헤더 영역"]) {
      const { sheet } = await readSheet(rows(top));
      expect(titles(sheet)[0]).toEqual(["title"]);
      expect(titles(sheet).flat().join(" ")).not.toMatch(/제목|banner|헤더/i);
      if (top.startsWith("🪞")) expect(sheet.meta.banner).toMatch(/^🪞/);
    }
  });

  it("knows the label from a box about the title", () => {
    expect(titleLabelOnly("🪞 제목 배너")).toBe(true);
    expect(titleLabelOnly("Header area")).toBe(true);
    // One English word alone is as often the banner's placeholder text (`🍌 TITLE`), kept as words.
    expect(titleLabelOnly("🍌 TITLE")).toBe(false);
    expect(titleLabelOnly("🧠 NO SELF")).toBe(false);
    expect(titleLabelOnly("제목: Knowledge of Self")).toBe(false);
    expect(titleLabelOnly("Title of the paper")).toBe(false);
  });
});

describe("a bracketed box saying only how many columns it takes", () => {
  it("is that many columns wide, and the bracket leaves its title", async () => {
    const doc = promptDoc(["Row 1: [🍌 TITLE 🍌]", "Row 2: [🅰️ ALPHA] [🅱️ BETA] [🅾️ GAMMA]", "Row 3: [📊 TABLE (2칸)] [📌 TAKEAWAYS]"], [...PLAN, "## 📊 Table", "- five"], { fenced: false });
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[2]).toEqual(["TABLE", "TAKEAWAYS"]);
    const row = sheet.rows[2]!;
    if (row.kind !== "panels") throw new Error("row 3 holds no panels");
    const [a, b] = row.panels.map((p) => p.width ?? 0);
    expect(a! / b!).toBeCloseTo(2, 1);
  });

  it("reads a bare count in a bracket, not a count inside other words", () => {
    expect(spanMark("📊 비교표 (2칸)")).toEqual({ cols: 2, rest: "📊 비교표" });
    expect(spanMark("Chart (2 columns)")).toEqual({ cols: 2, rest: "Chart" });
    expect(spanMark("Steps (2칸 중 왼쪽)")).toBeUndefined();
    expect(spanMark("Top 3 (three items)")).toBeUndefined();
  });
});

describe(KS, () => {
  it("reads the rows, their boxes and heights as written", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${KS}.txt` });
    expect(sheet.meta.title).toBe("Knowledge of Self");
    expect(sheet.meta.banner).toBe("🪞 Knowledge of Self");
    // The 💬 QUOTES box holds nothing once each quote is in the panel the table names: left out, with a warning,
    // the comparison table's box taking the row.
    expect(titles(sheet)).toEqual([["title"], ["NO SELF", "HARDCODED SFT", "SYSTEM MESSAGE"], ["비교표"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 40, 40, 10]);
  });

  it("says that the empty QUOTES box is left out, and draws no empty frame", async () => {
    const { warnings } = await readSheet(fixture(), { file: `${KS}.txt` });
    expect(warnings.filter((w) => /holds nothing/.test(w))).toEqual(["line 27: the 💬 QUOTES box holds nothing once every block is placed; it is left out and its row's other boxes take its room"]);
  });

  it("puts each quote in the panel its row names, by emoji and title, title alone, or in Korean", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${KS}.txt` });
    expect(quotes(panel(sheet, /^NO SELF/).blocks).join(" ")).toMatch(/persistent existence/);
    expect(quotes(panel(sheet, /^HARDCODED SFT/).blocks).join(" ")).toMatch(/I am ChatGPT by OpenAI/);
    expect(quotes(panel(sheet, /^SYSTEM MESSAGE/).blocks).join(" ")).toMatch(/working memory/);
  });

  it("keeps the plan's table, mindmap and checklist", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${KS}.txt` });
    expect(kinds(panel(sheet, /^비교표/))).toContain("table");
    expect(kinds(panel(sheet, /^NO SELF/))).toContain("mindmap");
    expect(JSON.stringify(panel(sheet, /^TAKEAWAYS/).blocks)).toMatch(/bolted on/);
  });
});
