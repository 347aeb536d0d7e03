// Chapters written by others, read as their writers meant: a reinforcement-learning chapter whose whole output
// plan is one table, a row a panel (`| 패널 | 들어갈 내용 | 시각 요소 |`), its cells holding several lines joined by
// `<br>`, the visual cell naming a flowchart or a quote; a layout drawn with `+---+` corners, five boxes across
// its middle row whose Korean titles the boxes broke over two lines; rows given as `2fr / 5fr / 3fr`; and a code
// fence after the table under a line naming the panel it goes in.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { parseMarkdown } from "../src/read/prompt/sections.js";
import { tablePlan } from "../src/read/prompt/table-plan.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const RL = "rl-textbook-practice-plan-table-br-cells-plus-corners-fr-rows";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${RL}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const items = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : []));

const TABLE = [
  "아래 표가 전체 계획입니다. 한 줄 = 한 패널.",
  "",
  "| 패널 | 들어갈 내용 | 시각 요소 |",
  "|---|---|---|",
  "| 🅰️ Alpha | • **one** point<br>• two point | 인용: \"Alpha is the first letter\" |",
  "| 🅱️ Beta | beta words here | flowchart: 문제 → 풀이 → 채점 |",
  "| 📌 Takeaways | • three<br>• four | 체크리스트 |",
];

describe("a plan written as one table, a row a panel", () => {
  it("reads each row as a section: its bulleted lines a list, its quote a quote, its chain a flowchart", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, TABLE));
    expect(warnings.join("\n")).not.toMatch(/has no sections|before the first plan section/);
    const a = panel(sheet, /ALPHA/);
    expect(items(a.blocks)).toEqual(["one point", "two point"]);
    expect(quotes(a.blocks)).toEqual(["Alpha is the first letter"]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["paragraph", "flowchart"]);
    expect(items(panel(sheet, /TAKEAWAYS/).blocks)).toEqual(["three", "four"]);
    // A note on how to draw (`체크리스트`) and the line introducing the table are not drawn.
    expect(JSON.stringify(sheet)).not.toMatch(/체크리스트|전체 계획/);
  });

  it("keeps a table of other columns inside a section a table", async () => {
    const plan = ["## 🅰️ Alpha", "| 패널 | 내용 |", "|---|---|", "| x | y |", "| z | w |", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["table"]);
  });

  it("reads a table of two thousand rows, with five hundred fences after it", () => {
    const rows = Array.from({ length: 2000 }, (_, k) => `| 🅰️ Alpha ${k} | ${"• point words<br>".repeat(8)}• x | 인용: "${"q ".repeat(60)}" |`);
    const after = Array.from({ length: 500 }, (_, k) => [`🅰️ Alpha ${k} 패널에 넣을 코드:`, "", "```", "x", "```", ""]).flat();
    const nodes = parseMarkdown([...TABLE.slice(2, 4), ...rows, "", ...after].join("\n")).children;
    const read = tablePlan(nodes);
    expect(read.filter((n) => n.type === "heading")).toHaveLength(2000);
    expect(read.filter((n) => n.type === "code")).toHaveLength(500);
  }, 60000);

  it("puts a fence after the table in the panel the line over it names", async () => {
    const code = ["", "🅱️ Beta 패널에 넣을 코드:", "", "```python", "def f():", "    return 1", "```"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, [...TABLE, ...code]));
    expect(kinds(panel(sheet, /BETA/))).toContain("code");
    expect(kinds(panel(sheet, /TAKEAWAYS/))).not.toContain("code");
  });
});

describe("a table the visual cell asks for by its columns", () => {
  const plan = (points: string) => [
    "| 패널 | 들어갈 내용 | 시각 요소 |",
    "|---|---|---|",
    `| 🅰️ Alpha | ${points} | 표: 단계 비교 (단계 / 모델 / 하는 일) |`,
    "| 🅱️ Beta | • two | 아이콘: 책 |",
  ];

  it("fills it with the row's points, each cut at its ` = ` and its `: `", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan("• **본문** = pretraining: 읽기<br>• **예제** = SFT: 따라 하기")));
    const table = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && [table.header, ...table.rows].map((r) => r.map(richText))).toEqual([
      ["단계", "모델", "하는 일"],
      ["본문", "pretraining", "읽기"],
      ["예제", "SFT", "따라 하기"],
    ]);
  });

  it("keeps points that do not cut so a list", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan("• 본문 = pretraining<br>• 예제 = SFT: 따라 하기")));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
  });
});

describe("a box title broken over two lines, written whole in the plan", () => {
  const boxes = [
    "+----------------------+---------------------+",
    "| 🍌 TITLE 🍌                                |",
    "+----------------------+---------------------+",
    "| 🎲 15개              | 🤔 왜 사람이         |",
    "|  풀이 시도           |  못 고르나?          |",
    "|  note line           |  other words        |",
    "+----------------------+---------------------+",
  ];
  const plan = ["## 🎲 15개 풀이 시도", "- a", "## 🤔 왜 사람이 못 고르나?", "- b"];

  it("joins the lines the plan's title says, and leaves the box's other lines", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, plan));
    expect(titles(sheet)[1]).toEqual(["15개 풀이 시도", "왜 사람이 못 고르나?"]);
    expect(panel(sheet, /^15개/).lead.map(richText)).toEqual(["note line"]);
  });

  it("leaves a title over a note when the plan's title is the first line alone", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, ["## 🎲 15개", "- a", "## 🤔 왜 사람이", "- b"]));
    expect(titles(sheet)[1]).toEqual(["15개", "왜 사람이"]);
  });
});

describe(`the fixture ${RL}`, () => {
  it("reads the panels, their titles whole, and the fr row ratios", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([
      ["title"],
      ["교과서 3요소", "Karpathy 한마디"],
      ["연습문제 = 정답만", "15개 풀이 시도", "정답 자동 채점", "왜 사람이 못 고르나?", "아직 초기 단계"],
      ["보상 함수 (코드)", "핵심 정리"],
    ]);
    const [, ...body] = ratios(sheet);
    expect(body[0]! * 5).toBeCloseTo(body[1]! * 2, -1);
    expect(body[2]! * 5).toBeCloseTo(body[1]! * 3, -1);
    expect(sheet.meta.title).toBe("18. Reinforcement Learning: 교과서의 연습문제");
  });

  it("draws the plan table's rows, quotes, flowchart and code where they belong", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(warnings.join("\n")).not.toMatch(/has no sections/);
    expect(quotes(panel(sheet, /Karpathy/).blocks)).toHaveLength(2);
    expect(quotes(panel(sheet, /왜 사람이/).blocks)).toEqual(["The model's cognition is different from ours"]);
    expect(kinds(panel(sheet, /15개 풀이 시도/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /보상 함수/))).toContain("code");
    const table = panel(sheet, /교과서/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.header.map(richText)).toEqual(["요소", "LLM 단계", "하는 일"]);
    expect(table?.kind === "table" && table.rows.map((r) => richText(r[1]!))).toEqual(["pretraining", "SFT", "RL"]);
    expect(panel(sheet, /핵심 정리/).blocks.find((b) => b.kind === "bullets")).toMatchObject({ style: "takeaways" });
  });
});
