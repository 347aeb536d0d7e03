// Chapters written by others, read as their writers meant: an English chapter by a writer glossing in Korean,
// its drawing's rows labelled in the margin (`ROW 2 (30%) →`), one box titled by its emoji and a number alone
// (`🗜️ 2`), takeaways numbered with keycap emoji (`1️⃣ …`), a table left with empty cells under a note that they
// repeat the one above; a Korean chapter drawn in asterisks, its row heights
// in a YAML block under the drawing, quotes signed and then translated on the next line, takeaways one keycap
// paragraph each, and its image request headed `# 이미지 요청`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutTable } from "../src/blocks/table/layout.js";
import type { Block, Rich, Sheet, Table } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const plain = (b: Block): string => ("text" in b && Array.isArray(b.text) ? b.text.map((s) => s.text).join("") : "");

const BASE = "base-model-simulator-margin-rows-keycaps";
const SELF = "knowledge-of-self-star-boxes-yaml-heights";

const boxes = TWO_BOXES;
const doc = (layout: string[], plan: string[], after: string[] = []): string => promptDoc(layout, plan, { after });
const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("rows labelled in the margin of the drawing", () => {
  const labelled = boxes.map((l, k) => (k === 0 ? "ROW 1 (10%) → " : k === 3 ? "ROW 2 (60%) → " : k === 7 ? "ROW 3 (30%) → " : "              ") + l);

  it("reads each label's percent as its row's height, and draws no label", async () => {
    const { sheet, warnings } = await readSheet(doc(labelled, plan));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.filter((w) => /ratio table/.test(w))).toEqual([]);
    expect(JSON.stringify(sheet)).not.toMatch(/ROW \d/);
  });

  it("reads `2행 (60%)` and `Row 3: 30%` the same, but no percent without a row word", async () => {
    const korean = boxes.map((l, k) => (k === 0 ? "1행 (10%)   " : k === 3 ? "2행 (60%)   " : k === 7 ? "Row 3: 30%  " : "            ") + l);
    expect(ratios((await readSheet(doc(korean, plan))).sheet)).toEqual([10, 60, 30]);
    const bare = boxes.map((l, k) => (k === 3 ? "(60%)   " : "        ") + l);
    expect(ratios((await readSheet(doc(bare, plan))).sheet)).not.toEqual([10, 60, 30]);
    // Two percents share the row across: `Row 2: 40% / 60%` is its widths, and the row keeps what the others leave.
    const across = labelled.map((l, k) => (k === 3 ? l.replace("ROW 2 (60%) → ", "Row 2: 40%/60% ") : l));
    expect(ratios((await readSheet(doc(across, plan))).sheet)).toEqual([10, 60, 30]);
  });

  it("does not take a box closed right over the next one, with a label before it, for a line drawn twice", async () => {
    const { warnings } = await readSheet(doc(labelled, plan));
    expect(warnings.filter((w) => /repeats the one above/.test(w))).toEqual([]);
  });

  it("reads the fixture's rows at the heights its margin gives, without warnings", async () => {
    const { sheet, warnings } = await readSheet(fixture(BASE));
    expect(warnings).toEqual([]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
  });
});

describe("a box titled by its emoji and a number alone", () => {
  const numbered = boxes.map((l) => l.replace("🅱️ BETA   ", "🅱️ 2      "));

  it("takes its title from the plan's section under that emoji", async () => {
    const { sheet } = await readSheet(doc(numbered, ["## 🅰️ Alpha", "- one", "## 2. 🅱️ Beta things (베타)", "- two", "## 📌 Takeaways", "- three"]));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "Beta things"]);
    expect(panel(sheet, /Beta things/).id).toBe("beta-things");
  });

  it("keeps a title that says something besides its number", async () => {
    const { sheet } = await readSheet(doc(boxes.map((l) => l.replace("🅱️ BETA    ", "🅱️ TOP 2   ")), plan));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "TOP 2"]);
  });

  it("names the fixture's `🗜️ 2` box after its section", async () => {
    const { sheet } = await readSheet(fixture(BASE));
    expect(titles(sheet)[1]).toEqual(["WHAT IS BASE MODEL?", "Lossy compression of the internet", "LLAMA 3.1 405B"]);
    expect(text(sheet, /Lossy compression/)).toMatch(/vague recollection/);
  });
});

