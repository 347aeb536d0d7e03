// A chapter written by someone else, read as its writer meant: tool use (web search and the code interpreter)
// drawn with light box characters whose boxes share walls, the top border copied from a row border so it has a
// `┬` the title never comes down from; the row heights one line of named proportions (`비율: 헤더 1 : 본문 5 :
// 하단 3`) with a widths note naming the same bands; a sequence diagram of the search round trip; cells broken
// with `<br>`, takeaways numbered with keycaps and a keycap row standing in for them in the drawing.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { labelledRatios } from "../src/read/prompt/labelled-ratios.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TOOLS = "tool-use-search-shared-walls-sequence-keycaps";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${TOOLS}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet, k: number): number[] => {
  const r = sheet.rows[k]!;
  return r.kind === "panels" ? r.panels.map((p) => Math.round((p.width ?? 0) * 100)) : [];
};
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

// Boxes sharing walls; the top border has the middle row's `┬` though the title runs straight through it.
const SHARED = [
  "┌────────────────────────┬─────────────────┐",
  "│ 🍌 TITLE OF THE SHEET RUNS ACROSS HERE     │",
  "├────────────────────────┬─────────────────┤",
  "│ 🅰️ ALPHA               │ 🅱️ BETA          │",
  "│ a words                │ b words         │",
  "├────────────────────────┴─────────────────┤",
  "│ 📌 TAKEAWAYS                              │",
  "└──────────────────────────────────────────┘",
];

describe("a junction in a border line with the text under it running through its column", () => {
  it("hands down no wall: the title stays one box, and a warning names the junction", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(SHARED, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(sheet.meta.banner ?? "").toMatch(/TITLE OF THE SHEET RUNS ACROSS HERE/);
    expect(warnings).toContain("line 3: the junction at column 26 has no wall under it (the text below runs through it); read as a plain border");
    expect(warnings.join("\n")).not.toMatch(/assumed it continues|no junction/);
  });

  it("still takes a wall left out between padded words as a wall that continues", async () => {
    const gap = [...SHARED];
    gap[1] = "│ 🍌 TITLE LEFT               RIGHT HALF      │";
    const { warnings } = await readSheet(promptDoc(gap, PLAN));
    expect(warnings.join("\n")).toMatch(/a │ border is missing at column 26; assumed it continues/);
  });
});

describe("row heights as one line of named proportions beside the drawing", () => {
  const THREE = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├────────────────────────┬─────────────────┤",
    "│ 🅰️ ALPHA               │ 🅱️ BETA          │",
    "│ a words                │ b words         │",
    "├────────────────────────┴─────────────────┤",
    "│ 📌 TAKEAWAYS                              │",
    "└──────────────────────────────────────────┘",
  ];

  it("reads `비율: 헤더 1 : 본문 5 : 하단 3` as the rows' heights, with no warning of a missing ratio table", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(THREE, PLAN, { after: ["", "비율: 헤더 1 : 본문 5 : 하단 3", ""] }));
    expect(ratios(sheet)).toEqual([11, 56, 33]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("gives the bands a widths note names their widths", async () => {
    const { sheet } = await readSheet(promptDoc(THREE, PLAN, { after: ["", "비율: 헤더 1 : 본문 5 : 하단 3 (가로는 본문 7:3)", ""] }));
    expect(widths(sheet, 1)).toEqual([70, 30]);
  });

  it("takes a page's aspect or unnamed numbers for no heights", () => {
    expect(labelledRatios("비율: 16:9")).toBeUndefined();
    expect(labelledRatios("비율: 가로 16 : 세로 9")).toBeUndefined();
    expect(labelledRatios("비율: 1 : 5 : 3")).toBeUndefined();
    expect(labelledRatios("Ratio — title 1 / body 5 / footer 3")?.values).toEqual([1, 5, 3]);
  });

  it("reads a long hostile line as no ratios", () => {
    // Its time is in `npm run bench` (hostile inputs); here, what it answers.
    expect(labelledRatios(`비율: ${"헤더 1 : ".repeat(5000)}x`)).toBeUndefined();
    expect(labelledRatios(`비율: ${"가".repeat(20000)} 1 : ${"9".repeat(20000)}`)).toBeUndefined();
  });
});

describe("a row of keycap badges in a box", () => {
  const BADGES = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├────────────────────────┬─────────────────┤",
    "│ 🅰️ ALPHA               │ 📌 TAKEAWAYS     │",
    "│ a words                │ 1️⃣ 2️⃣ 3️⃣          │",
    "└────────────────────────┴─────────────────┘",
  ];

  it("stands in for the numbered list the plan writes there, and is not drawn", async () => {
    const plan = ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "1️⃣ first point", "2️⃣ second point", "3️⃣ third point"];
    const { sheet } = await readSheet(promptDoc(BADGES, plan));
    const box = panel(sheet, /TAKEAWAYS/);
    expect(box.lead).toEqual([]);
    expect(kinds(box)).toEqual(["bullets"]);
  });
});

