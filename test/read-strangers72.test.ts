// A chapter kept as LaTeX source: a `\documentclass` preamble with `\title{}` / `\author{}`, `\section{}`
// parts, `itemize` / `enumerate` lists (one nested), `quote` environments signed `--- Name`, `tabular` tables
// ruled with `\hline`, the drawing and a Mermaid diagram in `verbatim` blocks (the diagram named by a `% mermaid`
// comment), and the row heights in a `% 비율: 15/55/30` comment. Each rule is tested on a small input of its own
// and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { latexSource } from "../src/read/latex-source.js";
import { latexInline } from "../src/read/latex-inline.js";
import { bareRatios } from "../src/read/prompt/bare-ratios.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TEX = "nn-internals-tex-source-itemize-tabular-verbatim";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${TEX}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));

/** A small chapter in LaTeX: the two-box drawing in `verbatim`, two plan sections and a quote. */
const texDoc = (plan: string[], layoutNote: string[] = []): string =>
  [
    "\\documentclass{article}",
    "\\usepackage{kotex}",
    "\\title{Alpha and Beta}",
    "\\author{Someone \\\\ notes}",
    "\\begin{document}",
    "\\maketitle",
    "\\section{Source Text}",
    "Alpha is \\textbf{one}, beta is \\emph{two}.",
    "",
    "\\section{Layout Structure}",
    "\\begin{verbatim}",
    ...TWO_BOXES,
    "\\end{verbatim}",
    ...layoutNote,
    "",
    "\\section{Output Structure Plan}",
    ...plan,
    "\\end{document}",
  ].join("\n");

