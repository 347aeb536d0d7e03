// Chapters written by others, read as their writers meant: a tokenization chapter whose layout is a grid of
// coloured squares, one emoji a cell and one colour a box, with a legend under it naming each colour's box; whose
// quotes are blockquotes signed on a line of their own (`> — Andrej Karpathy`); whose image request says its page
// in words (`nineteen twenty by ten eighty`); whose pie has a slice too thin to round; and whose plan item points
// at `the table above` in another section. Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { pieRows } from "../src/read/prompt/mermaid.js";
import { spokenSizes } from "../src/read/prompt/spoken-sizes.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TOK = "tokenization-emoji-grid-colon-headings-pie";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${TOK}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

const gridDoc = (grid: string[], legend: string[], plan = PLAN): string =>
  ["# Layout", "", "Same colour = same box.", "", ...grid, "", ...legend, "", "The middle row should be the tallest.", "", "# Output Structure Plan", ...plan, ""].join("\n");
const LEGEND = ["🟨 = 🍌 TITLE (banner)", "🟦 = 🅰️ ALPHA", "🟩 = 🅱️ BETA", "🟥 = 📌 TAKEAWAYS"];

describe("a layout drawn as a grid of coloured squares with a legend", () => {
  it("reads each colour as a box: its run across a line its width, its lines its row's height", async () => {
    const { sheet, warnings } = await readSheet(gridDoc(["🟨🟨🟨🟨", "🟦🟦🟦🟩", "🟦🟦🟦🟩", "🟥🟥🟥🟥"], LEGEND));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    // The title row one line of squares cannot draw thinner gets 10%; the others share 90% by their lines, 2 : 1.
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    const [a, b] = [panel(sheet, /ALPHA/), panel(sheet, /BETA/)];
    expect(a.width! / (a.width! + b.width!)).toBeCloseTo(0.75, 1);
    expect(JSON.stringify(sheet)).not.toMatch(/\(banner\)|tallest/);
    expect(warnings.join("\n")).not.toMatch(/no row heights|default layout/);
  });

  it("reads a colour running down past the next row's start as a box spanning those rows", async () => {
    const legend = [...LEGEND, "🟪 = 🅿️ SIDE"];
    const { sheet } = await readSheet(gridDoc(["🟨🟨🟨🟨", "🟦🟦🟩🟪", "🟥🟥🟥🟪"], legend));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA", "SIDE"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /SIDE/).rowSpan).toBe(2);
  });

  it("takes a legend written on one line, and squares spaced apart", async () => {
    const { sheet } = await readSheet(gridDoc(["🟨 🟨 🟨 🟨", "🟦 🟦 🟩 🟩", "🟥 🟥 🟥 🟥"], ["🟨 = TITLE 🍌, 🟦 = 🅰️ ALPHA, 🟩 = 🅱️ BETA, 🟥 = 📌 TAKEAWAYS"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("leaves a grid whose colours the legend does not all name to the other readers", async () => {
    const { sheet } = await readSheet(gridDoc(["🟨🟨🟨🟨", "🟦🟦🟩🟩", "🟥🟥🟥🟥"], LEGEND.slice(0, 2)));
    expect(titles(sheet).flat()).not.toContain("ALPHA");
  });

  it("reads a long hostile grid fast", async () => {
    const ragged = Array.from({ length: 2000 }, (_, k) => (k % 2 ? "🟦🟦🟩🟩🟦🟩" : "🟥🟧🟨🟩🟦🟪🟫⬛⬜"));
    const even = Array.from({ length: 2000 }, (_, k) => (k % 2 ? "🟦🟩".repeat(40) : "🟩🟦".repeat(40)));
    await readSheet(gridDoc(ragged, LEGEND)).catch(() => undefined);
    await readSheet(gridDoc(even, LEGEND)).catch(() => undefined);
  });
});

describe("a blockquote signed on a line of its own", () => {
  it("draws the words, signed by the name, not the name among the words", async () => {
    const style = ["# Output Style", "4. **Quotes**:", "", "> Alpha is a very precious resource.", "> — Andrej Karpathy", ""];
    const { sheet } = await readSheet([...style, promptDoc(TWO_BOXES, PLAN)].join("\n"));
    const q = all(sheet).filter((b) => b.kind === "quote");
    expect(quotes(q)).toEqual(["Alpha is a very precious resource."]);
    expect(q[0]!.kind === "quote" && q[0]!.cite).toBe("Andrej Karpathy");
  });
});

describe("a page size said in words or by its screen standard", () => {
  const asked = (line: string): string => promptDoc(TWO_BOXES, PLAN) + ["# 이미지 생성 요청", line, ""].join("\n");
  it("reads `nineteen twenty by ten eighty` and `full HD` as 16:9", async () => {
    expect((await readSheet(asked("A landscape sheet, nineteen twenty by ten eighty pixels."))).sheet.page).toBe("16:9");
    expect((await readSheet(asked("A landscape sheet in full HD."))).sheet.page).toBe("16:9");
    expect((await readSheet(asked("A landscape sheet, nice and clean."))).sheet.page).toBe("a4");
  });
  it("writes the numbers words say, and leaves small counts alone", () => {
    expect(spokenSizes("one thousand nine hundred and twenty by one thousand and eighty")).toBe("1920x1080");
    expect(spokenSizes("thirty-eight forty by twenty-one sixty")).toBe("3840x2160");
    expect(spokenSizes("a two by two grid")).toBe("a two by two grid");
  });
});

describe("a pie slice too thin to round to a tenth of a percent", () => {
  it("is shown as <0.1%, not 0%", () => {
    const rows = pieRows(['pie title T', '    "Big" : 100000', '    "Tiny" : 21'].join("\n"))!.rows;
    expect(rows.map((r) => r[2])).toEqual(["100%", "<0.1%"]);
  });
});

describe("a plan item pointing at a table above", () => {
  const plan = (table: boolean): string[] => ["## 🅰️ Alpha", "| a | b |", "|---|---|", "| 1 | 2 |", "## 🅱️ Beta", ...(table ? ["| c | d |", "|---|---|", "| 3 | 4 |", ""] : []), "- two (see the table above)", "## 📌 Takeaways", "- three"];
  const beta = async (table: boolean): Promise<string> => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(table)));
    return all(sheet).flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : [])).find((t) => t.startsWith("two"))!;
  };
  it("leaves the pointer out when its own section has no table above it", async () => {
    expect(await beta(false)).toBe("two");
  });
  it("keeps it when the table it points at is above it in the same panel", async () => {
    expect(await beta(true)).toBe("two (see the table above)");
  });
});

describe(`the fixture ${TOK}`, () => {
  it("reads the grid's boxes, their rows and heights, and the page asked in words", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["BPE Merges", "Vocab Size"], ["Tiktokenizer Demo", "Why Spelling Is Hard", "Key Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(sheet.page).toBe("16:9");
    expect(warnings).toHaveLength(1);
    expect(kinds(panel(sheet, /BPE Merges/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /Vocab Size/)).slice(0, 2)).toEqual(["table", "table"]);
  });

  it("draws the three signed quotes as their words, each signed once", async () => {
    const { sheet } = await readSheet(fixture());
    const q = all(sheet).filter((b): b is Extract<Block, { kind: "quote" }> => b.kind === "quote");
    expect(quotes(q).sort()).toEqual([
      "Sequence length is actually a very finite and precious resource in a neural network.",
      "The model never sees the characters; it sees these tokens.",
      "You can think of every one of these as a unique ID, like a unique emoji.",
    ]);
    expect(q.every((b) => b.cite === "Andrej Karpathy")).toBe(true);
    expect(JSON.stringify(sheet)).not.toMatch(/see the table above|0%"/);
  });
});
