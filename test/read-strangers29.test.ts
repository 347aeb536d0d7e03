// Chapters written by others, read as their writers meant: a post-training data chapter typed with a CJK input
// method's full-width punctuation left on (`｜` table pipes, `＋` corners in the drawing, `１０％` in the ratio
// table, `1．` numbering its sections), CRLF line endings and stray tabs; and a jagged-intelligence chapter whose
// left sidebar runs through every row beside `+-----+` rules split by `|` walls alone, its middle row of five
// little boxes typed wider than the rule over it, a section titled `9.11 vs 9.9 🔢`, and a title broken `SPELL` /
// `-ING`. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { halfWidth } from "../src/read/prompt/fullwidth.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => r.ratio);
const widths = (sheet: Sheet, row: number): (number | undefined)[] => {
  const r = sheet.rows[row];
  return r?.kind === "panels" ? r.panels.map((p) => p.width) : [];
};

const FULL = "sft-labelers-fullwidth-crlf-mindmap-icons";
const JAGGED = "jagged-left-sidebar-ruler-yaml-rows-trailing-emoji";

describe("full-width punctuation typed for structure", () => {
  const drawing = [
    "＋------------------------------------------＋",
    "|  🍌 TITLE 🍌                              |",
    "＋------------------------------------------＋",
    "|  ＋------------------＋ ＋------------------＋ |",
    "|  | 🅰️ ALPHA         | | 🅱️ BETA          | |",
    "|  ＋------------------＋ ＋------------------＋ |",
    "＋------------------------------------------＋",
  ];
  const ratioTable = ["｜ 영역 ｜ 비율 ｜ 내용 ｜", "｜－－－｜－－－｜－－－｜", "｜ 상단 ｜ ２０％ ｜ 타이틀 ｜", "｜ 하단 ｜ ８０％ ｜ Alpha ＋ Beta ｜"];
  const plan = ["## 1． 🅰️ Alpha", "- one", "## 2． 🅱️ Beta", "｜ A ｜ B ｜", "｜－｜－｜", "｜ x ｜ y ｜"];

  it("reads `＋` corners as the drawing's, `｜` rows as tables and `２０％` as a height", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(drawing, plan, { after: ratioTable }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    expect(ratios(sheet)).toEqual([20, 80]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["table"]);
    expect(warnings.filter((w) => !/no metadata block/.test(w))).toEqual([]);
  });

  it("keeps each drawn line's display columns and its CRLF, and leaves prose and Mermaid as typed", () => {
    expect(halfWidth("|  ＋----＋ |\r\n")).toBe("|  +------+ |\r\n");
    expect(halfWidth("- 사람이 다 씀（InstructGPT），１０％")).toBe("- 사람이 다 씀（InstructGPT），10%");
    expect(halfWidth("```mermaid\nA[１０％ ｜ x] --> B\n```")).toBe("```mermaid\nA[１０％ ｜ x] --> B\n```");
  });

  it("reads `1．` before a section's emoji as its number", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan, { after: ratioTable }));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(halfWidth("## 1． 🗺️ Map")).toBe("## 1. 🗺️ Map");
  });

  it("reads the fixture's drawing, ratio table and tables", async () => {
    const { sheet, warnings } = await readSheet(fixture(FULL));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["HUMAN LABELERS", "LABELING INSTRUCTIONS"], ["DATASET EVOLUTION"], ["STATISTICAL SIMULATION", "PERSONA 흡수", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
    expect(panelsOf(sheet).flatMap((p) => p.blocks.filter((b) => b.kind === "table"))).toHaveLength(2);
    expect(kinds(panel(sheet, /DATASET EVOLUTION/))).toContain("flowchart");
  });
});

describe("a section title opening with a decimal number", () => {
  const plan = ["### 9.11 vs 9.9 🅰️", "- bigger?", "### Beta 🅱️", "- two", "### Takeaways 📌", "- three"];
  const drawing = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅰️ 9.11 vs 9.9     | | 🅱️ BETA           |",
    "+--------------------+ +-------------------+",
    "+------------------------------------------+",
    "| 📌 TAKEAWAYS                             |",
    "+------------------------------------------+",
  ];

  it("is no section number: the other, unnumbered sections are drawn", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(drawing, plan));
    expect(warnings.filter((w) => /not numbered/.test(w))).toEqual([]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, /9\.11/))).toEqual(["bullets"]);
  });

  it("draws every section of the fixture", async () => {
    const { sheet, warnings } = await readSheet(fixture(JAGGED));
    expect(warnings).toEqual([]);
    expect(kinds(panel(sheet, /COUNTING/))).toContain("bullets");
    expect(kinds(panel(sheet, /SWISS CHEESE/))).toEqual(expect.arrayContaining(["quote", "mindmap"]));
  });
});

