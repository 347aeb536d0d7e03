// A chapter written by someone else, read as its writer meant: a Tiktokenizer chapter pasted from a Google Docs
// export, with no `#` headings (bold lines for titles), lists typed with `●` and `○`, a table under a merged
// group header whose cells after the merged one are left empty, row heights named `상단 15 / 중단 55 / 하단 30`
// with a note saying which drawn rows each name holds, and a last box asked to gather the quotes above.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TT = "tiktokenizer-demo-gdocs-bold-titles-dot-bullets";
const path = join(FIXTURES_DIR, "prompts", `${TT}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => r.ratio);
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));

describe("points typed with `●` and `○`, as a word processor exports a list", () => {
  const plan = (points: string[]): string[] => ["## 🅰️ Alpha", ...points, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("reads the run as a list, `○` first seen under `●` one level deeper", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["● one", "● two", "○ two's detail", "● three"])));
    const list = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "bullets");
    expect(list && list.kind === "bullets" ? list.items.map(richText) : []).toEqual(["one", "two", "two's detail", "three"]);
    expect(list && list.kind === "bullets" ? list.depths : []).toEqual([0, 0, 1, 0]);
  });

  it("takes a run typed only with `○` for a flat list, and `•` too", async () => {
    for (const mark of ["○", "•"]) {
      const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan([`${mark} one`, `${mark} two`])));
      const list = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "bullets");
      expect(list && list.kind === "bullets" ? list.items.map(richText) : []).toEqual(["one", "two"]);
    }
  });

  it("leaves a paragraph that only opens with a glyph as text", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["● one", "and more words under it"])));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["paragraph"]);
  });
});

describe("a group header merged into empty cells over the real header", () => {
  const table = ["| 입력 | | 토큰 수 | |", "|---|---|---|---|", "| 텍스트 | 설명 | 개수 | 같은 토큰? |", "| hello world | 기본 | 2 | 기준 |", "| helloworld | 공백 없음 | 2 | 다름 |"];

  it("makes the two rows one header, each column named by its group over its own name", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", ...table, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]));
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? t.header.map(richText) : []).toEqual(["입력\n텍스트", "설명", "토큰 수\n개수", "같은 토큰?"]);
    expect(t && t.kind === "table" ? t.rows.length : 0).toBe(2);
  });

  it("keeps a header with an empty last column when the row under it is data", async () => {
    const plain = ["| 이름 | 값 | |", "|---|---|---|", "| a | 1 | |", "| b | 2 | x |"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", ...plain, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]));
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? t.rows.length : 0).toBe(2);
  });
});

describe("named heights with a note saying which drawn rows each name holds", () => {
  const drawing = [
    "┌────────────────────────────────┐",
    "│ 🍌 TITLE                       │",
    "├───────────────┬────────────────┤",
    "│ 🅰️ ALPHA       │ 🅱️ BETA         │",
    "│ a words       │ b words        │",
    "│ more a        │ more b         │",
    "├───────────────┴────────────────┤",
    "│ 🅲 GAMMA                        │",
    "├───────────────┬────────────────┤",
    "│ 🅳 DELTA       │ 📌 TAKEAWAYS    │",
    "└───────────────┴────────────────┘",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🅲 Gamma", "- g", "## 🅳 Delta", "- d", "## 📌 Takeaways", "- three"];
  const heights = "비율: 상단 15 / 중단 55 / 하단 30";

  it("gives the title the name glossed as the title, and the rows a name joins with `+` its height evenly", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan, { fenced: false, after: ["", heights, "", "(상단 = 제목줄, 중단 = 알파·베타 두 칸 + 감마 띠, 하단 = 두 칸)", ""] }));
    expect(ratios(sheet)).toEqual([15, 27.5, 27.5, 30]);
  });

  it("without the note, still sizes the box rows as before", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan, { fenced: false, after: ["", heights, ""] }));
    expect(ratios(sheet)[0]).toBe(10);
  });

  it("ignores a note whose rows do not add up to the drawing's", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan, { fenced: false, after: ["", heights, "(상단 = 제목줄, 중단 = 알파, 하단 = 델타)", ""] }));
    expect(ratios(sheet)[0]).toBe(10);
  });
});

describe("a box asked to gather the quotes written under the sections above it", () => {
  const plan = ["## 🅰️ Alpha", "- one", "", '*“alpha is the first”* — Andrej', "## 🅱️ Beta", "- two", "", '*“beta comes next”* — Andrej', "## 💬 Quotes", "● 위 인용 두 개를 말풍선으로 모아서", "## 📌 Takeaways", "- three"];
  const boxes = [
    "┌──────────────┐ ┌──────────────┐",
    "│ 🅰️ ALPHA      │ │ 🅱️ BETA       │",
    "└──────────────┘ └──────────────┘",
    "┌──────────────┐ ┌──────────────┐",
    "│ 💬 QUOTES     │ │ 📌 TAKEAWAYS  │",
    "└──────────────┘ └──────────────┘",
  ];

  it("moves the quotes into that box and does not draw the request", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, plan));
    expect(quotes(panel(sheet, /QUOTES/).blocks)).toEqual(["alpha is the first", "beta comes next"]);
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual([]);
    expect(JSON.stringify(sheet)).not.toMatch(/말풍선으로 모아서/);
  });

  it("leaves the quotes where they are without such a box", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, plan.filter((l) => !/모아서/.test(l))));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual(["alpha is the first"]);
  });
});

describe(TT, () => {
  it("reads the bold-line sections, the rows, their heights from the glossed note, and each box's title", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["TIKTOKENIZER DEMO", "~100K VOCABULARY"], ["SPACES & CAPITALS"], ["SPELLING 약점", "QUOTES", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([15, 27.5, 27.5, 30]);
    expect(sheet.meta.chapter).toBe(7);
    expect(warnings).toEqual([]);
  });

  it("draws the `●`/`○` points as lists, the grouped table with one header, and the quotes in the QUOTES box", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(kinds(panel(sheet, /^TIKTOKENIZER DEMO/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /^TAKEAWAYS/))).toEqual(["bullets"]);
    const table = panel(sheet, /^SPACES/).blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? table.header.map(richText) : []).toEqual(["입력\n텍스트", "설명", "토큰 수\n개수", "같은 토큰?"]);
    expect(quotes(panel(sheet, /^QUOTES/).blocks)).toEqual(["these are all different tokens even though to us they look almost the same", "the models don't see characters, they see tokens"]);
    // The quote inside the plan's sentence stays in its sentence.
    expect(all(sheet).some((b) => b.kind === "paragraph" && /little atoms/.test(richText(b.text)))).toBe(true);
    expect(JSON.stringify(sheet)).not.toMatch(/[●○] |말풍선으로 모아서/);
  });
});
