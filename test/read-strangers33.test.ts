// A chapter written by another hand, read as its writer meant: the base-model chapter drawn in rounded `╭─╮`
// boxes with a quotes sidebar down every row, each box titled in Korean and English with the English half pushed
// to the next line after a slash (`🦙 베이스 모델이란?` / `/ WHAT IS A BASE MODEL`), the sidebar's quotes wrapped
// over several lines and a note to the designer wrapped in brackets, and ticks standing in for the takeaways; and a
// dense post-training chapter at 1920×1080 whose `+---+` boxes hold notes on the diagrams to come (`[flowchart: …]`,
// `+ 비교표 (…)`), numbers alone for the takeaways, and a closing line naming the PNG, with a chain and a table
// that fit one under the other only with their lines a little closer.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { joinOpenQuotes } from "../src/read/prompt/box-lines.js";
import { isPlaceNote } from "../src/read/prompt/directions.js";
import { shownLead } from "../src/read/prompt/lead.js";
import { panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => l.map((s) => s.text).join(""));

const BASE = "base-model-rounded-sidebar-bilingual-titles";
const SFT = "post-training-sft-dense-16x9-three-diagrams";

const twoBoxes = (left: string[], right: string[]): string[] => [
  "╭──────────────────────────────────────────────────╮",
  "│ 🍌 TITLE 🍌                                      │",
  "╰──────────────────────────────────────────────────╯",
  "╭────────────────────────╮╭────────────────────────╮",
  ...left.map((l, i) => `│ ${l}${" ".repeat(Math.max(0, 23 - width(l)))}││ ${right[i] ?? ""}${" ".repeat(Math.max(0, 23 - width(right[i] ?? "")))}│`),
  "╰────────────────────────╯╰────────────────────────╯",
];
// Hangul and the emoji used here are two columns wide; the rest one.
const width = (t: string): number => [...t.replace(/\uFE0F/g, "")].reduce((w, c) => w + (/[\p{Script=Hangul}\p{Extended_Pictographic}]/u.test(c) ? 2 : 1), 0);

describe("a bilingual box title whose second half goes on the next line after a slash", () => {
  const plan = ["## 🦙 What is a Base Model?", "- one", "## 🎲 토큰 시뮬레이터", "- two"];

  it("joins `/ ENGLISH` under a Korean title, and `/ 한국어` under an English one", async () => {
    const { sheet } = await readSheet(promptDoc(twoBoxes(["🦙 베이스 모델이란?", "/ WHAT IS A BASE MODEL", "", "a words"], ["🎲 TOKEN SIMULATOR", "/ 토큰 시뮬레이터", "", "b words"]), plan));
    expect(titles(sheet)[1]).toEqual(["베이스 모델이란? / WHAT IS A BASE MODEL", "TOKEN SIMULATOR / 토큰 시뮬레이터"]);
    expect(leadOf(sheet, /^베이스/)).toEqual(["a words"]);
  });

  it("keeps a slash line in the title's own language, or with figures, as the box's text", async () => {
    const { sheet } = await readSheet(promptDoc(twoBoxes(["🦙 베이스 모델이란?", "/ 인터넷 문서 자동완성", "", "a words"], ["🎲 TOKEN SIMULATOR", "/ 405B params", "", "b words"]), plan));
    expect(titles(sheet)[1]).toEqual(["베이스 모델이란?", "TOKEN SIMULATOR"]);
    expect(leadOf(sheet, /^베이스/)[0]).toBe("/ 인터넷 문서 자동완성");
    expect(leadOf(sheet, /^TOKEN/)[0]).toBe("/ 405B params");
  });
});

describe("a quotation a narrow box wrapped over lines", () => {
  const at = (texts: string[], from = 10): { text: string; line: number }[] => texts.map((text, i) => ({ text, line: from + i }));

  it("is one line from the line opening the quote mark to the one closing it", () => {
    expect(joinOpenQuotes(at(['"token-level', "internet", "document", 'simulator"', "note"])).map((l) => l.text)).toEqual(['"token-level internet document simulator"', "note"]);
    expect(joinOpenQuotes(at(["“lossy zip", "file of the", "internet”"])).map((l) => l.text)).toEqual(["“lossy zip file of the internet”"]);
  });

  it("leaves lines as drawn when the quote never closes, closes mid-line, or a blank line comes first", () => {
    const open = ['"token-level', "internet", "document"];
    expect(joinOpenQuotes(at(open)).map((l) => l.text)).toEqual(open);
    const mid = ['"token-level', 'internet" and more'];
    expect(joinOpenQuotes(at(mid)).map((l) => l.text)).toEqual(mid);
    const gap = [{ text: '"token-level', line: 1 }, { text: 'simulator"', line: 3 }];
    expect(joinOpenQuotes(gap).map((l) => l.text)).toEqual(['"token-level', 'simulator"']);
    const whole = ['"one two three"', 'four"'];
    expect(joinOpenQuotes(at(whole)).map((l) => l.text)).toEqual(whole);
  });
});

