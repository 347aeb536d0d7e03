// A chapter drafted as a Naver blog post and copied out of the browser: no-break spaces for spaces, the
// quotation component as a lone `"` over the words over a lone `"` (or `❝ … ❞`), parts titled `【Source Text】`
// and plan sections `■ 1. 🗺️ …` once the bold was lost, tables pasted as tab rows, and the blog's chrome (image
// caption placeholders, photo credits, dividers, the copy credit, like counts, hashtags) among the prompt's lines.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { blogPaste } from "../src/read/prompt/blog-paste.js";
import { glyphTitles } from "../src/read/prompt/glyph-titles.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "introduction-naver-blog-nbsp-bracket-titles-tab-tables";
const path = join(FIXTURES_DIR, "prompts", `${NAME}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allQuotes = (sheet: Sheet): string[] => quotes(panelsOf(sheet).flatMap((p) => p.blocks));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const nbsp = (text: string): string => text.replace(/ /g, "\u00a0");

describe("a blog editor's no-break spaces", () => {
  it("reads headings, lists and the drawing written with U+00A0 for every space as written with spaces", async () => {
    const plain = await readSheet(promptDoc(TWO_BOXES, PLAN));
    const pasted = await readSheet(nbsp(promptDoc(TWO_BOXES, PLAN)));
    expect(titles(pasted.sheet)).toEqual(titles(plain.sheet));
    expect(kinds(panel(pasted.sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(JSON.stringify(pasted.sheet)).not.toMatch(/\u00a0/);
  });

  it("leaves a document with none alone", () => {
    const text = promptDoc(TWO_BOXES, PLAN);
    expect(blogPaste(text)).toBe(text);
  });
});

describe("the quotation component pasted as mark lines", () => {
  const style = (lines: string[]): string[] => ["# Output Style", "Quotable Insights:", ...lines, ""];

  it('reads a lone " over the words over a lone " as one quote', async () => {
    const doc = [...style(['"', "Alpha is where it starts", '"']), promptDoc(TWO_BOXES, PLAN)].join("\n");
    const { sheet } = await readSheet(doc);
    expect(allQuotes(sheet)).toEqual(["Alpha is where it starts"]);
  });

  it("reads the ornament marks ❝ … ❞ as quotation marks", async () => {
    const doc = [...style(["", "❝ Beta is where it ends ❞"]), promptDoc(TWO_BOXES, PLAN)].join("\n");
    const { sheet } = await readSheet(doc);
    expect(allQuotes(sheet)).toEqual(["Beta is where it ends"]);
  });

  it("leaves a mark line with no closing one as written", () => {
    const text = ["a", '"', "words", "", "more"].join("\n");
    expect(blogPaste(text)).toBe(text);
  });
});

describe("a blog post's chrome", () => {
  const chrome = ["사진 설명을 입력하세요.", "출처: 입력", "", "© 작성자, 출처 Unsplash", "", "ㅡㅡㅡㅡㅡㅡㅡㅡ", ""];
  const footer = ["", "[출처] 카파시 LLM 정리 (1)|작성자 공부하는곰", "", "#LLM #카파시 #딥러닝", "", "공감 12 댓글 3"];
  const plan = ["## 🅰️ Alpha", "- one", "", ...chrome, "## 🅱️ Beta", "- two", "", "━━━━━━━━━━", "", "## 📌 Takeaways", "- three"];

  it("draws none of it, and keeps the prompt's own lines where they were", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan) + footer.join("\n"));
    expect(JSON.stringify(sheet)).not.toMatch(/사진 설명|출처|Unsplash|ㅡㅡ|━━|#LLM|공감/);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    const text = promptDoc(TWO_BOXES, plan) + footer.join("\n");
    expect(blogPaste(nbsp(text)).split("\n")).toHaveLength(text.split("\n").length);
  });

  it("blanks the post's header above the follow button", () => {
    const text = ["카파시 정리 (1)", "공부하는곰", "2026. 11. 3. 22:41", "이웃추가", "# Source Text", "본문"].join("\n");
    expect(blogPaste(nbsp(text)).split("\n")).toEqual(["", "", "", "", "# Source Text", "본문"]);
  });

  it("keeps such lines where nothing says the text is a blog post's", () => {
    const text = nbsp(["# Source Text", "ㅡㅡㅡㅡ", "#LLM #카파시"].join("\n"));
    expect(blogPaste(text).split("\n")).toEqual(["# Source Text", "ㅡㅡㅡㅡ", "#LLM #카파시"]);
  });
});

describe("parts titled in lenticular brackets", () => {
  it("reads 【Layout Structure】 and 【Output Structure Plan】 lines as the parts they name", async () => {
    const doc = promptDoc(TWO_BOXES, PLAN, { layoutHeading: "【Layout Structure】", planHeading: "【Output Structure Plan】" });
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["bullets"]);
  });

  it("takes no bracketed line that names no part for one", async () => {
    const doc = promptDoc(TWO_BOXES, PLAN, { layoutHeading: "【Layout Structure】", planHeading: "【Output Structure Plan】" }).replace("- two", "【메모】\n- two");
    const { sheet } = await readSheet(doc);
    expect(JSON.stringify(sheet)).toMatch(/메모/);
  });
});

describe("plan sections titled by a block glyph", () => {
  const marked = ["■ 1. 🅰️ Alpha", "질문\t답", "무엇?\t이것", "", "■ 2. 🅱️ Beta", "- two", "", "■ 3. 📌 Takeaways", "- three"];

  it("reads ■ title lines as the plan's sections, a tab table right under one a table", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, marked));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["table"]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["bullets"]);
    expect(warnings.join("\n")).not.toMatch(/no sections/);
  });

  it("leaves a run of ■ points a list, and glyph lines under the plan's own headings its points", () => {
    const run = ["# Output Structure Plan", "■ one", "■ two", "■ three"].join("\n");
    expect(glyphTitles(run)).toBe(run);
    const headed = ["# Output Structure Plan", "## A", "■ one", "", "■ two", "## B"].join("\n");
    expect(glyphTitles(headed)).toBe(headed);
  });

  it("reads a long hostile paste, every line kept", () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? "■ " + "x".repeat(90) : i % 3 === 1 ? '"' : "【" + "y ".repeat(60)));
    const text = nbsp(["# Output Structure Plan", ...lines, "사진 설명을 입력하세요."].join("\n"));
    expect(glyphTitles(blogPaste(text)).split("\n")).toHaveLength(text.split("\n").length);
  });
});

describe("the fixture, read as its writer meant", () => {
  it("reads its parts, panels, row shares and tables under the blog's chrome", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(sheet.meta.title).toBe("1. Introduction");
    expect(titles(sheet)).toEqual([["title"], ["TEXT BOX 뒤에는?", "MAGIC vs SHARP EDGES"], ["HOW CHATGPT IS BUILT"], ["MENTAL MODEL", "LECTURE MAP", "KEY TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 25, 35, 30]);
    expect(kinds(panel(sheet, /TEXT BOX/))).toContain("table");
    expect(kinds(panel(sheet, /MAGIC/))).toContain("table");
    expect(kinds(panel(sheet, /HOW CHATGPT/))).toContain("flowchart");
    expect(kinds(panel(sheet, /LECTURE MAP/))).toContain("table");
    expect(JSON.stringify(sheet)).not.toMatch(/사진 설명|출처|Unsplash|작성자|공감|이웃추가|#LLM|ㅡㅡ|━━|\u00a0/);
  });

  it("reads its three quote components as the quotes they are", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(allQuotes(sheet).sort()).toEqual(
      [
        "What is behind this text box?",
        "It is obviously magical and amazing in some respects... and there's also a lot of sharp edges to be aware of",
        "The first step of the pre-training stage is to download and process the internet",
      ].sort(),
    );
  });

  it("gives no warning", async () => {
    const { warnings } = await readSheet(fixture(), { file: path });
    expect(warnings).toEqual([]);
  });
});
