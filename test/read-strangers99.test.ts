// Chapters written by others, read as their writers meant: a tool-use chapter whose layout is a designer's brief,
// one spec card a panel (`[패널 3]` over `- 위치: 2행 오른쪽 (세로로 3행까지)`, `- 크기: 가로 35%`, `- 제목: …`,
// `- 내용: 아래 "웹 검색" 섹션`, `- 인용: "…", 1개`) and a page card giving the row heights; a card's content line
// that only points at the plan part filling its box. Each rule is tested on a small input of its own and on the
// fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { pointsAtPlanPart } from "../src/read/prompt/section-pointer.js";
import { cardLayout } from "../src/read/prompt/spec-cards.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const CARDS = "tool-use-working-memory-designer-spec-cards";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${CARDS}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## Alpha part", "- one alpha", "## Beta part", "- two beta", "## Gamma part", "- three gamma", "## Delta part", "- four delta"];

/** A brief of cards: a title across row 1, ALPHA left of BETA (down rows 2–3), GAMMA under ALPHA, DELTA across row 4. */
const brief = (o: { heights?: string; quote?: string } = {}): string[] => [
  "[전체]",
  `- 행 높이: ${o.heights ?? "10 / 35 / 35 / 20"}`,
  "",
  "[패널 1]",
  "- 위치: 1행 전체",
  "- 제목: 🍌 Test Cheat Sheet",
  "",
  "[패널 2]",
  "- 위치: 2행 왼쪽",
  "- 크기: 가로 60%",
  "- 제목: ALPHA",
  "- 내용: 아래 \"Alpha part\" 섹션",
  `- 인용: ${o.quote ?? "없음"}`,
  "",
  "[패널 3]",
  "- 위치: 2행 오른쪽 (세로로 3행까지)",
  "- 크기: 가로 40%, 높이 2행+3행",
  "- 제목: BETA",
  "",
  "[패널 4]",
  "- 위치: 3행 왼쪽",
  "- 크기: 가로 60%",
  "- 제목: GAMMA",
  "",
  "[Panel 5]",
  "- Position: bottom row, full width",
  "- Title: DELTA",
];

describe("a layout given as one spec card a panel", () => {
  it("reads rows, widths, the panel running down two rows and the page card's row heights", async () => {
    const { sheet } = await readSheet(promptDoc(brief(), PLAN, { fenced: false, layoutHeading: "# 레이아웃" }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"], ["DELTA"]]);
    expect(ratios(sheet)).toEqual([10, 35, 35, 20]);
    const row2 = sheet.rows[1]!;
    expect(row2.kind === "panels" && row2.panels.map((p) => Math.round((p.width ?? 0) * 100))).toEqual([60, 40]);
    expect(row2.kind === "panels" && row2.panels[1]!.rowSpan).toBe(2);
  });

  it("puts a card's quote in its panel", async () => {
    const { sheet } = await readSheet(promptDoc(brief({ quote: "\"Gamma words are never alpha words at all\", 1개" }), PLAN, { fenced: false, layoutHeading: "# 레이아웃" }));
    expect(quotes(panel(sheet, /^ALPHA/).blocks)).toEqual(["Gamma words are never alpha words at all"]);
  });

  it("leaves cards that place fewer than three panels to the other readers", async () => {
    const lines = brief();
    expect(cardLayout(lines, 1)?.rows.length).toBe(4);
    expect(cardLayout(lines.slice(0, 14), 1)).toBeUndefined();
  });
});

describe("a box line that only points at the plan part filling it", () => {
  it("is a pointer when it names the part in marks or says where it is", () => {
    expect(pointsAtPlanPart('아래 "왜 환각이 생길까" 섹션 (마인드맵)')).toBe(true);
    expect(pointsAtPlanPart('"파라미터 vs 컨텍스트" 비교표')).toBe(true);
    expect(pointsAtPlanPart("the takeaways list below (5 items, numbered)")).toBe(true);
    expect(pointsAtPlanPart("토큰은 아래 표의 단위")).toBe(false);
    expect(pointsAtPlanPart('"Knowledge is a vague recollection"')).toBe(false);
    expect(pointsAtPlanPart("모델이 모르면 검색 섹션으로 넘어감")).toBe(false);
  });

  it("is not drawn over the part it points at", async () => {
    const { sheet } = await readSheet(promptDoc(brief(), PLAN, { fenced: false, layoutHeading: "# 레이아웃" }));
    expect(panel(sheet, /^ALPHA/).lead.map(richText)).toEqual([]);
  });
});

describe("the designer's-brief fixture", () => {
  it("reads as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["왜 환각이 생길까? (Why Hallucinate)", "웹 검색 (Web Search)"], ["완화책 ①: 모른다고 말하기", "기억의 두 종류"], ["Key Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 35, 35, 20]);
    expect(sheet.meta.banner ?? "").toMatch(/^$|환각/);
    expect(kinds(panel(sheet, /^웹 검색/))).toEqual(["bullets", "flowchart", "quote"]);
    expect(quotes(panel(sheet, /^왜 환각/).blocks)).toEqual(["The model is not looking it up, it's just imitating the style of a confident answer"]);
    expect(quotes(panel(sheet, /^기억의 두 종류/).blocks)).toEqual(["If you want an accurate summary, paste the chapter in"]);
    expect(panel(sheet, /^완화책/).lead).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
