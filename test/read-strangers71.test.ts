// Chapters written by others, read as their writers meant: a hallucinations chapter with no drawing, its layout a
// heading outline (`## Row 2 (50%)` over `### Box B: …`) with each box's content written under its own heading,
// one box said to span rows 2–3 on the right, a Mermaid flowchart with subgraphs inside a box, a bold term leading
// its numbered steps, and a quote typed under one box whose words are another box's title.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "hallucination-tools-heading-boxes-span-stray-quote";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const items = (b: Block | undefined): string[] => (b?.kind === "bullets" ? b.items.map(richText) : []);

/** A layout written as headings, each box's content under its heading; `boxD` the third box of row 2. */
const outlineDoc = (boxD = "### Box D: 🧠 GAMMA", extra: string[] = []): string =>
  [
    "# Layout + Plan",
    "## Row 1 — header (10%)",
    "### Box A: 🎯 THE TITLE",
    "- subtitle: a chapter of notes",
    "## Row 2 (55%)",
    "### Box B: 🅰️ ALPHA",
    "- alpha one",
    "- alpha two",
    "### Box C: 🅱️ BETA",
    "- beta one",
    ...extra,
    boxD,
    "- gamma one",
    "## Row 3 (35%)",
    "### Box E: 🔎 DELTA",
    "```mermaid",
    "flowchart TD",
    '    subgraph M["Model"]',
    "        Q[Question] --> K{Known?}",
    "    end",
    '    subgraph T["Tool"]',
    "        K --> S[Search]",
    "    end",
    "```",
    "### Box F: 📌 TAKEAWAYS",
    "- take one",
    "",
  ].join("\n");

