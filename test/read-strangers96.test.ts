// Chapters written by others, read as their writers meant: a dense closing summary a chat model made "denser" — five
// boxes in the middle row, a glossary sidebar down the two lower rows, rounded and `+--+` boxes mixed, the plan
// under `# Output Plan`, a bare `flowchart LR` under a section, a Python sample, six quotes signed three ways under
// a `### 💬 Quotes` heading closing the takeaways, asked for at 16:9; and a sidebar at the legible minimum drawn
// wider. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const RECAP = "pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${RECAP}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const cites = (blocks: Block[]): (string | undefined)[] => blocks.flatMap((b) => (b.kind === "quote" ? [b.cite] : []));
const all = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const PLAN = ["## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 📌 Takeaways", "- three"];

describe("the plan under `# Output Plan`", () => {
  it("reads the sections under it as the plan", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { planHeading: "# Output Plan" }));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(warnings.join("\n")).not.toMatch(/no # Output Structure Plan section/);
  });

  it("leaves a heading going on past the name to what it says", async () => {
    const { warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { planHeading: "# Output planning notes" }));
    expect(warnings.join("\n")).toMatch(/no # Output Structure Plan section/);
  });
});

describe("quotes one a line, each signed its own way", () => {
  const plan = (lines: string[]): string[] => [...PLAN.slice(0, 2), ...lines, ...PLAN.slice(2)];

  it("reads a dash, a bracketed name and a tilde as three signatures of three quotes", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['> "Alpha is a vague recollection." — Karpathy', '> "Alpha is like working memory." (Andrej)', '> "Alpha needs tokens to think." ~ AK'])));
    const blocks = panel(sheet, /ALPHA/).blocks;
    expect(quotes(blocks)).toEqual(["Alpha is a vague recollection.", "Alpha is like working memory.", "Alpha needs tokens to think."]);
    expect(cites(blocks)).toEqual(["Karpathy", "Andrej", "AK"]);
  });

  it("keeps lines of which one is unsigned as one quote", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['> "Alpha is a vague recollection." — Karpathy', "> and it goes on in a second breath"])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toHaveLength(1);
  });
});

describe("a closing `### Quotes` sub-heading of quotes alone", () => {
  const QUOTE_BOX = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅰️ ALPHA           | | 💬 SAYS           |",
    "| a words            | | quotes            |",
    "+--------------------+ +-------------------+",
    "+------------------------------------------+",
    "| 📌 TAKEAWAYS                             |",
    "+------------------------------------------+",
  ];
  const quoted = ['> "Alpha is a vague recollection." — Karpathy', '> "Models need tokens to think." — Karpathy'];
  const plan = (head: string, body: string[]): string[] => ["## 1. 🅰️ Alpha", "- one", "## 2. 📌 Takeaways", "- three", head, ...body];

  it("is a section of quotes of its own, its quotes placed by meaning, not the last section's", async () => {
    const { sheet } = await readSheet(promptDoc(QUOTE_BOX, plan("### 💬 Quotes (put them near what they are about)", quoted)));
    expect(quotes(panel(sheet, /TAKEAWAYS/).blocks)).toEqual([]);
    expect(quotes(all(sheet))).toHaveLength(2);
    expect(panel(sheet, /TAKEAWAYS/).blocks.some((b) => b.kind === "paragraph" && /Quotes/.test(richText(b.text)))).toBe(false);
  });

  it("stays the section's when it holds more than quotes", async () => {
    const { sheet } = await readSheet(promptDoc(QUOTE_BOX, plan("### 💬 Quotes", [...quoted, "", "- and a point"])));
    expect(quotes(panel(sheet, /TAKEAWAYS/).blocks)).toHaveLength(2);
  });
});

