// Chapters written by others, read as their writers meant: a GPT-2 training chapter whose layout is drawn in
// Unicode block elements (`▛▀▀▜` / `▌ ▐` / `▙▄▄▟` boxes under a `▄▄▄` / `█ █` / `▀▀▀` title), whose widths are
// said as spans of a 12-column grid (`col 8 / col 4`, `span-8`), whose training schedule is a mermaid gantt and
// whose quotes are Korean first with the English original in brackets; and a section's own list, moved out of its
// crowded panel for room, going back when a later move leaves room there. Each rule is tested on a small input of
// its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { readSheet } from "../src/read/index.js";
import { blockBoxes } from "../src/read/prompt/block-boxes.js";
import { ganttTable } from "../src/read/prompt/gantt.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const GPT2 = "gpt2-training-block-elements-grid-spans-gantt-korean-first-quotes";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${GPT2}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** A title over 🅰️ ALPHA and 🅱️ BETA, then 📌 TAKEAWAYS, in quadrant blocks under a half-block title. */
const BLOCK_BOXES = [
  "▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄",
  "█ 🍌 TITLE 🍌                              █",
  "▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀",
  "▛▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▜ ▛▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▜",
  "▌ 🅰️ ALPHA           ▐ ▌ 🅱️ BETA            ▐",
  "▌ a words           ▐ ▌ b words            ▐",
  "▙▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▟ ▙▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▟",
  "█▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀█",
  "█ 📌 TAKEAWAYS                             █",
  "█▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄█",
];

describe("boxes drawn in Unicode block elements", () => {
  it("reads quadrant frames and half-block frames as the boxes they draw", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(BLOCK_BOXES, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(warnings.join("\n")).not.toMatch(/no box diagram|default layout/);
  });

  it("rewrites each block as the light box character in its place, columns kept", () => {
    const out = blockBoxes(["▛▀▀▀▜", "▌ a ▐", "▙▄▄▄▟"].join("\n"));
    expect(out).toBe(["┌───┐", "│ a │", "└───┘"].join("\n"));
    expect(blockBoxes(["▄▄▄▄▄", "█ a █", "▀▀▀▀▀"].join("\n"))).toBe(["┌───┐", "│ a │", "└───┘"].join("\n"));
  });

  it("keeps a bar typed in blocks inside a box as text", () => {
    const out = blockBoxes(["▛▀▀▀▀▀▀▀▀▀▀▀▀▀▜", "▌ ██████░░░░  ▐", "▙▄▄▄▄▄▄▄▄▄▄▄▄▄▟"].join("\n"));
    expect(out.split("\n")[1]).toBe("│ ██████░░░░  │");
  });

  it("leaves a banner or a bar chart of blocks with no walls alone", () => {
    const chart = ["▄▄▄▄▄▄▄▄", "████████ 80%", "▀▀▀▀▀▀▀▀"].join("\n");
    expect(blockBoxes(chart)).toBe(chart);
  });
});

describe("a mermaid gantt in the plan", () => {
  const gantt = [
    "```mermaid",
    "gantt",
    "    title Run",
    "    dateFormat HH:mm",
    "    section 준비",
    "    tokenize :done, prep, 00:00, 1h",
    "    section 학습",
    "    train :active, t, after prep, 21h",
    "    eval :after t, 1h",
    "    ship :milestone, m, 23:00, 0h",
    "```",
  ];

  it("is drawn as a table of its tasks, each with its start and length, titled, with a warning saying so", async () => {
    const plan = [...PLAN.slice(0, 2), ...gantt, ...PLAN.slice(2)];
    const { sheet, warnings } = await readSheet(promptDoc(BLOCK_BOXES, plan));
    const alpha = panel(sheet, /ALPHA/);
    expect(kinds(alpha)).toContain("table");
    expect(alpha.blocks.some((b) => b.kind === "paragraph" && richText(b.text) === "Run")).toBe(true);
    expect(warnings.join("\n")).toMatch(/gantt chart is drawn as a table/);
    expect(warnings.join("\n")).not.toMatch(/gantt is not drawn/);
  });

  it("names a task that starts after another by that task's name, a milestone by its mark", () => {
    const t = ganttTable(gantt.slice(1, -1).join("\n"))!.block;
    if (t.kind !== "table") throw new Error("not a table");
    const rows = t.rows.map((r) => r.map(richText));
    expect(t.header.map(richText)).toEqual(["section", "task", "start", "length"]);
    expect(rows).toEqual([
      ["준비", "tokenize", "00:00", "1h"],
      ["학습", "train", "after tokenize", "21h"],
      ["", "eval", "after train", "1h"],
      ["", "ship", "23:00", "◆"],
    ]);
  });
});

