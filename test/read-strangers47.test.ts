// Chapters written by others, read as their writers meant: a GPT-2 llm.c chapter whose writer drew the page
// twice, once headed `A4용 (인쇄)` and once `16:9용 (모니터)`, gave one ratio table a column for each page (a row
// only A4 has left `-` in the 16:9 column), sketched the pasted loss log in its box as `step 1/32000 | loss 10.98
// ...  (코드 블록처럼)`, and wrote emoji with joiners, skin tones and a flag into a title over 90 characters long.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const GPT2 = "gpt2-llmc-two-page-drawings-zwj-loss-log";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${GPT2}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allBlocks = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));

const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const TITLE = ["┌──────────────────────────────────┐", "│ 🍌 TITLE 🍌                      │", "└──────────────────────────────────┘"];
/** A4's drawing: ALPHA and BETA side by side over TAKEAWAYS. */
const SIDE = [...TITLE, "┌───────────────┐ ┌────────────────┐", "│ 🅰️ ALPHA      │ │ 🅱️ BETA        │", "└───────────────┘ └────────────────┘", "┌──────────────────────────────────┐", "│ 📌 TAKEAWAYS                     │", "└──────────────────────────────────┘"];
/** 16:9's drawing: ALPHA, BETA and TAKEAWAYS in one row. */
const ACROSS = [...TITLE, "┌─────────┐ ┌──────────┐ ┌─────────┐", "│ 🅰️ ALPHA│ │ 🅱️ BETA  │ │ 📌 TAKE │", "└─────────┘ └──────────┘ └─────────┘"];
const fence = (lines: string[]): string[] => ["```", ...lines, "```"];
const twoPages = (a4Head: string, wideHead: string, after: string[] = []): string =>
  [
    "# Layout Structure",
    "A4로 인쇄할 버전이랑 모니터용 버전 두 개 만들었어요.",
    a4Head,
    ...fence(SIDE),
    wideHead,
    ...fence(ACROSS),
    ...after,
    "# Output Structure Plan",
    ...PLAN,
    "## 이미지 생성 요청",
    "**16:9 가로형** 치트시트 이미지를 생성해주세요.",
    "",
  ].join("\n");

describe("one drawing a page, headed by the page it is for", () => {
  it("reads the drawing for the page the image request asks for, not the first", async () => {
    const { sheet, warnings } = await readSheet(twoPages("### A4용 (인쇄)", "### 16:9용 (모니터)"));
    expect(sheet.page).toBe("16:9");
    expect(titles(sheet).length).toBe(2);
    expect(warnings.join("\n")).toMatch(/2 drawings, one a page; the one drawn for 16:9 is read/);
  });

  it("reads the A4 drawing when the sheet is laid out on A4", async () => {
    const { sheet } = await readSheet(twoPages("### A4용 (인쇄)", "### 16:9용 (모니터)"), { page: "a4" });
    expect(titles(sheet).length).toBe(3);
  });

  it("tells the pages by what they are for when no shape is named (인쇄용 / 모니터용)", async () => {
    const { sheet } = await readSheet(twoPages("### 인쇄용", "### 모니터용"), { page: "a4" });
    expect(titles(sheet).length).toBe(3);
    expect(titles((await readSheet(twoPages("### 인쇄용", "### 모니터용"))).sheet).length).toBe(2);
  });

  it("leaves drawings not labelled for two pages to the other rules", async () => {
    const { warnings } = await readSheet(twoPages("### 초안", "### 최종 (16:9)"), { page: "a4" });
    expect(warnings.join("\n")).toMatch(/the words before it call it the newer one/);
  });
});

describe("a ratio table with a column for each page", () => {
  const table = ["## 배치 비율", "| 영역 | A4 (인쇄) | 16:9 (모니터) | 내용 |", "|---|---|---|---|", "| 타이틀 | 10% | 15% | 제목 |", "| 2행 | 40% | 85% | A4: 알파/베타 · 16:9: 알파 + 베타 + 요약 |", "| 3행 | 50% | - | A4만: 요약 |", ""];

  it("reads the column for the page, leaving out the rows that page does not draw", async () => {
    const { sheet, warnings } = await readSheet(twoPages("### A4용", "### 16:9용", table));
    expect(ratios(sheet)).toEqual([15, 85]);
    expect(warnings.join("\n")).not.toMatch(/ratio table asks for/);
    expect(ratios((await readSheet(twoPages("### A4용", "### 16:9용", table), { page: "a4" })).sheet)).toEqual([10, 40, 50]);
  });
});

describe("a box line sketching the code card the plan puts in the box", () => {
  const doc = (line: string): string =>
    promptDoc(
      [...TITLE, "┌──────────────────────────────────┐", "│ 📉 LOSS LOG                      │", `│ ${line.padEnd(33)}│`, "└──────────────────────────────────┘"],
      ["## 📉 Loss log", "```", "step 1/10 | loss 10.98 | 1.2s", "step 2/10 | loss 10.61 | 1.2s", "```"],
    );

  it("drops the sketch once the card is drawn", async () => {
    const p = panel((await readSheet(doc("step 1/10 | loss 10.98 ... (코드 블록처럼)"))).sheet, /LOSS LOG/);
    expect(p.lead.map(richText)).toEqual([]);
    expect(kinds(p)).toEqual(["code"]);
  });

  it("keeps a line noted as code that says something else", async () => {
    const p = panel((await readSheet(doc("학습이 돌아가는 화면 (코드 블록처럼)"))).sheet, /LOSS LOG/);
    expect(p.lead.map(richText).join(" ")).toMatch(/학습이 돌아가는 화면/);
  });
});

describe(`the fixture ${GPT2}`, () => {
  it("reads the 16:9 drawing and its ratios for the page asked for", async () => {
    const { sheet } = await readSheet(fixture());
    expect(sheet.page).toBe("16:9");
    expect(titles(sheet).slice(1)).toEqual([
      ["GPT-2 스펙", "LOSS LOG — 한 줄 = 한 번의 UPDATE", "SAMPLING (20 step마다)"],
      ["그때 vs 지금 (COST)", "8×H100 NODE (CLOUD)", "KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(sheet.meta.banner).toMatch(/^🍌 NANO BANANA CHEAT SHEET: GPT-2 재현하기 — llm\.c로 1\.6B .*\(Reproducing GPT-2\) 👨‍💻$/u);
    const log = panel(sheet, /^LOSS LOG/);
    expect(log.lead).toEqual([]);
    expect(kinds(log)).toContain("code");
    expect(quotes(allBlocks(sheet))).toEqual([
      "Every single line here is one update to the model — we’re improving the prediction on the next token.",
      "This is not my laptop. This is a computer I'm renting in the cloud.",
    ]);
  });

  it("reads the A4 drawing and its four rows when built on A4", async () => {
    const { sheet } = await readSheet(fixture(), { page: "a4" });
    expect(titles(sheet).slice(1)).toEqual([
      ["GPT-2 스펙", "그때 vs 지금 (COST)", "8×H100 NODE (CLOUD)"],
      ["LOSS LOG — 한 줄 = 한 번의 UPDATE"],
      ["SAMPLING (20 step마다)", "KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
  });

  it("fits both pages without overflow, the long title on its row", async () => {
    for (const page of ["16:9", "a4"] as const) {
      const pos = layoutSheet((await readSheet(fixture(), { page })).sheet, { page });
      expect(pos.panels.filter((p) => p.overflowPx > 0).map((p) => p.title)).toEqual([]);
    }
  });
});