describe("takeaways numbered with keycap emoji", () => {
  const numberedItems = (sheet: Sheet): string[] => {
    const b = panel(sheet, /TAKEAWAYS|핵심 정리/).blocks.find((x) => x.kind === "bullets");
    return b && b.kind === "bullets" && b.style === "takeaways" ? b.items.map((i) => i.map((s) => s.text).join("")) : [];
  };

  it("reads lines opening with 1️⃣ 2️⃣ as a numbered list, without the keycaps", async () => {
    const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "1️⃣ First point", "2️⃣ Second point", "🔟 Tenth point"]));
    expect(numberedItems(sheet)).toEqual(["First point", "Second point", "Tenth point"]);
  });

  it("reads such lines written a paragraph each as one list, and a lone one as the paragraph it is", async () => {
    const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "1️⃣ First point", "", "2️⃣ Second point", "", "Closing words."]));
    expect(numberedItems(sheet)).toEqual(["First point", "Second point"]);
    expect(text(sheet, /TAKEAWAYS/)).toMatch(/Closing words/);
    const lone = (await readSheet(doc(boxes, ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "1️⃣ Only point"]))).sheet;
    expect(kinds(panel(lone, /TAKEAWAYS/))).toEqual(["paragraph"]);
  });

  it("numbers both fixtures' takeaways", async () => {
    const base = (await readSheet(fixture(BASE))).sheet;
    expect(numberedItems(base)).toHaveLength(5);
    expect(numberedItems(base)[0]).toMatch(/^Base model = internet document simulator/);
    const self = (await readSheet(fixture(SELF))).sheet;
    expect(numberedItems(self)).toHaveLength(4);
    expect(numberedItems(self)[3]).toMatch(/^사람 같은 자기 인식이 아니라/);
  });
});

describe("row heights in a YAML or JSON block under the drawing", () => {
  it("reads one height per drawn row, whatever the keys call the rows", async () => {
    for (const block of [
      ["```yaml", "heights:", "  제목: 10%", "  위: 60%", "  아래: 30%", "```"],
      ["```json", '{ "rows": [10, 60, 30] }', "```"],
      ["```yaml", "rows:", "  - name: title", "    height: 10%", "  - name: middle", "    height: 60%", "  - name: bottom", "    height: 30%", "```"],
    ]) {
      const { sheet, warnings } = await readSheet(doc(boxes, plan, block));
      expect(ratios(sheet), block.join(" ")).toEqual([10, 60, 30]);
      expect(warnings.filter((w) => /ratio table/.test(w))).toEqual([]);
    }
  });

  it("takes no widths, and no block with a height for some rows only", async () => {
    for (const block of [["```yaml", "widths:", "  left: 60%", "  mid: 20%", "  right: 20%", "```"], ["```yaml", "heights:", "  title: 10%", "  middle: 90%", "```"]]) {
      const { warnings } = await readSheet(doc(boxes, plan, block));
      expect(warnings.some((w) => /ratio table/.test(w)), block.join(" ")).toBe(true);
    }
  });

  it("gives the fixture's rows the heights of its YAML block", async () => {
    const { sheet, warnings } = await readSheet(fixture(SELF));
    expect(warnings).toEqual([]);
    expect(ratios(sheet)).toEqual([10, 28, 40, 22]);
    expect(titles(sheet)).toEqual([["title"], ['"너 누구야?"', "FALCON의 착각", "전체 구조"], ["정체성은 어디서 오나?", "두 가지 방법"], ["카파시의 말", "핵심 정리"]]);
  });
});

