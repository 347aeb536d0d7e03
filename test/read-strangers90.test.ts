// Chapters written by others, read as their writers meant: a preview-of-things-to-come chapter kept as a Quarto
// document (`format: revealjs` front matter, callouts in fenced divs, one opening with a heading as its title,
// ```` ```{mermaid} ```` chunks with `%%|` options, a `{{< video >}}` shortcode, `{.smaller}` after headings) whose
// layout is a slide's `:::: {.columns}` rows of `::: {.column width="60%"}` boxes, row heights in a sentence.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { quartoMarkdown } from "../src/read/prompt/quarto.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const QMD = "preview-quarto-revealjs-columns-callouts-video";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${QMD}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const FRONT = ["---", 'title: "Alpha and Beta"', "format: revealjs", "execute:", "  echo: false", "---", ""];

describe("a prompt kept as a Quarto document", () => {
  it("reads a heading opening a callout as its title, not as a part of the prompt that swallows the plan", async () => {
    // The prompt's parts at `##`, as a Quarto document's slides are: the callout's `## 인용` is at their depth.
    const plan = ["### 🅰️ Alpha", "::: {.callout-note}", "## 인용", '> "Alpha is first"', ":::", "", "### 🅱️ Beta", "- two", "### 📌 Takeaways", "- three"];
    const { sheet } = await readSheet([...FRONT, promptDoc(TWO_BOXES, plan, { layoutHeading: "## Layout", planHeading: "## 출력 구성" })].join("\n"));
    expect(quotes(panel(sheet, /ALPHA/).blocks).join()).toMatch(/Alpha is first/);
    expect(kinds(panel(sheet, /BETA/))).toContain("bullets");
  });

  it("draws a chunk with its language in braces as its diagram, and no fence, shortcode or attribute as text", async () => {
    const plan = ["## 🅰️ Alpha {.smaller}", "{{< video https://example.com/v.mp4 >}}", "```{mermaid}", '%%| fig-cap: "flow"', "flowchart LR", "  A[In] --> B[Out]", "```", "## 🅱️ Beta", "::: {.callout-tip}", "- two", ":::"];
    const { sheet } = await readSheet([...FRONT, promptDoc(TWO_BOXES, plan)].join("\n"));
    const alpha = panel(sheet, /ALPHA/);
    expect(kinds(alpha)).toContain("flowchart");
    expect(kinds(alpha)).not.toContain("code");
    const text = JSON.stringify(sheet);
    expect(text).not.toMatch(/:::|\{\{<|\.smaller|callout/);
  });

  it("keeps a callout's title from its attributes as a bold line", () => {
    const out = quartoMarkdown([...FRONT, '::: {.callout-tip title="Rules"}', "words", ":::"].join("\n")).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["**Rules**", "words", ""]);
  });

  it("draws no callout title that only says its content is a quote, and keeps one that says more", () => {
    const lines = [...FRONT, "::: {.callout-note}", "## 인용", '> "Alpha is first"', ":::", '::: {.callout-tip title="💬 Quotes"}', '> "Beta"', ":::", "::: {.callout-note}", "## 인용: 감독자", '> "Gamma"', ":::"];
    const out = quartoMarkdown(lines.join("\n")).split("\n").slice(FRONT.length);
    expect(out).toEqual(["", "", '> "Alpha is first"', "", "", '> "Beta"', "", "", "**인용: 감독자**", '> "Gamma"', ""]);
  });

  it("sets a chunk's fig-cap on the blank line above it, where a short line captions the chart", async () => {
    const out = quartoMarkdown([...FRONT, "intro", "", "```{mermaid}", '%%| fig-cap: "human-to-agent ratio"', "flowchart TD", "  H --> A", "```"].join("\n")).split("\n");
    expect(out.slice(FRONT.length)).toEqual(["intro", "*human-to-agent ratio*", "```mermaid", '%%| fig-cap: "human-to-agent ratio"', "flowchart TD", "  H --> A", "```"]);
    // No blank line to hold it: nothing is written over the writer's text.
    const tight = [...FRONT, "intro", "```{mermaid}", "%%| fig-cap: flow", "flowchart TD", "```"].join("\n");
    expect(quartoMarkdown(tight).split("\n")[FRONT.length]).toBe("intro");
    const plan = ["## 🅰️ Alpha", "- one", "", "```{mermaid}", "%%| fig-cap: Agents report back", "flowchart TD", "  H[Human] --> A[Agent]", "```", "## 🅱️ Beta", "- two"];
    const { sheet } = await readSheet([...FRONT, promptDoc(TWO_BOXES, plan)].join("\n"));
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).toMatch(/Agents report back/);
  });

  it("leaves a document with one of Quarto's marks alone, every line in place", () => {
    const text = ["# Plan", ":::note", "a stray admonition", ":::", "## Title {.smaller}"].join("\n");
    expect(quartoMarkdown(text)).toBe(text);
    const crlf = [...FRONT, "## A {.smaller}", "```{mermaid}", "flowchart LR", "```"].join("\r\n");
    expect(quartoMarkdown(crlf).split("\r\n")).toHaveLength(crlf.split("\r\n").length);
    expect(quartoMarkdown(crlf)).toContain("## A\r\n```mermaid\r\n");
  });
});

