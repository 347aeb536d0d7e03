// Chapters written by others, read as their writers meant: a chat model's prompt drawn in `+---+` boxes with a
// sidebar running down two rows (a `(세로 사이드바)` note in it) over a row of five, closing on a line labelled
// `이미지 요청:` (noted, not drawn); a dense chapter in double-line boxes whose plan is titled `섹션 구성 (11개 — 칸은 8개)`, its
// ratio table giving a row `30~35%` and the last `나머지`, its title box's second line `22장 · …`, and its quotes
// under `## 💬 인용구` each with a note of the box it goes in (`(→ 멀티모달 칸)`, `→ LM Arena 칸`) or of none.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { quoteNote } from "../src/read/prompt/quote-notes.js";
import { bannerOf } from "../src/read/prompt/banner-lines.js";
import { isPlaceNote } from "../src/read/prompt/directions.js";
import { richText } from "../src/read/prompt/rich.js";
import { widthsOf } from "../src/read/prompt/width-words.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const quotes = (sheet: Sheet): string[] => panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : [])));
const doc = (plan: string[], ratio: string[] = [], planHeading = "# Output Structure Plan"): string => promptDoc(FIVE_BOXES, plan, { after: ratio, planHeading });
const table = (heights: string[]): string[] => ["", "| 줄 | 높이 | 내용 |", "|---|---|---|", ...heights.map((h, k) => `| row ${k + 1} | ${h} | x |`), ""];

describe("a ratio table leaving one row the rest", () => {
  it("gives the row written `나머지` or `the rest` what the others leave of the page", async () => {
    for (const rest of ["나머지", "the rest", "remaining"]) {
      const { sheet } = await readSheet(doc(["## Alpha", "- one"], table(["약 10%", "30~35%", rest])));
      expect(ratios(sheet), rest).toEqual([10, 33, 58]);
    }
  });

  it("still asks for a height when two rows are the rest, or when the others leave nothing", async () => {
    await expect(readSheet(doc(["## Alpha", "- one"], table(["10%", "나머지", "나머지"])))).rejects.toThrow(/has no height ratio/);
    await expect(readSheet(doc(["## Alpha", "- one"], table(["40%", "60%", "나머지"])))).rejects.toThrow(/has no height ratio/);
  });

  it("reads the fixture's `30~35%` and `나머지` rows", async () => {
    const { sheet } = await readSheet(fixture("future-keep-track-double-line-dense-quotes"));
    expect(ratios(sheet)).toEqual([10, 33, 30, 28]);
  });
});

