// Chapters written by others, read as their writers meant: a post-training chapter kept in NamuWiki (나무위키)
// markup — `= 제목 =` / `== 소제목 ==` headings, `'''굵게'''`, `''기울임''`, `__밑줄__`, `~~취소~~`, `[[문서|글]]` links,
// `[* 각주]` footnotes, `||<-2><bgcolor=…> … ||` tables, `{{{#!syntax python … }}}` code, the drawing in a
// `{{{ … }}}` block, ` * ` / ` 1. ` lists, `[목차]`, `[include(틀:…)]` and `##` comment lines.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { isNamuDocument, namuWiki } from "../src/read/namu-wiki.js";
import { namuCells } from "../src/read/namu-inline.js";
import { TWO_BOXES, kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "post-training-labelers-namuwiki-markup";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const tableOf = (blocks: Block[]): { header: string[]; rows: string[][] } | undefined => {
  const t = blocks.find((b) => b.kind === "table");
  return t?.kind === "table" ? { header: t.header.map(richText), rows: t.rows.map((r) => r.map(richText)) } : undefined;
};

/** A small prompt in NamuWiki markup: `==` parts (no `=` title), the drawing in a `{{{` block, `===` plan sections. */
const namuDoc = (plan: string[], after: string[] = []): string =>
  ["[목차]", "== Layout Structure ==", "{{{", ...TWO_BOXES, "}}}", ...after, "== Output Structure Plan ==", ...plan, ""].join("\n");

describe("a prompt kept in NamuWiki markup", () => {
  it("reads `==` parts, `===` sections and the `{{{ }}}` drawing as the template's", async () => {
    const { sheet } = await readSheet(namuDoc(["=== 🅰️ Alpha ===", " * '''one'''", "=== 🅱️ Beta ===", " * two", "=== 📌 Takeaways ===", " 1. three"]));
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
  });

  it("writes each line as the Markdown it means, every line in its place", () => {
    const text = [
      "[include(틀:강의노트, 장=9)]",
      "## 메모: 지우지 말 것",
      "= 제목 =",
      "== '''굵게''' 와 ''기울임'' ==",
      " * __밑줄__, ~~취소~~, --취소--, A --> B",
      "  * [[InstructGPT|논문]] 과 [[https://example.com/a_b|링크]], [[RLHF]]",
      " 1. {{{<|im_start|>}}} 토큰[* 특수 토큰]",
      " 1. {{{#red 빨강}}} {{{+1 크게}}}",
      "{{{#!syntax python",
      "x = '''not bold'''",
      "}}}",
      "{{{#!folding [ 라벨링 지침 펼치기 ]",
      "> 인용",
      "}}}",
      "----",
    ].join("\n");
    expect(namuWiki(text).split("\n")).toEqual([
      "",
      "",
      "# 제목",
      "## **굵게** 와 *기울임*",
      "- ==밑줄==, ~~취소~~, ~~취소~~, A --> B",
      "  - 논문 과 [링크](https://example.com/a_b), RLHF",
      "1. `<|im_start|>` 토큰 (특수 토큰)",
      "1. **빨강** 크게",
      "```python",
      "x = '''not bold'''",
      "```",
      "**라벨링 지침**",
      "> 인용",
      "",
      "---",
    ]);
  });

  it("reads a table's cell attributes: spans filled with empty cells, colours and alignment dropped", () => {
    expect(namuCells("||<-2><bgcolor=#ffeecc> 합친 칸 ||<(> 왼쪽 ||")).toEqual([
      { text: "합친 칸", cols: 2, rows: 1 },
      { text: "왼쪽", cols: 1, rows: 1 },
    ]);
    expect(namuCells("||<|2> 두 줄 || b ||").map((c) => c.rows)).toEqual([2, 1]);
    // A word in angle brackets is the cell's words, not an attribute.
    expect(namuCells("|| <eos> || <|im_end|> ||").map((c) => c.text)).toEqual(["<eos>", "<|im_end|>"]);
    // The old form: an empty cell before one widens it.
    expect(namuCells("|||| 넓은 칸 || c ||").map((c) => c.cols)).toEqual([2, 1]);
    const table = ["텍스트", "", "|| 구분 || A || B ||", "||<|2> 행 || 1 || 2 ||", "|| 3 || 4 ||", "|| 합계 ||<-2> 같다 ||"].join("\n");
    expect(namuWiki(["== 원문 ==", "''x''", "== 레이아웃 ==", table].join("\n")).split("\n").slice(3)).toEqual([
      "텍스트",
      "| 구분 | A | B |",
      "| --- | --- | --- |",
      "| 행 | 1 | 2 |",
      "|  | 3 | 4 |",
      "| 합계 | 같다 |  |",
    ]);
  });

  it("keeps a drawing pasted outside a `{{{` block as typed, and a table after it apart from it", () => {
    const text = ["== 원문 ==", "== 레이아웃 ==", "+------+------+", "| 💬 A | --B-- |", "+------+------+", "", "|| 영역 || 비율 ||", "|| 상단 || 20% ||", "''x''"].join("\n");
    expect(namuWiki(text).split("\n")).toEqual(["# 원문", "# 레이아웃", "+------+------+", "| 💬 A | --B-- |", "+------+------+", "", "| 영역 | 비율 |", "| 상단 | 20% |", "*x*"]);
  });

  it("makes a first row of one cell across the table its title line", async () => {
    const { sheet } = await readSheet(
      namuDoc(["=== 🅰️ Alpha ===", "||<-2><bgcolor=#ddeeff> '''지침''' ||", "|| 원칙 || 의미 ||", "|| helpful || 도움 ||", "=== 🅱️ Beta ===", " * two", "=== 📌 Takeaways ===", " 1. three"]),
    );
    const alpha = panel(sheet, /ALPHA/);
    expect(kinds(alpha)).toEqual(["paragraph", "table"]);
    expect(tableOf(alpha.blocks)).toEqual({ header: ["원칙", "의미"], rows: [["helpful", "도움"]] });
  });

  it("leaves Markdown, a banner prompt and an AsciiDoc one alone", () => {
    const banner = ["=== SOURCE ===", "text", "=== LAYOUT ===", "```", "+--+", "```", "=== PLAN ===", "## 1. 🅰️ A", "- '''x'''"];
    expect(isNamuDocument(banner)).toBe(false);
    expect(namuWiki(banner.join("\n"))).toBe(banner.join("\n"));
    const adoc = ["= Title", "", "== Layout Structure", "", "== Plan", "* one"];
    expect(isNamuDocument(adoc)).toBe(false);
    const md = ["# Source Text", "= x =", "== y ==", "'''z'''", "# Layout Structure", "## Output Structure Plan"];
    expect(isNamuDocument(md)).toBe(false);
  });
});

describe(`the fixture: ${NAME}`, () => {
  it("reads its five boxes, its ratio table and its metadata table", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet).slice(1)).toEqual([
      ["CONVERSATIONS → TOKENS", "HUMAN LABELERS"],
      ["SFT DATASETS", "누구와 대화하나?", "KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(sheet.meta.chapter).toBe(9);
    expect(sheet.meta.author).toBe("Andrej Karpathy");
    expect(sheet.meta.sourceUrl).toBe("https://www.youtube.com/watch?v=7xTGNNLPyMI");
  });

  it("draws each plan section's code, chart, tables and quotes, none of the wiki's marks left in", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /CONVERSATIONS/))).toEqual(expect.arrayContaining(["flowchart", "code"]));
    expect(tableOf(panel(sheet, /HUMAN LABELERS/).blocks)?.header).toEqual(["원칙", "의미", "예시"]);
    expect(tableOf(panel(sheet, /SFT DATASETS/).blocks)?.rows.at(-1)).toEqual(["알고리즘", "같다 (다음 토큰 예측)", ""]);
    // Every string drawn (span texts, labels, code), the drawing's own box lines aside.
    const drawn: string[] = [];
    JSON.stringify(sheet.rows, (k, v: unknown) => (k === "lead" ? undefined : (typeof v === "string" && drawn.push(v), v)));
    expect(drawn.join("\n")).not.toMatch(/'''|\{\{\{|\|\||\[\*|\[목차\]|\[include|\[\[|<bgcolor/);
  });
});