describe("a layout written as a slide's columns", () => {
  const columns = (opener = ":::: {.columns}"): string[] => [
    ":::: {.columns}",
    '::: {.column width="100%"}',
    "### 🍌 TITLE",
    ":::",
    "::::",
    opener,
    '::: {.column width="70%"}',
    "### 🅰️ ALPHA {.smaller}",
    "a words",
    ":::",
    '::: {.column width="30%"}',
    "### 🅱️ BETA",
    "b words",
    ":::",
    "::::",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two"];

  it("reads each .columns div as a row and each .column as a box, its width as written, heights from a sentence", async () => {
    const { sheet, warnings } = await readSheet([...FRONT, promptDoc(columns(), plan, { fenced: false, after: ["", "행 높이는 타이틀 20%, 본문 80%로 잡아줘.", ""] })].join("\n"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    expect(ratios(sheet)).toEqual([20, 80]);
    const row = sheet.rows[1]!;
    expect(row.kind === "panels" && row.panels.map((p) => Math.round((p.width ?? 0) * 100))).toEqual([70, 30]);
    expect(warnings.join("\n")).not.toMatch(/no box diagram|default layout/);
  });

  it("takes a row's height from its div's attributes", async () => {
    const layout = columns(':::: {.columns height="60%"}');
    layout[0] = ':::: {.columns height="40%"}';
    const { sheet } = await readSheet([...FRONT, promptDoc(layout, plan, { fenced: false })].join("\n"));
    expect(ratios(sheet)).toEqual([40, 60]);
  });
});

describe(`the ${QMD} fixture`, () => {
  it("reads as its writer meant: the columns' panels, their widths, heights and quotes", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${QMD}.txt` });
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["MULTIMODALITY", "AGENTS"], ["COMPUTER USE", "PERVASIVE & INVISIBLE"], ["TEST-TIME TRAINING", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 35, 30, 25]);
    expect(kinds(panel(sheet, /MULTIMODALITY/))).toEqual(expect.arrayContaining(["flowchart", "table", "quote"]));
    expect(kinds(panel(sheet, /TEST-TIME/))).toEqual(expect.arrayContaining(["flowchart", "table"]));
    expect(quotes(panel(sheet, /AGENTS/).blocks).join()).toMatch(/human supervisor of agents/);
    expect(quotes(panel(sheet, /PERVASIVE/).blocks).join()).toMatch(/pervasive and invisible/);
    expect(JSON.stringify(sheet)).not.toMatch(/:::|\{\{<|\.smaller|%%\|/);
  });
});
