// A sketch drawn inside a box with ASCII strokes (a loss curve) is kept as the writer typed it, a preformatted
// block of the panel, not text lines that lose their spacing and backslashes; a box's rules, tables and words stay
// its lines.
import { describe, expect, it } from "vitest";
import type { Block } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { panel, promptDoc } from "./read-helpers.js";

const box = (inner: string[]): string[] => [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+--------------------------+ +-------------+",
  ...inner,
  "+--------------------------+ +-------------+",
];
const row = (left: string, right = ""): string => `| ${left.padEnd(25)}| | ${right.padEnd(12)}|`;
const code = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "code" ? [b.text] : []));

describe("a sketch in a box", () => {
  it("is one block of the panel, stroke for stroke, its axis label with it", async () => {
    const doc = promptDoc(box([row("📉 LOSS", "🅱️ BETA"), row("  loss", "b words"), row("   |\\"), row("   | \\__"), row("   |    \\_____"), row("   +------------ step")]), ["## 📉 LOSS", "- falls fast, then slowly"]);
    const { sheet } = await readSheet(doc);
    const loss = panel(sheet, /LOSS/);
    expect(code(loss.blocks)).toEqual([["loss", " |\\", " | \\__", " |    \\_____", " +------------ step"].join("\n")]);
    expect(loss.lead).toEqual([]);
  });

  it("leaves a box's words, a rule and a table drawn in it as its lines", async () => {
    const doc = promptDoc(box([row("🅰️ ALPHA", "🅱️ BETA"), row("a | b | c", "b words"), row("---------"), row("1 | 2 | 3"), row("some words here")]), ["## 🅰️ ALPHA", "- a point"]);
    const { sheet } = await readSheet(doc);
    expect(code(panel(sheet, /ALPHA/).blocks)).toEqual([]);
  });
});
