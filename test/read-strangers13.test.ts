// Chapters written by others, read as their writers meant: a draft drawing kept above a `Revised layout — USE THIS
// ONE`, row heights in pixels of a 1080-pixel canvas, an ASCII `|` splitting a row under a border drawn without
// its junction; boxes drawn in `-` and `|` with no corners and each rule set in a column from its sides, quotes
// written inside the Quotable Insights label's own sentence; Korean box titles with their English in brackets on
// the next line; a layout as nested bullets (`left half → :office: …`, the banner listed under the title row).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { emojiShortcodes } from "../src/read/shortcodes.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const plan = ["# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🆎 Gamma", "- three", ""];

const draft = [
  "```",
  "┌──────────────────────────────┐",
  "│ 🍌 TITLE 🍌                  │",
  "├──────────────────────────────┤",
  "│ 🅰️ ALPHA                     │",
  "├──────────────────────────────┤",
  "│ 🅱️ BETA                      │",
  "└──────────────────────────────┘",
  "```",
];
const revised = [
  "```",
  "+------------------------------+",
  "| 🍌 TITLE 🍌                  |",
  "+------------------------------+",
  "| 🅰️ ALPHA      | 🅱️ BETA       |",
  "+---------------+--------------+",
  "| 🆎 GAMMA                     |",
  "+------------------------------+",
  "```",
];