describe("a sidebar down two rows at the legible minimum", () => {
  const SIDEBAR = [
    "+------------------------------------------------------------+",
    "| 🍌 TITLE 🍌                                                |",
    "+------------------------------------------------------------+",
    "+---------------+ +---------------+ +---------------+ +------+",
    "| 🅰️ ALPHA      | | 🅱️ BETA       | | 🆎 GAMMA      | | 📖   |",
    "| a words       | | b words       | | c words       | | SIDE |",
    "+---------------+ +---------------+ +---------------+ |      |",
    "+-------------------------------+ +-----------------+ |      |",
    "| 🆑 DELTA                      | | 🆒 EPSILON      | |      |",
    "+-------------------------------+ +-----------------+ +------+",
    "+------------------------------------------------------------+",
    "| 📌 TAKEAWAYS                                               |",
    "+------------------------------------------------------------+",
  ];
  const rows = Array.from({ length: 7 }, (_, k) => `| Term ${k} | a long definition of the term number ${k} that runs on over several lines in a narrow column of the page |`);
  const plan = ["## 1. 🅰️ Alpha", "- one point", "## 2. 🅱️ Beta", "- two", "## 3. 🆎 Gamma", "- three", "## 4. 🆑 Delta", "- four", "## 5. 🆒 Epsilon", "- five", "## 6. 📖 Side", "| Term | Definition |", "|---|---|", ...rows, "## 7. 📌 Takeaways", "- t"];

  it("is drawn wider, the boxes beside it narrower, rather than left overflowing", async () => {
    const { sheet } = await readSheet(promptDoc(SIDEBAR, plan), { page: "16:9" });
    expect(panel(sheet, /SIDE|Side/).rowSpan).toBe(2);
    const laid = layoutSheet(sheet, { page: "16:9" });
    const side = laid.panels.find((p) => /SIDE|Side/.test(p.title))!;
    const alpha = laid.panels.find((p) => /ALPHA/.test(p.title))!;
    expect(side.overflowPx).toBe(0);
    expect(side.box.width).toBeGreaterThan(alpha.box.width * 0.6);
    expect(laid.panels.every((p) => !p.overflow)).toBe(true);
  });
});

describe("a box's line noting the form its content takes", () => {
  const doc = (line: string, plan: string[]): string =>
    promptDoc(
      ["┌──────────────────────────────────┐", "│ 🍌 TITLE 🍌                      │", "└──────────────────────────────────┘", "┌──────────────────────────────────┐", "│ 🗂️ GLOSSARY                      │", `│ ${line.padEnd(33)}│`, "└──────────────────────────────────┘"],
      ["## 🗂️ Glossary", ...plan],
    );
  const TABLE = ["| Term | 정의 |", "|---|---|", "| Token | 텍스트 조각 |"];
  const CODE = ["```python", 'prompt = "Use code."', "```"];

  it("drops `(python sample)` once the code is drawn, `용어 6개` or `정의 길게` once the table is, `용어` once the terms are", async () => {
    for (const [line, plan, kind] of [["(python sample)", CODE, "code"], ["용어 6개", TABLE, "table"], ["정의 길게", TABLE, "table"], ["12 terms", TABLE, "table"], ["용어", ["- token: 조각"], "bullets"]] as const) {
      const p = panel((await readSheet(doc(line, [...plan]))).sheet, /GLOSSARY/);
      expect(p.lead.map(richText), line).toEqual([]);
      expect(kinds(p), line).toEqual([kind]);
    }
  });

  it("keeps the note when the box holds no such block", async () => {
    for (const [line, plan] of [["(python sample)", TABLE], ["용어 6개", ["- token: 조각"]]] as const) {
      const p = panel((await readSheet(doc(line, [...plan]))).sheet, /GLOSSARY/);
      expect(p.lead.map(richText).join(" "), line).toContain(line);
    }
  });
});

describe(RECAP, () => {
  it("reads the drawing's rows, the sidebar down the two lower ones, and the heights written in a sentence", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${RECAP}.txt` });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["THREE STAGES AT A GLANCE"],
      ["PRETRAIN", "SFT", "RL", "RLHF", "PSY", "GLOSSARY"],
      ["TOKENS TO THINK", "KARPATHY SAYS"],
      [expect.stringMatching(/^TAKEAWAYS/)],
    ]);
    expect(panel(sheet, /GLOSSARY/).rowSpan).toBe(2);
    expect(ratios(sheet)).toEqual([7, 13, 32, 30, 18]);
    expect(sheet.page).toBe("16:9");
  });

  it("reads the bare flowchart, the Python sample, the glossary table and six takeaways", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${RECAP}.txt` });
    expect(kinds(panel(sheet, /THREE STAGES/))).toEqual(["flowchart"]);
    const code = panel(sheet, /TOKENS TO THINK/).blocks.find((b) => b.kind === "code");
    expect(code?.kind === "code" && code.lang).toBe("python");
    const table = panel(sheet, /GLOSSARY/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(6);
    const take = panel(sheet, /TAKEAWAYS/).blocks.find((b) => b.kind === "bullets");
    expect(take?.kind === "bullets" && take.items.length).toBe(6);
  });

  it("draws the six quotes apart, each signed as written, none in the takeaways", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${RECAP}.txt` });
    expect(quotes(all(sheet))).toHaveLength(6);
    expect(cites(all(sheet))).toEqual(["Karpathy", "Andrej", "AK", "Karpathy", "Andrej Karpathy", "AK"]);
    expect(quotes(panel(sheet, /TAKEAWAYS/).blocks)).toEqual([]);
  });

  it("fits the glossary sidebar at 16:9 by drawing it wider", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${RECAP}.txt` });
    const laid = layoutSheet(sheet, { page: "16:9" });
    expect(laid.panels.find((p) => p.title === "GLOSSARY")!.overflowPx).toBe(0);
  });
});
