// Chapters written by others, read as their writers meant: a training chapter whose drawing titles each box with a
// caption under it (`↑ [A] 📉 LOSS CURVE`), the box holding only a short description; whose row heights are units
// that add up in a sentence (`2 + 5 + 3 (총 10칸)`); whose plan sections are keyed by grid coordinates
// (`### (r2,c1) 📉 LOSS CURVE`, `### [3행 2열] 📌 …`); whose one-row box holds a top-down Mermaid loop asked for
// without a colon (`- 아래 흐름을 mermaid로 그려줘 (…)`). Each rule is tested on a small input of its own and on
// the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { captionTitle } from "../src/read/prompt/under-titles.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NN = "nn-training-loss-captions-under-boxes-grid-coords-units";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NN}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** A title over two boxes holding a description each, and 📌 TAKEAWAYS, each box's title written under it. */
const captioned = (a: string, b: string, c: string): string[] => [
  "+==========================================+",
  "| 🍌 TITLE 🍌                              |",
  "+==========================================+",
  "",
  "  +------------------+  +-----------------+",
  "  | a words          |  | b words         |",
  "  +------------------+  +-----------------+",
  `    ${a.padEnd(21)}${b}`,
  "",
  "  +-------------------------------------+",
  "  | t words                             |",
  "  +-------------------------------------+",
  `    ${c}`,
];

describe("titles written under the boxes as captions", () => {
  it("titles each box with the caption under it, its arrow and tag taken off, the description kept as its line", async () => {
    const { sheet } = await readSheet(promptDoc(captioned("↑ [A] 🅰️ ALPHA", "↑ [B] 🅱️ BETA", "↑ [C] 📌 TAKEAWAYS"), PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(richText(panel(sheet, /ALPHA/).lead[0]!)).toBe("a words");
  });

  it("reads a tag alone as the mark too: `(A) ALPHA`", async () => {
    const { sheet } = await readSheet(promptDoc(captioned("(A) 🅰️ ALPHA", "(B) 🅱️ BETA", "(C) 📌 TAKEAWAYS"), PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("leaves one arrowed remark under one box what it was, not a title", async () => {
    const { sheet } = await readSheet(promptDoc(captioned("↑ 여기가 제일 커야 함", "", ""), PLAN));
    expect(titles(sheet)[1]).toEqual(["a words", "b words"]);
  });

  it("takes a caption as a title only when it is marked as one", () => {
    expect(captionTitle("↑ [D] 👀 SAMPLES DURING TRAINING")).toBe("👀 SAMPLES DURING TRAINING");
    expect(captionTitle("(2) 손실 곡선")).toBe("손실 곡선");
    expect(captionTitle("↑ 📉 LOSS CURVE")).toBe("📉 LOSS CURVE");
    expect(captionTitle("↑ 여기가 제일 커야 함")).toBeUndefined();
    expect(captionTitle("step 1: 횡설수설")).toBeUndefined();
  });
});

describe("row heights as units that add up, in a sentence", () => {
  const three = [
    "┌──────────────────────────┐",
    "│ 🍌 TITLE 🍌              │",
    "├──────────────────────────┤",
    "│ ALPHA                    │",
    "├──────────────────────────┤",
    "│ BETA                     │",
    "├──────────────────────────┤",
    "│ 📌 TAKEAWAYS             │",
    "└──────────────────────────┘",
  ];

  it("reads `2 + 5 + 3 (총 10칸)` as the three boxes' rows, the total no row's height", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(three, PLAN, { after: ["", "높이 비율은 2 + 5 + 3 (총 10칸)으로 해줘.", ""] }));
    expect(ratios(sheet)).toEqual([10, 18, 45, 27]);
    expect(warnings.join("\n")).not.toMatch(/row heights for the drawing/);
  });
});

describe("a point over a Mermaid fence asking for it without a colon", () => {
  const plan = (ask: string): string[] => ["## 🅰️ Alpha", ask, "", "```mermaid", "graph TD", "  A[one] --> B[two]", "  B --> C[three]", "```", ...PLAN.slice(2)];
  const two = ["+-----------------+ +-----------------+", "| 🅰️ ALPHA        | | 🅱️ BETA         |", "+-----------------+ +-----------------+", "+-----------------+", "| 📌 TAKEAWAYS    |", "+-----------------+"];

  it("is the artist's instruction, not a point of the panel, with an aside in brackets after it", async () => {
    const { sheet } = await readSheet(promptDoc(two, plan("- 아래 흐름을 mermaid로 그려줘 (update 한 번이 도는 루프)")));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["flowchart"]);
  });

  it("keeps a point that asks for nothing", async () => {
    const { sheet } = await readSheet(promptDoc(two, plan("- update 한 번이 도는 루프")));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "flowchart"]);
  });
});

describe(`the fixture ${NN}`, () => {
  it("reads the captions as titles, the heights as written, and the middle row 6:4", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NN}.txt` });
    expect(titles(sheet)).toEqual([["title"], ["PARAMETERS", "ONE UPDATE STEP"], ["LOSS CURVE", "SAMPLES DURING TRAINING"], ["BY THE NUMBERS", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 18, 45, 27]);
    const mid = sheet.rows[2]!;
    expect(mid.kind === "panels" && mid.panels.map((p) => p.width)).toEqual([0.6, 0.4]);
    expect(JSON.stringify(sheet)).not.toMatch(/mermaid로 그려줘|↑ \[/);
  });

  it("puts the grid-keyed sections, the loop chart and the quotes about a panel in it", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NN}.txt` });
    expect(kinds(panel(sheet, /ONE UPDATE STEP/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /LOSS CURVE/))).toContain("table");
    expect(kinds(panel(sheet, /BY THE NUMBERS/))).toEqual(["table"]);
    expect(quotes(panel(sheet, /LOSS CURVE/).blocks)[0]).toMatch(/^"The number I'm watching most closely is the loss/);
    expect(quotes(panel(sheet, /SAMPLES/).blocks).some((q) => /^"At step one it's total garbage/.test(q))).toBe(true);
  });

  it("fits both pages, the loop chart on its side in its low band", async () => {
    for (const page of ["a4", "16:9"] as const) {
      const { sheet } = await readSheet(fixture(), { file: `${NN}.txt`, page });
      const laid = await layoutSheet(sheet, { page });
      expect(laid.panels.filter((p) => p.overflow).map((p) => p.title)).toEqual([]);
    }
  });
});