describe("a left sidebar beside rows split by `|` walls alone", () => {
  const drawing = [
    "+---------+--------------------------------+",
    "| 🧭 SIDE | 🍌 TITLE 🍌                    |",
    "|         +--------------------------------+",
    "| s words | 🅰️ ALPHA       | 🅱️ BETA       |",
    "|         | a words        | b words       |",
    "|         +--------------------------------+",
    "|         | 🌲 GAMMA | 🌊 DELTA | 🔥 EPSILON | ⚡ ZETA |",
    "|         | c words  | d words  | e words   | z words |",
    "+---------+--------------------------------+",
  ];
  const plan = ["## 🧭 Side", "- s", "## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b"];

  it("splits each band at its walls though the rule starts after the sidebar's wall", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan));
    const names = panelsOf(sheet).map((p) => p.title);
    expect(names).toEqual(expect.arrayContaining(["SIDE", "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA"]));
  });

  it("draws the banner's box beside the sidebar as the title row, the sidebar running through the rows under it", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan));
    expect(sheet.rows[0]!.kind).toBe("title");
    expect(sheet.meta.banner).toMatch(/TITLE/);
    expect(titles(sheet)[1]![0]).toBe("SIDE");
    expect(panel(sheet, /SIDE/).rowSpan).toBe(2);
    // A box beside the sidebar that is no banner stays a panel, and the sidebar keeps every row.
    const plain = await readSheet(promptDoc(drawing.map((l) => l.replace("🍌 TITLE 🍌", "🌙 NOTES    ")), plan));
    expect(plain.sheet.rows[0]!.kind).toBe("panels");
    expect(panel(plain.sheet, /SIDE/).rowSpan).toBe(3);
  });

  it("shares the rule's width among boxes typed wider than it, as they share the line", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan));
    const row = sheet.rows.findIndex((r) => r.kind === "panels" && r.panels.some((p) => p.title === "GAMMA"));
    const shares = widths(sheet, row).filter((w): w is number => w !== undefined);
    // Four boxes of one width each (left to share evenly, or stated alike): the last is not squeezed into what is
    // left under the rule, nor lost past its corner.
    expect(shares.length === 0 || Math.max(...shares) - Math.min(...shares) < 0.05).toBe(true);
    expect(JSON.stringify(panel(sheet, /ZETA/).lead)).toMatch(/z words/);
  });

  it("reads the fixture's sidebar through every row and its five little boxes", async () => {
    const { sheet } = await readSheet(fixture(JAGGED));
    expect(sheet.rows[0]!.kind).toBe("title");
    expect(sheet.meta.banner).toMatch(/JAGGED INTELLIGENCE/);
    expect(panel(sheet, /CORE IDEA/).rowSpan).toBe(3);
    const middle = sheet.rows[2]!;
    expect(middle.kind === "panels" ? middle.panels.map((p) => p.title) : []).toEqual(["SWISS CHEESE", "BIBLE VERSES", "MENTAL MATH", "SPELLING", "OLYMPIAD"]);
    expect(ratios(sheet)).toEqual([10, 25, 40, 25]);
  });
});

describe("a capitals title broken with the hyphen opening the next line", () => {
  it("joins `SPELL` / `-ING` into one word, and keeps a hyphenated note apart", async () => {
    const box = (second: string): string[] => [
      "+------------------------------------------+",
      "| 🍌 TITLE 🍌                              |",
      "+------------------------------------------+",
      "+--------------------+ +-------------------+",
      "| 🔤 SPELL           | | 🅱️ BETA           |",
      `| ${second.padEnd(19)}| | b words           |`,
      "| tokens hide        | |                   |",
      "+--------------------+ +-------------------+",
    ];
    expect(titles((await readSheet(promptDoc(box("-ING"), ["## 🅱️ Beta", "- b"]))).sheet)[1]![0]).toBe("SPELLING");
    expect(titles((await readSheet(promptDoc(box("- letters"), ["## 🅱️ Beta", "- b"]))).sheet)[1]![0]).toBe("SPELL");
  });
});

describe("a capitals title a narrow box broke mid-word with no hyphen", () => {
  const box = (head: string, tail: string): string[] => [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    `| ${head.padEnd(18)}| | 🅱️ BETA           |`,
    `| ${tail.padEnd(19)}| | b words           |`,
    "| solves hard ones   | |                   |",
    "+--------------------+ +-------------------+",
  ];

  it("joins the halves when the document writes the whole word outside the drawing", async () => {
    const { sheet } = await readSheet(promptDoc(box("🏅 OLYMP", "IAD"), ["## 🅱️ Beta", "- Olympiad-level math"]));
    expect(titles(sheet)[1]![0]).toBe("OLYMPIAD");
  });

  it("keeps two words apart when the document writes the second alone, or never the whole", async () => {
    const alone = await readSheet(promptDoc(box("🧮 WHY", "GPU"), ["## 🅱️ Beta", "- GPU clusters"]));
    expect(titles(alone.sheet)[1]![0]).toBe("WHY GPU");
    const never = await readSheet(promptDoc(box("🏅 OLYMP", "IAD"), ["## 🅱️ Beta", "- math"]));
    expect(titles(never.sheet)[1]![0]).toBe("OLYMP IAD");
  });

  it("names the fixture's fifth little box OLYMPIAD", async () => {
    const { sheet } = await readSheet(fixture(JAGGED));
    expect(titles(sheet)[2]).toContain("OLYMPIAD");
  });
});

describe("a box title framed by one emoji on both sides", () => {
  it("keeps the emoji once, as the title's icon", async () => {
    const framed = FIVE_BOXES.map((l) => l.replace("ALPHA      ", "🧪 LAB 🧪  "));
    const { sheet } = await readSheet(promptDoc(framed, ["## 🧪 Lab", "- one"]));
    expect(panel(sheet, /LAB/).title).toBe("LAB");
    expect(kinds(panel(sheet, /LAB/))).toEqual(["bullets"]);
  });
});