describe("a layout written as row headings over box headings, each box's content under its own", () => {
  it("reads the rows, their heights and boxes from the headings, and the content under each box as its plan section", async () => {
    const { sheet, warnings } = await readSheet(outlineDoc());
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA", "GAMMA"], ["DELTA", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 55, 35]);
    expect(items(panel(sheet, /ALPHA/).blocks[0])).toEqual(["alpha one", "alpha two"]);
    expect(items(panel(sheet, /GAMMA/).blocks[0])).toEqual(["gamma one"]);
    expect(warnings.join("\n")).not.toMatch(/no # Output Structure Plan/);
  });

  it("draws a flowchart of subgraphs under a box as that box's chart, not as the page's rows", async () => {
    const { sheet } = await readSheet(outlineDoc());
    expect(kinds(panel(sheet, /DELTA/))).toEqual(["flowchart"]);
  });

  it("runs a box said to span rows 2–3 down through row 3, its note off its title", async () => {
    const { sheet } = await readSheet(outlineDoc("### Box D: 🧠 GAMMA — spans rows 2–3 on the right"));
    const gamma = panel(sheet, /GAMMA/);
    expect(gamma.title).toBe("GAMMA");
    expect(gamma.rowSpan).toBe(2);
    expect(titles(sheet)[2]).toEqual(["DELTA", "TAKEAWAYS"]);
    expect(items(gamma.blocks[0])).toEqual(["gamma one"]);
  });

  it("shows the title box's subtitle in the banner and says its other lines are not drawn", async () => {
    const doc = outlineDoc().replace("- subtitle: a chapter of notes", "- subtitle: a chapter of notes\n- motto: words for nowhere");
    const { sheet, warnings } = await readSheet(doc);
    expect(sheet.meta.banner).toBe("🎯 THE TITLE");
    expect(sheet.meta.tagline).toBe("a chapter of notes");
    expect(JSON.stringify(sheet.rows)).not.toMatch(/words for nowhere|a chapter of notes/);
    expect(warnings.join("\n")).toMatch(/title box's line "motto: words for nowhere" is not drawn/);
  });

  it("does not draw a box's note in brackets on where it stands", async () => {
    const doc = outlineDoc("### Box D: 🧠 GAMMA — spans rows 2–3 on the right").replace("- gamma one", "(this one is tall, goes down through row 3 on the right side)\n\n- gamma one");
    const { sheet } = await readSheet(doc);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/this one is tall/);
  });

  it("leaves `### Row 2` headings over list items to the list-of-columns reader", async () => {
    const doc = ["# Layout Structure", "### Row 1 — title", "- Column 1: 🍌 THE TITLE", "### Row 2", "- Column 1: 🅰️ ALPHA", "- Column 2: 🅱️ BETA", "# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", ""].join("\n");
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
  });

  it("reads a 2,000-line outline through", async () => {
    const rows = Array.from({ length: 40 }, (_, r) => [`## Row ${r + 2} (2%)`, ...Array.from({ length: 3 }, (_, b) => [`### Box ${b}: BOX ${r} ${b} ${"spans ".repeat(30)}`, `(${"row ".repeat(200)}`, ...Array.from({ length: 14 }, (_, k) => `- point ${k}`)]).flat()]).flat();
    const doc = ["# Layout + Plan", "## Row 1 — header (10%)", "### Box A: TITLE", ...rows, ""].join("\n");
    await readSheet(doc).catch(() => undefined);
  });
});

describe("a bold term leading its steps", () => {
  const plan = (lead: string): string =>
    ["# Layout Structure", "```", "+--------+--------+", "| 🅰️ ALPHA | 🅱️ BETA |", "+--------+--------+", "```", "# Output Structure Plan", "## 🅰️ Alpha", lead, "  1. step one", "  2. step two", "## 🅱️ Beta", "- two", ""].join("\n");

  it("keeps `- **Knowledge probing** (Meta):` over its numbered steps as their parent", async () => {
    const { sheet } = await readSheet(plan("- **Knowledge probing** (Meta, Llama 3):"));
    const list = panel(sheet, /ALPHA/).blocks[0];
    expect(items(list)).toEqual(["Knowledge probing (Meta, Llama 3):", "step one", "step two"]);
    expect(list?.kind === "bullets" && list.depths).toEqual([0, 1, 1]);
  });

  it("still unwraps a template's frame over its points", async () => {
    const { sheet } = await readSheet(plan("- 3-5 bullet points summarizing:"));
    expect(items(panel(sheet, /ALPHA/).blocks[0])).toEqual(["step one", "step two"]);
  });
});

describe("a quote typed under one section whose words are another section's title", () => {
  const doc = (quote: string): string =>
    ["# Layout Structure", "```", "+----------------+----------------+", "| 🅰️ ALPHA       | 🧠 VAGUE RECOLLECTION vs WORKING MEMORY |", "+----------------+----------------+", "```", "# Output Structure Plan", "## 🅰️ Alpha", "- one", "", `> "${quote}"`, "", "## 🧠 Vague Recollection vs Working Memory", "- two", ""].join("\n");

  it("goes to the section whose title it says", async () => {
    const { sheet } = await readSheet(doc("The parameters are a vague recollection, the context window is the working memory."));
    expect(quotes(panel(sheet, /VAGUE/i).blocks)).toHaveLength(1);
    expect(quotes(panel(sheet, /ALPHA/i).blocks)).toHaveLength(0);
  });

  it("stays when it is one of several quotes gathered under its box", async () => {
    const two = doc("The parameters are a vague recollection, the context window is the working memory.").replace('## 🧠 Vague', '> "Alpha is the first letter."\n\n## 🧠 Vague');
    const { sheet } = await readSheet(two);
    expect(quotes(panel(sheet, /ALPHA/i).blocks)).toHaveLength(2);
  });

  it("stays when it says no other section's whole title", async () => {
    const { sheet } = await readSheet(doc("Memory is a funny thing."));
    expect(quotes(panel(sheet, /ALPHA/i).blocks)).toHaveLength(1);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("is read as its writer meant: rows, ratios, the tall box, the chart and the quotes where they belong", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([
      ["title"],
      ["WHY MODELS HALLUCINATE (환각의 원인)", 'MITIGATION #1 — "I DON\'T KNOW" (모른다고 말하기)', "VAGUE RECOLLECTION vs WORKING MEMORY"],
      ["MITIGATION #2 — TOOL USE (도구 사용)", "KEY TAKEAWAYS (핵심 정리)"],
    ]);
    expect(ratios(sheet)).toEqual([15, 50, 35]);
    expect(panel(sheet, /VAGUE/).rowSpan).toBe(2);
    expect(kinds(panel(sheet, /VAGUE/))).toEqual(["table", "quote", "quote"]);
    expect(quotes(panel(sheet, /VAGUE/i).blocks)[1]).toMatch(/^The knowledge in the parameters is a vague recollection/);
    expect(quotes(panel(sheet, /MITIGATION #1/).blocks)).toEqual([]);
    expect(items(panel(sheet, /MITIGATION #1/).blocks[0])[0]).toBe("Knowledge probing (Meta, Llama 3):");
    expect(kinds(panel(sheet, /TOOL USE/))).toContain("flowchart");
    expect(sheet.meta.tagline).toBe("Deep Dive into LLMs · Ch. 9 · Andrej Karpathy");
    expect(warnings.join("\n")).not.toMatch(/no # Output Structure Plan|no row heights/);
  });
});
