// Chapters written by others, read as their writers meant: a neural-network I/O chapter kept as a Docusaurus page in
// MDX and pasted whole (imports, an `export const meta`, `{/* comments */}`, `<Tabs>`/`<TabItem>` around the
// drawing, the ratio table and a flowchart, `:::tip 인용` admonitions and a `<Callout type="quote">` holding the
// quotes, a `<Figure>` placeholder); and a quote restating a chain's step that another panel's title names.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { fencedLines } from "../src/read/limits.js";
import { mdxMarkdown } from "../src/read/prompt/mdx.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const MDX = "nn-io-training-docusaurus-mdx-tabs-admonitions";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${MDX}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [`${richText(b.text)}${b.cite ? ` — ${b.cite}` : ""}`] : []));
const allBlocks = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const FRONT = ["---", "title: Alpha and Beta", "sidebar_position: 3", "slug: /alpha", "---", "", "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", ""];
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a Docusaurus page in MDX pasted whole", () => {
  it("leaves its imports, exports, comments and component tags unseen, every line in place", () => {
    const text = [
      ...FRONT,
      "export const meta = {",
      '  chapter: 4, lecture: "Deep Dive {x}",',
      "};",
      "{/* a note to myself */}",
      "Before {/* inline */} after",
      "{/* over",
      "   lines */}",
      "<Tabs>",
      '  <TabItem value="a" label="레이아웃" default>',
      "",
      "```text title=\"layout.txt\"",
      "<Tabs> in code stays",
      "```",
      "",
      "  </TabItem>",
      "</Tabs>",
    ].join("\n");
    const out = mdxMarkdown(text).split("\n");
    expect(out).toHaveLength(text.split("\n").length);
    const body = out.slice(FRONT.length).join("\n").replace(/```[\s\S]*?```/, "");
    expect(out.slice(6, 8)).toEqual(["", ""]);
    expect(body).not.toMatch(/export|chapter|note to myself|inline|over|lines \*\/|<\/?Tab/);
    expect(body).toContain("Before  after");
    expect(out.join("\n")).toContain('```text title="layout.txt"\n<Tabs> in code stays\n```');
  });

  it("reads admonitions as Quarto's callouts are read: the title a bold line, the fences gone", () => {
    const out = mdxMarkdown([...FRONT, ":::tip 인용", '"words"', ":::", ":::note[Terms]", "- a", ":::", ":::caution", "## Heads up", "text", ":::"].join("\n")).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["**인용**", '"words"', "", "**Terms**", "- a", "", "", "**Heads up**", "text", ""]);
  });

  it("writes a callout component as its admonition, a quote's as a [!quote] callout signed by its title, a figure as its image", () => {
    const out = mdxMarkdown(
      [...FRONT, '<Callout type="info" title="Read me">', "words", "</Callout>", '<Callout type="quote" title="Karpathy">', '"We nudge it."', "</Callout>", '<Figure src="/img/a.png" caption="the window" />'].join("\n"),
    ).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["**Read me**", "words", "", "> [!quote] Karpathy", '> "We nudge it."', "", "![the window](</img/a.png>)"]);
  });

  it("reads a one-line callout component as its words, its title bold before them", () => {
    const out = mdxMarkdown([...FRONT, '<Callout type="tip" title="Remember">Keep it short.</Callout>', "after"].join("\n")).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["**Remember** Keep it short.", "after"]);
  });

  it("leaves a code sample's lines as written, a fence inside it that names a language included", () => {
    // As CommonMark reads it: "```tsx" with words after it does not close the fence "```" opened, so the import
    // and the tag under it are the sample's, not the page's.
    const sample = ["```", "```tsx", "import Tabs from '@theme/Tabs';", "<Tabs>", "```"];
    const out = mdxMarkdown([...FRONT, "<Tabs>", ...sample, "</Tabs>"].join("\n")).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["", ...sample, ""]);
  });

  it("finds fenced code as remark does: a fence that names a language never closes one", () => {
    const lines = ["intro", "```", "```tsx", "> > > deep", "```", "after", "  ~~~~", "~~~", "~~~~ ", "end"];
    expect(fencedLines(lines)).toEqual([false, true, true, true, true, false, true, true, true, false]);
  });

  it("leaves a document with one of MDX's marks alone", () => {
    const one = ["# Plan", ":::note", "a stray admonition", ":::", "Use <Tabs> for that."].join("\n");
    expect(mdxMarkdown(one)).toBe(one);
    const crlf = [...FRONT, "<Tabs>", "x", "</Tabs>"].join("\r\n");
    expect(mdxMarkdown(crlf).split("\r\n")).toHaveLength(crlf.split("\r\n").length);
  });

  it("draws the quotes an admonition and a quote component hold, and warns of no raw HTML", async () => {
    const style = ["# Output Style", "1. **Bold** key terms", "", ":::tip 인용", '"Alpha is the first letter."', ":::", "", '<Callout type="quote" title="Karpathy">', '"Beta comes after alpha."', "</Callout>", ""];
    const plan = ["## 🅰️ Alpha", "<Tabs>", '<TabItem value="t" label="표">', "", "| a | b |", "|---|---|", "| 1 | 2 |", "", "</TabItem>", "</Tabs>", ...PLAN.slice(2)];
    const { sheet, warnings } = await readSheet([...FRONT, ...style, promptDoc(TWO_BOXES, plan)].join("\n"));
    expect(warnings.join("\n")).not.toMatch(/raw HTML/);
    expect(quotes(allBlocks(sheet)).sort()).toEqual(["Alpha is the first letter.", "Beta comes after alpha. — Karpathy"]);
    expect(panel(sheet, /ALPHA/).blocks.some((b) => b.kind === "table")).toBe(true);
    expect(JSON.stringify(sheet)).not.toMatch(/:::|TabItem|\[!quote\]|@theme/);
  });
});