describe("the plan titled `섹션 구성`", () => {
  it("reads `## 🧩 섹션 구성 (11개 — 칸은 8개)` as the output structure plan", async () => {
    const { sheet, warnings } = await readSheet(doc(["### 1. Beta things", "- one"], [], "# 🧩 섹션 구성 (2개)"));
    expect(warnings.filter((w) => /no # Output Structure Plan/.test(w))).toEqual([]);
    expect(text(sheet, /BETA/)).toMatch(/one/);
  });

  it("reads the fixture's eleven sections into its eight boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture("future-keep-track-double-line-dense-quotes"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["MULTIMODAL", "AGENTS", "COMPUTER USE"], ["TEST-TIME TRAINING (열린 문제)", "PERVASIVE"], ["LM ARENA", "AI NEWS + 𝕏", "정리"]]);
    expect(kinds(panel(sheet, /^MULTIMODAL/))).toContain("flowchart");
    expect(kinds(panel(sheet, /AGENTS/))).toContain("code");
    expect(kinds(panel(sheet, /TEST-TIME/))).toContain("table");
    expect(text(sheet, /LM ARENA/)).toMatch(/Elo/);
  });
});

describe("the image request under the name `이미지 요청`", () => {
  it("reads `# 이미지 요청` as the image request part, not as one more plan section", async () => {
    const { sheet } = await readSheet(doc(["## Alpha", "- one"]) + "# 이미지 요청\nA4 가로 한 장, 손필기 느낌.\n");
    expect(JSON.stringify(sheet.rows)).not.toMatch(/손필기/);
  });

  it("notes the fixture's closing `이미지 요청:` line as the request it is, and nothing else", async () => {
    const { warnings } = await readSheet(fixture("jagged-swiss-cheese-plus-sidebar-five-row"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 143: "이미지 요청: .*asks the image maker for something; it is not drawn$/);
  });
});

describe("a quote with a note of the box it goes in", () => {
  it("reads the note in brackets or after an arrow, by place, number or title, and a note leaving it anywhere", () => {
    expect(quoteNote('"It is all tokens" (→ 멀티모달 칸)')).toEqual({ quote: '"It is all tokens"', place: "멀티모달 칸" });
    expect(quoteNote('"Supervisors" (에이전트 칸에 넣어 주세요)')).toEqual({ quote: '"Supervisors"', place: "에이전트 칸" });
    expect(quoteNote('"Gamed a bit" → LM Arena 칸')).toEqual({ quote: '"Gamed a bit"', place: "LM Arena 칸" });
    expect(quoteNote('"Words" — 하단 왼쪽 칸에')?.place).toBe("하단 왼쪽 칸");
    expect(quoteNote('"On X" (자리 남는 곳 아무데나)')).toEqual({ quote: '"On X"' });
    expect(quoteNote('"Use it as a tool" (put it wherever it fits)')).toEqual({ quote: '"Use it as a tool"' });
    // A translation, a speaker and a gloss are no notes.
    for (const t of ['"Use code" (코드를 써라)', '"Use code" — Andrej Karpathy', '"Use code" — 어디든 쓸 수 있는 원칙이라는 뜻이다', '"No notes"'])
      expect(quoteNote(t), t).toBeUndefined();
  });

  it("puts the quote in the box its note names, whatever its own words say, and draws no note", async () => {
    const quoted = ["# 💬 인용구", "", '> "These are b words and more b words"', "(→ GAMMA 칸)", "", '> "And c words"', "(자리 남는 곳 아무데나)"];
    const { sheet } = await readSheet(doc(["## Alpha", "- one"]) + quoted.join("\n"));
    expect(kinds(panel(sheet, /GAMMA/))).toContain("quote");
    expect(text(sheet, /GAMMA/)).toMatch(/These are b words/);
    expect(quotes(sheet).join(" ")).not.toMatch(/칸|아무데나/);
  });

  it("reads a note on a quotable insight listed in the style", async () => {
    const style = ["# Output Style", "4. **Quotable Insights**:", '   - "These are b words and more b words" (→ GAMMA 칸)', ""].join("\n");
    const { sheet } = await readSheet(style + doc(["## Alpha", "- one"]));
    expect(text(sheet, /GAMMA/)).toMatch(/These are b words/);
    expect(quotes(sheet).join(" ")).not.toMatch(/칸/);
  });

  it("reads the same notes under a quotes section of the plan, on quotes and quoted list items", async () => {
    const plan = ["## Alpha", "- one", "## 💬 인용구", "", '> "These are b words and more b words"', "(→ GAMMA 칸)", "", '- "Also b words, b words" (DELTA 칸에 넣어 주세요)', '- "And c words" (아무데나)'];
    const { sheet } = await readSheet(doc(plan));
    expect(text(sheet, /GAMMA/)).toMatch(/These are b words/);
    expect(text(sheet, /DELTA/)).toMatch(/Also b words/);
    expect(quotes(sheet)).toHaveLength(3);
    expect(quotes(sheet).join(" ")).not.toMatch(/칸|아무데나|→/);
  });

  it("places the fixture's quotes as noted, across the languages, and drops the notes", async () => {
    const { sheet } = await readSheet(fixture("future-keep-track-double-line-dense-quotes"));
    expect(text(sheet, /^MULTIMODAL/)).toMatch(/you just tokenize audio/);
    expect(text(sheet, /AGENTS/)).toMatch(/Humans will become supervisors/);
    expect(text(sheet, /LM ARENA/)).toMatch(/gamed a little bit/);
    expect(quotes(sheet)).toHaveLength(4);
    expect(quotes(sheet).join(" ")).not.toMatch(/칸|아무데나|→/);
  });
});

describe("a title box's second line naming the chapter", () => {
  it("is a tagline, not more banner", () => {
    expect(bannerOf(["🔭 DEEP DIVE — 앞으로 올 것들", "22장 · Preview of things to come"])).toEqual({ banner: "🔭 DEEP DIVE — 앞으로 올 것들", tagline: "22장 · Preview of things to come" });
    expect(bannerOf(["🧀 SWISS CHEESE", "Chapter 15 — jagged intelligence"]).tagline).toBe("Chapter 15 — jagged intelligence");
    // A banner wrapped over two lines stays one banner: `15 tokens` names no chapter.
    expect(bannerOf(["NANO BANANA CHEAT SHEET:", "NEURAL NETWORK INTERNALS"])).toEqual({ banner: "NANO BANANA CHEAT SHEET: NEURAL NETWORK INTERNALS" });
    expect(bannerOf(["WHY 9.11 > 9.9 FAILS IN", "15 tokens or fewer"])).toEqual({ banner: "WHY 9.11 > 9.9 FAILS IN 15 tokens or fewer" });
  });

  it("reads the fixture's `22장 · …` line as its tagline", async () => {
    const { sheet } = await readSheet(fixture("future-keep-track-double-line-dense-quotes"));
    expect(sheet.meta.title).not.toMatch(/22장/);
    expect(sheet.meta.tagline).toMatch(/^22장 · Preview of things to come/);
  });
});

describe("a box line noting where the box stands", () => {
  it("is a bracketed line of place and size words only", () => {
    for (const t of ["(세로 사이드바)", "(sidebar)", "(spans two rows)", "(세로로 길게)", "(2줄에 걸친 사이드바)"]) expect(isPlaceNote(t), t).toBe(true);
    for (const t of ["(두 줄)", "(lossy 압축)", "(예: 1234)", "(pipeline arrow)", "세로 사이드바", "(오른쪽 위 뉴런)"]) expect(isPlaceNote(t), t).toBe(false);
  });

  it("is not drawn, even in a box the plan leaves bare, nor kept in a title it was read into", async () => {
    const note = (line: string): string[] => FIVE_BOXES.flatMap((l) => (l === "│  d words             │" ? [line, l] : [l]));
    for (const drawing of [note("│  (세로 사이드바)      │"), FIVE_BOXES.map((l) => l.replace("│  d words             │", "│  (세로 사이드바)      │"))]) {
      const { sheet } = await readSheet(promptDoc(drawing, ["## Alpha", "- one"]));
      expect(JSON.stringify(panel(sheet, /DELTA/))).not.toMatch(/사이드바/);
      expect(panel(sheet, /DELTA/).title).toBe("DELTA");
    }
  });

  it("leaves the fixture's sidebar its lines but not the note", async () => {
    const { sheet } = await readSheet(fixture("jagged-swiss-cheese-plus-sidebar-five-row"));
    expect(titles(sheet).map((r) => r.length)).toEqual([1, 3, 1, 5]);
    const side = panel(sheet, /왜 들쭉날쭉/);
    expect(side.lead.map(richText)).toContain("박사급 물리 ✅");
    expect(JSON.stringify(side)).not.toMatch(/사이드바/);
  });
});

describe("one fraction of the width for one side", () => {
  it("gives that side the fraction and the other side the rest (`왼쪽 넓게(2/3)` is no 2 : 3)", () => {
    expect(widthsOf("왼쪽 넓게(2/3), 오른쪽 좁게", 1).widths).toEqual([0.6667, 0.3333]);
    expect(widthsOf("오른쪽 1/4", 1).widths).toEqual([0.75, 0.25]);
    // Two fractions, or numbers with a side word each, keep their meaning.
    expect(widthsOf("좌 2/3 · 우 1/3", 1).widths).toEqual([0.6667, 0.3333]);
    expect(widthsOf("좌 30 / 우 70", 1).widths).toEqual([0.3, 0.7]);
  });
  it("draws the dense chapter's TEST-TIME TRAINING two thirds wide, as its ratio table asks", async () => {
    const { sheet } = await readSheet(fixture("future-keep-track-double-line-dense-quotes"));
    expect(panel(sheet, /^TEST-TIME TRAINING/).width).toBeCloseTo(2 / 3, 3);
    expect(panel(sheet, /^PERVASIVE/).width).toBeCloseTo(1 / 3, 3);
  });
});
