// A chapter written by someone else, read as its writer meant: a GPT-2 training run on 16:9 whose right-hand box is
// split by a `├────┤` rule into two stacked panels, whose plan numbers those two `#### 3-1` and `#### 3-2` under a
// `### 3.` heading of their own, whose row heights are said in a Korean sentence, whose loss curve is an
// `xychart-beta`, and whose quotes are pasted one a line in one `>` block, each line noting the box it goes in.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const RUN = "gpt2-training-run-stacked-subpanels-worded-ratios-long-log";
const path = join(FIXTURES_DIR, "prompts", `${RUN}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));

describe("a plan section holding only sub-headings numbered as its parts", () => {
  const plan = (a: string, b: string, before: string[] = []): string[] => [
    "### 1. Alpha",
    "- alpha point",
    "### 2. Beta, in two parts",
    ...before,
    `#### ${a} Gamma`,
    "- gamma point",
    `#### ${b} Delta`,
    "- delta point",
    "### 3. 📌 Takeaways",
    "- last",
  ];

  it("draws each part, `3-1` and `3-2`, as a section of its own in the box it names", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan("2-1.", "2-2.")));
    expect(JSON.stringify(panel(sheet, /GAMMA/).blocks)).toMatch(/gamma point/);
    expect(JSON.stringify(panel(sheet, /DELTA/).blocks)).toMatch(/delta point/);
    expect(JSON.stringify(panel(sheet, /GAMMA/).blocks)).not.toMatch(/delta point/);
    expect(JSON.stringify(sheet)).not.toMatch(/2-1\./);
  });

  it("reads `2.1` / `2.2` parts the same way", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan("2.1", "2.2")));
    expect(JSON.stringify(panel(sheet, /DELTA/).blocks)).toMatch(/delta point/);
  });

  it("keeps sub-headings numbered under another section, or a section with words of its own before them, one section", async () => {
    for (const doc of [plan("4-1.", "4-2."), plan("2-1.", "2-2.", ["- beta's own point"])]) {
      const { sheet } = await readSheet(promptDoc(FIVE_BOXES, doc));
      const gamma = all(sheet).find((b) => JSON.stringify(b).includes("gamma point"));
      const delta = all(sheet).find((b) => JSON.stringify(b).includes("delta point"));
      const home = (b: Block | undefined): string | undefined =>
        sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => b && p.blocks.includes(b))?.title;
      expect(home(gamma)).toBe(home(delta));
    }
  });
});

describe("quotes pasted one a line in one `>` block, each noted with its box", () => {
  const plan = [
    "## 1. Alpha",
    "- one",
    "## 2. Beta",
    "- two",
    "## 3. Quotes",
    '> "First saying here." — GAMMA 칸',
    '> "Second saying here." — BETA 칸',
    "## 4. 📌 Takeaways",
    "- three",
  ];

  it("reads each line as a quote of its own, in the box its note names, the note not drawn", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan));
    expect(quotes(panel(sheet, /GAMMA/).blocks)).toEqual(["First saying here."]);
    expect(quotes(panel(sheet, /BETA/).blocks)).toEqual(["Second saying here."]);
    expect(JSON.stringify(sheet)).not.toMatch(/칸/);
  });

  it("keeps two lines noting the same box, or none, one quote", async () => {
    const same = plan.map((l) => l.replace("BETA 칸", "GAMMA 칸"));
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, same));
    expect(quotes(all(sheet))).toHaveLength(1);
  });
});

describe("the fixture, read as its writer meant", () => {
  it("reads the rows, the stacked pair, and the sentence's heights", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["GPT-2 스펙", "LOSS 그래프", "로그 한 줄 읽기", "샘플 변화"], ["비용: 2019 vs 지금", "GPU 빌리기 (Lambda)"], ["KEY TAKEAWAYS"]]);
    expect(panel(sheet, /샘플 변화/).below).toBe(true);
    expect(ratios(sheet).map((r, _, a) => r / a.reduce((s, x) => s + x, 0))).toEqual([0.1, 0.4, 0.3, 0.2]);
  });

  it("puts 3-1's and 3-2's points in the stacked panels and each quote in the box its note names", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(JSON.stringify(panel(sheet, /로그 한 줄/).blocks)).toMatch(/약 \*\*1M tokens\*\*|1M tokens/);
    expect(JSON.stringify(panel(sheet, /샘플 변화/).blocks)).toMatch(/step 400: 단어/);
    expect(quotes(panel(sheet, /로그 한 줄/).blocks)).toEqual(["Every single line here is one update to the model."]);
    expect(quotes(panel(sheet, /LOSS/).blocks)).toEqual(["The number we're watching most closely is the loss... low loss is good."]);
    expect(quotes(panel(sheet, /비용/).blocks)).toHaveLength(1);
    expect(kinds(panel(sheet, /LOSS/))).toContain("table");
  });
});
