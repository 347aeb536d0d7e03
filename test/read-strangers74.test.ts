// Chapters written by others, read as their writers meant: a knowledge-of-self chapter on 16:9 whose drawing mixes
// heavy `┏━┓` and rounded `╭─╮` boxes, writes each row's height after its last box (`┛ 30%`) though the rows are
// typed a column or two apart, has five boxes in its middle row and a sidebar on the left over the bottom two,
// titles its boxes in Korean only while the plan's headings are in English only, sketches its code card cut short
// in its box, and writes one quote's opening in quotation marks inside the quotes box.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const KS = "knowledge-of-self-mixed-frames-trailing-ratios-left-sidebar";
const path = join(FIXTURES_DIR, "prompts", `${KS}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a row's height written after its own last box, the title row drawn wider", () => {
  // The rows below the title end a dozen columns short of it: their `40%` and `50%` stand inside the title's
  // width, yet beside their own boxes.
  const drawing = [
    "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
    "┃ 🍌 TITLE 🍌                            ┃ 10%",
    "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
    "╭────────────╮ ╭────────────╮",
    "│ 🅰️ ALPHA   │ │ 🅱️ BETA    │",
    "│ a words    │ │ b words    │",
    "╰────────────╯ ╰────────────╯ 40%",
    "╭───────────────────────────╮",
    "│ 📌 TAKEAWAYS              │",
    "╰───────────────────────────╯ 50%",
  ];

  it("reads each percent as its row's height", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 40, 50]);
  });
});

describe("a code card sketched cut short in its box", () => {
  const drawing = [
    "┌────────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                    │",
    "└────────────────────────────────────────────────┘",
    "┌────────────────────────────────────────────────┐",
    "│ 💻 SAMPLE                                      │",
    '│ {"role": "user", "content": "Who built you?"}  │',
    '│ {"role": "bot", "content": "I am Alpha ..."}   │',
    "└────────────────────────────────────────────────┘",
  ];
  const plan = (card: string[]): string[] => ["## 💻 Sample", "```json", ...card, "```", "## 📌 Takeaways", "- three"];

  it("leaves the sketch out once the card is drawn", async () => {
    const card = ['{"role": "user", "content": "Tell me about yourself. Who built you?"}', '{"role": "bot", "content": "I am Alpha, a model built by Beta."}'];
    const { sheet } = await readSheet(promptDoc(drawing, plan(card)));
    expect(kinds(panel(sheet, /SAMPLE/))).toContain("code");
    expect(panel(sheet, /SAMPLE/).lead).toEqual([]);
  });

  it("keeps box lines that are not the card's lines", async () => {
    const card = ['{"content": "Who built you?", "role": "user"}', '{"id": 1, "text": "I am Alpha"}'];
    const { sheet } = await readSheet(promptDoc(drawing, plan(card)));
    expect(panel(sheet, /SAMPLE/).lead.map(richText)).toHaveLength(2);
  });
});

describe("a quote whose opening one box writes in quotation marks", () => {
  // A long QUOTES box in a thin row: its guessed room is small, and the quote's words alone would send it to ALPHA.
  const drawing = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "└──────────────────────────────────────────┘",
    "┌────────────────────┐ ┌───────────────────┐",
    "│ 🅰️ ALPHA           │ │ 🅱️ BETA           │",
    "│ alpha person words │ │ b words           │",
    "└────────────────────┘ └───────────────────┘",
    "┌──────────────────────────────────────────┐",
    "│ 💬 QUOTES                                │",
    '│ "Alpha is not a person"                  │',
    "└──────────────────────────────────────────┘",
  ];
  const doc = (after: string[]): string =>
    [
      promptDoc(drawing, [...PLAN.slice(0, 4), "## 💬 Quotes", '> "One long saying about beta that fills the box of quotes to its brim and more."', "", '> "Another long saying about the gamma words that fills the box of quotes."', "", ...PLAN.slice(4)], { after }).replace(
        "# Output Structure Plan",
        "# Output Style\n4. **Quotable Insights**:\n   - \"Alpha is not a person, it is a function of alpha person words and persistent existence\"\n\n# Output Structure Plan",
      ),
    ].join("\n");

  it("goes to that box, which then does not show its opening again", async () => {
    const { sheet } = await readSheet(doc(["| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 중단 | 84% |", "| 하단 | 6% |", ""]));
    expect(quotes(panel(sheet, /QUOTES/).blocks)).toContain("Alpha is not a person, it is a function of alpha person words and persistent existence");
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual([]);
    expect(panel(sheet, /QUOTES/).lead).toEqual([]);
  });
});

describe("the knowledge-of-self fixture", () => {
  it("reads its mixed heavy and rounded boxes into five rows with the heights written beside them", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${KS}.txt`, page: "16:9" });
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([
      ["title"],
      ["자기 인식", "대답은 어디서 오나?"],
      ["학습 데이터", "하드코딩 SFT", "시스템 메시지", "OLMo 사례", "환각"],
      ["핵심 정리", "SFT 대화 예시 (코드)"],
      ["Karpathy 어록"],
    ]);
    expect(ratios(sheet)).toEqual([10, 20, 30, 25, 15]);
    expect(panel(sheet, /핵심 정리/).rowSpan).toBe(2);
  });

  it("matches each English plan section to its Korean box by emoji", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${KS}.txt`, page: "16:9" });
    expect(kinds(panel(sheet, /자기 인식/))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, /대답은/))).toEqual(["table", "flowchart"]);
    expect(kinds(panel(sheet, /환각/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /SFT 대화 예시/))).toEqual(["code"]);
    expect(panel(sheet, /SFT 대화 예시/).lead).toEqual([]);
    expect(panel(sheet, /핵심 정리/).blocks[0]).toMatchObject({ kind: "bullets", style: "takeaways" });
  });

  it("puts all three quotes in the quotes box, the one its box opens there too", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${KS}.txt`, page: "16:9" });
    const q = quotes(panel(sheet, /Karpathy 어록/).blocks);
    expect(q).toHaveLength(3);
    expect(q.some((t) => /^This is a nonsensical question/.test(t))).toBe(true);
    expect(panel(sheet, /Karpathy 어록/).lead).toEqual([]);
  });
});
