// Chapters written by others, read as their writers meant: a dense reinforcement-learning chapter drawn in a
// `╔═╦═╗` double-line grid whose row heights stand in brackets inside each row's first box (`[h:30%]`), its flow
// section a fenced chart with notes under it; and a spelling chapter full of Unicode the faces may lack — emoji
// sequences that drift a `+--+` drawing's walls, kana, and box-drawing characters in a code block.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { romaji } from "../src/fonts/kana.js";
import { drawnForm, measureRuns } from "../src/fonts/measure.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));

const RL = "rl-practice-problems-double-grid-inline-h-marks";
const STRAWBERRY = "strawberry-spelling-unicode-zwj-plus-boxes-md-ratios";

describe("a row height written in brackets inside the row's first box", () => {
  const grid = (mark: (h: number) => string): string[] => [
    "╔══════════════════════════════════════╗",
    `║ ${mark(20).padEnd(37)}║`,
    "║ 🍌 TITLE 🍌                          ║",
    "╠═══════════════════╦══════════════════╣",
    `║ ${mark(50).padEnd(18)}║                  ║`,
    "║ 🅰️ ALPHA           ║ 🅱️ BETA           ║",
    "╠═══════════════════╩══════════════════╣",
    `║ ${mark(30).padEnd(37)}║`,
    "║ 📌 TAKEAWAYS                         ║",
    "╚══════════════════════════════════════╝",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  for (const [name, mark] of [["[h:NN%]", (h: number) => `[h:${h}%]`], ["(h=NN)", (h: number) => `(h=${h})`], ["{height: NN%}", (h: number) => `{height: ${h}%}`]] as const) {
    it(`takes ${name} out with its brackets and keeps the height`, async () => {
      const { sheet } = await readSheet(promptDoc(grid(mark), plan));
      expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
      expect(ratios(sheet)).toEqual([20, 50, 30]);
    });
  }

  it("keeps brackets that hold the box's words", async () => {
    const words = grid((h) => `[h:${h}%]`).map((l) => l.replace("🅰️ ALPHA          ", "🅰️ ALPHA [draft]  "));
    const { sheet } = await readSheet(promptDoc(words, plan));
    expect(titles(sheet)[1]![0]).toMatch(/ALPHA \[draft\]/);
  });

  it("reads the RL chapter's four rows at the heights written in them, every box titled by its words", async () => {
    const { sheet } = await readSheet(fixture(RL));
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(titles(sheet).slice(1)).toEqual([
      ["교과서 비유 (TEXTBOOK ANALOGY)", "EMILY'S APPLES", "SAMPLE & REINFORCE"],
      ["SFT vs RL 비교표", "RL MIND MAP", "3단계 파이프라인"],
      ["KARPATHY 명언", "KEY TAKEAWAYS"],
    ]);
    expect(JSON.stringify(sheet)).not.toMatch(/\[ \]|h:\d/);
  });
});

describe("a wall that drifts with an emoji sequence on its way down", () => {
  const drawing = (family: string): string[] => [
    "+--------------------------------------------------+",
    "| 🍌 TITLE 🍌                                      |",
    "+--------------------------------------------------+",
    "| 🅰️ ALPHA          | 🅱️ BETA         | 📌 TAKEAWAYS |",
    `| ${family} family    | b words         | t words      |`,
    "+------------------+-----------------+--------------+",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("follows each `|` down by its order when the line has as many of them", async () => {
    // The family emoji typed as wide as an editor without ZWJ draws it (three people, six columns): that line's
    // walls stand four columns left of the walls above, counted in screen columns or in characters alike.
    const { sheet } = await readSheet(promptDoc(drawing("👨‍👩‍👧"), plan));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA", "TAKEAWAYS"]);
  });

  it("reads the spelling chapter's bottom row as its three boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture(STRAWBERRY));
    expect(titles(sheet).slice(1)).toEqual([["CHARACTERS ≠ TOKENS", "THE STRAWBERRY PROBLEM"], ["EMOJI & UNICODE TOKENS", "FIX: USE CODE", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 45, 45]);
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toContain("bullets");
    expect(warnings.filter((w) => /no junction/.test(w))).toHaveLength(3);
  });
});

describe("a one-arrow note under a flow section's fenced chart", () => {
  const flow = (fenced: boolean): string[] => [
    "## 🅰️ Alpha (Flowchart)",
    ...(fenced ? ["```mermaid", "flowchart TD", "  A[Prompt] --> B{Correct?}", "  B -- Yes --> C[Keep]", "  C --> A", "```"] : []),
    "- 15 samples, 4 correct → keep those 4",
    "- Prompt → Sample → Check → Update",
    "## 🅱️ Beta",
    "- two",
  ];
  const layout = ["+--------------------+", "| 🍌 TITLE 🍌        |", "+--------------------+", "| 🅰️ ALPHA | 🅱️ BETA |", "+--------------------+"];

  it("is a sentence beside the chart, while a longer chain under it is still drawn", async () => {
    const { sheet } = await readSheet(promptDoc(layout, flow(true)));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["flowchart", "flowchart", "bullets"]);
  });

  it("is the chart itself in a flow section without one", async () => {
    const { sheet } = await readSheet(promptDoc(layout, flow(false)));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["flowchart", "flowchart"]);
  });

  it("keeps the RL chapter's `15개 중 4개 정도 정답 → 그 4개를 강화` a sentence under its loop chart", async () => {
    const { sheet } = await readSheet(fixture(RL));
    const p = panel(sheet, /SAMPLE & REINFORCE/);
    expect(kinds(p)).toEqual(["flowchart", "bullets"]);
    expect(JSON.stringify(p.blocks[1])).toMatch(/15개 중 4개 정도 정답 → 그 4개를 강화/);
  });
});

