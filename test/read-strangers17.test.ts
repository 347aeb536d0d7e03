// Chapters written by others, read as their writers meant: a Korean chapter with Japanese-style punctuation whose
// layout is a Markdown table of boxes (`(colspan 3)` written in a cell), two of its sections left unnumbered among
// numbered ones (`## 왜 바이트를 그대로 안 쓸까?`, `## 📌 핵심 정리`), and a quote written as a paragraph,
// `“…” — Andrej Karpathy`; an English chapter drawn in heavy lines, one box split in two by a dashed line
// (`├ ─ ─ ─ ┤`) and its bottom row's widths written into the boxes as `w=30`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);

const TOKENS = "tokenization-korean-table-drawing-colspan";
const SFT = "sft-heavy-lines-dashed-split-widths";

const boxes = [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+--------------------+ +-------------------+",
  "| 🅰️ ALPHA           | | ❓ WHY NOT BYTES?  |",
  "+--------------------+ +-------------------+",
  "+------------------------------------------+",
  "| 📌 TAKEAWAYS                             |",
  "+------------------------------------------+",
];
const doc = (layout: string[], plan: string[], fenced = true): string => promptDoc(layout, plan, { fenced });

describe("an unnumbered plan section among numbered ones", () => {
  it("is drawn when the drawing names it, by its title or its emoji", async () => {
    const plan = ["## 1. 🅰️ Alpha", "- one", "## Why not bytes?", "- sequences get long", "## 📌 Takeaways", "- three"];
    const { sheet, warnings } = await readSheet(doc(boxes, plan));
    expect(warnings.filter((w) => /not numbered/.test(w))).toEqual([]);
    expect(text(sheet, /WHY NOT BYTES/)).toMatch(/sequences get long/);
    expect(text(sheet, /TAKEAWAYS/)).toMatch(/three/);
  });

  it("is still a note, not drawn, when the drawing names it nowhere", async () => {
    const plan = ["## 1. 🅰️ Alpha", "- one", "## 2. ❓ Why not bytes?", "- long", "## Notes for the artist", "- keep it tidy", "## 📝 Style", "- pastel"];
    const { sheet, warnings } = await readSheet(doc(boxes, plan));
    expect(warnings.filter((w) => /not numbered/.test(w))).toHaveLength(2);
    expect(JSON.stringify(sheet)).not.toMatch(/keep it tidy|pastel/);
  });

  it("draws the fixture's question and takeaways sections in their boxes, without warnings", async () => {
    const { sheet, warnings } = await readSheet(fixture(TOKENS));
    expect(warnings).toEqual([]);
    expect(text(sheet, /왜 바이트를/)).toMatch(/귀하고 한정된 자원/);
    expect(text(sheet, /핵심 정리/)).toMatch(/100,277/);
  });
});

describe("a layout table cell marked `(colspan N)`", () => {
  const table = [
    "| 🍌 CHEAT SHEET: TOKENS 🍌 (colspan 3) | | |",
    "|---|---|---|",
    "| 🅰️ ALPHA | 🅱️ BETA (colspan 2) | |",
    "| 🅲 GAMMA | 🅳 DELTA | 📌 TAKEAWAYS |",
  ];
  const plan = ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"];

  it("spans that many columns and does not keep the mark in its title", async () => {
    const { sheet } = await readSheet(doc(table, plan, false));
    expect(sheet.meta.banner ?? "").not.toMatch(/colspan/);
    expect(JSON.stringify(sheet)).not.toMatch(/colspan/);
    const beta = panel(sheet, /BETA/);
    const alpha = panel(sheet, /ALPHA/);
    expect((beta.width ?? 0) / (alpha.width ?? 1)).toBeCloseTo(2, 1);
  });

  it("spans its columns even when the writer left out the empty cells after it", async () => {
    const short = table.map((l) => l.replace("| 🅱️ BETA (colspan 2) | |", "| 🅱️ BETA (colspan 2) |"));
    const { sheet } = await readSheet(doc(short, plan, false));
    expect((panel(sheet, /BETA/).width ?? 0) / (panel(sheet, /ALPHA/).width ?? 1)).toBeCloseTo(2, 1);
  });

  it("takes no span from a word that only ends in `span`", async () => {
    const words = table.map((l) => l.replace("🅰️ ALPHA", "🅰️ LIFESPAN 2 YEARS"));
    const { sheet } = await readSheet(doc(words, plan, false));
    expect(panel(sheet, /LIFESPAN 2 YEARS/).title).toBe("LIFESPAN 2 YEARS");
  });

  it("reads the fixture's banner without the mark", async () => {
    const { sheet } = await readSheet(fixture(TOKENS));
    expect(sheet.meta.banner).toMatch(/^🍌 NANO BANANA 치트시트: 토큰화 — 텍스트에서 토큰까지 🍌$/);
    expect(titles(sheet)[1]).toEqual(["텍스트 → 비트 → 바이트", "BPE: 쌍 합치기"]);
  });
});