describe("a quote signed, then translated", () => {
  it("signs it by the name and keeps the translation after the words, on the next line or the same", async () => {
    for (const quote of [
      ['> "Alpha words are said here." — Karpathy', "> (알파 이야기입니다.)"],
      ['> "Alpha words are said here." — Karpathy (알파 이야기입니다.)'],
      ['> "Alpha words are said here." (알파 이야기입니다.) — Karpathy'],
      ['> "Alpha words are said here." — Karpathy', "> 번역: 알파 이야기입니다."],
      ['> "Alpha words are said here." — Karpathy', "> → 알파 이야기입니다."],
      ['> "Alpha words are said here." — Karpathy', "> 알파 이야기입니다."],
    ]) {
      const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", ...quote, "## 📌 Takeaways", "- three"]));
      const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
      expect(q && q.kind === "quote" ? q.cite : undefined, quote.join(" ")).toBe("Karpathy");
      expect(q && plain(q)).toBe("Alpha words are said here. (알파 이야기입니다.)");
    }
  });

  it("takes no English line under a signed quote for its gloss", async () => {
    const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", '> "Alpha words." — Karpathy', "> and more words.", "## 📌 Takeaways", "- three"]));
    const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
    expect(q && plain(q)).toMatch(/and more words/);
    expect(q && plain(q)).not.toMatch(/\(and more words/);
  });

  it("leaves a dash before words that name no one in the quote", async () => {
    const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", '> "Alpha words" — as he says it (알파)', "## 📌 Takeaways", "- three"]));
    const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
    expect(q && q.kind === "quote" ? q.cite : undefined).toBeUndefined();
  });

  it("signs the fixture's two quotes by Karpathy, their Korean after them", async () => {
    const { sheet } = await readSheet(fixture(SELF));
    const quotes = panel(sheet, /카파시의 말/).blocks.filter((b) => b.kind === "quote");
    expect(quotes.map((q) => (q.kind === "quote" ? q.cite : ""))).toEqual(["Karpathy", "Karpathy"]);
    expect(plain(quotes[0]!)).toMatch(/^This is not a person\..* shuts off\. \(사람이 아닙니다\./);
  });
});

describe("the image request headed `# 이미지 요청`", () => {
  it("is the image request, not one more plan section drawn on the page", async () => {
    const { sheet } = await readSheet(doc(boxes, plan) + "\n# 이미지 요청\nA4 가로 한 장, 모눈종이 위 펜 필기 느낌으로 그려 주세요.\n");
    expect(all(sheet).map(plain).join(" ")).not.toMatch(/모눈종이/);
  });

  it("draws nothing of the fixture's request", async () => {
    const { sheet } = await readSheet(fixture(SELF));
    expect(JSON.stringify(sheet.rows)).not.toMatch(/펜 필기/);
  });
});

describe("a note under a table saying its empty cells repeat the one above", () => {
  const cells = (sheet: Sheet, title: RegExp): string[][] => {
    const t = panel(sheet, title).blocks.find((b) => b.kind === "table");
    return t && t.kind === "table" ? t.rows.map((r) => r.map((c) => c.map((s) => s.text).join(""))) : [];
  };
  const table = ["| Name | Kind |", "|---|---|", "| one | base |", "| two | |", "| | chat |"];

  it("fills each empty cell with the one above and draws no note, however the note is worded", async () => {
    for (const note of ["(empty cell = same as above)", "(빈 칸은 위와 같음)", "Blank = ditto."]) {
      const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", ...table, "", note, "## 📌 Takeaways", "- three"]));
      expect(cells(sheet, /ALPHA/), note).toEqual([["one", "base"], ["two", "base"], ["two", "chat"]]);
      expect(kinds(panel(sheet, /ALPHA/)), note).toEqual(["table"]);
    }
  });

  it("leaves the cells empty without such a note, and a note saying something else", async () => {
    for (const after of [[], ["", "(empty cells are unknown)"]]) {
      const { sheet } = await readSheet(doc(boxes, ["## 🅰️ Alpha", ...table, ...after, "## 📌 Takeaways", "- three"]));
      expect(cells(sheet, /ALPHA/)[1]).toEqual(["two", ""]);
    }
  });

  it("fills the fixture's model table: Llama 3.1 405B Instruct is tried on Hyperbolic too", async () => {
    const { sheet } = await readSheet(fixture(BASE));
    expect(cells(sheet, /LLAMA/)).toEqual([
      ["GPT-2 (2019)", "base", "document simulator", "OpenAI release"],
      ["Llama 3.1 405B", "base", "document simulator", "Hyperbolic"],
      ["Llama 3.1 405B", "Instruct", "assistant (answers)", "Hyperbolic"],
      ["GPT-4o", "Instruct", "assistant", "ChatGPT"],
    ]);
    expect(text(sheet, /LLAMA/)).not.toMatch(/same as above/);
  });
});

describe("a table row whose first cell is left empty", () => {
  const rich = (text: string): Rich => [{ text }];
  const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: [], ink: "#222", seed: 1 };
  const table: Table = { kind: "table", header: [rich("Method"), rich("When"), rich("Example")], rows: [[rich("SFT data"), rich("training"), rich("240 chats")], [rich(""), rich(""), rich("I'm OLMo")], [rich("system"), rich("chat"), rich("You are…")]] };
  const rules = (t: Table): { x1: number; x2: number; y: number }[] =>
    layoutTable(t, env, { width: 600, height: 400 }).marks.flatMap((m) => (m.kind === "line" && m.y1 === m.y2 ? [{ x1: m.x1, x2: m.x2, y: m.y1 }] : []));

  it("goes on with the row above: the rule between them runs only over the cells it fills", () => {
    const got = rules(table);
    const full = Math.max(...got.map((r) => r.x2));
    // Five rules (top, under the header, two between rows, bottom); the one above the continuing row is short.
    const rows = [...new Set(got.map((r) => r.y))].sort((a, b) => a - b);
    expect(rows).toHaveLength(5);
    const above = got.filter((r) => r.y === rows[2]);
    expect(above).toHaveLength(1);
    expect(above[0]!.x1).toBeGreaterThan(0);
    expect(above[0]!.x2).toBeCloseTo(full, 5);
    for (const y of [rows[0], rows[1], rows[3], rows[4]]) expect(got.filter((r) => r.y === y).map((r) => [r.x1, r.x2])).toEqual([[0, full]]);
  });

  it("draws every rule across when the first cell is filled, or the row is the first under the header", () => {
    const filled: Table = { ...table, rows: table.rows.map((r, k) => (k === 1 ? [rich("SFT data"), ...r.slice(1)] : r)) };
    expect(rules(filled).every((r) => r.x1 === 0)).toBe(true);
    const first: Table = { ...table, rows: [[rich(""), rich("x"), rich("y")], ...table.rows] };
    expect(rules(first).filter((r) => r.x1 > 0)).toHaveLength(1);
  });

  it("reads in the fixture's comparison table as cells merged down, the rows kept as written", async () => {
    const { sheet } = await readSheet(fixture(SELF));
    const t = panel(sheet, /두 가지 방법/).blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? t.rows.map((r) => r[0]!.map((x) => x.text).join("")) : []).toEqual(["SFT 데이터", "", "시스템 메시지", ""]);
    expect(rules(t as Table).filter((r) => r.x1 > 0)).toHaveLength(2);
  });
});
