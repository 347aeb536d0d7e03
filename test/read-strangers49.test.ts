// Chapters written by others, read as their writers meant: the lecture's closing chapter (where to find and use
// LLMs), its layout a Markdown table of boxes with the sidebar's title typed in two rows and its row heights as
// fractions on a line under it, its plan sections named partly by where their box stands (`좌측 상단 박스에:`,
// `오른쪽 세로 사이드바:`) among `##` headings, and a quote typed bare over its translation in brackets.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const WU = "where-to-use-llms-pipe-table-layout-positional-plan-quadrant";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${WU}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio * 10) / 10);
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const texts = (blocks: Block[]): string => JSON.stringify(blocks);

/** A title over two boxes on the left and a sidebar on the right typed in both rows, as a pipe table. */
const TABLE = [
  "| 왼쪽 | 가운데 | 오른쪽 |",
  "|---|---|---|",
  "| 🍌 TITLE 🍌 | | |",
  "| 🅰️ ALPHA | 🅱️ BETA | 📌 SIDE |",
  "| 🌀 GAMMA | 🎲 DELTA | 📌 SIDE |",
];
const doc = (plan: string[], after: string[] = []): string => promptDoc(TABLE, plan, { fenced: false, after });

describe("a plan section opened by a line naming where its box stands", () => {
  const plan = [
    "좌측 상단 박스에:",
    "- alpha point",
    "## 🅱️ BETA",
    "- beta point",
    "",
    "왼쪽 아래 박스 (gamma):",
    "- gamma point",
    "## 🎲 DELTA",
    "- delta point",
    "",
    "오른쪽 세로 사이드바:",
    "1. side point",
  ];

  it("draws each labelled section in the box at that place", async () => {
    const { sheet, warnings } = await readSheet(doc(plan));
    expect(texts(panel(sheet, /ALPHA/).blocks)).toMatch(/alpha point/);
    expect(texts(panel(sheet, /GAMMA/).blocks)).toMatch(/gamma point/);
    expect(texts(panel(sheet, /SIDE/).blocks)).toMatch(/side point/);
    expect(texts(panel(sheet, /DELTA/).blocks)).not.toMatch(/side point/);
    expect(warnings.join("\n")).not.toMatch(/text before the first plan section/);
  });

  it("cuts a label typed right under a list item (Markdown's lazy line) off the list", async () => {
    const { sheet } = await readSheet(doc(plan.filter((l) => l !== "")));
    expect(texts(panel(sheet, /BETA/).blocks)).not.toMatch(/박스/);
    expect(texts(panel(sheet, /GAMMA/).blocks)).toMatch(/gamma point/);
    expect(texts(panel(sheet, /DELTA/).blocks)).not.toMatch(/사이드바|side point/);
    expect(texts(panel(sheet, /SIDE/).blocks)).toMatch(/side point/);
  });

  it("leaves a list item's own last line that names a place with nothing under it", async () => {
    const { sheet } = await readSheet(doc(["## 🅱️ BETA", "- beta point", "오른쪽 위:", "## 🎲 DELTA", "- delta point"]));
    expect(texts(panel(sheet, /BETA/).blocks)).toMatch(/오른쪽 위/);
  });

  it("keeps a labelled section among numbered headings", async () => {
    const numbered = ["## 1. 🅱️ BETA", "- beta point", "", "왼쪽 아래 박스에:", "- gamma point", "## 2. 🎲 DELTA", "- delta point"];
    const { sheet, warnings } = await readSheet(doc(numbered));
    expect(texts(panel(sheet, /GAMMA/).blocks)).toMatch(/gamma point/);
    expect(warnings.join("\n")).not.toMatch(/not numbered like the others/);
  });

  it("leaves a colon line that names no place as the section's caption", async () => {
    const { sheet } = await readSheet(doc(["## 🅱️ BETA", "모델 지도:", "- beta point", "## 🎲 DELTA", "- delta point"]));
    expect(texts(panel(sheet, /BETA/).blocks)).toMatch(/모델 지도/);
  });
});

describe("a layout table's row heights on a line under it", () => {
  it("reads fractions as the rows' heights", async () => {
    const { sheet, warnings } = await readSheet(doc(["## 🅰️ ALPHA", "- a"], ["", "행 높이: 1/6, 3/6, 2/6", ""]));
    expect(ratios(sheet)).toEqual([16.7, 50, 33.3]);
    expect(warnings.join("\n")).not.toMatch(/gives no row heights/);
  });

  it("still shares the heights out when no line states them", async () => {
    const { warnings } = await readSheet(doc(["## 🅰️ ALPHA", "- a"]));
    expect(warnings.join("\n")).toMatch(/gives no row heights/);
  });
});

describe("a quote typed bare over its translation in brackets", () => {
  const section = (lines: string[]) => doc(["## 🅰️ ALPHA", "- a", "", ...lines, "", "## 🅱️ BETA", "- b"]);

  it("is a quote with its translation after the words", async () => {
    const { sheet } = await readSheet(section(['"Alpha runs on your laptop"', "(알파는 노트북에서 돈다)"]));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual(["Alpha runs on your laptop (알파는 노트북에서 돈다)"]);
  });

  it("leaves an aside in the same language as a paragraph", async () => {
    const { sheet } = await readSheet(section(['"알파는 빠르다"', "(대충 그렇다는 뜻)"]));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual([]);
  });
});

describe(`the fixture ${WU}`, () => {
  it("reads the table's boxes, the sidebar down two rows and the stated heights", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${WU}.txt` });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["따라가기 (LMArena · AI News · X)", "Proprietary 모델 쓰기", "Key Takeaways"],
      ["Open Weights & Base 모델", "로컬에서 돌리기 (LM Studio)"],
    ]);
    expect(panel(sheet, /Key Takeaways/).rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([16.7, 50, 33.3]);
    expect(warnings).toEqual([expect.stringMatching(/quadrantChart is drawn as a table/)]);
  });

  it("puts each section named by place in the box at that place, with its quotes", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${WU}.txt` });
    expect(texts(panel(sheet, /^따라가기/).blocks)).toMatch(/LMArena/);
    expect(quotes(panel(sheet, /^따라가기/).blocks)).toEqual(["I don't trust it as much as I used to... use it as a first pass"]);
    expect(kinds(panel(sheet, /^Open Weights/))).toEqual(["bullets", "table"]);
    expect(kinds(panel(sheet, /^로컬/))).toEqual(["bullets", "flowchart", "quote"]);
    expect(quotes(panel(sheet, /^로컬/).blocks)).toEqual([
      "You can run pretty okay versions of these models locally on your MacBook (꽤 쓸 만한 버전의 모델을 내 맥북에서 로컬로 돌릴 수 있다)",
    ]);
    expect(texts(panel(sheet, /Key Takeaways/).blocks)).toMatch(/Hyperbolic/);
    expect(quotes(panel(sheet, /Key Takeaways/).blocks)).toEqual(["AI News is very comprehensive, you're not going to miss anything"]);
  });
});
