// Chapters written by others, read as their writers meant: a Llama 3.1 base-model chapter kept in a Colab notebook
// and handed over as the notebook's JSON itself (Markdown cells holding the prompt, some of their Korean escaped as
// \uXXXX, one code cell building the prompt and calling the image model, with a stored error output).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { notebook } from "../src/read/prompt/notebook.js";
import { richText } from "../src/read/prompt/rich.js";
import { outputName } from "../src/cli/files.js";
import { isChapterFile } from "../src/serve/chapters.js";
import { TWO_BOXES, promptDoc, titles } from "./read-helpers.js";
import { run, tmp } from "./cli-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NB = "llama31-base-inference-colab-notebook-json";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NB}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allText = (sheet: Sheet): string => JSON.stringify(sheet);
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** A notebook as Jupyter writes it (indent 1), its Markdown cells' sources lists of lines each keeping its "\n". */
const ipynb = (markdown: string[], code = 'import os\nclient = genai.Client(api_key="SECRET")\nprint(len(prompt))'): string => {
  const lines = (s: string) => s.split("\n").map((l, i, a) => (i < a.length - 1 ? `${l}\n` : l));
  const cells = [
    ...markdown.map((m) => ({ cell_type: "markdown", metadata: {}, source: lines(m) })),
    { cell_type: "code", execution_count: 3, metadata: {}, outputs: [{ name: "stdout", output_type: "stream", text: ["1234 chars\n"] }], source: lines(code) },
  ];
  return JSON.stringify({ cells, metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
};

describe("a prompt kept in a Jupyter notebook, handed over as its JSON", () => {
  const doc = promptDoc(TWO_BOXES, PLAN);
  const [layout, plan] = [doc.slice(0, doc.indexOf("# Output Structure Plan")), doc.slice(doc.indexOf("# Output Structure Plan"))];

  it("reads its Markdown cells joined in order as the prompt, saying so", async () => {
    const { sheet, warnings } = await readSheet(ipynb([layout, plan]));
    expect(titles(sheet).flat()).toEqual(expect.arrayContaining(["ALPHA", "BETA", "TAKEAWAYS"]));
    expect(warnings[0]).toMatch(/^line 1: the prompt is a Jupyter notebook; read as its 2 Markdown cells joined in order; its code cell, with its outputs, is the sending script/);
  });

  it("leaves its code cells and their outputs off the sheet", async () => {
    const { sheet } = await readSheet(ipynb([layout, plan]));
    expect(allText(sheet)).not.toMatch(/api_key|SECRET|import os|1234 chars/);
  });

  it("takes a cell's source written as one string, and \\uXXXX escapes, as Jupyter may write them", async () => {
    const text = JSON.stringify({ cells: [{ cell_type: "markdown", metadata: {}, source: `${layout}${plan.replace("Alpha", "알파")}` }], metadata: {}, nbformat: 4, nbformat_minor: 0 }).replace(/알파/g, "\\uc54c\\ud30c");
    const { sheet } = await readSheet(text);
    expect(JSON.stringify(sheet)).toMatch(/one/);
    expect(notebook(text)?.text).toContain("## 🅰️ 알파");
  });

  it("puts a note about the joined text on the file line its source string is on", () => {
    const text = ipynb(["# Title\nfirst line", "second cell\nsecond line"]);
    const nb = notebook(text)!;
    const fileLines = text.split("\n");
    const at = nb.text.split("\n").indexOf("second line");
    expect(fileLines[nb.lines[at]! - 1]).toContain('"second line"');
    expect(fileLines[nb.lines[0]! - 1]).toContain('"# Title\\n"');
  });

  it("gives the sheet's blocks the file's lines as their source lines", async () => {
    const text = ipynb([layout, plan]);
    const { sheet } = await readSheet(text);
    const bullets = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "bullets" && JSON.stringify(b).includes("one"))!;
    // The section's heading line, as in a plain prompt: here the notebook line holding it.
    expect(text.split("\n")[bullets.at!.line! - 1]).toContain('"## 🅰️ Alpha\\n"');
  });

  it("reads the prompt from the code's triple-quoted strings when they hold it, not the notebook's title cell", async () => {
    const code = [
      "from google import genai",
      'client = genai.Client(api_key="SECRET")',
      'layout = """',
      ...layout.split("\n"),
      '"""',
      "plan = f'''",
      ...plan.split("\n"),
      "'''",
      'prompt = f"""{layout}',
      "{plan}",
      '"""',
      'client.models.generate_content(model="gemini-2.5-flash-image", contents=[prompt])',
    ].join("\n");
    const { sheet, warnings } = await readSheet(ipynb(["# 치트시트 생성기"], code));
    expect(titles(sheet).flat()).toEqual(expect.arrayContaining(["ALPHA", "BETA", "TAKEAWAYS"]));
    expect(allText(sheet)).not.toMatch(/api_key|SECRET|genai|generate_content|\{plan\}/);
    expect(warnings[0]).toMatch(/^line 1: the prompt is a Jupyter notebook's script; read as the text of its code cells' triple-quoted strings/);
  });

  it("leaves JSON that is not a notebook alone", () => {
    expect(notebook('{"cells": [{"cell_type": "markdown", "source": ["# Source Text\\n"]}]}')).toBeUndefined();
    expect(notebook(promptDoc(TWO_BOXES, ['```json', '{"nbformat": 4, "cells": []}', "```", ...PLAN]))).toBeUndefined();
  });

  it("names outputs after the notebook without its .ipynb, and previews it among a folder's chapters", () => {
    expect(outputName("/tmp/llama31_base.ipynb")).toBe("llama31_base");
    expect(isChapterFile("llama31_base.ipynb")).toBe(true);
  });

  it("reads a notebook of 2,000 cells", () => {
    const cells = Array.from({ length: 2000 }, (_, i) => ({ cell_type: i % 2 ? "markdown" : "code", metadata: {}, outputs: [], source: [`line ${i} "quoted" [x] {y}\n`, "more\n"] }));
    const text = JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const nb = notebook(text)!;
    expect(nb.markdownCells).toBe(1000);
    expect(nb.lines.length).toBe(nb.text.split("\n").length);
  });
});

describe(`${NB} (the fixture, read as its writer meant)`, () => {
  it("reads the drawing's rows, titles and ratios", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([
      ["title"],
      ["BASE ≠ ASSISTANT", "STOCHASTIC", "405B"],
      ["REGURGITATION (Wikipedia)", "HALLUCINATION (cutoff 이후)"],
      ["PROMPTING A BASE MODEL"],
      ["KEY TAKEAWAYS", "TRY IT: Hyperbolic"],
    ]);
    expect(ratios(sheet)).toEqual([8, 22, 22, 33, 15]);
  });

  it("reads the frontmatter in the first cell and the escaped Korean of the others", async () => {
    const { sheet } = await readSheet(fixture());
    expect(sheet.meta.title).toBe("7. Llama 3.1 Base Model Inference");
    expect(sheet.meta.titleKr).toBe("7. Llama 3.1 베이스 모델 추론");
    expect(sheet.meta.chapter).toBe(7);
    expect(allText(sheet)).not.toMatch(/\\u[0-9a-f]{4}/i);
  });

  it("keeps all four quotes and none of the notebook's code or output", async () => {
    const { sheet } = await readSheet(fixture());
    const qs = quotes(panelsOf(sheet).flatMap((p) => p.blocks));
    expect(qs).toHaveLength(4);
    expect(qs).toEqual(expect.arrayContaining(["It's a token-level internet document simulator", "It's a kind of lossy compression of the internet"]));
    expect(allText(sheet)).not.toMatch(/GEMINI_API_KEY|userdata|generate_content|RESOURCE_EXHAUSTED|Traceback|9412 chars/);
  });

  it("gives the notebook note and the drawing's one slip, on the file's own lines", async () => {
    const { warnings } = await readSheet(fixture());
    expect(warnings[0]).toMatch(/^line 1: the prompt is a Jupyter notebook; read as its 6 Markdown cells/);
    const lines = fixture().split("\n");
    const slip = warnings.find((w) => /no junction in the border line above/.test(w))!;
    expect(lines[Number(/^line (\d+)/.exec(slip)![1]) - 1]).toContain("KEY TAKEAWAYS");
  });
});

describe("the CLI given the notebook file itself", () => {
  it("builds a .ipynb input, naming its outputs without the extension", () => {
    const dir = tmp();
    copyFileSync(join(FIXTURES_DIR, "prompts", `${NB}.txt`), join(dir, "llama31_base.ipynb"));
    const r = run(["build", "llama31_base.ipynb", "-o", "out", "--format", "svg"], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, "out", "llama31_base.svg"))).toBe(true);
    expect(r.stderr).toMatch(/llama31_base\.ipynb: warning: line 1: the prompt is a Jupyter notebook/);
  }, 120_000);
});