describe("two drawings, the second said to replace the first", () => {
  const doc = (first: string, second: string): string => ["# Layout Structure", first, "", ...draft, "", second, "", ...revised, "", ...plan].join("\n");

  it("reads the drawing the words before it call revised, and says which it read", async () => {
    const { sheet, warnings } = await readSheet(doc("처음 잡은 모양:", "Revised layout (v2) — use this one:"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(warnings.some((w) => /holds 2 drawings; the one here is read \(the words before it call it the newer one\)/.test(w))).toBe(true);
  });

  it("skips a drawing called a draft, in Korean too", async () => {
    const { sheet } = await readSheet(doc("초안 (참고만):", "이렇게 해 주세요:"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
  });

  it("reads the first of two drawings nothing tells apart", async () => {
    const { sheet, warnings } = await readSheet(doc("Option one:", "Option two:"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA"], ["BETA"]]);
    expect(warnings.some((w) => /holds 2 drawings; the one here is read \(the first\)/.test(w))).toBe(true);
  });

  it("reads the fixture's revised drawing: three boxes in the middle band, the node box added", async () => {
    const { sheet } = await readSheet(fixture("gpt2-reproduction-revised-drawing-px"));
    expect(titles(sheet)).toEqual([["title"], ["GPT-2 SPECS (2019)", "THEN vs NOW COST"], ["WATCHING THE LOSS", "SAMPLES GET BETTER", "ONE 8×H100 NODE"], ["TAKEAWAYS"]]);
  });
});

describe("row heights in pixels", () => {
  const doc = (sizes: string[]): string => ["# Layout Structure", ...revised, "", "## Sizing (1920 × 1080)", ...sizes, "", ...plan].join("\n");

  it("gives each row its pixels' share of their sum", async () => {
    const { sheet, warnings } = await readSheet(doc(["- Title: 108px", "- Alpha + Beta: 540px", "- Gamma: 432 px tall"]));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(warnings.filter((w) => /ratio/.test(w))).toEqual([]);
  });

  it("leaves a list of pixels mixed with percents alone", async () => {
    const { warnings } = await readSheet(doc(["- Title: 108px", "- Alpha + Beta: 50%", "- Gamma: 432 px"]));
    expect(warnings.some((w) => /no layout ratio table/.test(w))).toBe(true);
  });

  it("reads the fixture's 110/260/480/230 px as shares of 1080", async () => {
    const { sheet } = await readSheet(fixture("gpt2-reproduction-revised-drawing-px"));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10.19, 24.07, 44.44, 21.3]);
  });
});

describe("widths said for one row without its number", () => {
  const doc = (line: string): string => ["# Layout Structure", ...revised, "", line, "", "| 영역 | 비율 |", "|---|---|", "| 제목 | 10% |", "| 가운데 | 60% |", "| 아래 | 30% |", "", ...plan].join("\n");
  const widths = (sheet: Sheet): (number | undefined)[][] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []));

  it("gives them to the one drawn row with as many boxes", async () => {
    const { sheet } = await readSheet(doc("Widths in the two-box band: alpha ≈ 70%, beta ≈ 30%."));
    expect(widths(sheet)).toEqual([[], [0.7, 0.3], [undefined]]);
  });

  it("leaves a line naming rows, or shares that fit no row, alone", async () => {
    expect(widths((await readSheet(doc("가로 전체, 상단 40% · 하단 60%"))).sheet)[1]).toEqual([undefined, undefined]);
    expect(widths((await readSheet(doc("widths: 20% / 30% / 50%"))).sheet)[1]).toEqual([undefined, undefined]);
  });

  it("reads the fixture's 45/33/22 for the loss, samples and node boxes", async () => {
    const { sheet } = await readSheet(fixture("gpt2-reproduction-revised-drawing-px"));
    expect(widths(sheet)[2]).toEqual([0.45, 0.33, 0.22]);
  });
});

describe("an ASCII wall under a border drawn without its junction", () => {
  const drawing = (mid: string[]): string =>
    ["# Layout Structure", "```", "+------------------------------+", "| 🍌 TITLE 🍌                  |", "+------------------------------+", ...mid, "+------------------------------+", "| 🆎 GAMMA                     |", "+------------------------------+", "```", ...plan].join("\n");

  it("splits the row where a `|` goes straight down to a `+`", async () => {
    const { sheet, warnings } = await readSheet(drawing(["| 🅰️ ALPHA      | 🅱️ BETA       |", "|  a words      |  b words     |", "+---------------+--------------+"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(warnings.some((w) => /has no junction in the border line above; assumed one there/.test(w))).toBe(true);
  });

  it("keeps a `|` that does not reach a `+` below as text", async () => {
    const { sheet } = await readSheet(drawing(["| 🅰️ ALPHA | BETA words      |", "|  a words                     |", "+------------------------------+"]));
    expect(titles(sheet)[1]).toHaveLength(1);
  });

  it("splits the fixture's specs and cost boxes", async () => {
    const { sheet } = await readSheet(fixture("gpt2-reproduction-revised-drawing-px"));
    expect(kinds(panel(sheet, /THEN vs NOW/))).toContain("table");
    expect(text(sheet, /GPT-2 SPECS/)).toMatch(/Generative Pre-trained/);
  });
});

describe("boxes in `-` and `|` with no corners, rules set in from the sides", () => {
  const drawing = [
    "```",
    " ------------------------------ ",
    "|  🍌 TITLE 🍌                  |",
    " ------------------------------ ",
    " -------------   -------------- ",
    "|  🅰️ ALPHA    | |  🅱️ BETA      |",
    "|   a words   | |   b words    |",
    " -------------  |              |",
    " -------------  |              |",
    "|  🆎 GAMMA    | |              |",
    " -------------   -------------- ",
    "```",
  ];

  it("reads the boxes, a sidebar running down beside two of them", async () => {
    const { sheet, warnings } = await readSheet(["# Layout Structure", ...drawing, ...plan].join("\n"));
    expect(warnings.filter((w) => /border|corner|junction/.test(w))).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(panel(sheet, /BETA/).rowSpan).toBe(2);
  });

  it("leaves a `|-----|` drawing to the cornerless path", async () => {
    const pipes = ["```", "|------------------------------|", "|  🍌 TITLE 🍌                  |", "|------------------------------|", "|  🅰️ ALPHA     |  🅱️ BETA       |", "|------------------------------|", "|  🆎 GAMMA                     |", "|------------------------------|", "```"];
    const { sheet } = await readSheet(["# Layout Structure", ...pipes, ...plan].join("\n"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
  });

  it("reads the fixture's five boxes, the Swiss cheese sidebar down two rows", async () => {
    const { sheet, warnings } = await readSheet(fixture("jagged-cornerless-boxes-right-column"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["STRAWBERRY R COUNT", "SWISS CHEESE MODEL"], ["9.11 vs 9.9"], ["HOW TO WORK WITH IT", "KEY TAKEAWAYS"]]);
    expect(panel(sheet, /SWISS CHEESE/).rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([10, 30, 30, 30]);
  });
});

describe("quotes inside the Quotable Insights label's sentence", () => {
  const doc = (line: string): string =>
    ["# Layout Structure", ...revised, "# Output Style", "1. **Bold**: keys", `2. **Quotable Insights**: ${line}`, ...plan].join("\n");
  const quotes = (sheet: Sheet): string[] =>
    sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []))) : []));

  it("takes each quoted phrase of two words or more as a quote", async () => {
    const { sheet } = await readSheet(doc('he calls it "gamma rays", and says "alpha is one" — and "beta". 각각 카드로.'));
    expect(quotes(sheet).sort()).toEqual(["alpha is one", "gamma rays"]);
  });

  it("takes no quote from a sentence showing only where quotes go", async () => {
    const { sheet } = await readSheet(doc("본문에 “…” 로 인용해 주세요. 「」 안에."));
    expect(quotes(sheet)).toEqual([]);
  });

  it("reads the fixture's three quoted phrases", async () => {
    const { sheet } = await readSheet(fixture("jagged-cornerless-boxes-right-column"));
    expect(quotes(sheet).sort()).toEqual(["can solve PhD-level problems but fails at something trivial", "jagged intelligence", "treat it as a stochastic system"]);
  });
});

describe("a Korean box title with its English in brackets on the next line", () => {
  const doc = (second: string): string =>
    ["# Layout Structure", "```", "┌──────────────────────────────┐", "│ 🍌 TITLE 🍌                  │", "├──────────────┬───────────────┤", "│ 🅰️ 알파 상자  │ 🅱️ 베타       │", `│ ${second.padEnd(12)} │ b 내용         │`, "│ a 내용        │               │", "├──────────────┴───────────────┤", "│ 🆎 GAMMA                     │", "└──────────────────────────────┘", "```", ...plan].join("\n");

  it("joins the translation to the title", async () => {
    const { sheet } = await readSheet(doc("(First Part)"));
    expect(panel(sheet, /알파/).title).toBe("알파 상자 (First Part)");
  });

  it("keeps a bracketed direction (`(mind map)`) and a Korean remark out of the title", async () => {
    expect(panel((await readSheet(doc("(mind map)"))).sheet, /알파/).title).toBe("알파 상자");
    expect(panel((await readSheet(doc("(예시 포함)"))).sheet, /알파/).title).toBe("알파 상자");
  });

  it("titles the fixture's seven boxes in both languages", async () => {
    const { sheet } = await readSheet(fixture("tokens-to-think-korean-titles-seven"));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["사과 문제 (Emily's Apples)", "토큰당 계산량 (Compute per Token)", "라벨러의 선택 (Labeler's Choice)"],
      ["계산을 토큰에 펼치기 (Spread It Out)", "코드를 쓰게 하라 (Use Code)"],
      ["점 세기 (Counting Dots)", "한 토큰 강요 (Single Token)", "핵심 정리 (Takeaways)"],
    ]);
    expect(panel(sheet, /펼치기/).width).toBeCloseTo(2 / 3, 2);
    expect(kinds(panel(sheet, /펼치기/))).toContain("flowchart");
  });
});

describe("a layout as nested bullets", () => {
  const doc = (rows: string[]): string => ["# Layout Structure", "리스트로 적을게요.", "", ...rows, "", ...plan].join("\n");

  it("reads `left half → 🅰️ …` as the box after the arrow, and the title row's listed words as the banner", async () => {
    const { sheet } = await readSheet(
      doc(["- **Top strip** (~10%)", "  - 🍌 MY CHEAT SHEET 🍌", "- **Middle band** (~50%)", "  - left half → 🅰️ ALPHA (알파)", "  - right half → 🅱️ BETA", "- **Bottom band** (~40%)", "  - full width → 🆎 GAMMA"]),
    );
    expect(titles(sheet)).toEqual([["title"], ["ALPHA (알파)", "BETA"], ["GAMMA"]]);
    expect(sheet.meta.banner).toBe("🍌 MY CHEAT SHEET 🍌");
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("writes GitHub's `:office:` as the office building", () => {
    expect(emojiShortcodes(":office: HQ")).toBe("🏢 HQ");
  });

  it("reads the fixture's three boxes under its banner", async () => {
    const { sheet, warnings } = await readSheet(fixture("where-to-find-sparse-bullet-layout-shortcodes"));
    expect(titles(sheet)).toEqual([["title"], ["PROPRIETARY (회사 사이트)", "OPEN WEIGHTS (추론 제공자)"], ["RUN IT LOCALLY (LM Studio)"]]);
    expect(panelsEmoji(sheet)).toEqual(["🏢", "🦙", "💻"]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: WHERE TO FIND LLMs 🍌");
    expect(warnings).toEqual(["line 88: a pie chart is drawn as a table of its slices (their shares)"]);
  });
});

const panelsEmoji = (sheet: Sheet): (string | undefined)[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.map((p) => p.emoji) : []));
