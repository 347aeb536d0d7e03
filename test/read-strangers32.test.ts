// Chapters written by others, read as their writers meant: a tokenization chapter whose page is drawn as a Mermaid
// `flowchart TB` of one subgraph per row (`subgraph R2["Row 2 · 30%"]`, nodes as boxes, a row's widths said by
// box name in a note under it), its plan under a Korean heading glossed `(Output Structure Plan)` and closed by a
// request ending on `그려줘`; and a hallucinations chapter with no drawing at all — `3×2 그리드 + 하단 전체 폭 띠`,
// heights in a sentence — whose quotes sit under one `## 인용구` heading with their box in brackets or after `←`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { saidWidths } from "../src/read/prompt/said-widths.js";
import { sectionKindOf } from "../src/read/prompt/sections.js";
import { quoteNote } from "../src/read/prompt/quote-notes.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const words = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title));
const TOKENS = "tokenization-mermaid-subgraph-rows";
const HALLU = "hallucinations-grid-in-words-bracket-quotes";

const PLAN = ["# Output Structure Plan", "## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 📌 Takeaways", "- three", ""];
const flow = (body: string[], after: string[] = []): string => ["# Layout Structure", "```mermaid", "flowchart TB", ...body, "```", ...after, ...PLAN].join("\n");

