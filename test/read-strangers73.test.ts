// Chapters written by others, read as their writers meant: a DeepSeek-R1 chapter pasted out of Confluence in its
// wiki markup (`h1.` headings, `||head||` tables with no rule under the header, `{code:language=…}` blocks around
// the drawing and a flowchart, `{quote}` blocks signed `-- Andrej Karpathy`, `*bold*`, `_italic_`, `{{mono}}`,
// `*`/`**`/`#` list markers, an `{info}` note and a `{panel:title=Image request}`), a box line that only says the
// box is to be the biggest, and a quote signed on a line of its own under words in no marks.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { wikiMarkup } from "../src/read/wiki-markup.js";
import { isSizeNote } from "../src/read/prompt/size-notes.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "deepseek-r1-aha-confluence-wiki";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): { text: string; cite?: string }[] =>
  blocks.flatMap((b) => (b.kind === "quote" ? [{ text: richText(b.text), ...(b.cite ? { cite: b.cite } : {}) }] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** A small prompt in wiki markup: the drawing in a `{code}` block, then the plan in `h2.` sections. */
const wikiDoc = (plan: string[], after: string[] = []): string =>
  ["h1. Layout Structure", "", "{code:language=text}", ...TWO_BOXES, "{code}", "", ...after, "h1. Output Structure Plan", "", ...plan, ""].join("\n");

describe("a prompt pasted in Confluence / Jira wiki markup", () => {
  it("reads `h1.` parts, `h2.` sections and the `{code}` drawing as the template's", async () => {
    const { sheet } = await readSheet(wikiDoc(["h2. 🅰️ Alpha", "* one", "h2. 🅱️ Beta", "* two", "h2. 📌 Takeaways", "# three"]));
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
  });

  it("writes each line as the Markdown it means, every line in its place", () => {
    const text = [
      "h1. Output Structure Plan",
      "h2. 1. *Bold* and _italic_ with {{code}}",
      "* top point with *응답 길이*가 늘어남",
      "** nested point",
      "# numbered",
      "#* under a number",
      "{code:language=mermaid}",
      "flowchart LR",
      "  A[*x*] --> B",
      "{code}",
      "{quote}",
      "Words in no marks.",
      "-- Andrej Karpathy",
      "{quote}",
      "bq. one-line quote",
      "{info:title=Note}",
      "a note",
      "{info}",
      "see [the docs|https://example.com/a_b_c]",
    ].join("\n");
    expect(wikiMarkup(text).split("\n")).toEqual([
      "# Output Structure Plan",
      "## 1. **Bold** and *italic* with `code`",
      "- top point with **응답 길이**가 늘어남",
      "  - nested point",
      "1. numbered",
      "   - under a number",
      "```mermaid",
      "flowchart LR",
      "  A[*x*] --> B",
      "```",
      "",
      "> Words in no marks.",
      "> — Andrej Karpathy",
      "",
      "> one-line quote",
      "**Note**",
      "a note",
      "",
      "see [the docs](https://example.com/a_b_c)",
    ]);
  });

  it("makes a `||head||` table Markdown's, its header moved onto the blank line above for the rule", () => {
    const out = wikiMarkup(["h1. Layout Structure", "h2. 배치 비율", "", "||영역||비율||", "|상단|10%|", "|하단|90%|"].join("\n")).split("\n");
    expect(out.slice(2)).toEqual(["| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 하단 | 90% |"]);
  });

  it("reads the `||head||` ratio table as the rows' heights", async () => {
    const ratio = ["h2. 배치 비율", "", "||영역||비율||내용||", "|상단|10%|타이틀|", "|중단|60%|Alpha + Beta|", "|하단|30%|Takeaways|", ""];
    const { sheet, warnings } = await readSheet(wikiDoc(["h2. 🅰️ Alpha", "* one", "h2. 🅱️ Beta", "* two", "h2. 📌 Takeaways", "* three"], ratio));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("takes a titled `{panel}` for a section of its own: the image request is not drawn", async () => {
    const plan = ["h2. 🅰️ Alpha", "* one", "h2. 🅱️ Beta", "* two", "h2. 📌 Takeaways", "* three", "", "{panel:title=Image request}", "A4 가로 방향으로 그려주세요.", "{panel}"];
    const { sheet } = await readSheet(wikiDoc(plan));
    const all = panelsOf(sheet).flatMap((p) => p.blocks.map((b) => JSON.stringify(b))).join("\n");
    expect(all).not.toMatch(/A4 가로|Image request/);
  });

  it("keeps a box drawing typed without its `{code}` block as typed, its walls no table cells", async () => {
    const drawing = TWO_BOXES.map((l, i) => (i === 5 ? "| *a* words          | | b words           |" : l));
    const text = ["h1. Layout Structure", ...drawing, "", "h1. Output Structure Plan", "h2. 🅰️ Alpha", "* one", "h2. 🅱️ Beta", "* two", "h2. 📌 Takeaways", "* three", ""].join("\n");
    expect(wikiMarkup(text).split("\n").slice(1, 11)).toEqual(drawing);
    const { sheet } = await readSheet(text);
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("leaves a Markdown prompt alone, a wiki-looking line in it and all", () => {
    const md = ["# Output Structure Plan", "## 1. *one*", "h2. not a heading here", "* item", "## 2. two"].join("\n");
    expect(wikiMarkup(md)).toBe(md);
  });

  it("keeps the metadata's underscores and the code block's marks as typed", () => {
    const text = ["h1. Source Text", "---", "source_type: youtube_transcript", "title: \"a _b_ c\"", "---", "h1. Layout Structure"].join("\n");
    expect(wikiMarkup(text).split("\n").slice(1, 5)).toEqual(["---", "source_type: youtube_transcript", 'title: "a _b_ c"', "---"]);
  });

  it("reads a 2,000-line hostile variant, every line kept", () => {
    const line = "*a _b {{c *d _e [f|g ".repeat(40);
    const text = ["h1. A", "h2. B", ...Array.from({ length: 2000 }, (_, i) => (i % 3 ? line : `||${"x||".repeat(50)}`))].join("\n");
    expect(wikiMarkup(text).split("\n")).toHaveLength(text.split("\n").length);
  });
});

describe("a box line saying only that the box is to be the biggest", () => {
  it("is a note to the designer, not drawn", async () => {
    const drawing = TWO_BOXES.map((l, i) => (i === 5 ? "| a words            | | (이 칸이 가장 커야 함!) |" : l));
    const { sheet } = await readSheet(promptDoc(drawing, PLAN));
    expect(JSON.stringify(panel(sheet, /BETA/).lead ?? [])).not.toMatch(/가장/);
  });

  it("tells such a note from a box's own words in brackets", () => {
    expect(isSizeNote("(이 칸이 가장 커야 함!)")).toBe(true);
    expect(isSizeNote("(this box should be the biggest)")).toBe(true);
    expect(isSizeNote("(가장 넓게!)")).toBe(true);
    expect(isSizeNote("(가장 큰 모델)")).toBe(false);
    expect(isSizeNote("(the biggest model wins)")).toBe(false);
  });
});

describe("a quote signed on a line of its own under words in no marks", () => {
  const plan = (q: string[]): string[] => ["## 🅰️ Alpha", "- one", "", ...q, "", ...PLAN.slice(2)];

  it("signs the quote with the name on its last line", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["> The model is discovering ways to think.", "> — Andrej Karpathy"])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual([{ text: "The model is discovering ways to think.", cite: "Andrej Karpathy" }]);
  });

  it("keeps a last line that is a sentence, not a name", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["> Words first.", "> — and then it keeps on going for a while"])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)[0]!.cite).toBeUndefined();
  });
});

