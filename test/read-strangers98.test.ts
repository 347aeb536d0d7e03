// Chapters written by others, read as their writers meant: a Swiss cheese chapter kept as a Logseq page, every
// line a bullet nested by tabs (the headings too), page properties for its metadata, block properties and ids
// under blocks, block references, tasks for the writer's own to-dos, fences and tables inside bullets; and a
// mind-map section whose map came fenced above a note. Each rule is tested on a small input of its own and on
// the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { logseqPage } from "../src/read/prompt/logseq.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "swiss-cheese-logseq-outliner-page";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const words = (blocks: Block[]): string => JSON.stringify(blocks);

/** A small Logseq page: properties, the drawing in a bullet, then the plan's sections as nested bullets. */
const page = (plan: string[], o: { props?: string[] } = {}): string =>
  [
    ...(o.props ?? ["title:: Alpha and Beta", "chapter:: 7", "source:: https://youtu.be/x"]),
    "- ## Layout Structure",
    "  collapsed:: true",
    "\t- ```",
    ...TWO_BOXES.map((l) => `\t  ${l}`),
    "\t  ```",
    "- ## Output Structure Plan",
    "  id:: 6571a2f0-0000-4000-8000-000000000001",
    ...plan,
    "",
  ].join("\n");
const PLAN = ["\t- ### 🅰️ Alpha", "\t\t- one", "\t\t- two", "\t- ### 🅱️ Beta", "\t\t- three", "\t- ### 📌 Takeaways", "\t\t- four"];

describe("a page copied out of Logseq", () => {
  it("reads page properties as the metadata, bullet headings as headings, a plan section's bullets as its list", async () => {
    const { sheet, warnings } = await readSheet(page(PLAN));
    expect(sheet.meta.title).toBe("Alpha and Beta");
    expect(sheet.meta.chapter).toBe(7);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /ALPHA/)).filter((k) => k !== "paragraph")).toEqual(["bullets"]);
    expect(words(panel(sheet, /ALPHA/).blocks)).toMatch(/one.*two/);
    expect(warnings.join("\n")).not.toMatch(/collapsed|6571a2f0/);
  });

  it("keeps every line where it was, a fence's lines de-indented by the bullet's tabs", () => {
    const text = page(PLAN);
    const out = logseqPage(text).split("\n");
    expect(out).toHaveLength(text.split("\n").length);
    expect(out[3]).toBe("## Layout Structure");
    expect(out[4]).toBe("");
    expect(out[5]).toBe("```");
    expect(out[6]).toBe(TWO_BOXES[0]);
    expect(out[text.split("\n").indexOf("\t\t- three")]).toBe("- three");
  });

  it("shows a block reference as the words of the block with that id, and drops one the page does not hold", () => {
    const out = logseqPage(
      page([
        "\t- ### 🅰️ Alpha",
        "\t\t- see ((6571a2f0-0000-4000-8000-000000000001)) below",
        "\t\t- also ((6571a2f0-0000-4000-8000-00000000ffff)) here",
        "\t\t- 관련: ((6571a2f0-0000-4000-8000-00000000ffff))",
      ]),
    );
    expect(out).toContain("- see Output Structure Plan below");
    expect(out).toContain("- also here");
    expect(out).not.toMatch(/관련|\(\(/);
  });

  it("drops a task marker, and leaves out a task with nothing under it as the writer's note to self", () => {
    const out = logseqPage(page(["\t- ### 🅰️ Alpha", "\t\t- one", "\t\t- TODO 인용 위치 확인", "\t\t- DONE [#A] 색 정하기", "\t\t- LATER Parts", "\t\t\t- kept point"]));
    expect(out).not.toMatch(/TODO|DONE|인용 위치|색 정하기/);
    expect(out).toMatch(/^- Parts\n {2}- kept point$/m);
  });

  it("sets a table after a point in the point's content column, so it stays a table", async () => {
    const plan = ["\t- ### 🅰️ Alpha", "\t\t- one", "\t\t- | a | b |", "\t\t  |---|---|", "\t\t  | 1 | 2 |", ...PLAN.slice(3)];
    const { sheet } = await readSheet(page(plan));
    expect(kinds(panel(sheet, /ALPHA/)).filter((k) => k !== "paragraph")).toEqual(["bullets", "table"]);
  });

  it("reads a short label over nothing but a table as the table's heading, so the ratio table is found", async () => {
    const ratioTable = ["\t- 배치 비율", "\t\t- | 영역 | 비율 |", "\t\t  |---|---|", "\t\t  | 상단 | 10% |", "\t\t  | 중앙 | 60% |", "\t\t  | 하단 | 30% |"];
    const text = page(PLAN).replace("- ## Output Structure Plan", `${ratioTable.join("\n")}\n- ## Output Structure Plan`);
    expect(logseqPage(text)).toMatch(/^### 배치 비율$/m);
    const { sheet, warnings } = await readSheet(text);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("leaves a bulleted document without the outliner's properties or references alone", () => {
    const text = ["# Layout Structure", "- ## not a heading here", "\t- one", "\t- two", "\t- three", "\t- four", "\t- five"].join("\n");
    expect(logseqPage(text)).toBe(text);
  });

  it("reads a hostile 2,000-line page, every line kept", () => {
    const lines = ["title:: x"];
    for (let i = 0; i < 2000; i++) lines.push(`${"\t".repeat(i % 40)}- ${"((".repeat(5)}#[[${"a".repeat(30)} TODO:: ${"|".repeat(20)}`);
    expect(logseqPage(lines.join("\n")).split("\n")).toHaveLength(lines.length);
  });
});

describe("a mind-map section whose map came fenced above its list", () => {
  it("draws the list as the notes it is, not as a second map", async () => {
    const plan = ["## 🅰️ Alpha (Mind Map)", "```mermaid", "mindmap", "  root((Alpha))", "    one", "    two", "```", "- a note about the map", "## 🅱️ Beta", "- three", "## 📌 Takeaways", "- four"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /ALPHA/)).filter((k) => k !== "paragraph")).toEqual(["mindmap", "bullets"]);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(sheet.meta.chapter).toBe(16);
    expect(sheet.meta.sourceUrl).toBe("https://www.youtube.com/watch?v=7xTGNNLPyMI");
    expect(titles(sheet)).toEqual([["title"], ["SWISS CHEESE 모델", "9.11 vs 9.9"], ["STRAWBERRY: 약점 두 개가 겹친다"], ["USE CODE", "KARPATHY 어록", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 28, 32, 30]);
    expect(kinds(panel(sheet, /SWISS CHEESE/)).filter((k) => k !== "paragraph")).toEqual(["mindmap", "bullets"]);
    expect(kinds(panel(sheet, /9\.11/)).filter((k) => k !== "paragraph")).toEqual(["table", "bullets"]);
    expect(kinds(panel(sheet, /STRAWBERRY/)).filter((k) => k !== "paragraph")).toEqual(["flowchart", "bullets"]);
    expect(kinds(panel(sheet, /USE CODE/))).toContain("table");
    expect(quotes(panel(sheet, /KARPATHY/).blocks).map((q) => q.replace(/^"|"$/g, ""))).toEqual([
      "I think of it as the Swiss cheese model of LLM capabilities.",
      "You cannot always tell in advance where the holes are.",
      "Don't fully trust them — use them as tools and check their work.",
    ]);
    const all = JSON.stringify(sheet);
    expect(all).not.toMatch(/TODO|DONE|collapsed|id::|\(\(|\[\[(?![{[])|인용 위치|팔레트|관련:/);
    expect(warnings).toEqual([]);
  });
});
