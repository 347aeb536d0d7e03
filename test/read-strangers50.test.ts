// A chapter written by someone else, read as its writer meant: "Models need tokens to think" in Korean notes,
// CRLF line endings, a drawing whose centre pillar runs down two rows with its title written on its top border
// (`+--- ② 🧮 FINITE COMPUTE ---+`), the boxes numbered ①…⑥ and the plan's sections `## Panel 1` … `## Panel 6`,
// full-width `：｜（）` in the drawing and a ratio line, a table whose empty cells repeat the cell above with
// the note saying so written over it, and a bad answer and a good answer as two captioned code fences.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { isDittoNote } from "../src/read/prompt/ditto.js";
import { asksToDraw } from "../src/read/prompt/draw-asks.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "tokens-to-think-center-pillar-border-title-crlf";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const tableOf = (blocks: Block[]) => blocks.find((b) => b.kind === "table") as Extract<Block, { kind: "table" }>;
const cells = (t: Extract<Block, { kind: "table" }>): string[][] => t.rows.map((r) => r.map((c) => richText(c)));

describe("a note saying empty cells repeat the one above, written over the table", () => {
  const table = ["| 방식 | 정확도 |", "|---|---|", "| 암산 | 낮음 |", "| | 낮음2 |", "| 코드 | 높음 |", "| 계산기 | |"];
  const doc = (lines: string[]): string => promptDoc(TWO_BOXES, ["## 🅰️ Alpha", ...lines, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);

  it("fills the table's empty cells from above and does not draw the note", async () => {
    const { sheet } = await readSheet(doc(["※ 빈 칸은 바로 윗칸과 같은 내용입니다.", "", ...table]));
    const alpha = panel(sheet, /ALPHA/);
    expect(kinds(alpha)).toEqual(["table"]);
    expect(cells(tableOf(alpha.blocks))).toEqual([["암산", "낮음"], ["암산", "낮음2"], ["코드", "높음"], ["계산기", "높음"]]);
  });

  it("reads the plain note over the table the same", async () => {
    const { sheet } = await readSheet(doc(["(빈 칸은 위와 같음)", "", ...table]));
    expect(cells(tableOf(panel(sheet, /ALPHA/).blocks))[1]).toEqual(["암산", "낮음2"]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["table"]);
  });

  it("gives a note between two tables to the one above it, and leaves the other's cells empty", async () => {
    const second = ["| A | B |", "|---|---|", "| x | y |", "| | z |"];
    const { sheet } = await readSheet(doc([...table, "", "(빈 칸은 위와 같음)", "", ...second]));
    const [first, next] = panel(sheet, /ALPHA/).blocks.filter((b) => b.kind === "table") as Extract<Block, { kind: "table" }>[];
    expect(cells(first!)[1]).toEqual(["암산", "낮음2"]);
    expect(cells(next!)[1]).toEqual(["", "z"]);
  });

  it("knows the note's polite and marked forms, and no sentence that only mentions empty cells", () => {
    expect(isDittoNote("※ 빈 칸은 바로 윗칸과 같은 내용입니다.")).toBe(true);
    expect(isDittoNote("참고: 빈칸은 위 칸과 동일합니다")).toBe(true);
    expect(isDittoNote("※ Empty cells = same as above")).toBe(true);
    expect(isDittoNote("빈 칸은 나중에 채울 예정입니다.")).toBe(false);
  });
});

describe("a plan sentence asking to show something a certain way", () => {
  it("is left out, the sentence before it kept", async () => {
    const plan = ["## 🅰️ Alpha", "왼쪽은 나쁜 답, 오른쪽은 좋은 답. 토큰 단위로 끊어서 보여주세요.", "", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).not.toMatch(/보여주세요/);
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).toMatch(/왼쪽은 나쁜 답, 오른쪽은 좋은 답\./);
    expect(asksToDraw("표로 나타내 주세요.")).toBe(true);
    expect(asksToDraw("모델이 보여준 답은 틀렸다.")).toBe(false);
  });
});

describe("a bad answer and a good answer as two captioned code fences of one section", () => {
  it("stay in one panel when it is crowded, side by side at a smaller size, not parted into two panels", async () => {
    const code = (w: string): string[] => Array.from({ length: 12 }, (_, i) => `${w} | ${i} | is | .`);
    const plan = ["## Alpha", "- one", "## Beta", "- two", "## Gamma", "❌ **Bad** — answer first", "```text", ...code("bad"), "```", "✅ **Good** — steps first", "```text", ...code("good"), "```", "## Delta", "- four", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan));
    const laid = layoutSheet(sheet, { page: "16:9" });
    const gamma = laid.panels.find((p) => p.title === "GAMMA")!;
    expect(gamma.blocks.filter((b) => b.kind === "code")).toHaveLength(2);
    expect(gamma.overflow).toBe(false);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the centre pillar as one box down both rows, titled from its border line", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["EMILY 문제", "FINITE COMPUTE", "BAD vs GOOD"], ["MENTAL MATH vs TOOL", "COUNTING DOTS"], ["KEY TAKEAWAYS"]]);
    const row = sheet.rows[1]!;
    expect(row.kind === "panels" && row.panels[1]!.rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([10, 35, 35, 20]);
    expect(sheet.meta.title).toBe("13. Models Need Tokens to Think");
  });

  it("puts each Panel N section in the box its circled number names", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /EMILY/))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, /FINITE/))).toContain("flowchart");
    expect(kinds(panel(sheet, /BAD vs GOOD/)).filter((k) => k === "code")).toHaveLength(2);
    expect(kinds(panel(sheet, /MENTAL/))).toEqual(["table", "quote"]);
    expect(kinds(panel(sheet, /COUNTING/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toContain("bullets");
  });

  it("fills the ditto table, drops its note and the request to show tokens", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    const t = cells(tableOf(panel(sheet, /MENTAL/).blocks));
    expect(t[2]).toEqual(["여러 토큰 풀이", "변수 세우고 식 쓰기", "높음", "간단한 산수"]);
    expect(t[4]).toEqual(["use code", "계산기 tool", "매우 높음 ✅", "큰 숫자·정확해야 할 때"]);
    expect(JSON.stringify(sheet)).not.toMatch(/빈 칸은|보여주세요/);
    expect(warnings).toEqual([]);
  });

  it("keeps the quotes the plan wrote under each panel there", async () => {
    const { sheet } = await readSheet(fixture());
    expect(quotes(panel(sheet, /BAD vs GOOD/).blocks)).toEqual(["We want to distribute our reasoning and our computation across the tokens"]);
    expect(quotes(panel(sheet, /MENTAL/).blocks)).toEqual(["I don't fully trust the model's mental arithmetic... use code"]);
    expect(quotes(panel(sheet, /TAKEAWAYS/).blocks)).toEqual(["Models need tokens to think"]);
  });

  it("keeps the bad and good answers in one panel on both pages", async () => {
    const { sheet } = await readSheet(fixture());
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet(sheet, { page });
      const p = laid.panels.find((x) => x.title === "BAD vs GOOD")!;
      expect(p.blocks.filter((b) => b.kind === "code"), page).toHaveLength(2);
      expect(laid.panels.some((x) => x.overflow), page).toBe(false);
    }
  });
});