describe("a sequence diagram drawn as the steps of its exchange", () => {
  const steps = async (seq: string[]): Promise<string[]> => {
    const plan = ["## 🅰️ Alpha", "```mermaid", "sequenceDiagram", ...seq, "```", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(TWO, plan));
    const chart = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "flowchart");
    return chart?.kind === "flowchart" ? chart.nodes.map((n) => n.label) : [];
  };
  const TWO = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├────────────────────────┬─────────────────┤",
    "│ 🅰️ ALPHA               │ 🅱️ BETA          │",
    "├────────────────────────┴─────────────────┤",
    "│ 📌 TAKEAWAYS                              │",
    "└──────────────────────────────────────────┘",
  ];

  it("numbers the steps after `autonumber`, from where and by how much it says, until `autonumber off`", async () => {
    expect(await steps(["  autonumber", "  U->>M: a", "  M->>S: b", "  autonumber off", "  S->>M: c", "  autonumber 10 5", "  M->>U: d", "  U->>M: e"])).toEqual([
      "1. U → M: a",
      "2. M → S: b",
      "S → M: c",
      "10. M → U: d",
      "15. U → M: e",
    ]);
  });

  it("names a participant made with `create`, and draws a message both ways (`<<->>`) as one", async () => {
    expect(await steps(["  participant M as Model", "  create participant C as Code", "  M-)C: run", "  M<<->>C: both ways", "  destroy C"])).toEqual(["Model → Code: run", "Model ↔ Code: both ways"]);
  });
});

describe(`the fixture ${TOOLS}`, () => {
  it("reads the drawing's banner and five panels, the named heights and the widths note", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${TOOLS}.txt` });
    expect(titles(sheet)).toEqual([["title"], ["WEB SEARCH 흐름", "WORKING MEMORY"], ["CODE INTERPRETER", "COUNTING DOTS", "TAKEAWAYS"]]);
    expect(sheet.meta.banner).toMatch(/TOOL USE 치트시트 — 모델에게 도구를 쥐여주기/);
    expect(ratios(sheet)).toEqual([11, 56, 33]);
    expect(widths(sheet, 1)).toEqual([70, 30]);
    expect(widths(sheet, 2)).toEqual([33, 33, 33]);
  });

  it("draws the search round trip as its exchange, step by step, with one warning that it is drawn as a flowchart", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${TOOLS}.txt` });
    const chart = panel(sheet, /WEB SEARCH/).blocks.find((b) => b.kind === "flowchart");
    expect(chart).toBeDefined();
    const labels = chart!.kind === "flowchart" ? chart!.nodes.map((n) => n.label) : [];
    // `autonumber`: each step says its number, as Mermaid's arrows do.
    expect(labels.map((l) => l.split(":")[0])).toEqual(["1. 👤 User → 🤖 Model", "2. 🤖 Model → 🌐 Search tool", "3. 🌐 Search tool → 🤖 Model", "4. 🤖 Model → 👤 User"]);
    expect(labels[1]).toMatch(/<SEARCH_START> 2024 Nobel Prize physics <SEARCH_END>/);
    expect(warnings.filter((w) => /sequenceDiagram/.test(w))).toEqual(["line 82: a sequenceDiagram is drawn as a flowchart of its messages, in order"]);
  });

  it("keeps the <br> breaks of the memory table's cells, the quotes with their English, and the keycap takeaways", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${TOOLS}.txt` });
    const memory = panel(sheet, /WORKING MEMORY/);
    const table = memory.blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" ? richText(table.rows[0]![1]!) : "").toBe("한 달 전에 읽은 책\n흐릿한 기억");
    expect(quotes(memory.blocks)).toEqual([
      "파라미터 속 지식은 흐릿한 기억이다 (The knowledge in the parameters is a vague recollection)",
      "컨텍스트 윈도우는 작업 기억이다 (The context window is the working memory)",
    ]);
    expect(quotes(panel(sheet, /CODE INTERPRETER/).blocks)).toHaveLength(2);
    const takeaways = panel(sheet, /TAKEAWAYS/);
    expect(takeaways.lead).toEqual([]);
    const list = takeaways.blocks[0];
    expect(list?.kind === "bullets" ? list.items.map((i) => richText(i).split(" ")[0]) : []).toEqual(["모르는", "컨텍스트", "계산과", "모델은"]);
  });
});
