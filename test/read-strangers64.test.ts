// Chapters written by others, read as their writers meant: a dense chapter of what comes next, its boxes drawn in a
// personal style (`o=====o` rules, `!` walls, the boxes of a row drawn apart), a sidebar down all three rows beside
// rows of three, two and two boxes; and a page whose sidebar mind map only fits written stacked, beside a table
// that then needs its row drawn taller and wider. Each rule is tested on a small input of its own and on the
// fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { tildeBoxes } from "../src/read/prompt/tilde-boxes.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "future-trends-bang-walls-sidebar-footnotes-comments";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🧭 Side", "- s", "## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Gamma", "- g"];

describe("boxes drawn with `o====o` rules and `!` walls", () => {
  // A sidebar down both rows; its walls run beside the lower row's top, drawn on the same lines.
  const BANG = [
    "o==========================================o",
    "!  🍌 TITLE 🍌                              !",
    "o==========================================o",
    "o============o o============o o=============o",
    "! 🧭 SIDE    ! ! 🅰️ ALPHA   ! ! 🅱️ BETA     !",
    "! one        ! ! a words    ! ! b words!    !",
    "! two        ! o============o o=============o",
    "! three      ! o============================o",
    "! four       ! ! 📌 GAMMA                   !",
    "!            ! ! g words                    !",
    "o============o o============================o",
  ];

  it("reads the boxes, the sidebar spanning both rows", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(BANG, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["SIDE", "ALPHA", "BETA"], ["GAMMA"]]);
    const row = sheet.rows[1]!;
    expect(row.kind === "panels" && row.panels[0]!.rowSpan).toBe(2);
    expect(warnings.join("\n")).not.toMatch(/no box diagram|repeats the one above/);
  });

  it("keeps a `!` inside a box's words as text", async () => {
    const { sheet } = await readSheet(promptDoc(BANG, PLAN));
    expect(JSON.stringify(panel(sheet, /BETA/))).toMatch(/b words!/);
  });

  it("reads `+====+` rules with `!` walls the same way", async () => {
    const plus = BANG.map((l) => l.replace(/o(?==)|(?<==)o/g, "+"));
    const { sheet } = await readSheet(promptDoc(plus, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["SIDE", "ALPHA", "BETA"], ["GAMMA"]]);
  });

  it("leaves `+====+` boxes with `|` walls as they were read", async () => {
    const piped = BANG.map((l) => l.replace(/o(?==)|(?<==)o/g, "+").replace(/(?<=^|\s)!(?=\s|$)/g, "|"));
    const { sheet } = await readSheet(promptDoc(piped, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["SIDE", "ALPHA", "BETA"], ["GAMMA"]]);
    expect(JSON.stringify(panel(sheet, /BETA/))).toMatch(/b words!/);
  });

  it("straightens a long drawing, a sidebar's walls beside every row", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => (i % 2 ? "! side       ! o============o" : "!            ! ! box words  !"));
    const long = ["o============o o============o", ...rows, "o============o o============o"].join("\n");
    const out = tildeBoxes(long).split("\n");
    expect(out[1]).toBe("|            | | box words  |");
    expect(out[2]).toBe("| side       | +------------+");
  });
});

describe("a sidebar's text beside two ASCII row borders", () => {
  const SIDE = [
    "+----------+ +---------+",
    "| 🧭 SIDE  | | ALPHA   |",
    "| one      | | a       |",
    "| two      | +---------+",
    "| three    | +---------+",
    "| four     | | BETA    |",
    "|          | | b       |",
    "+----------+ +---------+",
  ];

  it("is no border drawn twice: one box closes over the next, no warning", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(SIDE, ["## 🧭 Side", "- s", "## Alpha", "- a", "## Beta", "- b"]));
    expect(titles(sheet)).toEqual([["SIDE", "ALPHA"], ["BETA"]]);
    expect(warnings.filter((w) => /repeats the one above/.test(w))).toEqual([]);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the sidebar down three rows beside rows of three, two and two boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([
      ["title"],
      ["ROADMAP", "MULTIMODALITY", "AGENTS", "PERVASIVE"],
      ["COMPUTER USE", "TEST-TIME TRAINING"],
      ["WHERE TO KEEP TRACK", "한 줄 요약"],
    ]);
    const row = sheet.rows[1]!;
    expect(row.kind === "panels" && row.panels[0]!.rowSpan).toBe(3);
    expect(ratios(sheet)).toEqual([8, 32, 30, 30]);
    expect(sheet.meta.title).toBe("8. Preview of Things to Come");
    expect(warnings).toEqual([]);
  });

  it("puts each plan section in its box, though the plan's emoji or language differ from the drawing's", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /ROADMAP/))).toEqual(["mindmap"]);
    expect(kinds(panel(sheet, /AGENTS/))).toEqual(["bullets", "flowchart", "quote"]);
    expect(JSON.stringify(panel(sheet, /PERVASIVE/).blocks)).toMatch(/도구 안에 스며든/);
    expect(JSON.stringify(panel(sheet, /COMPUTER USE/).blocks)).toMatch(/키보드 \+ 마우스를 대신 조작/);
    expect(kinds(panel(sheet, /WHERE TO KEEP/))).toEqual(["table"]);
    expect(kinds(panel(sheet, /한 줄 요약/))).toEqual(["bullets"]);
    expect(JSON.stringify(sheet)).not.toMatch(/나중에 수정|\[\^\d\]/);
  });

  it("keeps each quote in the box its arrow names", async () => {
    const { sheet } = await readSheet(fixture());
    expect(quotes(panel(sheet, /MULTIMODALITY/).blocks)).toEqual([expect.stringMatching(/^These models will very rapidly become multimodal/)]);
    expect(quotes(panel(sheet, /AGENTS/).blocks)).toEqual([expect.stringMatching(/^Humans will become supervisors of agents/)]);
    expect(quotes(panel(sheet, /COMPUTER USE/).blocks)).toEqual([expect.stringMatching(/^Operator is an early example/)]);
    expect(quotes(panel(sheet, /TEST-TIME/).blocks)).toEqual([expect.stringMatching(/^The context window is a very finite/)]);
  });

  it("fits both pages whole: on A4 the stacked roadmap map leaves the resources table its every row", async () => {
    const { sheet } = await readSheet(fixture());
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet(sheet, { page });
      expect(laid.panels.filter((p) => p.overflow).map((p) => p.title), page).toEqual([]);
      expect(laid.panels.find((p) => p.title === "WHERE TO KEEP TRACK")!.blocks.some((b) => b.kind === "table"), page).toBe(true);
    }
  });
});
