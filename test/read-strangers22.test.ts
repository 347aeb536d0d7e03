// Chapters written by others, read as their writers meant: a whole-lecture summary packed on one A4 page (its
// quotes listed under a label that sends them all to one box, boxes holding stand-ins for what the plan will
// write — `"…"`, `1 ~ 6`, the table's head — titles counting what the box is to hold, and the middle row's widths
// said in a sentence); and a sparse chapter drawn as a quick grid of `+---+` rules split by `|` walls alone, its
// boxes named by bracketed letters (`[A]`) and a legend under the drawing.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { wordSet } from "../src/read/prompt/words.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const widths = (sheet: Sheet, row: number): (number | undefined)[] => {
  const r = sheet.rows[row];
  return r?.kind === "panels" ? r.panels.map((p) => p.width) : [];
};
const quoteTexts = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []));

const DENSE = "grand-summary-seven-panels-dense-a4";
const SPARSE = "where-to-use-letter-legend-16x9";

const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a grid of `+---+` rules split into boxes by `|` walls alone", () => {
  const grid = [
    "+------------------------------------------+",
    "|              🍌 TITLE 🍌                 |",
    "+------------------------------------------+",
    "|   🅰️ ALPHA         |   🅱️ BETA           |",
    "|   a words          |   b words           |",
    "+------------------------------------------+",
    "|   📌 TAKEAWAYS                           |",
    "+------------------------------------------+",
  ];

  it("reads a box on each side of a wall that runs the whole band", async () => {
    const { sheet } = await readSheet(promptDoc(grid, plan));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("keeps a `|` on some lines of a box only as the box's text", async () => {
    const typed = [...grid.slice(0, 3), "|   🅰️ ALPHA                              |", "|   x | y                                |", ...grid.slice(5)];
    const { sheet } = await readSheet(promptDoc(typed, plan));
    expect(titles(sheet)[1]).toEqual(["ALPHA"]);
  });
});

describe("boxes named by bracketed letters and a legend under the drawing", () => {
  const keyed = FIVE_BOXES.map((l) => l.replace("ALPHA      ", "[A]        ").replace("BETA       ", "[B]        ").replace(/[abcdt] words/, "       "));
  const legend = ["A = 🧪 실험 결과", "B = 🔭 관찰 노트"];

  it("titles each box by what the legend says its key stands for", async () => {
    const { sheet } = await readSheet(promptDoc(keyed, ["## 🧪 실험 결과", "- x", "## 🔭 관찰 노트", "- y"], { after: legend }));
    expect(titles(sheet)[1]!.slice(0, 2)).toEqual(["실험 결과", "관찰 노트"]);
    expect(kinds(panel(sheet, /실험 결과/))).toEqual(["bullets"]);
  });

  it("leaves the keys as drawn without a legend", async () => {
    const { sheet } = await readSheet(promptDoc(keyed, ["## 🧪 실험 결과", "- x"]));
    expect(JSON.stringify(titles(sheet))).toMatch(/\[A\]|"A"/);
  });
});

describe("a quotes label whose note sends them all to one box", () => {
  const style = (label: string): string[] => [
    "# Output Style",
    `- **Quotable Insights** ${label}:`,
    '  - "Alpha words are the first thing we learn"',
    '  - "Beta words come right after alpha words"',
  ];
  const withStyle = (label: string): string =>
    promptDoc(TWO_BOXES.map((l) => l.replace("TAKEAWAYS   ", "💬 명언     ")), ["## 🅰️ Alpha", "- alpha words", "## 🅱️ Beta", "- beta words"], { after: style(label) });

  it("puts every quote in the box the note names, though their words name other boxes", async () => {
    const { sheet } = await readSheet(withStyle("(전부 💬 명언 박스에)"));
    expect(quoteTexts(panel(sheet, /명언/))).toHaveLength(2);
  });

  it("drops the count from a quotes box's title when it holds that many (`명언 2`), and keeps another number", async () => {
    const titled = (count: string): string =>
      promptDoc(TWO_BOXES.map((l) => l.replace("TAKEAWAYS   ", `💬 명언 ${count}   `)), ["## 🅰️ Alpha", "- alpha words", "## 🅱️ Beta", "- beta words"], { after: style("(전부 💬 명언 박스에)") });
    expect(titles((await readSheet(titled("2"))).sheet)[2]![0]).toMatch(/명언$/);
    expect(titles((await readSheet(titled("3"))).sheet)[2]![0]).toMatch(/명언 3$/);
  });

  it("without the note, quotes go by their words", async () => {
    const { sheet } = await readSheet(withStyle(""));
    expect(quoteTexts(panel(sheet, /명언/)).length).toBeLessThan(2);
  });
});

