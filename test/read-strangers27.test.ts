// Chapters written by others, read as their writers meant: a preview chapter exported from Notion (its plan
// folded in `<details>` toggles, its quotes in a `> 💡` callout, a `> ⚠️` note to the designer, its layout
// described as Notion columns under `### Row N — tall` headings with heights as words); and a keeping-track
// chapter typed in a hurry, its parts headed by bare `Layout:` / `Plan:` label lines.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Panel, Sheet } from "../src/model/sheet.js";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { labelSections } from "../src/read/label-sections.js";
import { toggleSections } from "../src/read/toggle-sections.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const quoteTexts = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []));
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet, row: number): (number | undefined)[] => {
  const r = sheet.rows[row];
  return r?.kind === "panels" ? r.panels.map((p) => p.width) : [];
};

const NOTION = "preview-notion-export-toggles-column-rows";
const BUSY = "keeping-track-busy-sparse-unboxed-section";

const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a plan folded in <details> toggles", () => {
  const toggled = ["<details>", "<summary>1. 🅰️ Alpha</summary>", "", "- one", "", "</details>", "", "<details>", "<summary><b>2. 🅱️ Beta</b></summary>", "", "- two", "", "</details>"];

  it("makes each summary the heading of the section it folds, one level under the heading above, lines kept", () => {
    const out = toggleSections(["## Output Structure Plan", "", ...toggled].join("\n")).split("\n");
    expect(out[3]).toBe("### 1. 🅰️ Alpha");
    expect(out[10]).toBe("### **2. 🅱️ Beta**");
    expect(out.length).toBe(toggled.length + 2);
    expect(out.some((l) => /details|summary/.test(l))).toBe(false);
  });

  it("drops a summary outside the plan (the fold's handle), and heads a part with one naming it", () => {
    expect(toggleSections(["# Source Text", "<details>", "<summary>원문 (펼쳐서 보기)</summary>", "text", "</details>"].join("\n")).split("\n")).toEqual(["# Source Text", "", "", "text", ""]);
    expect(toggleSections(["# Chapter", "<details>", "<summary>Output Structure Plan</summary>", "</details>"].join("\n")).split("\n")[2]).toBe("# Output Structure Plan");
  });

  it("reads a toggle opened on the summary's own line (`<details open><summary>…`)", () => {
    const out = toggleSections(["## Output Structure Plan", "<details open><summary>1. 🅰️ Alpha</summary>", "", "- one", "</details>"].join("\n")).split("\n");
    expect(out).toEqual(["## Output Structure Plan", "### 1. 🅰️ Alpha", "", "- one", ""]);
  });

  it("leaves a summary written inside a code fence alone", () => {
    const text = ["```html", "<details>", "<summary>x</summary>", "</details>", "```"].join("\n");
    expect(toggleSections(text)).toBe(text);
  });

  it("draws the folded sections in their boxes", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, toggled.slice(0, 6).map((l) => l.replace("🅰️ Alpha", "GAMMA"))));
    expect(kinds(panel(sheet, /GAMMA/))).toContain("bullets");
  });

  it("reads the fixture's six toggled plan sections", async () => {
    const { sheet, warnings } = await readSheet(fixture(NOTION));
    expect(warnings.join("\n")).not.toMatch(/has no sections/);
    expect(kinds(panel(sheet, /TEST-TIME TRAINING/))).toEqual(expect.arrayContaining(["bullets", "table"]));
    expect(kinds(panel(sheet, /MULTIMODALITY/))).toContain("flowchart");
  });
});