describe("a prompt kept as LaTeX source", () => {
  const plan = [
    "\\subsection*{🅰️ Alpha}",
    "\\begin{itemize}",
    "  \\item first \\texttt{code}",
    "  \\item second",
    "  \\begin{enumerate}",
    "    \\item inner one",
    "    \\item inner two",
    "  \\end{enumerate}",
    "\\end{itemize}",
    "\\subsection*{🅱️ Beta}",
    "\\begin{tabular}{|l|l|}",
    "\\hline",
    "\\textbf{Name} & \\textbf{Value} \\\\ \\hline",
    "a & 1 \\\\ \\hline",
    "b & 2 \\\\ \\hline",
    "\\end{tabular}",
    "\\begin{quote}",
    "``Beta is like working memory.'' \\\\",
    "--- Andrej Karpathy",
    "\\end{quote}",
  ];

  it("is read as the prompt document it is, its metadata from the preamble", async () => {
    const { sheet } = await readSheet(texDoc(plan));
    expect(sheet.meta.title).toBe("Alpha and Beta");
    expect(sheet.meta.author).toBe("Someone · notes");
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("draws itemize as bullets (nested enumerate kept), tabular as a table and quote as a signed quote", async () => {
    const { sheet } = await readSheet(texDoc(plan));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    const text = JSON.stringify(panel(sheet, /ALPHA/).blocks);
    expect(text).toMatch(/inner two/);
    expect(text).not.toMatch(/\\item|\\texttt/);
    const beta = panel(sheet, /BETA/);
    expect(kinds(beta)).toContain("table");
    const table = beta.blocks.find((b) => b.kind === "table");
    expect(JSON.stringify(table)).toMatch(/"Name"[\s\S]*"Value"[\s\S]*"b"[\s\S]*"2"/);
    expect(JSON.stringify(table)).not.toMatch(/hline|&/);
    const q = beta.blocks.find((b) => b.kind === "quote");
    expect(q && richText(q.kind === "quote" ? q.text : [])).toMatch(/^“?Beta is like working memory\.”?$/);
    expect(JSON.stringify(q)).toMatch(/Andrej Karpathy/);
  });

  it("reads a verbatim block a `% mermaid` comment names as a Mermaid diagram", () => {
    const out = latexSource(["\\documentclass{article}", "\\begin{document}", "% mermaid", "\\begin{verbatim}", "flowchart LR", "  A --> B", "\\end{verbatim}", "\\end{document}"].join("\n"));
    expect(out.split("\n")).toEqual(["", "", "", "```mermaid", "flowchart LR", "  A --> B", "```", ""]);
  });

  it("reads an item typed on the line opening its list, and a list closed on its last item's line", () => {
    const out = latexSource(["\\documentclass{article}", "\\begin{document}", "\\begin{itemize} \\item first", "\\item last \\end{itemize}", "after", "\\end{document}"].join("\n"));
    expect(out.split("\n")).toEqual(["", "", "- first", "- last", "after", ""]);
  });

  it("keeps every line where it was", () => {
    const text = texDoc(plan);
    expect(latexSource(text).split("\n")).toHaveLength(text.split("\n").length);
  });

  it("leaves a Markdown prompt quoting a TeX snippet alone", () => {
    const md = ["# Source Text", "\\section{Intro}", "\\section{Body}", "", "## Layout Structure"].join("\n");
    expect(latexSource(md)).toBe(md);
  });

  it("writes LaTeX's marks as Markdown's, and leaves math to the math reader", () => {
    expect(latexInline("\\textbf{a \\emph{b}} and ``c'' --- d \\\\")).toBe("**a *b*** and “c” — d");
    expect(latexInline("처음엔 random \\\\ $\\rightarrow$ training")).toBe("처음엔 random $\\rightarrow$ training");
    expect(latexInline("범위 수십억~수조, Fig.~3, $y = f(x; \\theta)$")).toBe("범위 수십억~수조, Fig. 3, $y = f(x; \\theta)$");
  });

  it("reads a hostile document, every line kept", () => {
    const hostile = ["\\documentclass{x}", ...Array.from({ length: 2000 }, (_, k) => `${"\\textbf{".repeat(40)}${"{".repeat(k % 50)} ~~-- \\item & \\\\`)].join("\n");
    expect(latexSource(hostile).split("\n")).toHaveLength(hostile.split("\n").length);
  });
});

describe("row heights as a bare ratio line", () => {
  it("reads `비율: 20/80` under the drawing as the box rows' heights, the title row added thin", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two"], { after: ["비율: 20/80"] }));
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
    expect(ratios(sheet)).toEqual([10, 18, 72]);
  });

  it("takes numbers that are no shares of a page for none", () => {
    expect(bareRatios("비율: 16:9")).toBeUndefined();
    expect(bareRatios("비율: 15/55/30")).toEqual({ values: [15, 55, 30], percent: true });
    expect(bareRatios("비율: 15/55/30 정도, 가로는 반반")).toBeUndefined();
  });
});

describe(`the fixture ${TEX}`, () => {
  it("is read as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(warnings).toEqual([]);
    expect(sheet.meta.title).toBe("5. Neural Network Internals — 신경망 내부 구조");
    expect(sheet.meta.banner).toBe("NEURAL NETWORK INTERNALS — 신경망 내부 구조");
    expect(titles(sheet)).toEqual([["title"], ["PARAMETERS = KNOBS", "BIG MATH EXPRESSION"], ["TRANSFORMER PIPELINE"], ["NOT A BRAIN", "QUOTES", "TAKEAWAYS"]]);
    // `% 비율: 15/55/30`: the three rows of boxes, the title row thin above them.
    const r = ratios(sheet);
    expect(r[2]).toBeGreaterThan(r[3]!);
    expect(r[3]).toBeGreaterThan(r[1]!);
    expect(r[0]).toBeLessThan(r[1]!);
    expect(kinds(panel(sheet, /TRANSFORMER/))).toEqual(expect.arrayContaining(["flowchart", "table"]));
    expect(kinds(panel(sheet, /NOT A BRAIN/))).toEqual(expect.arrayContaining(["table", "mindmap"]));
    expect(quotes(panel(sheet, /QUOTES/).blocks)).toHaveLength(3);
    expect(JSON.stringify(sheet)).not.toMatch(/\\(textbf|emph|texttt|item|begin|end|hline)\b/);
  });
});
