// Chapters written by others, read as their writers meant: a jagged-intelligence chapter that offers two layout
// drafts and picks the second (`### 레이아웃 초안 B (이걸로 해주세요)`), draws a sidebar either side of three
// stacked panels, sketches its gauges as bars typed in block glyphs (`수학 올림피아드  ██████████ 95%`), names one
// quotable insight by a few of its words (`"use it as a tool" quote`) and asks the designer, mid-plan, to draw the
// gauges as bars. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Rich, Sheet, Table } from "../src/model/sheet.js";
import { layoutTable } from "../src/blocks/table/layout.js";
import { toSheetMarkdown } from "../src/export/markdown.js";
import { layoutReport } from "../src/export/report.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { gaugeOf, gaugeTable } from "../src/read/prompt/gauges.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const JAGGED = "jagged-two-drafts-sidebars-gauges";
const path = join(FIXTURES_DIR, "prompts", `${JAGGED}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const blocksOf = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const cells = (t: Block | undefined): string[][] => (t?.kind === "table" ? t.rows.map((r) => r.map(richText)) : []);
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** The same title over 🅰️ ALPHA, 🌀 GAMMA and 📌 TAKEAWAYS side by side: the drawing a second draft makes. */
const THREE_ACROSS = [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+------------+ +-------------+ +-----------+",
  "| 🅰️ ALPHA   | | 🌀 GAMMA    | | 📌 TAKE   |",
  "+------------+ +-------------+ +-----------+",
];

/** A layout section of two drafts under their headings, then words after both, then the plan. */
const twoDrafts = (headA: string, headB: string, after: string[] = []): string =>
  ["# Layout Structure", headA, "```", ...TWO_BOXES, "```", headB, "```", ...THREE_ACROSS, "```", ...after, "# Output Structure Plan", ...PLAN, "## 🌀 Gamma", "- g", ""].join("\n");

describe("two layout drafts, one picked", () => {
  it("reads the draft whose own heading picks it, though both are called drafts", async () => {
    const { sheet, warnings } = await readSheet(twoDrafts("### 레이아웃 초안 A", "### 레이아웃 초안 B (이걸로 해주세요)"));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "GAMMA", "TAKE"]);
    expect(warnings.join("\n")).toMatch(/holds 2 drawings; the one here is read \(the writer picks it\)/);
  });

  it("reads the draft a sentence after both names by its letter", async () => {
    for (const pick of ["Go with B.", "B안으로 해주세요.", "최종적으로 B를 선택했어요."]) {
      const { sheet } = await readSheet(twoDrafts("### Option A", "### Option B", ["", pick, ""]));
      expect(titles(sheet)[1], pick).toEqual(["ALPHA", "GAMMA", "TAKE"]);
    }
  });

  it("reads the first draft when the words name it, even after the second", async () => {
    const { sheet } = await readSheet(twoDrafts("### Option A", "### Option B", ["", "On second thought, go with A.", ""]));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
  });

  it("still reads the first of two drafts when nothing picks one", async () => {
    const { sheet, warnings } = await readSheet(twoDrafts("### 레이아웃 초안 A", "### 레이아웃 초안 B"));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
    expect(warnings.join("\n")).toMatch(/the one here is read \(the first\)/);
  });
});

describe("gauges typed as bars", () => {
  it("reads a label, its bar and its value from one line", () => {
    expect(gaugeOf("수학 올림피아드     ██████████ 95%")).toEqual({ label: "수학 올림피아드", bar: "██████████", value: "95%" });
    expect(gaugeOf("- coding: [#######---] 70%")).toEqual({ label: "coding", bar: "[#######---]", value: "70%" });
    expect(gaugeOf("temperature  0 ──●────── 2")).toEqual({ label: "temperature", bar: "0 ──●────── 2", value: "" });
    // Not gauges: no label before the bar, two bars, a line of prose with a dash.
    expect(gaugeOf("██████████ 95%")).toBeUndefined();
    expect(gaugeOf("a ███ b ███")).toBeUndefined();
    expect(gaugeOf("모델은 - 가끔 - 틀린다")).toBeUndefined();
  });

  it("draws a fenced block of gauge lines as a table of label, bar and value", async () => {
    const plan = ["## 🅰️ Alpha", "```", "수학 올림피아드   ██████████ 95%", "9.11 vs 9.9 비교  ██░░░░░░░░ 20%", "```", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const table = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.header).toEqual([]);
    expect(cells(table)).toEqual([
      ["수학 올림피아드", "██████████", "95%"],
      ["9.11 vs 9.9 비교", "██░░░░░░░░", "20%"],
    ]);
  });

  it("draws bare gauge lines in a paragraph as a table, not one run-on line", async () => {
    const plan = ["## 🅰️ Alpha", "모델 자신감   ██████████ 항상 높음", "실제 정확도   ██████░░░░ 들쭉날쭉", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["table"]);
    expect(cells(panel(sheet, /ALPHA/).blocks[0])).toEqual([
      ["모델 자신감", "██████████", "항상 높음"],
      ["실제 정확도", "██████░░░░", "들쭉날쭉"],
    ]);
  });

  it("keeps a code block with one gauge among other lines code", () => {
    expect(gaugeTable("progress ████░░ 60%\nprint(progress)")).toBeUndefined();
    expect(gaugeTable("only ████░░ 60%")).toBeUndefined();
  });

  it("draws a bar cell as a filled outline as wide as its column, never broken over lines", () => {
    const rich = (t: string): Rich => [{ text: t }];
    const t: Table = { kind: "table", header: [], rows: [[rich("수학 올림피아드"), rich("██████████"), rich("95%")], [rich("비교"), rich("██░░░░░░░░"), rich("20%")]] };
    const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: [], ink: "#222", seed: 1 };
    const out = layoutTable(t, env, { width: 160, height: 200 });
    expect(out.marks.some((m) => m.kind === "text" && /[█░]/.test(m.text))).toBe(false);
    expect(out.broken).toBeUndefined();
    // Per bar: its fill (when it has one) and its outline; the first filled whole, the second a fifth.
    const rects = out.marks.filter((m) => m.kind === "rect");
    expect(rects).toHaveLength(4);
    const [fill1, frame1, fill2, frame2] = rects.map((m) => (m.kind === "rect" ? m.width : 0));
    expect(fill1).toBeCloseTo(frame1!, 5);
    expect(fill2! / frame2!).toBeCloseTo(0.2, 5);
  });
});

describe("a quotable insight that names its quote", () => {
  const style = (item: string): string[] => ["# Output Style", "4. **Quotable Insights**:", `   - ${item}`, ""];
  const doc = (item: string, plan: string[]): string => [...style(item), promptDoc(TWO_BOXES, plan)].join("\n");

  it("draws the plan's full quote once, not the name as a second quote", async () => {
    const plan = [...PLAN, "## 💬 Quotes", '> "Don\'t treat them as infallible. Use them as tools, check their work."'];
    const { sheet } = await readSheet(doc('"use it as a tool" quote', plan));
    expect(quotes(blocksOf(sheet))).toEqual(["Don't treat them as infallible. Use them as tools, check their work."]);
  });

  it("draws the named words once, without the word quote, when the plan does not quote them", async () => {
    const { sheet } = await readSheet(doc('"use it as a tool" quote', PLAN));
    expect(quotes(blocksOf(sheet))).toEqual(["use it as a tool"]);
  });

  it("keeps a real quote that happens to end in the word quote whole", async () => {
    const { sheet } = await readSheet(doc('"Every token is a quote"', PLAN));
    expect(quotes(blocksOf(sheet))).toEqual(["Every token is a quote"]);
  });
});

describe("a plan sentence asking the designer how to draw", () => {
  it("leaves the asking sentence out and keeps the paragraph's other sentences", async () => {
    const plan = ["## 🅰️ Alpha", "게임 캐릭터 스탯처럼 막대로 그려주세요. 수치는 느낌상 대충이에요.", "", "- one", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const text = JSON.stringify(panel(sheet, /ALPHA/).blocks);
    expect(text).not.toMatch(/그려주세요/);
    expect(text).toMatch(/수치는 느낌상 대충이에요\./);
  });

  it("leaves out a paragraph that only asks, in either language", async () => {
    for (const ask of ["막대 그래프처럼 색칠해 주세요.", "Please draw these as bars."]) {
      const plan = ["## 🅰️ Alpha", ask, "", "- one", ...PLAN.slice(2)];
      const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
      expect(kinds(panel(sheet, /ALPHA/)), ask).toEqual(["bullets"]);
    }
  });

  it("keeps a sentence about drawing that asks nothing", async () => {
    const plan = ["## 🅰️ Alpha", "모델에게 '그려주세요'라고 하면 이미지 모델을 부릅니다.", "", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).toMatch(/이미지 모델을 부릅니다/);
  });
});

describe("a capitals heading a box wrapped partway down", () => {
  const box = (lines: string[]): string[] => [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅰️ ALPHA           | | 🅱️ BETA           |",
    ...lines.map((l) => `| ${l.padEnd(18)} | |                   |`),
    "+--------------------+ +-------------------+",
  ];
  const plan = PLAN.slice(0, 4);

  it("joins `📌 KEY` and the `TAKEAWAYS` under it into one line", async () => {
    const { sheet } = await readSheet(promptDoc(box(["use code", "📌 KEY", "TAKEAWAYS"]), plan));
    expect(panel(sheet, /ALPHA/).lead.map(richText)).toEqual(["use code", "📌 KEY TAKEAWAYS"]);
  });

  it("leaves a list of terms in capitals as drawn", async () => {
    const { sheet } = await readSheet(promptDoc(box(["📌 KEY", "USE CODE", "SAMPLE"]), plan));
    expect(panel(sheet, /ALPHA/).lead.map(richText)).toEqual(["📌 KEY", "USE CODE", "SAMPLE"]);
  });
});

describe("a table with no header in sheet Markdown", () => {
  it("reads back with no header, not an empty tinted row", async () => {
    const plan = ["## 🅰️ Alpha", "모델 자신감   ██████████ 항상 높음", "실제 정확도   ██████░░░░ 들쭉날쭉", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const { sheet: again } = await readSheet(toSheetMarkdown(sheet), { file: "x.sheet.md" });
    const table = panel(again, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.header).toEqual([]);
    expect(cells(table)[1]).toEqual(["실제 정확도", "██████░░░░", "들쭉날쭉"]);
  });
});

describe("a table with no header in the layout report", () => {
  it("is named by its first row", async () => {
    const plan = ["## 🅰️ Alpha", "모델 자신감   ██████████ 항상 높음", "실제 정확도   ██████░░░░ 들쭉날쭉", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const laid = layoutSheet(sheet);
    const r = layoutReport(laid, 96, laid.sheet ?? sheet);
    const table = r.panels.flatMap((p) => p.blocks).find((b) => b.kind === "table");
    expect(table?.text).toBe("모델 자신감 | ██████████ | 항상 높음");
  });
});

describe(JAGGED, () => {
  it("reads draft B: the title over a sidebar either side of three stacked panels", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["능력 게이지 (CAPABILITY)", "9.11 vs 9.9 — 왜 틀리나?", "대처법 & 요약"], ["세기 & 철자 (COUNTING)"], ["SWISS CHEESE MODEL"]]);
    expect(ratios(sheet)).toEqual([10, 30, 30, 30]);
    expect(panel(sheet, /능력 게이지/).rowSpan).toBe(3);
    expect(panel(sheet, /대처법/).rowSpan).toBe(3);
  });

  it("draws the gauges as tables and each 💬 quote in its panel, the named quote not again", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(cells(panel(sheet, /능력 게이지/).blocks.find((b) => b.kind === "table"))[0]).toEqual(["수학 올림피아드", "██████████", "95%"]);
    expect(cells(panel(sheet, /SWISS CHEESE/).blocks.find((b) => b.kind === "table"))).toHaveLength(2);
    expect(quotes(panel(sheet, /9\.11/).blocks)).toEqual([expect.stringMatching(/^Some of the neurons that light up/)]);
    expect(quotes(panel(sheet, /SWISS CHEESE/).blocks)).toEqual([expect.stringMatching(/^I think of it as a Swiss cheese model/)]);
    expect(quotes(panel(sheet, /대처법/).blocks)).toEqual([expect.stringMatching(/^Don't treat them as infallible/)]);
    expect(quotes(blocksOf(sheet))).toHaveLength(3);
    expect(JSON.stringify(sheet)).not.toMatch(/막대로 그려주세요/);
  });
});