describe("a quote written as a paragraph, in its marks and signed", () => {
  const plan = (line: string): string[] => ["## 🅰️ Alpha", "- one", "", line, "", "## 📌 Takeaways", "- three"];

  it("is a quote signed by the name, its marks left to the drawn note", async () => {
    for (const line of ["“Sequence length is a precious resource.” — Andrej Karpathy", '"Sequence length is a precious resource." – Karpathy', "「시퀀스 길이는 귀한 자원이다」 — 카파시"]) {
      const { sheet } = await readSheet(doc(boxes, plan(line)));
      const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
      expect(q && q.kind === "quote" ? q.cite : undefined).toMatch(/Karpathy|카파시/);
      expect(JSON.stringify(q)).not.toMatch(/[“”「」]/);
    }
  });

  it("leaves a sentence quoting twice, or a quote signed by a remark, a paragraph", async () => {
    for (const line of ['"Tokens" and "bytes" differ — Karpathy', "“Sequence length is precious” — 가끔 맞고 가끔 틀린다"]) {
      const { sheet } = await readSheet(doc(boxes, plan(line)));
      expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "paragraph"]);
    }
  });

  it("draws both fixtures' signed paragraphs as quotes", async () => {
    const tokens = (await readSheet(fixture(TOKENS))).sheet;
    expect(kinds(panel(tokens, /왜 바이트를/))).toContain("quote");
    const sft = (await readSheet(fixture(SFT))).sheet;
    const quotes = panelsOf(sft).flatMap((p) => p.blocks.filter((b) => b.kind === "quote"));
    expect(quotes).toHaveLength(1);
    expect(JSON.stringify(quotes[0])).toMatch(/statistical simulation of a labeler/);
  });
});

describe("a border line drawn dashed", () => {
  const split = [
    "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
    "┃ 🍌 TITLE 🍌                              ┃",
    "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
    "┏━━━━━━━━━━━━━━━━━━━━┓ ┏━━━━━━━━━━━━━━━━━━━┓",
    "┃ 🅰️ ALPHA           ┃ ┃ 📌 TAKEAWAYS      ┃",
    "├ ─ ─ ─ ─ ─ ─ ─ ─ ─ ┤ ┃                   ┃",
    "┃ 🅱️ BETA            ┃ ┃                   ┃",
    "┗━━━━━━━━━━━━━━━━━━━━┛ ┗━━━━━━━━━━━━━━━━━━━┛",
  ];
  const plan = ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"];

  it("splits the box in two without a warning for each gap", async () => {
    const { sheet, warnings } = await readSheet(doc(split, plan));
    // The small document has no ratio table or metadata; the drawing itself draws no warning.
    expect(warnings.filter((w) => !/ratio table|metadata block/.test(w))).toEqual([]);
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(["ALPHA", "TAKEAWAYS", "BETA"]);
  });

  it("still says so when a solid line has a gap or two", async () => {
    const slip = split.map((l, k) => (k === 5 ? "├───────  ──────────┤ ┃                   ┃" : l));
    const { warnings } = await readSheet(doc(slip, plan));
    expect(warnings.some((w) => /a gap in the border line/.test(w))).toBe(true);
  });
});

describe("widths written into the boxes as `w=30`", () => {
  const row = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+----------------+ +----------------+ +----------+",
    "| 🅰️ ALPHA w=50  | | 🅱️ BETA        | | 📌 TAKE  |",
    "|                | | w=30           | | w=20     |",
    "+----------------+ +----------------+ +----------+",
  ];
  const plan = ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Take", "- t"];

  it("gives each box its share and keeps the token out of its title and lines", async () => {
    const { sheet } = await readSheet(doc(row, plan));
    const ps = panelsOf(sheet);
    expect(ps.map((p) => p.title)).toEqual(["ALPHA", "BETA", "TAKE"]);
    expect(ps.map((p) => p.width)).toEqual([0.5, 0.3, 0.2]);
    expect(JSON.stringify(sheet)).not.toMatch(/w=/);
  });

  it("reads the fixture's bottom row at 30 : 25 : 25 : 20", async () => {
    const { sheet, warnings } = await readSheet(fixture(SFT));
    expect(warnings).toEqual([]);
    const bottom = sheet.rows.at(-1)!;
    expect(bottom.kind === "panels" ? bottom.panels.map((p) => [p.title, p.width]) : []).toEqual([
      ["HUMAN LABELERS", 0.3],
      ["LABELING INSTRUCTIONS", 0.25],
      ["SYNTHETIC DATA", 0.25],
      ["TAKEAWAYS", 0.2],
    ]);
  });
});
