// Chapters written by others, read as their writers meant: an SFT-data chapter whose layout is a nested bullet
// outline rather than a drawing (`- 상단: 제목 배너 (10%)` over the banner's words in quotes, `- 중단 (55%)` over
// `- 왼쪽 (40%): 📋 라벨링 지침 — …`, a bottom box marked `(두 칸 합침)`), whose boxes say after a dash what they
// hold, and whose plan sections reword the outline's titles in English under the same emoji.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { columnSpan, spanMark } from "../src/read/prompt/span-words.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const SFT = "sft-labelers-bullet-outline-spanned-emoji-swap";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${SFT}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet, row: number): number[] => {
  const r = sheet.rows[row]!;
  return r.kind === "panels" ? r.panels.map((p) => Math.round((p.width ?? 1 / r.panels.length) * 100)) : [];
};
const PLAN = ["# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🅲 Gamma", "- three", "## 📌 Takeaways", "- four", ""];
const outline = (bottom: string[], top = ['  - "🍌 TITLE 🍌"']): string =>
  ["# Layout Structure", "- 상단: 제목 배너 (10%)", ...top, "- 중단 (50%)", "  - 왼쪽: 🅰️ Alpha", "  - 가운데: 🅱️ Beta", "  - 오른쪽: 🅲 Gamma", "- 하단 (40%)", ...bottom, "", ...PLAN].join("\n");

describe("a box of an outline said to span columns in words", () => {
  it("reads the number in words and in digits, Korean and English", () => {
    expect(columnSpan("(두 칸 합침)")).toBe(2);
    expect(columnSpan("왼쪽 두 칸을 하나로 합쳐서")).toBe(2);
    expect(columnSpan("(세 칸 차지)")).toBe(3);
    expect(columnSpan("(2칸 병합)")).toBe(2);
    expect(columnSpan("(spans two columns)")).toBe(2);
    expect(columnSpan("(3 columns wide)")).toBe(3);
  });

  it("takes no height and no row remark for a span", () => {
    expect(columnSpan("(두 줄 높이)")).toBeUndefined();
    expect(columnSpan("(spans 2 rows)")).toBeUndefined();
    expect(columnSpan("세 칸 모두 같은 너비")).toBeUndefined();
    expect(columnSpan("두 칸")).toBeUndefined();
  });

  it("takes the span's bracket out of a cell's words", () => {
    expect(spanMark("🔄 Delta (두 칸 합침)")).toEqual({ cols: 2, rest: "🔄 Delta" });
    expect(spanMark("🔄 Delta (파이프라인)")).toBeUndefined();
  });

  it("draws the box as wide as the columns it merges, beside a box of one", async () => {
    const { sheet } = await readSheet(outline(["  - 🔄 Delta (두 칸 합침)", "  - 📌 Takeaways"]));
    expect(titles(sheet)[2]).toEqual(["Delta", "Takeaways"]);
    expect(widths(sheet, 2)).toEqual([67, 33]);
  });

  it("shares a row evenly when no box spans", async () => {
    const { sheet } = await readSheet(outline(["  - 🔄 Delta (파이프라인)", "  - 📌 Takeaways"]));
    expect(widths(sheet, 2)).toEqual([50, 50]);
  });

  it("reads the span in a table of boxes too", async () => {
    const table = ["# Layout Structure", "| 왼쪽 | 가운데 | 오른쪽 |", "|---|---|---|", "| 🅰️ Alpha | 🅱️ Beta | 🅲 Gamma |", "| 🔄 Delta (두 칸 합침) | | 📌 Takeaways |", "", ...PLAN].join("\n");
    const { sheet } = await readSheet(table);
    const bottom = sheet.rows[sheet.rows.length - 1]!;
    expect(bottom.kind === "panels" && bottom.panels.map((p) => p.title)).toEqual(["Delta", "Takeaways"]);
    expect(widths(sheet, sheet.rows.length - 1)).toEqual([67, 33]);
  });
});

describe("a box of an outline whose dash says what it holds", () => {
  it("ends the title at a dash before a list of what the box holds, and keeps the list as its line", async () => {
    const { sheet } = await readSheet(outline(["  - 🔄 Delta — 누가 쓰는가, 어떻게 쓰는가", "  - 📌 Takeaways"]));
    const delta = panel(sheet, /^Delta/);
    expect(delta.title).toBe("Delta");
    expect(delta.lead.map(richText).join(" ")).toMatch(/누가 쓰는가, 어떻게 쓰는가/);
  });

  it("draws no line from the dash when the title is quoted: the sentence only says how the box is set", async () => {
    const { sheet } = await readSheet(outline(['  - "🔄 Delta" — apples, oranges and pears', "  - 📌 Takeaways"]));
    const delta = panel(sheet, /^Delta/);
    expect(delta.lead.map(richText).join(" ")).not.toMatch(/apples/);
  });

  it("keeps a dash before a single gloss in the title", async () => {
    const { sheet } = await readSheet(outline(["  - 🔄 Delta — Supervised Fine-Tuning", "  - 📌 Takeaways"]));
    expect(titles(sheet)[2]![0]).toBe("Delta — Supervised Fine-Tuning");
  });
});

describe("the banner's words typed in quotes under the title row", () => {
  it("prints the words without the quote marks", async () => {
    const { sheet } = await readSheet(outline(["  - 🔄 Delta", "  - 📌 Takeaways"]));
    expect(sheet.meta.banner).toBe("🍌 TITLE 🍌");
  });
});

describe(`the fixture ${SFT}`, () => {
  it("reads the outline's rows, heights and widths as written", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${SFT}.txt` });
    expect(ratios(sheet)).toEqual([10, 55, 35]);
    expect(titles(sheet)).toEqual([["title"], ["라벨링 지침", "전문 라벨러", "합성 대화 데이터"], ["SFT 데이터 파이프라인", "핵심 정리"]]);
    expect(widths(sheet, 1)).toEqual([40, 30, 30]);
    expect(widths(sheet, 2)).toEqual([67, 33]);
    expect(sheet.meta.banner).toBe("🍌 SFT DATA: HUMAN LABELERS & SYNTHETIC CONVERSATIONS 🍌");
  });

  it("puts each emoji's plan section in its box, quotes with their times", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${SFT}.txt` });
    expect(kinds(panel(sheet, /^라벨링 지침/))).toEqual(["paragraph", "table", "quote"]);
    expect(kinds(panel(sheet, /^전문 라벨러/))).toEqual(expect.arrayContaining(["bullets", "table", "quote"]));
    expect(kinds(panel(sheet, /^SFT 데이터 파이프라인/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /^핵심 정리/))).toEqual(["bullets", "quote"]);
    const all = panelsOf(sheet).flatMap((p) => p.blocks);
    const signed = all.flatMap((b) => (b.kind === "quote" && b.cite ? [b.cite] : []));
    expect(signed).toEqual(expect.arrayContaining([expect.stringMatching(/Karpathy, 1:02:15/)]));
  });
});
