// Chapters written by others, read as their writers meant: a neural-network I/O chapter kept in reStructuredText
// (a Sphinx habit): the title over- and underlined in `=`, sections under `-` and `~`, a field list for its
// metadata, the layout drawing a literal block after `::`, `.. code-block:: mermaid`, a `.. list-table::` and a
// grid table with a `+===+` header rule, quotes as `.. epigraph::` and block quotes with `-- Name`, a `.. note::`
// holding the ratios; its sidebar's width said in words, its title spelled down the box, and a plan line asking
// for the flowchart `그림으로 바꿔 줘`. Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { rstSource } from "../src/read/prompt/rst-source.js";
import { asksToDraw } from "../src/read/prompt/draw-asks.js";
import { withoutSpelledTitle } from "../src/read/prompt/spelled-title.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NN = "nn-io-rst-sphinx-grid-table";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NN}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const widths = (sheet: Sheet): (number | undefined)[][] => sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels.map((p) => p.width)] : []));

/** A small RST prompt: title, a field list, the drawing after `::`, then the plan's sections under `~~~`. */
const rst = (plan: string[], o: { drawing?: string[]; after?: string[] } = {}): string =>
  [
    "=========",
    " Chapter",
    "=========",
    "",
    ":chapter: 4",
    ":author: Andrej Karpathy",
    "",
    "Layout",
    "------",
    "",
    "::",
    "",
    ...(o.drawing ?? [
      "    +------------------------------------------+",
      "    | 🍌 TITLE                                 |",
      "    +---------------------+--------------------+",
      "    | 🅰️ ALPHA             | 🅱️ BETA             |",
      "    +---------------------+--------------------+",
    ]),
    "",
    ...(o.after ?? []),
    "출력 계획 (Output Plan)",
    "-----------------------",
    "",
    ...plan,
    "",
  ].join("\n");

const ALPHA_BETA = ["1. 🅰️ Alpha", "~~~~~~~~~~~", "", "- one", "", "2. 🅱️ Beta", "~~~~~~~~~~", "", "- two"];

describe("a prompt kept in reStructuredText", () => {
  it("reads underlined titles as sections, `~~~~` no fence, and the field list as metadata", async () => {
    const { sheet } = await readSheet(rst(ALPHA_BETA));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    expect(sheet.meta.chapter).toBe(4);
    // The overlined title is the document's: the chapter's title, no field naming another.
    expect(sheet.meta.title).toBe("Chapter");
    expect(richText((panel(sheet, /BETA/).blocks[0] as Extract<Block, { kind: "bullets" }>).items[0]!)).toBe("two");
  });

  it("keeps every line where it was", () => {
    const text = rst(ALPHA_BETA);
    expect(rstSource(text).split("\n").length).toBe(text.split("\n").length);
  });

  it("leaves a Markdown prompt alone, `::` and setext titles and all", () => {
    const md = ["# Layout", "Note::", "", "Title", "=====", "", "Other", "-----", "", "```", "a", "```"].join("\n");
    expect(rstSource(md)).toBe(md);
  });

  it("reads a `.. code-block:: mermaid` as the flowchart it holds", async () => {
    const plan = [...ALPHA_BETA.slice(0, 4), "", ".. code-block:: mermaid", "   :caption: loop", "", "   flowchart LR", "       A[In] --> B[Out]", "", ...ALPHA_BETA.slice(4)];
    const { sheet } = await readSheet(rst(plan));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("flowchart");
  });

  it("reads a `.. list-table::` as a table, its first row the header", async () => {
    const plan = [...ALPHA_BETA.slice(0, 4), "", ".. list-table:: 예시", "   :header-rows: 1", "", "   * - Token", "     - 뜻", "   * - ``|Viewing``", "     - context", "", ...ALPHA_BETA.slice(4)];
    const { sheet } = await readSheet(rst(plan));
    const table = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table") as Extract<Block, { kind: "table" }>;
    expect(table.header.map(richText)).toEqual(["Token", "뜻"]);
    expect(table.rows.map((r) => r.map(richText))).toEqual([["|Viewing", "context"]]);
  });

  it("reads a grid table with a `+===+` header rule as a table, and a ruled drawing as no table", async () => {
    const grid = ["+-------+---------+", "| Token | 전       |", "+=======+=========+", "| Post  | 4%      |", "| (정답) |         |", "+-------+---------+", "| Case  | 3%      |", "+-------+---------+"];
    const { sheet } = await readSheet(rst([...ALPHA_BETA.slice(0, 4), "", ...grid, "", ...ALPHA_BETA.slice(4)]));
    const table = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table") as Extract<Block, { kind: "table" }>;
    expect(table.header.map(richText)).toEqual(["Token", "전"]);
    expect(table.rows.map((r) => r.map(richText))).toEqual([["Post (정답)", "4%"], ["Case", "3%"]]);
    const drawing = grid.filter((l) => !l.startsWith("+="));
    expect(rstSource(rst(ALPHA_BETA, { after: [...drawing, ""] }))).toContain(drawing.join("\n"));
  });

  it("reads `.. epigraph::` and block quotes after `..` as quotes, `-- Name` their speaker", async () => {
    const plan = [
      ...ALPHA_BETA,
      "",
      "3. 💬 Quotes",
      "~~~~~~~~~~~~",
      "",
      ".. epigraph::",
      "",
      "   The output is a probability for every token.",
      "",
      "   -- Andrej Karpathy",
      "",
      "..",
      "",
      "    We nudge the network.",
      "",
      "    -- Andrej Karpathy",
    ];
    const { sheet } = await readSheet(rst(plan));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).flatMap((p: Panel) => p.blocks);
    expect(quotes(all)).toEqual(["The output is a probability for every token.", "We nudge the network."]);
    expect(all.filter((b) => b.kind === "quote").map((b) => (b as Extract<Block, { kind: "quote" }>).cite)).toEqual(["Andrej Karpathy", "Andrej Karpathy"]);
  });
});