describe("widths said as spans of a column grid", () => {
  const heights = "세로는 제목 1, 위 줄 3, 아래 줄 2 정도.";

  it("gives each named box its span's share of the row", async () => {
    const { sheet } = await readSheet(promptDoc(BLOCK_BOXES, PLAN, { after: ["", "12-column grid 기준: ALPHA는 col 8 / BETA는 col 4.", "", heights] }));
    const row = sheet.rows[1]!;
    if (row.kind !== "panels") throw new Error("no panels row");
    expect(row.panels.map((p) => p.width)).toEqual([0.6667, 0.3333]);
  });

  it("reads `span-9` and `3/12` alike", async () => {
    const { sheet } = await readSheet(promptDoc(BLOCK_BOXES, PLAN, { after: ["", "ALPHA span-9, BETA 3/12.", "", heights] }));
    const row = sheet.rows[1]!;
    if (row.kind !== "panels") throw new Error("no panels row");
    expect(row.panels.map((p) => p.width)).toEqual([0.75, 0.25]);
  });

  it("does not take the column a box is placed in for its width", async () => {
    const { sheet } = await readSheet(promptDoc(BLOCK_BOXES, PLAN, { after: ["", "ALPHA goes in column 1, BETA in column 2.", "", heights] }));
    const row = sheet.rows[1]!;
    if (row.kind !== "panels") throw new Error("no panels row");
    expect(row.panels.map((p) => p.width)).not.toEqual([0.3333, 0.6667]);
  });
});

describe("the GPT-2 training chapter, read as its writer meant", () => {
  it("reads the block drawing's rows, the grid spans and the heights sentence", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["LOSS CURVE", "TRAINING LOG"], ["TRAINING TIMELINE", "H100 COST"], ["SAMPLES", "1M TOKEN BATCH", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([9, 36, 27, 27]);
    const widths = sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []));
    expect(widths[1]).toEqual([0.6667, 0.3333]);
    expect(widths[2]).toEqual([0.6667, 0.3333]);
    expect(warnings).toEqual(["line 102: a gantt chart is drawn as a table of its tasks, each with its start and length"]);
    expect(kinds(panel(sheet, /TRAINING TIMELINE/))).toContain("table");
  });

  it("keeps each quote whole, Korean first with the English original in brackets", async () => {
    const { sheet } = await readSheet(fixture());
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    expect(quotes(all)).toHaveLength(4);
    expect(quotes(all)).toContain("여기 한 줄 한 줄이 모델에 대한 업데이트 한 번입니다 (Every single line here is one update to the model)");
  });

  it("brings the cost section's own list back to H100 COST once a quote's move leaves room there", async () => {
    const { sheet } = await readSheet(fixture());
    const laid = layoutSheet(sheet, { page: "16:9" });
    const r = layoutReport(laid, 96, laid.sheet ?? sheet);
    const where = r.panels.filter((p) => p.blocks.some((b) => b.kind === "bullets" && /^싸진 이유/.test(b.text))).map((p) => p.title);
    expect(where).toEqual(["H100 COST"]);
    expect(laid.panels.every((p) => !p.overflow)).toBe(true);
  });
});