describe("a quote callout in the Output Style", () => {
  it("is a quote with no quotes label over it, signed by its title", async () => {
    const style = ["# Output Style", "1. **Bold** key terms", "", "> [!quote] Karpathy", '> "Beta comes after alpha."', ""];
    const { sheet } = await readSheet([...style, promptDoc(TWO_BOXES, PLAN)].join("\n"));
    expect(quotes(allBlocks(sheet))).toEqual(["Beta comes after alpha. — Karpathy"]);
  });
});

describe("a box line restating another panel's title", () => {
  const boxes = [
    "+------------------------------------------------------------+",
    "| 🍌 TITLE 🍌                                                |",
    "+------------------------------------------------------------+",
    "+-----------------------------+ +----------------------------+",
    "| 📤 OUTPUT: 100,277 확률       | | 🔁 TRAINING                |",
    "| 19438: 4%                   | | 윈도우 → 확률 100,277개 → 업데이트 |",
    "|                             | | Neural Network model       |",
    "+-----------------------------+ +----------------------------+",
    "+------------------------------------------------------------+",
    "| 📌 TAKEAWAYS                                               |",
    "+------------------------------------------------------------+",
  ];
  const plan = [
    "## 📤 Output",
    "- 19438",
    "## 🔁 Training",
    "| Concept | 뜻 |",
    "|---|---|",
    "| Output | 확률 100,277개 |",
    "## 💬 Quotes",
    '> "The output of the neural network is exactly 100,277 numbers, a probability for each next token."',
    "## 📌 Takeaways",
    "- three",
  ];

  it("sends a quote saying it again to the panel the title names", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, plan));
    expect(quotes(panel(sheet, /OUTPUT/).blocks)).toEqual(["The output of the neural network is exactly 100,277 numbers, a probability for each next token."]);
  });
});

describe(`the fixture ${MDX}`, () => {
  it("reads the page as its writer meant: the drawing's panels, the ratio tab's shares, no code or tags drawn", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["INPUT: TOKEN WINDOW", "OUTPUT: 100,277 확률"], ["TRAINING UPDATE"], ["BATCH & 병렬", "LOSS", "핵심 정리"]]);
    expect(ratios(sheet)).toEqual([8, 24, 43, 25]);
    expect(warnings).toEqual([]);
    const text = JSON.stringify(sheet);
    expect(text).not.toMatch(/@theme|export const|TabItem|Callout|\{\/\*|:::|TODO|Deep Dive into LLMs like ChatGPT"/);
  });

  it("draws the three quotes, the component's signed by its title, each beside what it is about", async () => {
    const { sheet } = await readSheet(fixture());
    expect(quotes(panel(sheet, /INPUT/).blocks)).toEqual(["We take windows of tokens ... fairly randomly from this data."]);
    expect(quotes(panel(sheet, /OUTPUT/).blocks)).toEqual(["The output of the neural network is exactly 100,277 numbers ... a probability for every possible next token."]);
    expect(quotes(panel(sheet, /TRAINING/).blocks)).toEqual(["We want to nudge the network so that the correct answer has a slightly higher probability. — Karpathy"]);
  });

  it("keeps the flowchart and the before/after table a tab held in the training panel", async () => {
    const { sheet } = await readSheet(fixture());
    const training = panel(sheet, /TRAINING/).blocks;
    expect(training.some((b) => b.kind === "flowchart")).toBe(true);
    expect(training.some((b) => b.kind === "table" && b.rows.some((r) => richText(r[0] ?? []).startsWith("3962")))).toBe(true);
  });
});
