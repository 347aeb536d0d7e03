// A Markdown table's column alignment (`:---:` centre, `---:` right) read by both readers, drawn, and written back.
import { describe, expect, it } from "vitest";
import { layoutTable } from "../src/blocks/table/layout.js";
import type { TextMark } from "../src/model/positioned.js";
import { panelsOf, type Table } from "../src/model/sheet.js";
import { toSheetMarkdown } from "../src/export/markdown.js";
import { readSheet } from "../src/read/index.js";
import { promptDoc, TWO_BOXES } from "./read-helpers.js";

const TABLE = ["| 단계 | 손실 | 느낌 |", "|:---|---:|:---:|", "| step 1 | 11.0 | 완전 random |", "| step 32,000 | 3.0 | 그럴듯함 |"];
const doc = promptDoc(TWO_BOXES, ["## 🅰️ ALPHA", ...TABLE, "## 🅱️ BETA", "- b words", "## 📌 TAKEAWAYS", "1. t"]);
const tableOf = (blocks: { kind: string }[]): Table => blocks.find((b): b is Table => b.kind === "table")!;

describe("a table's column alignment", () => {
  it("is read from the rule under the header, in a prompt's plan and in sheet Markdown written back", async () => {
    const { sheet } = await readSheet(doc, { file: "t.txt" });
    const table = tableOf(panelsOf(sheet).flatMap((p) => p.blocks));
    expect(table.align).toEqual(["left", "right", "center"]);
    const md = toSheetMarkdown(sheet);
    expect(md).toMatch(/\| :-+ \| -+: \| :-+: \|/);
    const again = await readSheet(md, { file: "t.sheet.md" });
    expect(tableOf(panelsOf(again.sheet).flatMap((p) => p.blocks)).align).toEqual(["left", "right", "center"]);
  });

  it("is left out when no column sets one", async () => {
    const plain = promptDoc(TWO_BOXES, ["## 🅰️ ALPHA", "| a | b |", "| - | - |", "| 1 | 2 |", "## 🅱️ BETA", "- b words"]);
    const { sheet } = await readSheet(plain, { file: "t.txt" });
    expect(tableOf(panelsOf(sheet).flatMap((p) => p.blocks)).align).toBeUndefined();
  });

  it("sets a right column's short number against the column's right and a centred one in its middle", () => {
    const env = { fontPx: 15, minFontPx: 12, accent: "#2f9e44", palette: ["#2f9e44"], ink: "#22304a", seed: 1 };
    const cell = (text: string) => [{ text }];
    const table: Table = { kind: "table", header: [cell("name"), cell("value"), cell("note")], rows: [[cell("a long label here"), cell("7"), cell("x")], [cell("b"), cell("1,234,567"), cell("a longer note")]] };
    const markOf = (t: Table, text: string): TextMark =>
      layoutTable(t, env, { width: 600, height: 400 }).marks.filter((m): m is TextMark => m.kind === "text").find((m) => m.text === text)!;
    const xOf = (t: Table, text: string): number => markOf(t, text).x;
    const rightOf = (t: Table, text: string): number => markOf(t, text).x + markOf(t, text).width;
    const left = { x7: xOf(table, "7"), xx: xOf(table, "x") };
    const aligned = { ...table, align: [null, "right", "center"] as Table["align"] };
    // "7" is far narrower than "1,234,567" under it: set right, it moves most of that difference.
    expect(xOf(aligned, "7")).toBeGreaterThan(left.x7 + 30);
    expect(xOf(aligned, "x")).toBeGreaterThan(left.xx + 10);
    // Set right, a column's cells end together; the first column, unset, keeps its cells where they were.
    expect(rightOf(aligned, "7")).toBeCloseTo(rightOf(aligned, "1,234,567"), 1);
    expect(xOf(aligned, "a long label here")).toBe(xOf(table, "a long label here"));
  });
});
