// The next chapters, written by others: parts headed by Setext underlines, metadata with YAML comments, a layout
// given as a YAML or JSON object of rows and boxes or as a CSS grid, sections numbered with keycap emoji, tables
// without outer pipes, footnotes, Mermaid kinds nanosheet has no drawing for, and a hand-written sheet.
// Each rule is tested on a small document of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RootContent } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { panelsOf, type Block, type Panel, type Sheet } from "../src/model/sheet.js";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { dataLayout } from "../src/read/prompt/data-layout.js";
import { footnotesInPlace } from "../src/read/prompt/footnotes.js";
import { quadrantTable, sankeyTable } from "../src/read/prompt/chart-tables.js";
import { undrawnKind } from "../src/read/prompt/mermaid.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { kinds, panel, titles } from "./read-helpers.js";

const fixture = (path: string): string => readFileSync(join(FIXTURES_DIR, path), "utf8");
const quoteIn = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const tableOf = (b: Block | undefined): string[][] => (b?.kind === "table" ? [b.header, ...b.rows].map((r) => r.map(richText)) : []);
const mdast = (md: string): RootContent[] => unified().use(remarkParse).use(remarkGfm).parse(md).children;
const PLAN = ["", "# Output Structure Plan", "", "## 🅰️ Alpha", "- a point", "", "## 🅱️ Beta", "- b point", "", "## 🔷 Gamma", "- c point"];

