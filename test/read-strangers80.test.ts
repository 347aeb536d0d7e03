// Chapters written by others, read as their writers meant: a tokens-to-think chapter kept in Word and turned into
// Markdown by pandoc, so its headings carry `{#id}`, its underlines and highlights are `[…]{.underline}` and
// `[…]{.mark}` spans (one wrapped over two lines), its metadata block is paragraphs of hard breaks between escaped
// `\-\--` lines, its tables are grid tables and a simple table (the ratios), and its Mermaid diagram is plain
// paragraphs, escaped, under an unnumbered `Mermaid 다이어그램` heading. Each rule is tested on a small input of its
// own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { pandocMarkdown } from "../src/read/prompt/pandoc-markdown.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "tokens-to-think-pandoc-docx-escapes-grid-tables";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const words = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const PLAN = ["## 1. 🅰️ Alpha {#alpha}", "", "-   one [underlined]{.underline} word", "", "## 2. 🅱️ Beta {#beta}", "", "-   two", "", "## 3. 📌 Takeaways {#takeaways}", "", "-   three", ""];

describe("pandoc's heading attributes, spans and image sizes", () => {
  it("drops `{#id}` from headings and draws a span's words, a highlight as one", async () => {
    const plan = [...PLAN.slice(0, 2), "-   one [underlined]{.underline} and [lit up]{.mark} \\$3", "", ...PLAN.slice(3)];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan));
    const alpha = words(sheet, /ALPHA/);
    expect(alpha).toContain("one underlined and ");
    expect(alpha).not.toMatch(/\{\.underline\}|\{\.mark\}/);
    expect(panel(sheet, /ALPHA/).blocks[0]!.kind).toBe("bullets");
    expect(alpha).toMatch(/"lit up","bold":true/);
    expect(warnings.join("\n")).not.toMatch(/\{#/);
  });

  it("joins a span pandoc wrapped over two lines", () => {
    const out = pandocMarkdown(["## A {#a}", "", "-   두 답 모두 \\$3에 도달하지만 [학습 데이터로는 B가 훨씬", "    좋다]{.underline}", ""].join("\n"));
    expect(out.split("\n").slice(2, 4)).toEqual(["-   두 답 모두 \\$3에 도달하지만 학습 데이터로는 B가 훨씬", "    좋다"]);
  });

  it("drops an image's size attributes", () => {
    const out = pandocMarkdown(['# A {#a}', "", '![](media/image1.png){width="6.5in" height="3in"}'].join("\n"));
    expect(out.split("\n")[2]).toBe("![](media/image1.png)");
  });

  it("leaves a document with one such mark alone", () => {
    const text = ["# A", "", "The price is \\$3, \\[see\\] here", "", "```", "a \\[b\\]", "```"].join("\n");
    expect(pandocMarkdown(text)).toBe(text);
  });
});

describe("a metadata block typed in Word: escaped `\\-\\--` lines and hard breaks", () => {
  const meta = ["# Source Text {#source-text}", "", "\\-\\--\\", "title: “Knobs and Tokens”\\", "source_url: “<https://youtu.be/x>”\\", "chapter: 7\\", "\\-\\--", ""];

  it("reads the block as the chapter's metadata", async () => {
    const { sheet, warnings } = await readSheet([...meta, promptDoc(TWO_BOXES, PLAN)].join("\n"));
    expect(sheet.meta.title).toBe("Knobs and Tokens");
    expect(sheet.meta.chapter).toBe(7);
    expect(sheet.meta.sourceUrl).toBe("https://youtu.be/x");
    expect(warnings.join("\n")).not.toMatch(/no metadata block/);
  });

  it("keeps every line where it was", () => {
    const text = [...meta, "## B {#b}"].join("\n");
    expect(pandocMarkdown(text).split("\n")).toHaveLength(text.split("\n").length);
  });
});

describe("pandoc's grid and simple tables", () => {
  const grid = ["+--------+--------------+", "| 개념   | 설명         |", "+========+==============+", "| Token  | 토큰 하나를  |", "|        | 만드는 계산  |", "+--------+--------------+", "| Layer  | 고정된 수    |", "+--------+--------------+"];

  it("draws a grid table with its header rule as a table, a row's lines joined", async () => {
    const plan = [...PLAN.slice(0, 4), ...grid, "", ...PLAN.slice(4)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(t?.kind).toBe("table");
    if (t?.kind !== "table") return;
    expect(t.header.map(richText)).toEqual(["개념", "설명"]);
    expect(t.rows.map((r) => r.map(richText))).toEqual([["Token", "토큰 하나를 만드는 계산"], ["Layer", "고정된 수"]]);
  });

  it("reads the ratios from a simple table, columns by their dashes", async () => {
    const simple = ["## 배치 비율 {#배치-비율}", "", "  영역     비율   내용", "  -------- ------ -------------------", "  상단     12%    타이틀", "  중단     48%    Alpha + Beta", "  하단     40%    Takeaways", ""];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after: simple }));
    expect(ratios(sheet)).toEqual([12, 48, 40]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });
});