describe("what a box holds in place of what the plan will write", () => {
  const stand = (lines: string[]): string[] => [
    ...TWO_BOXES.slice(0, 5),
    ...lines.map((l) => `| ${l.padEnd(19)}| | b words           |`),
    ...TWO_BOXES.slice(6),
  ];
  const tablePlan = ["## 🅰️ Alpha", "| Kind | Cost | Size |", "|---|---|---|", "| a | 1 | 2 |", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("drops an ellipsis in quotes, a range of item numbers and a sketch of the table's head", async () => {
    const { sheet } = await readSheet(promptDoc(stand(['"…"', "1 ~ 6", "Kind | Cost"]), tablePlan));
    expect(panel(sheet, /ALPHA/).lead).toEqual([]);
  });

  it("keeps a line with words of its own, and a head the table does not have", async () => {
    const { sheet } = await readSheet(promptDoc(stand(["3 steps to go", "Kind | Price"]), tablePlan));
    expect(panel(sheet, /ALPHA/).lead).toHaveLength(2);
  });

  it("drops a plan line pointing back at the quotes from the box that holds them", async () => {
    const quotes = ["# Output Style", "- **Quotable Insights** (전부 📌 박스에):", '  - "Three words said well"'];
    const pointing = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- 위 Quotable Insights를 말풍선으로"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, pointing, { after: quotes }));
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toEqual(["quote"]);
    const kept = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- 명언은 짧게 기억하기"];
    expect(kinds(panel((await readSheet(promptDoc(TWO_BOXES, kept, { after: quotes }))).sheet, /TAKEAWAYS/))).toContain("bullets");
  });
});

describe("a title counting what its box is to hold", () => {
  it("drops `(24개 잎)`, `(7행)` and `(6 items)`, and keeps a bracket that names something", async () => {
    const counted = TWO_BOXES.map((l) => l.replace("🅰️ ALPHA          ", "🅰️ MAP (24개 잎)   ").replace("🅱️ BETA          ", "🅱️ BETA (GPT-4)   ").replace("📌 TAKEAWAYS         ", "📌 TAKEAWAYS (6 items)"));
    const { sheet } = await readSheet(promptDoc(counted, plan));
    expect(titles(sheet)).toEqual([["title"], ["MAP", "BETA (GPT-4)"], ["TAKEAWAYS"]]);
  });
});

describe("a row's widths said in a sentence beside the drawing", () => {
  const three = [...FIVE_BOXES, ...FIVE_BOXES.slice(7).map((l) => l.replace("DELTA", "OMEGA").replace("📌 TAKEAWAYS", "🧭 SIGMA      "))];
  it("gives the middle row of boxes the shares a `middle` sentence states as a ratio", async () => {
    const { sheet } = await readSheet(promptDoc(three, plan, { after: ["세로 비율: 10 : 30 : 30 : 30. 가운데 줄은 왼쪽을 조금 더 넓게 60 : 40."] }));
    expect(widths(sheet, 2)).toEqual([0.6, 0.4]);
    expect(widths(sheet, 3)).not.toEqual([0.6, 0.4]);
  });

  it("reads `가로 16:9` as the page's shape, not the boxes' shares", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: ["세로 비율: 20 : 40 : 40. 가로로 넓게 16:9 로 해주세요."] }));
    expect(widths(sheet, 2)).not.toEqual([16 / 25, 9 / 25]);
  });
});

describe("a name written as an acronym and a word", () => {
  const named = TWO_BOXES.map((l) => l.replace("🅰️ ALPHA         ", "🅰️ LMArena 순위  ").replace("🅱️ BETA          ", "🅱️ LM Studio 실행 "));
  const quoted = (q: string): string =>
    promptDoc(named, ["## 🅰️ 순위", "- 사람이 비교", "## 🅱️ 실행", "- 노트북에서"], { after: ["# Output Style", "- **Quotable Insights**:", `  - "${q}"`] });

  it("matches the one word others write it as, and its short half names no other box", async () => {
    const { sheet } = await readSheet(quoted("LM Arena is where the crowd votes"));
    expect(quoteTexts(panel(sheet, /LMArena/))).toHaveLength(1);
  });

  it("joins no two words of a title-case phrase or a shouted title", () => {
    expect(wordSet("LM Arena")).toContain("lmarena");
    expect(wordSet("Human Ranking")).not.toContain("humanranking");
    expect(wordSet("AI NEWS").size).toBe(2);
  });

  it("takes stacked Korean particles off together", () => {
    expect(wordSet("맥북에서도 돌려요")).toContain("맥북");
  });
});

describe("the fixtures", () => {
  it("reads the dense summary's seven boxes, all five quotes in the quotes box, and no stand-ins", async () => {
    const { sheet, warnings } = await readSheet(fixture(DENSE));
    expect(warnings).toEqual([]);
    expect(titles(sheet).slice(1).map((r) => r.length)).toEqual([3, 2, 2]);
    expect(quoteTexts(panel(sheet, /명언/))).toHaveLength(5);
    expect(panel(sheet, /MIND MAP/).title).not.toMatch(/\(/);
    expect(JSON.stringify(sheet)).not.toMatch(/"…"|1 ~ 6|손글씨 말풍선/);
    expect(widths(sheet, 2)).toEqual([0.55, 0.45]);
  });

  it("reads the sparse chapter's five lettered boxes by their legend", async () => {
    const { sheet } = await readSheet(fixture(SPARSE));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["리더보드 (LMArena)", "독점 모델 (Proprietary)", "오픈 웨이트 (Open weights)"],
      ["내 컴퓨터에서 (LM Studio)", "한 줄 정리"],
    ]);
    expect(JSON.stringify(sheet)).not.toMatch(/\[[A-E]\]|"\|/);
  });
});