describe("a note on where the box stands that also says how many quotes it holds", () => {
  it("is a place note: `(세로로 길게, 인용 3~4개)`, `(tall sidebar, quotes x4)`", () => {
    expect(isPlaceNote("(세로로 길게, 인용 3~4개)")).toBe(true);
    expect(isPlaceNote("(tall sidebar, quotes x4)")).toBe(true);
  });

  it("is not one with no word for the box's shape, or with content beside the count", () => {
    expect(isPlaceNote("(인용 3~4개)")).toBe(false);
    expect(isPlaceNote("(세로로 길게, GPT-2 1.5B)")).toBe(false);
    expect(isPlaceNote("(토큰 3개)")).toBe(false);
  });
});

describe("box lines standing in for what the plan writes in full", () => {
  const quote = (text: string): Block => ({ kind: "quote", text: [{ text }] }) as Block;
  const zip = quote("The base model is a bit like a zip file of the internet, but it's lossy.");

  it("drops a quoted phrase whose every word the quote uses, in any order", () => {
    expect(shownLead([[{ text: '"lossy zip file of the internet"' }]], [zip])).toEqual([]);
  });

  it("keeps one with a word the quote lacks", () => {
    const lead = [[{ text: '"lossless zip file of the internet"' }], [{ text: "405B params" }]];
    expect(shownLead(lead, [zip])).toEqual(lead);
  });

  it("drops a line of ticks over the takeaways the plan lists, and keeps it in a box the plan leaves empty", async () => {
    const plan = ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "1. first", "2. second"];
    const { sheet } = await readSheet(promptDoc(twoBoxes(["🅰️ ALPHA", "a words"], ["📌 TAKEAWAYS", "✓ ✓ ✓"]), plan));
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual([]);
    const bare = await readSheet(promptDoc(twoBoxes(["🅰️ ALPHA", "a words"], ["📌 TAKEAWAYS", "✓ ✓ ✓"]), ["## 🅰️ Alpha", "- one"]));
    expect(leadOf(bare.sheet, /TAKEAWAYS/)).toEqual(["✓ ✓ ✓"]);
  });
});

describe("a page shape named only to be turned down", () => {
  const plan = ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "- two"];
  const doc = (request: string): string => promptDoc(twoBoxes(["🅰️ ALPHA", "a words"], ["📌 TAKEAWAYS", "t words"]), [...plan, "", "---", request]);

  for (const request of ["Please render it, 16:9 말고 A4 가로로.", "Please render on A4 landscape, not 16:9.", "Please render it: 16:9는 아니고 A4로.", "Please render it (16:9 ❌, A4 ✅)."]) {
    it(`is A4 for "${request}"`, async () => {
      expect((await readSheet(doc(request))).sheet.page).toBe("a4");
    });
  }

  it("is 16:9 when A4 is the one turned down, or 16:9 is asked for after all", async () => {
    expect((await readSheet(doc("Please render it, A4 말고 16:9로."))).sheet.page).toBe("16:9");
    expect((await readSheet(doc("Please render it in 16:9 (not A4)."))).sheet.page).toBe("16:9");
  });
});

