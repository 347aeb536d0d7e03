// Chapters written by others, read as their writers meant: an RLHF chapter whose drawing titles its boxes in
// Korean short names (`보상 모델`, `게이밍 문제`) while its plan heads the same sections in English with other
// emoji (`### 🏆 Reward Model (RM)`, `### 🎮 Gaming the RM`), HTML comments left in the plan and the drawing's
// fence, a quote nested in a note on it (`> 노트:` over `>> "…"`), a table with alignment colons and an escaped
// pipe, and the pipeline as a numbered list of steps each with points under it.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Panel, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { columnChoices } from "../src/layout/choices.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const RLHF = "rlhf-reward-gaming-nested-quote-aligned-table";
const path = join(FIXTURES_DIR, "prompts", `${RLHF}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const texts = (blocks: Block[], kind: Block["kind"]): string[] => blocks.flatMap((b) => (b.kind === kind && "text" in b && Array.isArray(b.text) ? [richText(b.text)] : []));

describe("a quote nested in a note on it", () => {
  const plan = (quote: string[]): string[] => ["## 🅰️ Alpha", "- one", "", ...quote, "", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("draws the inner quote as the quote and the note around it as a paragraph after it", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["> 노트:", '>> "Alpha is easier to judge than to write"', ">", "> → a remark on the quote"])));
    const blocks = panel(sheet, /ALPHA/).blocks;
    expect(quotes(blocks)).toEqual(["Alpha is easier to judge than to write"]);
    expect(texts(blocks, "paragraph")).toContain("노트: → a remark on the quote");
    expect(kinds(panel(sheet, /ALPHA/)).slice(-2)).toEqual(["quote", "paragraph"]);
  });

  it("leaves a note that is only a label out", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["> Note:", '>> "Alpha is easier to judge than to write"'])));
    const blocks = panel(sheet, /ALPHA/).blocks;
    expect(quotes(blocks)).toEqual(["Alpha is easier to judge than to write"]);
    expect(JSON.stringify(sheet)).not.toMatch(/Note:/);
  });

  it("draws a quote replied to over another, both in their marks, as two quotes", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['> "Alpha answers first"', '>> "Alpha was asked before"'])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual(["Alpha answers first", "Alpha was asked before"]);
  });

  it("keeps a plain quote as it was", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['> "Alpha is easier to judge than to write"', ">", "> 알파는 쓰기보다 판단하기 쉽다"])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toHaveLength(1);
    expect(quotes(panel(sheet, /ALPHA/).blocks)[0]).toMatch(/Alpha is easier to judge than to write.*알파는/);
    expect(kinds(panel(sheet, /ALPHA/))).not.toContain("paragraph");
  });
});

describe("a list of stages set one stage a column", () => {
  const base = { id: "p", title: "STAGES", lead: [] } as unknown as Panel;
  const list = (depths: number[]): Panel => ({ ...base, blocks: [{ kind: "bullets", style: "plain", items: depths.map((_, k) => [{ text: `item ${k}` }]), depths }] }) as Panel;

  it("offers as many columns as stages when each has points under it", () => {
    expect(columnChoices(list([0, 1, 1, 0, 1, 0, 1, 1, 0, 1]), 1600).map((c) => c.n)).toContain(4);
  });

  it("offers no such columns for a flat list, a stage without points, too many stages or a narrow panel", () => {
    expect(columnChoices(list([0, 0, 0, 0, 0, 0]), 1600).map((c) => c.n)).not.toContain(4);
    expect(columnChoices(list([0, 1, 0, 0, 1, 0, 1]), 1600).map((c) => c.n)).not.toContain(4);
    expect(columnChoices(list([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]), 1600).map((c) => Math.max(c.n, 0))).not.toContain(6);
    expect(columnChoices(list([0, 1, 0, 1, 0, 1, 0, 1]), 500).map((c) => c.n)).not.toContain(4);
  });

  it("sets the fixture's four pipeline steps side by side, each whole, on both pages", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet(sheet, { page });
      const p = laid.panels.find((x) => x.title.includes("파이프라인"))!;
      const lists = p.blocks.filter((b) => b.kind === "bullets");
      expect(lists).toHaveLength(4);
      expect(new Set(lists.map((b) => Math.round(b.box.y))).size).toBe(1);
      expect(p.overflow).toBe(false);
    }
  });
});

describe(`the fixture ${RLHF}`, () => {
  it("reads its drawing's rows, Korean titles and ratios", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["검증 불가 영역", "보상 모델"], ["RLHF 파이프라인"], ["게이밍 문제", "언제 멈추나", "정리"]]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
  });

  it("puts each English-headed section in the Korean-titled box it is about", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(kinds(panel(sheet, /^검증 불가/))).toContain("table");
    expect(quotes(panel(sheet, /^보상 모델/).blocks)).toEqual(["It's a lot easier for a human to order than to generate"]);
    expect(kinds(panel(sheet, /파이프라인/))).toEqual(["bullets", "flowchart"]);
    expect(quotes(panel(sheet, /^게이밍/).blocks)).toEqual(["The RL will discover ways to game the reward model"]);
    expect(quotes(panel(sheet, /^언제 멈추나/).blocks)).toEqual(["RLHF is not RL in the magical sense"]);
    expect(panel(sheet, /^정리/).blocks.some((b) => b.kind === "bullets" && b.style === "takeaways")).toBe(true);
  });

  it("keeps the escaped pipe in its cell and draws no HTML comment", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const table = panel(sheet, /^검증 불가/).blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.rows.map((r) => r.map((c) => richText(c))) : []).toEqual([
      ["Verifiable", "수학 | 코드", "정답과 비교"],
      ["Unverifiable", "농담 | 시 | 요약", "사람의 판단"],
    ]);
    expect(JSON.stringify(sheet)).not.toMatch(/TODO|<!--|예시 더 넣기/);
  });

  it("reads the pipeline's numbered steps as one nested list", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const steps = panel(sheet, /파이프라인/).blocks.find((b) => b.kind === "bullets");
    expect(steps && steps.kind === "bullets" ? steps.depths : []).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1]);
  });
});