describe("a layout described as Notion columns under `### Row N — height` headings", () => {
  const layout = [
    "### Row 1 — thin",
    "- Column 1 (full width): 🍌 TITLE",
    "### Row 2 — tall",
    "- Column 1 (wide): 🅰️ ALPHA",
    "  - a words under the column",
    "- Column 2: 🅱️ BETA",
    "### Row 3 — medium",
    "- Column 1: 📌 TAKEAWAYS",
  ];
  const doc = promptDoc(layout, plan, { fenced: false });

  it("reads each column item as a box of its row, the lines under it its own, not boxes", async () => {
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(sheet.meta.title).toMatch(/^🍌 TITLE|^TITLE/);
  });

  it("reads height words as shares (thin 1, medium 2.5, tall 4) and says so", async () => {
    const { sheet, warnings } = await readSheet(doc);
    expect(ratios(sheet)).toEqual([13, 53, 33]);
    expect(warnings.join("\n")).toMatch(/row heights written as words \(thin, tall, medium\)/);
  });

  it("draws a `(wide)` column wider than the plain one beside it", async () => {
    const { sheet } = await readSheet(doc);
    const [a, b] = widths(sheet, 1);
    expect(a! / b!).toBeCloseTo(1.5, 1);
  });

  it("lays out the fixture's rows and columns with its words' heights", async () => {
    const { sheet } = await readSheet(fixture(NOTION));
    expect(titles(sheet).map((r) => r.length)).toEqual([1, 2, 3, 1]);
    expect(ratios(sheet)).toEqual([12, 47, 29, 12]);
    expect(sheet.meta.title).toMatch(/PREVIEW OF THINGS TO COME/);
    expect(titles(sheet)[3]![0]).toMatch(/^TAKEAWAYS/);
  });
});

describe("quotes in a `> 💡 Quotable insights:` callout", () => {
  const style = ["# Output Style", "> 💡 Quotable insights (in English):", '> - "Alpha beta gamma delta"', '> - "Epsilon zeta eta theta"'];

  it("reads the list under the callout's label as the quotes, the label as none", async () => {
    const { sheet } = await readSheet([...promptDoc(FIVE_BOXES, ["## 1. ALPHA", "- one"]).split("\n"), ...style].join("\n"));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []));
    expect(all).toEqual(expect.arrayContaining(["Alpha beta gamma delta", "Epsilon zeta eta theta"]));
    expect(all.join(" ")).not.toMatch(/Quotable/);
  });

  it("draws all four of the fixture's quotes", async () => {
    const { sheet } = await readSheet(fixture(NOTION));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []));
    expect(all.length).toBe(4);
  });
});

describe("a callout telling the designer how to draw", () => {
  it("is left out with a warning, its section's content kept", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(FIVE_BOXES, ["## 1. GAMMA", "> ⚠️ 정답이 있는 것처럼 그리지 말 것", "- c one"]));
    expect(kinds(panel(sheet, /GAMMA/))).toEqual(["bullets"]);
    expect(warnings.join("\n")).toMatch(/tells the designer how to draw/);
  });

  it("keeps a callout that only says something about the chapter", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, ["## 1. GAMMA", "> 💡 컨텍스트 윈도우는 유한한 자원이다", "- c one"]));
    expect(kinds(panel(sheet, /GAMMA/))).toContain("quote");
  });

  it("leaves the fixture's `그리지 말 것` note out of the test-time training box", async () => {
    const { sheet } = await readSheet(fixture(NOTION));
    expect(quoteTexts(panel(sheet, /TEST-TIME/)).join(" ")).not.toMatch(/그리지 말/);
  });
});

describe("parts headed by bare label lines (`Layout:`, `Plan:`)", () => {
  it("makes each known label a part heading, lines kept, when two or more are labelled", () => {
    const out = labelSections(["intro", "Layout:", "x", "Plan:", "- y"].join("\n")).split("\n");
    expect(out).toEqual(["intro", "# Layout", "x", "# Plan", "- y"]);
  });

  it("leaves a lone label, or labels in a document whose parts are headings, as they are", () => {
    expect(labelSections("Plan:\n- y")).toBe("Plan:\n- y");
    const headed = ["# Layout Structure", "Layout:", "Plan:"].join("\n");
    expect(labelSections(headed)).toBe(headed);
  });

  it("reads the hurried fixture as a prompt, its four boxes and its plan", async () => {
    expect(detectInputKind(fixture(BUSY))).toBe("prompt");
    const { sheet, warnings } = await readSheet(fixture(BUSY));
    expect(titles(sheet)).toEqual([["title"], ["LM Arena", "AI News"], ["X / Twitter", "quote"]]);
    expect(quoteTexts(panel(sheet, /quote/))).toEqual(["I think it's been a little bit gamed in the last few months"]);
    expect(warnings.join("\n")).toMatch(/no layout ratio table/);
  });
});