describe(`the fixture ${NAME}`, () => {
  it("is read as its writer meant: panels, ratios, widths, quotes, no warnings", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([
      ["title"],
      ["RL = 연습 문제", "RESPONSE LENGTH & CHAIN OF THOUGHT"],
      ["AHA MOMENT"],
      ["o1 / o3 vs GPT-4o", "WHERE TO TRY"],
      ["KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 24, 22, 30, 16]);
    expect(sheet.meta.title).toMatch(/DeepSeek-R1 & Emergent Reasoning/);
    expect(kinds(panel(sheet, /RESPONSE LENGTH/))).toEqual(["flowchart", "bullets", "quote"]);
    expect(kinds(panel(sheet, /o1 \/ o3/))).toEqual(["table", "quote"]);
    expect(quotes(panel(sheet, /AHA MOMENT/).blocks)).toEqual([
      { text: "No human is going to be able to hard-code this stuff in the assistant response. This can only be discovered in the process of reinforcement learning.", cite: "Andrej Karpathy" },
    ]);
    expect(quotes(panel(sheet, /RESPONSE LENGTH/).blocks)[0]!.cite).toBe("Andrej Karpathy");
    // The box's `(이 칸이 가장 커야 함!)` is the writer's word to the designer.
    expect(JSON.stringify(panel(sheet, /RESPONSE LENGTH/).lead ?? [])).not.toMatch(/가장/);
    // The image request's panel is not drawn; its words are nowhere on the page.
    expect(JSON.stringify(sheet.rows)).not.toMatch(/Landscape|치트시트 이미지/);
  });
});