describe("a Mermaid diagram typed as paragraphs, one a line, under an unnumbered heading", () => {
  const diagram = ["## Mermaid 다이어그램 {#mermaid-다이어그램}", "", "flowchart LR", "", "A\\[Alpha start\\] \\--\\> B\\[Alpha end\\]", "", "B \\--\\> C{Alpha done?}", ""];

  it("draws the diagram, placed by meaning, with no warning that the section is not drawn", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, [...PLAN, ...diagram]));
    const all = titles(sheet).flat().map((t) => (/ALPHA|BETA|TAKEAWAYS/.test(t) ? kinds(panel(sheet, new RegExp(t.replace(/[^\w ]/g, "").trim()))) : []));
    expect(all.flat()).toContain("flowchart");
    expect(warnings.join("\n")).not.toMatch(/not numbered like the others/);
  });

  it("fences the diagram in the blank lines around it, its escapes gone", () => {
    const out = pandocMarkdown(["# P {#p}", "", ...diagram, "## Next"].join("\n")).split("\n");
    expect(out.slice(3, 11)).toEqual(["```mermaid", "flowchart LR", "", "A[Alpha start] --> B[Alpha end]", "", "B --> C{Alpha done?}", "```", "## Next"]);
  });

  it("still warns of an unnumbered section of diagrams and text", async () => {
    const { warnings } = await readSheet(promptDoc(TWO_BOXES, [...PLAN, ...diagram, "-   a note on how to draw it, long enough to be more than a caption line for sure"]));
    expect(warnings.join("\n")).toMatch(/Mermaid 다이어그램" is not numbered like the others/);
  });
});

describe("a hostile pandoc document reads fast", () => {
  it("reads 2,000 lines of spans, escaped fences and simple-table rules every line kept", () => {
    const lines = ["# A {#a}", "\\[x\\]", ""];
    for (let i = 0; i < 500; i++) lines.push("[a [b [c]{.underline} ".repeat(30), "\\-\\--", "  --- --- ---", "+---+---+");
    expect(pandocMarkdown(lines.join("\n")).split("\n")).toHaveLength(lines.length);
  });
});

describe(`the fixture ${NAME}, read as its writer meant`, () => {
  it("reads the metadata, the drawing's panels and the simple table's ratios", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(sheet.meta.title).toBe("15. Models Need Tokens to Think");
    expect(sheet.meta.chapter).toBe(15);
    expect(sheet.meta.author).toBe("Andrej Karpathy");
    expect(sheet.meta.sourceUrl).toBe("https://www.youtube.com/watch?v=7xTGNNLPyMI");
    expect(titles(sheet)).toEqual([["title"], ["EMILY: ANSWER FIRST?", "ONE TOKEN = FIXED COMPUTE"], ["SPREAD THE REASONING OVER MANY TOKENS"], ["MENTAL MATH?", "COUNTING DOTS", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 25, 40, 25]);
    expect(warnings).toEqual([]);
  });

  it("draws the grid tables as tables, the diagram as a flowchart and no pandoc marks", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(kinds(panel(sheet, /ONE TOKEN/))).toContain("table");
    expect(kinds(panel(sheet, /COUNTING DOTS/))).toContain("table");
    expect(kinds(panel(sheet, /SPREAD/))).toContain("flowchart");
    const all = JSON.stringify(sheet.rows);
    expect(all).not.toMatch(/\{\.(?:underline|mark)\}|\{#|\+===|\\\\\$|width=/);
  });

  it("keeps the quotes, signed by the en dash pandoc left", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    const quotes = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).flatMap((b) => (b.kind === "quote" ? [[richText(b.text), b.cite]] : []));
    expect(quotes.map((q) => q[0]!.slice(0, 24))).toEqual(expect.arrayContaining(["The answer is $3 … the m", "You can’t expect too muc", "I don’t fully trust the ", "Use code"]));
    expect(quotes.every((q) => q[1] === "Andrej Karpathy")).toBe(true);
  });
});