describe("the base-model chapter", () => {
  it("reads the sidebar and seven boxes with both halves of each title, at the heights written under the drawing", async () => {
    const { sheet, warnings } = await readSheet(fixture(BASE));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["카파시 어록 / KARPATHY SAYS", "베이스 모델이란? / WHAT IS A BASE MODEL", "토큰 시뮬레이터 / TOKEN SIMULATOR"],
      ["암기와 역류 / REGURGITATION", "퓨샷 프롬프트 / FEW-SHOT", "가짜 어시스턴트 / FAKE ASSISTANT"],
      ["손실 압축 / LOSSY COMPRESSION", "핵심 정리 / TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    // `16:9 말고 A4 가로로`: A4, as asked.
    expect(sheet.page).toBe("a4");
    expect(panel(sheet, /KARPATHY SAYS/).rowSpan).toBe(3);
    expect(warnings.map((w) => w.replace(/:.*/, ""))).toEqual(["line 140"]);
  });

  it("draws none of the sidebar's sketched quotes or its note, and no ticks: the quotes and takeaways say them", async () => {
    const { sheet } = await readSheet(fixture(BASE));
    const side = panel(sheet, /KARPATHY SAYS/);
    expect(side.lead).toEqual([]);
    expect(side.blocks.map((b) => b.kind)).toEqual(["quote", "quote", "quote", "quote"]);
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual([]);
    expect(JSON.stringify(sheet)).not.toMatch(/세로로 길게|"\/ [A-Z]/);
  });
});

describe("notes on the diagrams to come, written in a box the plan then fills", () => {
  const plan = ["## 🅰️ Alpha", "```mermaid", "flowchart LR", "  A[one] --> B[two]", "```", "| k | v |", "|---|---|", "| a | 1 |", "| b | 2 |", "## 📌 Takeaways", "1. first", "2. second"];

  it("drops a square-bracketed form note wrapped over lines, a one-word 비교표 and numbers alone", async () => {
    const { sheet } = await readSheet(promptDoc(twoBoxes(["🅰️ ALPHA", "[flowchart: one →", " two]", "+ 비교표 (비용/기간)", "a words"], ["📌 TAKEAWAYS", "1.", "2.", "", ""]), plan));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["a words"]);
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual([]);
  });

  it("keeps square brackets that name no form, and a 비교표 note over a panel with no table", async () => {
    const noTable = plan.filter((l) => !l.startsWith("|"));
    const { sheet } = await readSheet(promptDoc(twoBoxes(["🅰️ ALPHA", "[A] 입력 토큰", "+ 비교표 (비용/기간)"], ["📌 TAKEAWAYS", "t words"]), noTable));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["[A] 입력 토큰", "+ 비교표 (비용/기간)"]);
  });

  it("leaves out a closing line naming the image file and its size, with a warning", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(twoBoxes(["🅰️ ALPHA", "a words"], ["📌 TAKEAWAYS", "t words"]), [...plan, "", "---", "Output: a single 1920×1080 PNG."]));
    expect(JSON.stringify(sheet)).not.toMatch(/1920/);
    expect(warnings.some((w) => /Output: a single 1920×1080 PNG\.".*asks the image maker/.test(w))).toBe(true);
  });
});

describe("the dense post-training chapter at 16:9", () => {
  it("reads the title over three boxes and four, at the heights written over the drawing, on a 16:9 page", async () => {
    const { sheet } = await readSheet(fixture(SFT));
    expect(sheet.page).toBe("16:9");
    expect(titles(sheet)).toEqual([
      ["title"],
      ["PRE → POST TRAINING", "CONVERSATION TOKENS", "INFERENCE (ChatGPT)"],
      ["HUMAN LABELERS", "SYNTHETIC DATA", "WHO ARE YOU TALKING TO?", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 44, 48]);
    expect(panel(sheet, /^PRE/).lead).toEqual([]);
    expect(panel(sheet, /SYNTHETIC/).lead).toEqual([]);
    expect(panel(sheet, /TAKEAWAYS/).lead).toEqual([]);
    expect(JSON.stringify(sheet)).not.toMatch(/\[(?:flowchart|mind map|sequence diagram)|비교표|1920/);
  });

  it("sets PRE → POST's comparison table under its chain at full width, every word whole, and nothing overflows", async () => {
    const { sheet } = await readSheet(fixture(SFT));
    const page = layoutSheet(sheet);
    expect(page.panels.filter((p) => p.overflow).map((p) => p.id)).toEqual([]);
    const pre = page.panels.find((p) => p.id === "pre-post-training")!;
    const chain = pre.blocks.find((b) => b.kind === "flowchart")!;
    const table = pre.blocks.find((b) => b.kind === "table")!;
    expect(table.box.y).toBeGreaterThanOrEqual(chain.box.y + chain.box.height - 0.5);
    expect(table.box.width).toBeGreaterThan(pre.content!.width * 0.9);
  });
});
