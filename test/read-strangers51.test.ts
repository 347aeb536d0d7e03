// A chapter written by someone else, read as its writer meant: a base-model chapter whose plan is headed
// `# 출력 계획`, whose drawing sits in a double-line frame with each row's height written as a bare percent in
// the left margin (`30% ║`), one box holding a little sketch of a prompt window, a mind map whose labels are
// Mermaid markdown strings, and two quotes in an unnumbered `## 인용구` section after the numbered ones.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, MindNode, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "base-model-document-simulator-double-frame-margin-percent-mindmap-md";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const blocks = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const quotes = (sheet: Sheet): string[] => blocks(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const labels = (n: MindNode): string[] => [n.label, ...n.children.flatMap(labels)];
const lead = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map(richText);
const PLAN = ["## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 📌 Takeaways", "- three"];

describe("a plan headed 출력 계획", () => {
  it("is the output plan", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { planHeading: "# 출력 계획" }));
    expect(warnings.join("\n")).not.toMatch(/no # Output Structure Plan/);
    expect(kinds(panel(sheet, /ALPHA/))).toContain("bullets");
  });
});

describe("a bare percent in the drawing's left margin", () => {
  const framed = [
    "     ╔════════════════════════════════════╗",
    " 20% ║  🍌 TITLE                          ║",
    "     ║                                    ║",
    "     ║  ┌──────────────┐ ┌──────────────┐ ║",
    " 50% ║  │ 🅰️ ALPHA     │ │ 🅱️ BETA      │ ║",
    "     ║  │ a words      │ │ b words      │ ║",
    "     ║  └──────────────┘ └──────────────┘ ║",
    "     ║  ┌───────────────────────────────┐ ║",
    " 30% ║  │ 📌 TAKEAWAYS                  │ ║",
    "     ║  └───────────────────────────────┘ ║",
    "     ╚════════════════════════════════════╝",
  ];

  it("is the height of the row it stands beside", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(framed, PLAN));
    expect(ratios(sheet)).toEqual([20, 50, 30]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("is no height when the margin says more than the percent", async () => {
    const worded = framed.map((l) => l.replace(" 50% ║", "50% w║").replace(" 20% ║", "ab  ║").replace(" 30% ║", "cd  ║"));
    const { sheet } = await readSheet(promptDoc(worded, PLAN));
    expect(ratios(sheet)).not.toEqual([20, 50, 30]);
  });
});

describe("an unnumbered section of quotes after numbered sections", () => {
  const plan = [...PLAN, "", "## 인용구 (강의에서)", "", '> "Alpha is what the first box is about."', "", '> "Beta words, as the second box says."'];

  it("draws its quotes, each where it belongs", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(warnings.join("\n")).not.toMatch(/not numbered like the others/);
    expect(quotes(sheet)).toHaveLength(2);
  });

  it("still leaves out an unnumbered note that is not quotes", async () => {
    const { warnings } = await readSheet(promptDoc(TWO_BOXES, [...PLAN, "## 메모", "- 색은 파스텔로"]));
    expect(warnings.join("\n")).toMatch(/"메모" is not numbered like the others/);
  });
});

describe("a mind map's markdown-string labels", () => {
  it("lose their ** markers, as a flowchart's do", async () => {
    const mind = ["## 1. 🅰️ Alpha", "```mermaid", "mindmap", '  root(("`**Base** model`"))', '    ("`**Bold** branch`")', "      ::icon(fa fa-file)", "      plain *leaf*", "```", ...PLAN.slice(2)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, mind));
    const map = blocks(sheet).find((b) => b.kind === "mindmap");
    expect(map && map.kind === "mindmap" ? labels(map.root) : []).toEqual(["Base model", "Bold branch", "plain *leaf*"]);
  });
});

describe("a little box of labelled lines sketched inside a box", () => {
  const sketch = (plan: string[]): string =>
    promptDoc(
      [
        "┌──────────────────────────────────────────┐",
        "│ 🍌 TITLE                                 │",
        "└──────────────────────────────────────────┘",
        "┌────────────────────────┐ ┌───────────────┐",
        "│ 🅰️ ALPHA               │ │ 🅱️ BETA       │",
        "│  ┌──────────────────┐  │ │ b words       │",
        "│  │ cat: 고양이       │  │ │               │",
        "│  │ dog: ___ ← fill  │  │ │               │",
        "│  └──────────────────┘  │ │               │",
        "│  = a words             │ │               │",
        "└────────────────────────┘ └───────────────┘",
        "┌──────────────────────────────────────────┐",
        "│ 📌 TAKEAWAYS                             │",
        "└──────────────────────────────────────────┘",
      ],
      plan,
    );

  it("keeps its lines one a line", async () => {
    const { sheet } = await readSheet(sketch(["## 1. 🅱️ Beta", "- two", "## 2. 📌 Takeaways", "- three"]));
    expect(lead(sheet, /ALPHA/)).toEqual(["cat: 고양이", "dog: ___ ← fill", "= a words"]);
  });

  it("is left out once the plan pastes the same lines as code in that box", async () => {
    const { sheet } = await readSheet(sketch(["## 1. 🅰️ Alpha", "```", "cat: 고양이", "dog:", "```", "## 2. 🅱️ Beta", "- two", "## 3. 📌 Takeaways", "- three"]));
    expect(lead(sheet, /ALPHA/)).toEqual(["= a words"]);
    expect(kinds(panel(sheet, /ALPHA/))).toContain("code");
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the frame's boxes as panels, the margin percents as the rows' heights", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["BASE MODEL이란?", "LOSSY COMPRESSION"], ["FEW-SHOT PROMPTING", "REGURGITATION"], ["BASE MODEL로 ASSISTANT 만들기", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(warnings).toEqual([]);
  });

  it("draws the plan's mind map, tables, code and flowchart, and both quotes", async () => {
    const { sheet } = await readSheet(fixture());
    expect(blocks(sheet).map((b) => b.kind).sort()).toEqual(expect.arrayContaining(["mindmap", "table", "table", "code", "flowchart", "quote", "quote"]));
    const map = blocks(sheet).find((b) => b.kind === "mindmap");
    expect(map && map.kind === "mindmap" ? labels(map.root).join(" ") : "").not.toMatch(/\*\*/);
    expect(quotes(sheet).map((q) => q.slice(0, 20)).sort()).toEqual(["It's just a token-le", "The model has this i"]);
    // The prompt window's sketch is the code card the plan pastes: said once.
    expect(lead(sheet, /FEW-SHOT/)).toEqual(["= in-context learning"]);
  });

  it("puts the overview mind map, placed by room, in a panel nearly as large that holds less", async () => {
    // FEW-SHOT and REGURGITATION (35% row) are the largest; LOSSY COMPRESSION (30% row) is nearly as large and
    // holds three lines. Beside REGURGITATION's own table the map would crowd the table out of its panel.
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /LOSSY/))).toContain("mindmap");
    expect(kinds(panel(sheet, /REGURGITATION/))).toEqual(["table", "quote"]);
  });
});