describe("a page layout drawn as a Mermaid flowchart of one subgraph per row", () => {
  const rows = [
    '    subgraph R1["Row 1 · 10%"]',
    '        T["🍌 NANO BANANA CHEAT SHEET: TEST 🍌"]',
    "    end",
    '    subgraph R2["Row 2 · 60%"]',
    "        direction LR",
    '        A["🅰️ ALPHA<br/>a words"] --> B["🅱️ BETA"]:::wide',
    "    end",
    '    subgraph R3["Row 3 · 30%"]',
    '        C["📌 TAKEAWAYS"]',
    "    end",
    "    R1 --> R2 --> R3",
    "    classDef wide stroke-width:3px",
  ];

  it("reads each subgraph as a row, its nodes as the row's boxes left to right and its label's percent as its height", async () => {
    const { sheet, warnings } = await readSheet(flow(rows));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.filter((w) => /layout|box diagram/i.test(w))).toEqual([]);
  });

  it("draws a node's label after its first line as the box's own lines, and no link, class or direction", async () => {
    const { sheet } = await readSheet(flow(rows));
    expect(words(sheet, /ALPHA/)).toMatch(/a words/);
    expect(JSON.stringify(sheet)).not.toMatch(/<br|:::|classDef|direction|R1/);
  });

  it("makes a titled node outside every subgraph a row of its own, where it is written", async () => {
    const outside = ['    T["🍌 NANO BANANA CHEAT SHEET: TEST 🍌"]', ...rows.slice(3, 10)];
    const { sheet } = await readSheet(flow(outside));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("reads a subgraph inside a row as one box holding its nodes' labels", async () => {
    const nested = [...rows.slice(0, 5), '        A["🅰️ ALPHA"]', '        subgraph B["🅱️ BETA"]', '            B1["b one"]', '            B2["b two"]', "        end", ...rows.slice(6)];
    const { sheet } = await readSheet(flow(nested));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
    expect(words(sheet, /BETA/)).toMatch(/b one/);
  });

  it("leaves a flowchart without row subgraphs alone: it is no page layout", async () => {
    const { sheet, warnings } = await readSheet(flow(['    A["Input"] --> B["Output"]']));
    expect(titles(sheet).flat()).not.toContain("Input");
    expect(warnings.join("\n")).toMatch(/no box diagram/);
  });

  it("takes a row's widths from a note naming its boxes with their shares, the rest to the last", async () => {
    const { sheet } = await readSheet(flow(rows, ["", "> Row 2: ALPHA 박스는 폭의 약 2/3, BETA는 나머지.", ""]));
    const row = sheet.rows[1]!;
    if (row.kind !== "panels") throw new Error("row 2 has no panels");
    expect(row.panels.map((p) => Math.round((p.width ?? 0) * 100))).toEqual([67, 33]);
  });
});

describe("widths said of a row's boxes by name", () => {
  it("reads fractions, percents and the rest after each box's name, in the boxes' order", () => {
    expect(saidWidths("Row 3의 TIKTOKENIZER 박스는 폭의 약 2/3, TRADE-OFF는 나머지 1/3", ["🔍 TIKTOKENIZER 실습", "⚖️ TRADE-OFF"])?.map((w) => Math.round(w * 100))).toEqual([67, 33]);
    expect(saidWidths("width: BETA 40%, ALPHA 60%", ["ALPHA", "BETA"])).toEqual([0.6, 0.4]);
  });

  it("says nothing when a box goes unnamed, a share is missing or the line is not about widths", () => {
    expect(saidWidths("ALPHA 박스는 폭의 2/3", ["ALPHA", "BETA"])).toBeUndefined();
    expect(saidWidths("ALPHA 박스는 넓게, BETA는 좁게 (width)", ["ALPHA", "BETA"])).toBeUndefined();
    expect(saidWidths("ALPHA 2/3, BETA 1/3", ["ALPHA", "BETA"])).toBeUndefined();
  });
});

describe("a section heading of the writer's own glossed with the template's name", () => {
  it("reads `출력 구성 (Output Structure Plan)` as the plan and `출력 구성` alone too", () => {
    expect(sectionKindOf("📋 출력 구성 (Output Structure Plan)")).toBe("plan");
    expect(sectionKindOf("출력 구성")).toBe("plan");
    expect(sectionKindOf("배경 (Source Text)")).toBe("source");
  });

  it("does not read a bracketed remark as a section's name", () => {
    expect(sectionKindOf("요약 (짧게)")).toBeUndefined();
  });
});

describe("a closing request that ends on its verb, as Korean says it", () => {
  it("leaves out `… 한 장에 다 넣어서 그려줘.` closing the plan, with a warning naming its line", async () => {
    const doc = ["# Layout Structure", "```", "┌──────────┐", "│ 🍌 T 🍌  │", "├──────────┤", "│ 🅰️ ALPHA │", "└──────────┘", "```", "# Output Structure Plan", "## 1. 🅰️ Alpha", "- one", "", "위 구성으로 한 장에 다 넣어서 그려줘.", ""].join("\n");
    const { sheet, warnings } = await readSheet(doc);
    expect(JSON.stringify(sheet)).not.toMatch(/그려줘/);
    expect(warnings.join("\n")).toMatch(/^line 13: .*asks the image maker/m);
  });
});

describe("quotes under a quotes heading, each with the box it goes in", () => {
  it("reads the box in brackets before a quote, or after an arrow pointing back at it, as where it goes", () => {
    expect(quoteNote('[TRANSFORMER] "It is a fixed expression."')).toEqual({ quote: '"It is a fixed expression."', place: "TRANSFORMER" });
    expect(quoteNote('"It is a fixed expression." ← 트랜스포머 칸에')).toEqual({ quote: '"It is a fixed expression."', place: "트랜스포머 칸" });
    expect(quoteNote('[21:30] "It is a fixed expression."')).toBeUndefined();
    expect(quoteNote('[Andrej Karpathy] "It is a fixed expression."')).toBeUndefined();
  });

  const doc = (quotes: string[]): string =>
    ["# Layout Structure", "```", ...["+----------------------------+", "| 🍌 TITLE 🍌                |", "+-------------+--------------+", "| 🅰️ ALPHA    | 🅱️ BETA      |", "+-------------+--------------+"], "```", "# Output Style", "- pen notes", "## 인용구", "괄호 안은 들어갈 칸입니다.", "", ...quotes, "", ...PLAN.slice(0, 5)].join("\n");

  it("draws each quote in its box, typed one a paragraph or one a line, and not the line saying how to read them", async () => {
    const { sheet } = await readSheet(doc(['[BETA] "Alpha words are not what this one is about."', "", '"Beta words belong elsewhere." ← ALPHA 칸에']));
    expect(kinds(panel(sheet, /BETA/))).toContain("quote");
    expect(words(sheet, /BETA/)).toMatch(/Alpha words are not/);
    expect(words(sheet, /ALPHA/)).toMatch(/Beta words belong/);
    expect(JSON.stringify(sheet)).not.toMatch(/\[BETA\]|←|들어갈 칸/);
    const lines = await readSheet(doc(['[BETA] "Alpha words are not what this one is about."', '[ALPHA] "Beta words belong elsewhere."']));
    expect(words(lines.sheet, /ALPHA/)).toMatch(/Beta words belong/);
  });
});

describe("quotes in the plan's 💬 section, each noted with another box", () => {
  const doc = (quotes: string[]): string =>
    ["# Layout Structure", "```", "+--------------------------------+", "| 🍌 TITLE 🍌                    |", "+---------------+----------------+", "| 🎲 SAMPLING   | 🔁 AUTOREGRESSIVE |", "+---------------+----------------+", "| 💬 QUOTES     | 📌 TAKEAWAYS   |", "+---------------+----------------+", "```",
      "# Output Structure Plan", "## 1. 🎲 Sampling", "- 토큰 하나 뽑기", "## 2. 🔁 Autoregressive", "- 다시 입력에 붙임", "## 3. 💬 Quotes", ...quotes, "## 4. 📌 Takeaways", "- 추론 = 샘플링 반복", ""].join("\n");

  it("puts a `>` quote in the box its note names, not in the 💬 box its section's emoji would", async () => {
    const { sheet } = await readSheet(doc(['> [AUTOREGRESSIVE] "We keep appending tokens one at a time."', "", '> "It\'s like flipping a biased coin." ← SAMPLING 칸에', "", '> "Inference is sampling."']));
    expect(words(sheet, /AUTOREGRESSIVE/)).toMatch(/We keep appending/);
    expect(words(sheet, /SAMPLING/)).toMatch(/flipping a biased coin/);
    expect(words(sheet, /QUOTES/)).toMatch(/Inference is sampling/);
    expect(JSON.stringify(sheet)).not.toMatch(/\[AUTOREGRESSIVE\]|←/);
  });

  it("reads `- [BOX] \"…\"` items as quotes, each in its box", async () => {
    const { sheet } = await readSheet(doc(['- [TAKEAWAYS] "Inference is just sampling, over and over."', '- "We keep appending tokens." ← AUTOREGRESSIVE 칸에']));
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toContain("quote");
    expect(words(sheet, /AUTOREGRESSIVE/)).toMatch(/We keep appending/);
  });
});

describe("a layout said only as a grid in words", () => {
  const grid = (layout: string[], n: number): string =>
    ["# Layout Structure", ...layout, "", "# Output Structure Plan", ...Array.from({ length: n }, (_, k) => [`## ${k + 1}. Box ${String.fromCharCode(65 + k)}`, `- item ${k + 1}`]).flat(), ""].join("\n");

  it("fills `3×2 그리드 + 하단 전체 폭 띠` with the plan's sections in order, three across, the last one the band", async () => {
    const { sheet, warnings } = await readSheet(grid(["전체 구성은 3×2 그리드 + 하단 전체 폭 띠입니다. 맨 위에 제목 띠."], 7));
    expect(titles(sheet)).toEqual([["title"], ["Box A", "Box B", "Box C"], ["Box D", "Box E", "Box F"], ["Box G"]]);
    expect(warnings.join("\n")).not.toMatch(/default layout/);
  });

  it("reads `2행 3열` and `2 rows × 3 columns` with the rows first, `2단 구성` as two columns", async () => {
    for (const said of ["2행 3열 그리드", "a 2 rows × 3 columns grid"]) {
      expect(titles((await readSheet(grid([said], 6))).sheet).slice(1).map((r) => r.length)).toEqual([3, 3]);
    }
    expect(titles((await readSheet(grid(["2단 구성으로 해 주세요."], 6))).sheet).slice(1).map((r) => r.length)).toEqual([2, 2, 2]);
  });

  it("reads counts said in words: `a three-column grid, two rows, plus a full-width strip along the bottom`", async () => {
    const { sheet } = await readSheet(grid(["Use a three-column grid, two rows, plus a full-width strip along the bottom.", "Heights: title 10%, each grid row 30%, bottom strip 30%."], 7));
    expect(titles(sheet).slice(1).map((r) => r.length)).toEqual([3, 3, 1]);
    expect(ratios(sheet)).toEqual([10, 30, 30, 30]);
  });

  it("takes the heights from a sentence, one `각 32%` standing for the rows it names, and the title band's quoted words", async () => {
    const { sheet } = await readSheet(grid(["3×2 그리드 + 하단 전체 폭 띠.", "높이는 제목 10%, 그리드 윗줄·아랫줄 각 32%, 하단 띠 26% 정도로.", '제목 띠에는 "🍌 GRID TITLE 🍌" 이라고.'], 7));
    expect(ratios(sheet)).toEqual([10, 32, 32, 26]);
    expect(sheet.meta.banner).toBe("🍌 GRID TITLE 🍌");
  });

  it("names the line when the plan has more sections than the grid has boxes, and falls back to the default layout", async () => {
    const { warnings } = await readSheet(grid(["3×2 그리드"], 8));
    expect(warnings.join("\n")).toMatch(/^line 2: the layout says a grid of 3×2, but the plan has 8 sections/m);
  });
});

describe("the chapters that brought these up", () => {
  it("reads the tokenization chapter's subgraphs as its four rows, at the heights their labels give", async () => {
    const { sheet, warnings } = await readSheet(fixture(TOKENS));
    expect(titles(sheet)).toEqual([["title"], ["TEXT → BYTES", "BYTE PAIR ENCODING", "VOCAB SIZE"], ["TIKTOKENIZER 실습", "TRADE-OFF"], ["KARPATHY SAYS", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([8, 30, 37, 25]);
    expect(sheet.meta.banner).toMatch(/TOKENIZATION/);
    expect(warnings.filter((w) => !/asks the image maker/.test(w))).toEqual([]);
  });

  it("gives its TIKTOKENIZER box two thirds of its row, as the note under the drawing says", async () => {
    const { sheet } = await readSheet(fixture(TOKENS));
    const row = sheet.rows[2]!;
    if (row.kind !== "panels") throw new Error("row 3 has no panels");
    expect(row.panels.map((p) => Math.round((p.width ?? 0) * 100))).toEqual([67, 33]);
    expect(JSON.stringify(sheet)).not.toMatch(/가장 넓게|그려줘|<br/);
  });

  it("reads the hallucinations chapter's grid in words as three boxes over three over the takeaways band", async () => {
    const { sheet, warnings } = await readSheet(fixture(HALLU));
    expect(titles(sheet).map((r) => r.length)).toEqual([1, 3, 3, 1]);
    expect(titles(sheet)[3]![0]).toMatch(/핵심 정리/);
    expect(ratios(sheet)).toEqual([10, 32, 32, 26]);
    expect(sheet.meta.banner).toMatch(/NANO BANANA CHEAT SHEET: 환각/);
    expect(warnings).toEqual([]);
  });

  it("draws all five of its quotes, none with the bracket or arrow that placed it", async () => {
    const { sheet } = await readSheet(fixture(HALLU));
    const quotes = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.filter((b) => b.kind === "quote")) : []));
    expect(quotes).toHaveLength(5);
    expect(JSON.stringify(quotes)).not.toMatch(/\[(?:환각|왜|웹)|←|칸에/);
  });
});