describe("parts headed by Setext underlines (Source Text over ====)", () => {
  it("tell a prompt document, as # headings do; one underlined word alone does not", () => {
    expect(detectInputKind("Source Text\n===========\n\ntext\n\nLayout\n------\n\nx")).toBe("prompt");
    expect(() => detectInputKind("Notes\n-----\n\nsome text")).toThrow(/not a nanosheet input/);
  });

  it("reads the tool-use chapter (Setext parts, a YAML layout) with its metadata, rows and widths", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/tool-use-yaml-layout.txt"));
    // Its YAML asks for `page: A4 portrait`: said once, drawn landscape.
    expect(warnings).toEqual(["line 40: a portrait page is asked for; a cheat sheet is drawn landscape (A4 or 16:9), so this one is A4 landscape"]);
    expect(sheet.page).toBe("a4");
    expect(sheet.meta).toMatchObject({ title: "14. Tool Use: Web Search & Code Interpreter", chapter: 14, author: "Andrej Karpathy" });
    expect(titles(sheet)).toEqual([["title"], ["왜 지어내나? (Hallucination)", "WEB SEARCH"], ["CODE INTERPRETER", "MEMORY: 파라미터 vs 컨텍스트"], ["COUNTING & SPELLING", "TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 28, 34, 28]);
    expect(panel(sheet, /CODE INTERPRETER/).width).toBeCloseTo(0.6, 5);
    expect(kinds(panel(sheet, /WEB SEARCH/))).toEqual(["flowchart", "bullets"]);
    // "use code": the interpreter's quote, not the hallucination panel's ("I don't" is no phrase of it).
    expect(kinds(panel(sheet, /CODE INTERPRETER/))).toEqual(["code", "bullets", "quote"]);
    expect(quoteIn(panel(sheet, /MEMORY/))).toEqual(["The knowledge in the parameters is a vague recollection; the knowledge in the context window is working memory"]);
  });
});

describe("a portrait page asked for", () => {
  const doc = (layoutLine: string, source = "본문"): string =>
    ["# Source Text", "---", 'title: "x"', "---", "", source, "", "# Layout Structure", layoutLine, "```", "┌──────────┬──────────┐", "│ 🅰️ Alpha │ 🅱️ Beta  │", "└──────────┴──────────┘", "```", ...PLAN].join("\n");
  const portrait = (ws: string[]) => ws.filter((w) => /portrait/.test(w));

  it("by a key is said once with its line, and the page drawn landscape", async () => {
    for (const line of ["page: A4 portrait", "- orientation: portrait", "용지: A4 세로"]) {
      const { sheet, warnings } = await readSheet(doc(line));
      expect(portrait(warnings), line).toEqual([expect.stringMatching(/^line 9: a portrait page is asked for; .* so this one is A4 landscape$/)]);
      expect(sheet.page).toBe("a4");
    }
  });

  it("is not read into a rule against it, a sentence about it, or the source", async () => {
    for (const [line, source] of [["세로 금지, 가로로", "본문"], ["Not portrait: landscape only.", "본문"], ["", "page: portrait (the lecturer's slide)"]] as const) {
      expect(portrait((await readSheet(doc(line, source))).warnings), line || source).toEqual([]);
    }
  });
});

describe("YAML comments in the chapter's metadata block", () => {
  const doc = (meta: string[]): string => ["# Source Text", "---", ...meta, "---", "", "본문", "", "# Layout Structure", "```", "┌──────────┬──────────┐", "│ 🅰️ Alpha │ 🅱️ Beta  │", "└──────────┴──────────┘", "```", ...PLAN].join("\n");

  it("do not end the block: a # line among key lines up to the closing --- is a comment", async () => {
    const { sheet, warnings } = await readSheet(doc(["# copied from my notes", 'title: "7. Tools"   # the English title', "chapter: 7", "# tags: [a, b]"]));
    expect(sheet.meta).toMatchObject({ title: "7. Tools", chapter: 7 });
    expect(warnings.filter((w) => /metadata/.test(w))).toEqual([]);
    expect(sheet.source?.paragraphs.map((p) => p.text)).toEqual(["본문"]);
  });

  it("still name an unclosed block that runs into a heading with prose under it", async () => {
    const open = ["# Source Text", "---", 'title: "x"', "", "# 제목", "본문입니다", "", "# Layout Structure", "```", "┌───┐", "│ a │", "└───┘", "```"].join("\n");
    await expect(readSheet(open)).rejects.toThrow(/never closed/);
  });
});

describe("a layout given as a YAML or JSON object", () => {
  it("reads rows, heights and widths whatever the keys are called", () => {
    const yaml = mdast(["```yaml", "layout:", "  - h: 20%", "    panels: [\"🍌 CHEAT SHEET\"]", "  - h: 80%", "    panels:", "      - { name: \"🅰️ Alpha\", w: 2 }", "      - \"🅱️ Beta\"", "```"].join("\n"));
    const read = dataLayout(yaml);
    expect(read?.rows.map((r) => [r.ratio, r.percent, r.cells.map((c) => [c.text, c.weight])])).toEqual([
      [20, true, [["🍌 CHEAT SHEET", 1]]],
      // A box without a width takes the mean of its row's others.
      [80, true, [["🅰️ Alpha", 2], ["🅱️ Beta", 2]]],
    ]);
    const json = mdast(['```json', '{"rows": [{"ratio": 10, "cells": [{"text": "🍌 T"}]}, {"ratio": 90, "cells": [{"text": "A", "span": 1}, {"text": "B", "span": 3}]}]}', "```"].join("\n"));
    expect(dataLayout(json)?.rows.map((r) => r.cells.map((c) => c.weight))).toEqual([[1], [1, 3]]);
    // Rows may be named instead of listed, and the banner given beside them is the title row.
    const named = mdast(["```yaml", "title: \"🍌 CHEAT SHEET\"", "rows:", "  top: { height: 40%, boxes: [A, B] }", "  bottom: { height: 60%, boxes: [C] }", "```"].join("\n"));
    expect(dataLayout(named)?.rows.map((r) => [r.ratio, r.cells.map((c) => c.text)])).toEqual([
      [10, ["🍌 CHEAT SHEET"]],
      [36, ["A", "B"]],
      [54, ["C"]],
    ]);
    // Data that is no layout (a config with no rows) is left to the other readers.
    expect(dataLayout(mdast("```yaml\ntheme: dark\nfont: pen\n```"))).toBeUndefined();
  });

  it("reads the AlphaGo chapter's JSON rows, keycap-numbered sections and pipe-less table", async () => {
    const { sheet } = await readSheet(fixture("prompts/alphago-move37-json-layout.txt"));
    expect(titles(sheet)).toEqual([["title"], ["모방 (Supervised)", "자기 대국 (RL)", "ELO 그래프"], ["MOVE 37 — 1/10,000", "바둑 vs LLM"], ["핵심 정리"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([11, 30, 34, 25]);
    expect(panel(sheet, /MOVE 37/).width).toBeCloseTo(2 / 3, 3);
    expect(tableOf(panel(sheet, /바둑 vs LLM/).blocks[0])[1]).toEqual(["세계", "닫힘, 규칙 분명", "열림, 무엇이든"]);
    // Two unnamed lines of an xychart are told apart.
    expect(tableOf(panel(sheet, /ELO/).blocks.find((b) => b.kind === "table"))[0]).toEqual(["x", "line 1", "line 2"]);
    expect(quoteIn(panel(sheet, /MOVE 37/))).toEqual(["Move 37 was a move a human would play with a probability of about 1 in 10,000"]);
    expect(quoteIn(panel(sheet, /모방/))).toEqual(["As long as you imitate humans, you can't go beyond them"]);
  });
});

describe("a layout given as a CSS grid (grid-template-areas)", () => {
  const grid = (areas: string[], names: string[]): string =>
    ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", "```css", ".page {", "  grid-template-rows: 10% 50% 40%;", "  grid-template-areas:", ...areas.map((a) => `    "${a}"`), ";", "}", "```", "", ...names, ...PLAN].join("\n");

  it("makes each area a box, an area over two rows one box running down, and a list item names each area", async () => {
    const { sheet, warnings } = await readSheet(grid(["title title", "a b", "a c"], ["- `title` — 🍌 CHEAT SHEET 🍌", "- `a` — 🅰️ Alpha (가장 넓게)", "- `b`: 🅱️ Beta (두 번째 칸)", "- **c** = 🔷 Gamma"]));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Gamma"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 50, 40]);
    expect(panel(sheet, /Alpha/).rowSpan).toBe(2);
    // The words in brackets after a title say what the box holds; `(가장 넓게)` is a remark to the designer.
    expect(panel(sheet, /Beta/).lead.map(richText)).toEqual(["두 번째 칸"]);
    expect(panel(sheet, /Alpha/).title).toBe("Alpha");
  });

  it("reads the DeepSeek-R1 chapter's grid with its fr rows and column widths", async () => {
    const { sheet } = await readSheet(fixture("prompts/deepseek-r1-grid-areas.txt"));
    expect(titles(sheet)).toEqual([["title"], ["RL on math problems", '"Aha moment"'], ["EMERGENT CHAIN OF THOUGHT", "SFT vs RL"], ["Where to try thinking models", "Takeaways"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 28, 37, 25]);
    expect(panel(sheet, /EMERGENT/).width).toBeCloseTo(2 / 3, 3);
    expect(panel(sheet, /RL on math/).lead.map(richText)).toEqual(["정답일 때만 보상"]);
    expect(kinds(panel(sheet, /EMERGENT/))).toEqual(["flowchart", "bullets"]);
    expect(quoteIn(panel(sheet, /Aha/))).toEqual(["Wait, wait. That's an aha moment I can flag here."]);
  });
});

describe("footnotes in the plan", () => {
  it("are drawn as numbered notes after the block that first refers to them", () => {
    const nodes = footnotesInPlace(mdast(["## A", "", "- long answers[^len]", "", "## B", "", "- open weights[^w] and again[^len]", "", "[^len]: lengths grow.", "[^w]: MIT licence.", "[^x]: never referred to."].join("\n")));
    const said = nodes.map((n) => (n.type === "heading" ? `# ${richText([{ text: (n.children[0] as { value: string }).value }])}` : n.type === "list" ? "list" : n.type === "paragraph" ? (n.children as { value?: string }[]).map((c) => c.value ?? "").join("") : n.type));
    expect(said).toEqual(["# A", "list", "[1] lengths grow.", "# B", "list", "[2] MIT licence.", "footnoteDefinition"]);
  });

  it("stay in the R1 chapter's panels that refer to them, with no warning", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/deepseek-r1-grid-areas.txt"));
    expect(warnings.filter((w) => /footnote/.test(w))).toEqual([]);
    const notes = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : []));
    expect(notes(panel(sheet, /RL on math/))).toEqual(["[1] 논문 그래프: 훈련이 진행될수록 평균 응답 길이가 수천 토큰까지 늘어남."]);
    expect(notes(panel(sheet, /Where to try/))).toEqual(["[2] R1은 MIT 라이선스로 가중치가 공개됨."]);
  });
});

describe("Mermaid kinds nanosheet has no drawing for", () => {
  it("are told by name; the kinds drawn, and a misspelt one, are not", () => {
    expect(["quadrantChart\n x", "%% c\ngantt\n x", "sankey-beta\na,b,1", "journey\n"].map(undrawnKind)).toEqual(["quadrantChart", "gantt", "sankey-beta", "journey"]);
    expect(["flowchart LR\n A-->B", "timeline\n 2020 : x", "pie\n", "flowchrt LR"].map(undrawnKind)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("leave their block out with a warning and draw the rest of the page", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", "```", "┌──────────┬──────────┐", "│ 🅰️ Alpha │ 🅱️ Beta  │", "└──────────┴──────────┘", "```", "", "# Output Structure Plan", "", "## 🅰️ Alpha", "```mermaid", "gitGraph", "  commit", "  branch sft", "```", "- a point", "", "## 🅱️ Beta", "- b point"].join("\n");
    const { sheet, warnings } = await readSheet(doc);
    expect(warnings.filter((w) => /mermaid/.test(w))).toEqual(["line 16: a mermaid gitGraph is not drawn (nanosheet draws flowcharts, mind maps, and sequence, state, timeline, pie and xychart blocks redrawn as one of them or as a table); the rest of the plan is"]);
    expect(kinds(panel(sheet, /Alpha/))).toEqual(["bullets"]);
  });

  it("draw a quadrantChart as its 2×2 grid and a sankey as its flows", () => {
    const q = quadrantTable(["quadrantChart", "  x-axis Human --> Model", "  y-axis Shallow --> Deep", "  quadrant-1 RL", "  quadrant-3 SFT", "  R1: [0.9, 0.8]", "  GPT: [0.2, 0.1]"].join("\n"));
    expect(tableOf(q?.block)).toEqual([
      ["", "Human", "Model"],
      ["Deep", "", "RL (R1)"],
      ["Shallow", "SFT (GPT)", ""],
    ]);
    expect(tableOf(sankeyTable("sankey-beta\nCrawl,Kept,70\nCrawl,Dropped,30")?.block)).toEqual([
      ["from", "to", "amount"],
      ["Crawl", "Kept", "70"],
      ["Crawl", "Dropped", "30"],
    ]);
  });

  it("keep the R1 and FineWeb chapters' other charts where they are", async () => {
    const r1 = (await readSheet(fixture("prompts/deepseek-r1-grid-areas.txt"))).sheet;
    expect(kinds(panel(r1, /SFT vs RL/))).toEqual(["paragraph", "table", "table"]);
    const fw = (await readSheet(fixture("prompts/fineweb-nested-setext.txt"))).sheet;
    expect(kinds(panel(fw, /FILTERING PIPELINE/))).toEqual(["flowchart", "table"]);
  });
});

describe("boxes numbered with keycap emoji, drawn nested, plan sections underlined", () => {
  it("reads the FineWeb chapter: six numbered panels, heights from a table without outer pipes", async () => {
    const { sheet } = await readSheet(fixture("prompts/fineweb-nested-setext.txt"));
    expect(titles(sheet)).toEqual([["title"], ["GOAL: 양·질·다양성", "FINEWEB IN NUMBERS"], ["FILTERING PIPELINE"], ["DESIGN CHOICES", "결과물은?", "TAKEAWAYS"]]);
    expect(panelsOf(sheet).map((p) => p.emoji)).toEqual(["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([9, 24, 37, 30]);
    expect(tableOf(panel(sheet, /FINEWEB IN NUMBERS/).blocks[0])[1]).toEqual(["최종 크기", "약 44TB"]);
    expect(quoteIn(panel(sheet, /GOAL/))).toEqual(["We want a large quantity of very high quality and very diverse documents"]);
    expect(quoteIn(panel(sheet, /결과물은/))).toEqual(["It's just web pages on the internet, filtered"]);
  });

  it("reads the SFT chapter: little boxes inside a cell, a title box's second line, a timeline", async () => {
    const { sheet } = await readSheet(fixture("prompts/sft-conversations-timeline.txt"));
    expect(sheet.meta.tagline).toBe("base model → assistant 만들기");
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 32, 38, 20]);
    expect(titles(sheet)).toEqual([["title"], ["BASE → ASSISTANT", "대화 = 토큰 열", "LABELERS"], ["데이터는 어디서?", "WHO AM I TALKING TO?"], ["TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /데이터는 어디서/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /대화 = 토큰 열/))).toContain("code");
    expect(quoteIn(panel(sheet, /WHO AM I/))).toEqual(["You're not talking to a magical AI, you're talking to a statistical simulation of a human labeler"]);
  });
});

describe("the same forms in sheet Markdown", () => {
  it("draws a quadrantChart as its table and a footnote in its panel; a gitGraph is still an error to fix", async () => {
    const doc = (extra: string[]): string => ["---", "nanosheet: 1", "title: x", "layout:", "  - { ratio: 10, title: true }", "  - { ratio: 90, panels: [a, b] }", "---", "", "# x", "", "## 🅰️ A", "", "- point[^n]", "", "```mermaid", "quadrantChart", "  x-axis Low --> High", "  y-axis Low --> High", "  quadrant-1 Do", "  P: [0.7, 0.8]", "```", "", ...extra, "## 🔷 B", "", "- b", "", "[^n]: a note"].join("\n");
    const { sheet, warnings } = await readSheet(doc([]));
    expect(warnings).toEqual(["line 15: a quadrantChart is drawn as a table of its four quadrants, each with the points in it"]);
    expect(kinds(panel(sheet, /^A$/))).toEqual(["bullets", "paragraph", "table"]);
    expect(panel(sheet, /^A$/).blocks.flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : []))).toEqual(["[1] a note"]);
    expect(kinds(panel(sheet, /^B$/))).toEqual(["bullets"]);
    await expect(readSheet(doc(["```mermaid", "gitGraph", "  commit", "```", ""]))).rejects.toThrow(/unsupported mermaid diagram type 'gitGraph'/);
  });
});

describe("a hand-written sheet for things to come", () => {
  it("reads multimodal's width as written, agents down two rows, a checklist", async () => {
    const { sheet } = await readSheet(fixture("sheets/things-to-come-by-hand.sheet.md"));
    // `width: 60%` is kept as the 60 it says; layout shares the row by it.
    expect(panel(sheet, /Multimodal/).width).toBe(60);
    expect(panel(sheet, /Agents/).rowSpan).toBe(2);
    expect(kinds(panel(sheet, /Agents/))).toEqual(["flowchart", "paragraph", "bullets"]);
    const checks = panel(sheet, /Takeaways/).blocks[0];
    expect(checks?.kind === "bullets" ? checks.style : undefined).toBe("checks");
  });
});