describe("a plan line asking for the chart to be turned into a picture", () => {
  it("is said to the designer: `그림으로 바꿔 줘`, `도식으로 변환해 주세요`", () => {
    expect(asksToDraw("아래 flowchart 를 그림으로 바꿔 줘.")).toBe(true);
    expect(asksToDraw("이 흐름을 도식으로 변환해 주세요")).toBe(true);
    expect(asksToDraw("파라미터 값을 바꿔 줘야 예측이 바뀐다")).toBe(false);
  });
});

describe("a sidebar's width said in words", () => {
  const drawing = [
    "    +------------------------------------------+",
    "    | 🍌 TITLE                                 |",
    "    +-----------------+---------------+--------+",
    "    | 🅰️ ALPHA         | 🅱️ BETA        | 📖 SIDE |",
    "    +-----------------+---------------+        |",
    "    | 🅲 GAMMA                         |        |",
    "    +-----------------+---------------+--------+",
    "    | 🅳 DELTA         | 📌 TAKEAWAYS            |",
    "    +-----------------+------------------------+",
  ];
  const plan = ["- 🅰️ Alpha: one", "- 🅱️ Beta: two", "- 📖 Side: three", "- 🅲 Gamma: four", "- 🅳 Delta: five", "- 📌 Takeaways: six"];
  const note = ["배치 비율 (세로): 타이틀 10% / 위 30% / 가운데 35% / 하단 25%.", "가로: 본문 75% + 사이드바 25%.", ""];

  it("gives the sidebar its share, not the other row of two boxes", async () => {
    const { sheet } = await readSheet(rst(plan, { drawing, after: note }));
    const [top, , bottom] = widths(sheet);
    expect(top![2]).toBe(0.25);
    expect(bottom).not.toEqual([0.75, 0.25]);
  });
});

describe("a title spelled down a narrow box", () => {
  const p = (title: string, lines: string[]): Panel => ({ id: "x", title, lead: lines.map((text) => [{ text }]), blocks: [] });

  it("is the title again, not text", () => {
    const got = p("Glossary", ["GLO", "SSA", "RY", "용어"]);
    withoutSpelledTitle(got);
    expect(got.lead.map(richText)).toEqual(["용어"]);
  });

  it("leaves short words that spell nothing of it", () => {
    const got = p("Glossary", ["GPU", "CPU"]);
    withoutSpelledTitle(got);
    expect(got.lead.map(richText)).toEqual(["GPU", "CPU"]);
  });
});

describe(`the fixture ${NN}`, () => {
  it("reads its panels, their contents and the note's heights as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["INPUT: TOKEN WINDOW", "OUTPUT: 100,277 PROBS", "Glossary"], ["TRAINING LOOP: NUDGE THE PARAMETERS"], ["QUOTES", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(sheet.meta.chapter).toBe(4);
    expect(sheet.meta.author).toBe("Andrej Karpathy");
    expect(sheet.meta.title).toBe("Neural Network I/O — 신경망의 입력과 출력");
    expect(kinds(panel(sheet, /^INPUT/))).toContain("table");
    expect(kinds(panel(sheet, /^OUTPUT/))).toContain("table");
    expect(kinds(panel(sheet, /^TRAINING/))).toContain("flowchart");
    expect(kinds(panel(sheet, /^Glossary/))).toContain("bullets");
    expect(quotes(panel(sheet, /^QUOTES/).blocks)).toHaveLength(3);
    expect(panel(sheet, /^Glossary/).width).toBe(0.2);
    expect(panel(sheet, /^Glossary/).lead.map(richText)).not.toContain("GLO");
    // The plan's ask to draw the flowchart is said to the designer.
    expect(panel(sheet, /^TRAINING/).blocks.map((b) => JSON.stringify(b)).join(" ")).not.toMatch(/그림으로 바꿔/);
    expect(warnings.join("\n")).not.toMatch(/metadata|code fence/);
  });
});
