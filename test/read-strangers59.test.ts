// Chapters written by others, read as their writers meant: a hallucinations chapter whose layout is a
// spreadsheet's merged ranges (`- A2:B3 → 🧠 …`, a range down two rows a box running down through both) with a
// sentence giving each spreadsheet row its height, quotes in corner brackets signed on the next line, takeaways
// as keycap lines and a plan section that names its box only by its range.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { rangeLayout } from "../src/read/prompt/cell-ranges.js";
import { rangeRef } from "../src/read/prompt/range-refs.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const HM = "hallucination-mitigation-cell-ranges-keycaps";
const path = join(FIXTURES_DIR, "prompts", `${HM}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🧪 Gamma", "- three", "## 📌 Takeaways", "- four"];

describe("a layout given as a spreadsheet's merged ranges", () => {
  const ranges = [
    "- A1:D1 → 🏷️ 제목 배너 (MY CHAPTER TITLE)",
    "- A2:B3 → 🅰️ ALPHA (두 행 차지)",
    "- C2:D2 → 🅱️ BETA",
    "- C3:D3 → 🧪 GAMMA",
    "- A4:D4 → 📌 TAKEAWAYS",
    "",
    "행 높이: 1행 10%, 2행 30%, 3행 40%, 4행 20%",
  ];

  it("reads each range as a box, a range down two rows a box running down through both, with each row's height", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(ranges, PLAN, { fenced: false }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /ALPHA/).rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([10, 30, 40, 20]);
    expect(warnings.join("\n")).not.toMatch(/no box diagram/);
  });

  it("draws the banner's own words, not the cell's label for it", async () => {
    const { sheet } = await readSheet(promptDoc(ranges, PLAN, { fenced: false }));
    expect(sheet.meta.banner).toBe("MY CHAPTER TITLE");
  });

  it("reads single cells and ranges typed with `=` and no list dash, each column a share", () => {
    const lines = ["A1:C1 = Title", "A2 = Left", "B2:C2 = Right", "A3:C3 = Bottom"];
    const got = rangeLayout(lines, 10)!;
    expect(got.across).toBe(3);
    expect(got.rows.map((r) => r.cells.map((c) => [c.text, c.start, c.weight]))).toEqual([[["Title", 0, 3]], [["Left", 0, 1], ["Right", 1, 2]], [["Bottom", 0, 3]]]);
    expect(got.lines).toEqual([10, 13]);
  });

  it("adds a row no range opens in to the row above", () => {
    const lines = ["- A1:B1 → T", "- A2:A3 → L", "- B2:B3 → R", "- A4:B4 → K", "row heights: row 1 10%, row 2 30%, row 3 30%, row 4 30%"];
    expect(rangeLayout(lines, 1)!.rows.map((r) => r.ratio)).toEqual([10, 60, 30]);
  });

  it("takes ranges that overlap, or fewer than three, for no layout", () => {
    expect(rangeLayout(["- A1:B2 → x", "- B2:C3 → y", "- A4 → z"], 1)).toBeUndefined();
    expect(rangeLayout(["- A1:B1 → x", "- A2 → y"], 1)).toBeUndefined();
    expect(rangeLayout(["- A4: 가로", "- A4: 인쇄", "- A4: 기본"], 1)).toBeUndefined();
  });

  it("reads a long hostile list of ranges", () => {
    const lines = Array.from({ length: 2000 }, (_, k) => `- A${(k % 90) + 1}:${"L".repeat(1)}${(k % 90) + 1} → ${"x ".repeat(150)}`);
    // The ranges overlap (A1:L1 again and again): no layout, and no hang finding that out.
    expect(rangeLayout(lines, 1)).toBeUndefined();
  });
});

describe("a plan section naming its box by the layout's range", () => {
  const ranges = ["- A1:D1 → 🏷️ 제목 배너 (MY CHAPTER TITLE)", "- A2:B3 → 🅰️ ALPHA", "- C2:D2 → 🅱️ BETA", "- C3:D3 → 🧪 GAMMA", "- A4:D4 → 📌 TAKEAWAYS"];
  const plan = (opening: string, title = "## 1. 원인은 여기", extra: string[] = []): string[] => [title, opening, "- 훈련 데이터의 어조가 원인", ...extra, "## 🅱️ Beta", "- two", "## 🧪 Gamma", "- three", "## 📌 Takeaways", "- four"];

  it("puts a section whose opening line names a range in that range's box, its quote too", async () => {
    const quote = ["", "「모델은 다음 토큰을 샘플링할 뿐이에요.」", "— 카파시"];
    const { sheet } = await readSheet(promptDoc(ranges, plan("A2:B3 영역에는 원인을 보여 주세요.", undefined, quote), { fenced: false }));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("bullets");
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).toMatch(/훈련 데이터의 어조가 원인/);
  });

  it("puts one whose title opens with a cell and a word for a box there", async () => {
    const { sheet } = await readSheet(promptDoc(ranges, plan("- 하나 더", "## C3:D3 칸 — 세 번째"), { fenced: false }));
    expect(JSON.stringify(panel(sheet, /GAMMA/).blocks)).toMatch(/훈련 데이터의 어조가 원인/);
  });

  it("reads a range or a bracketed cell at a line's start, never a lone cell in running words", () => {
    expect(rangeRef("A2:B3 영역에는 …")).toBe("A2:B3");
    expect(rangeRef("[d3] 웹 검색")).toBe("D3");
    expect(rangeRef("C3 칸: …")).toBe("C3");
    expect(rangeRef("A4 가로로 그려 주세요")).toBeUndefined();
    expect(rangeRef("B2B 시장")).toBeUndefined();
  });
});

describe(`the fixture ${HM}`, () => {
  it("reads the ranges as the writer's page: a banner, WHY down two rows on the left, four boxes beside it, the takeaways", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["WHY HALLUCINATE?", "PROBING: 모델이 아는 것 알아내기"], ['MITIGATION 1: "I don\'t know"', "MITIGATION 2: 웹 검색 tool"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /WHY/).rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([12, 35, 35, 18]);
    expect(sheet.meta.banner).toMatch(/^HALLUCINATIONS: 모델은 왜 지어내고/);
    expect(warnings.join("\n")).not.toMatch(/no box diagram|default layout/);
  });

  it("puts each section, its diagram and its corner-bracket quote in its box, and the keycap lines as takeaways", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(kinds(panel(sheet, /WHY/))).toEqual(["bullets", "quote"]);
    expect(kinds(panel(sheet, /MITIGATION 2/))).toEqual(["flowchart", "table", "quote"]);
    expect(quotes(panel(sheet, /WHY/).blocks)).toEqual(["모델은 인터넷에 접근하지 않습니다. 그냥 다음 토큰을 샘플링할 뿐이에요."]);
    expect(quotes(panel(sheet, /MITIGATION 1/).blocks)).toEqual(['그 뉴런이 켜질 때 "모른다"고 말하도록 연결만 해 주면 됩니다.']);
    expect(quotes(panelsOf(sheet).flatMap((p) => p.blocks))).toHaveLength(3);
    const take = panel(sheet, /TAKEAWAYS/).blocks[0]!;
    expect(take.kind === "bullets" && take.style).toBe("takeaways");
    expect(take.kind === "bullets" && take.items).toHaveLength(4);
    expect(JSON.stringify(sheet)).not.toMatch(/A2:B3/);
  });
});