describe("characters no bundled face draws", () => {
  it("writes kana in Hepburn romaji", () => {
    expect(romaji("トークン")).toBe("tookun");
    expect(romaji("きゃく")).toBe("kyaku");
    expect(romaji("がっこう")).toBe("gakkou");
    expect(romaji("しゃしん")).toBe("shashin");
    expect(romaji("マッチ")).toBe("matchi");
  });

  it("measures and draws a kana word as its romaji, and a flag as its two letters", () => {
    expect(measureRuns("일본어 トークン 예시", 16).map((r) => r.text).join("")).toBe("일본어 tookun 예시");
    expect(measureRuns("🇰🇷 Korea", 16).filter((r) => r.kind === "emoji").map((r) => r.text)).toEqual(["🇰", "🇷"]);
  });

  it("says in one line each the kana words and the flags drawn another way", async () => {
    const { warnings } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- トークン is 3 tokens", "- 🇰🇷 and トークン again, ひらがな too", "## 🅱️ Beta", "- two"]));
    expect(warnings.filter((w) => /kana|flag/.test(w))).toEqual([
      'no bundled font draws Japanese kana; written in romaji: "トークン" as "tookun", "ひらがな" as "hiragana"',
      "no emoji art for flags; drawn as their letters: 🇰🇷 as 🇰 🇷",
    ]);
  });

  it("says what the spelling chapter's page shows in another form, and no glyph is missing from it", async () => {
    const { sheet, warnings } = await readSheet(fixture(STRAWBERRY));
    expect(warnings.filter((w) => /kana|flag/.test(w))).toHaveLength(2);
    const drawn = JSON.stringify(sheet.rows);
    expect(drawn).toMatch(/│ straw │ berry │/);
  });

  it("draws the box-drawing characters the faces lack as the nearest line they have", () => {
    expect(["│", "┃", "║", "┬", "┼", "├", "━", "╭", "╯"].map(drawnForm)).toEqual(["|", "|", "|", "+", "+", "+", "─", "┌", "┘"]);
    // Those a face has are drawn as they are.
    expect(["─", "└", "┘"].map(drawnForm)).toEqual(["─", "└", "┘"]);
  });
});

describe("the writer's notes on a box's form and count", () => {
  const boxes = (quotesTitle: string, chainNote: string, countLine: string): string[] => [
    "┌──────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                  │",
    "└──────────────────────────────────────────────┘",
    "┌──────────────────────┐ ┌─────────────────────┐",
    `│ 🔗 PIPELINE          │ │ ${quotesTitle.padEnd(20)}│`,
    `│ ${chainNote.padEnd(21)}│ │                     │`,
    "└──────────────────────┘ └─────────────────────┘",
    "┌──────────────────────────────────────────────┐",
    "│ 📌 TAKEAWAYS                                 │",
    `│ ${countLine.padEnd(45)}│`,
    "└──────────────────────────────────────────────┘",
  ];
  const plan = [
    "## 🔗 Pipeline",
    "```mermaid",
    "flowchart LR",
    "  A[Pretraining] --> B[SFT] --> C[RL]",
    "```",
    "## 💬 Quotes",
    '> "Alpha words are the first thing we learn."',
    "",
    '> "Beta words come right after alpha words."',
    "## 📌 Takeaways",
    "1. one",
    "2. two",
    "3. three",
  ];

  it("drops a bracketed chain note under the title, a bracketed quote count and a count line naming two words", async () => {
    const { sheet } = await readSheet(promptDoc(boxes("💬 명언 (quotes x2)", "(LR chain)", "3가지 핵심 정리"), plan));
    expect(titles(sheet)[1]).toEqual(["PIPELINE", "명언"]);
    expect(panel(sheet, /TAKEAWAYS/).lead).toEqual([]);
  });

  it("keeps a count that is not the box's and a bracketed line that names no form", async () => {
    const { sheet } = await readSheet(promptDoc(boxes("💬 명언 (quotes x5)", "(Karpathy's order)", "7가지 핵심 정리"), plan));
    expect(titles(sheet)[1]![1]).toMatch(/\(quotes x5\)/);
    expect(JSON.stringify(sheet)).toMatch(/Karpathy's order/);
    expect(panel(sheet, /TAKEAWAYS/).lead).toHaveLength(1);
  });

  it("titles the RL chapter's quotes and pipeline boxes without the notes, and drops its `5가지 핵심 정리`", async () => {
    const { sheet } = await readSheet(fixture(RL));
    expect(titles(sheet)[2]![2]).toBe("3단계 파이프라인");
    expect(titles(sheet)[3]).toEqual(["KARPATHY 명언", "KEY TAKEAWAYS"]);
    expect(panel(sheet, /KEY TAKEAWAYS/).lead).toEqual([]);
  });
});
