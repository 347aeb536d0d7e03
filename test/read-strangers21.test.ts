// Chapters written by others, read as their writers meant: a FineWeb chapter drawn with `+---+` corners and a
// sidebar down three rows, its plan numbered `①②③` then `4) 5)` then `⑥`; and an inference chapter with a
// double-framed title, a tall box beside three stacked ones (its loop sketched with a return arrow), its row
// heights in a sentence with an aside about widths, and quotes noted with the part of the sheet they are about.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { quoteNote } from "../src/read/prompt/quote-notes.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const plain = (b: Block): string => ("text" in b && Array.isArray(b.text) ? b.text.map((s) => s.text).join("") : "");
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => l.map((s) => s.text).join(""));

const FINEWEB = "fineweb-plus-corners-sidebar-pie";
const INFERENCE = "inference-sampling-double-title-stacked-right";

describe("a plan numbered with circled numbers and, among them, `4)`", () => {
  const plan = ["① 🅰️ Alpha", "", "- one", "", "② 🅱️ Beta", "", "- two", "", "3) 📌 Takeaways", "", "- three"];

  it("reads the `3)` line as a section of its own, not a list item of the section before", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toEqual(["bullets"]);
    const beta = panel(sheet, /BETA/).blocks.map((b) => (b.kind === "bullets" ? b.items.map((i) => i.map((s) => s.text).join("")) : []));
    expect(beta.flat()).toEqual(["two"]);
  });

  it("puts the fixture's filtering table and flowchart in the pipeline box, not the Common Crawl one", async () => {
    const { sheet } = await readSheet(fixture(FINEWEB));
    expect(kinds(panel(sheet, /FILTERING/))).toEqual(expect.arrayContaining(["flowchart", "table"]));
    expect(kinds(panel(sheet, /COMMON CRAWL/))).not.toContain("flowchart");
    expect(titles(sheet)).toEqual([["title"], ["DATA SOURCES", "FINEWEB 규모", "COMMON CRAWL"], ["FILTERING PIPELINE"], ["TOKENIZER 예시", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 25, 40, 25]);
  });
});

describe("a quote noted with the part of the sheet it is about", () => {
  const style = (note: string): string[] => ["# Output Style", "4. **Quotable Insights**:", `   - "Alpha words, all about alpha" — ${note}`];

  it("goes to the box whose title names what the note says it is about, not where its own words would", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, ["## Alpha", "- a", "## Delta", "- d", "## 📌 Takeaways", "- t"], { after: style("put this one with the part about the delta stage of the story") }));
    expect(kinds(panel(sheet, /DELTA/))).toContain("quote");
  });

  it("is a gloss, not a place, when it asks for no box", () => {
    expect(quoteNote('"Words" — put this one with the part about the delta stage')?.place).toBe("the delta stage");
    expect(quoteNote('"Words" — please place it in the box on frozen weights.')?.place).toBe("frozen weights");
    expect(quoteNote('"Words" — he said this about the delta stage of the story')).toBeUndefined();
  });

  it("puts the fixture's frozen-weights quote in that box", async () => {
    const { sheet } = await readSheet(fixture(INFERENCE));
    const quotes = panel(sheet, /FROZEN/).blocks.filter((b) => b.kind === "quote").map(plain);
    expect(quotes).toEqual([expect.stringMatching(/^The model is not learning anymore/)]);
  });
});

describe("row heights in a sentence with an aside in brackets about widths", () => {
  const drawn = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "└──────────────────────────────────────────┘",
    "┌──────────────────────┐┌─────────────────┐",
    "│ 🅰️ ALPHA             ││ 🅱️ BETA         │",
    "│                      │└─────────────────┘",
    "│                      │┌─────────────────┐",
    "│                      ││ 🧪 GAMMA        │",
    "└──────────────────────┘└─────────────────┘",
    "┌──────────────────────────────────────────┐",
    "│ 📌 TAKEAWAYS                             │",
    "└──────────────────────────────────────────┘",
  ];
  const plan = ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 🧪 Gamma", "- g", "## 📌 Takeaways", "- t"];

  it("reads one height per band, the tall box's band spread over its rows", async () => {
    const said = "Proportions: title ≈ 10%, main area ≈ 60% (left box ~55% of the width, right ~45%), bottom strip ≈ 30%.";
    const { sheet, warnings } = await readSheet(promptDoc(drawn, plan, { after: ["", said] }));
    const r = ratios(sheet);
    expect([r[0], r[1]! + r[2]!, r[3]]).toEqual([10, 60, 30]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("reads the fixture's bottom strip at the 22% asked", async () => {
    const { sheet } = await readSheet(fixture(INFERENCE));
    expect(ratios(sheet)[0]).toBe(10);
    expect(ratios(sheet).at(-1)).toBe(22);
  });
});

describe("a return arrow sketched under a chain in a box", () => {
  const sketched = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "└──────────────────────────────────────────┘",
    "┌──────────────────────────────────────────┐",
    "│ 🅰️ ALPHA                                 │",
    "│  [a] → b → c → [d]                       │",
    "│   ↑               │                      │",
    "│   └── go again ───┘                      │",
    "│  a words after                           │",
    "└──────────────────────────────────────────┘",
    "┌──────────────────────────────────────────┐",
    "│ 📌 TAKEAWAYS                             │",
    "└──────────────────────────────────────────┘",
  ];

  it("is the chart's, not lead lines of the box; the words after it stay", async () => {
    const { sheet } = await readSheet(promptDoc(sketched, ["## 📌 Takeaways", "- t"]));
    const lead = leadOf(sheet, /ALPHA/);
    expect(lead.join("\n")).not.toMatch(/↑|go again/);
    expect(lead).toContain("a words after");
  });

  it("gives no stray-border warning for the stroke that turns at the corner under it", async () => {
    const { warnings } = await readSheet(promptDoc(sketched, ["## 📌 Takeaways", "- t"]));
    expect(warnings.join("\n")).not.toMatch(/stray/);
    // A stroke over words, turning nowhere, is still a stray border.
    const loose = sketched.map((l) => (l.includes("go again") ? "│   words under a stray bar                │" : l));
    expect((await readSheet(promptDoc(loose, ["## 📌 Takeaways", "- t"]))).warnings.join("\n")).toMatch(/stray │/);
  });

  it("leaves the fixture's loop box without the arrow's stroke or label", async () => {
    const { sheet } = await readSheet(fixture(INFERENCE));
    expect(leadOf(sheet, /AUTOREGRESSIVE/).join("\n")).not.toMatch(/↑|append & feed back/);
  });
});

describe("a box sketching the chart its section draws", () => {
  const sidebar = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅰️ ALPHA           | | 🅱️ BETA           |",
    "| pie chart          | | b words           |",
    "| (by source)        | |                   |",
    "| Web pages          | |                   |",
    "| Books / Code       | |                   |",
    "| kept words here    | |                   |",
    "+--------------------+ +-------------------+",
    "+------------------------------------------+",
    "| 📌 TAKEAWAYS                             |",
    "+------------------------------------------+",
  ];
  const pie = ["```mermaid", "pie title Sources", '    "Web pages (crawl)" : 70', '    "Books" : 20', '    "Code" : 10', "```"];

  it("drops the chart's name, its remark and the lines naming its slices, once the panel draws it", async () => {
    const { sheet } = await readSheet(promptDoc(sidebar, ["## 🅰️ Alpha", ...pie, "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"]));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("table");
    expect(leadOf(sheet, /ALPHA/)).toEqual(["kept words here"]);
  });

  it("keeps them when the panel draws no chart", async () => {
    const { sheet } = await readSheet(promptDoc(sidebar, ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"]));
    expect(leadOf(sheet, /ALPHA/)).toEqual(expect.arrayContaining(["pie chart", "Books / Code"]));
  });

  it("keeps a line naming only one row: that may be the box's own point about it", async () => {
    const one = sidebar.map((l) => (l.includes("Books / Code") ? "| Books matter most  | |                   |" : l.includes("Web pages") ? "| Web pages          | |                   |" : l));
    const { sheet } = await readSheet(promptDoc(one.filter((l) => !l.includes("Web pages")), ["## 🅰️ Alpha", ...pie, "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"]));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["Books matter most", "kept words here"]);
  });

  it("leaves the fixture's sidebar with its pie and no sketch of it", async () => {
    const { sheet } = await readSheet(fixture(FINEWEB));
    expect(leadOf(sheet, /DATA SOURCES/)).toEqual([]);
    expect(kinds(panel(sheet, /DATA SOURCES/))[0]).toBe("table");
  });
});

describe("a box line beside code that uses its words", () => {
  const code = ["## 🅰️ Alpha", "```", "ids = enc.encode(text)", 'print(len(text), len(ids), "tokens")', "```", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "- t"];
  const boxes = TWO_BOXES.map((l) => l.replace("a words           ", "text → token ids  "));

  it("stays: a code line is no restatement of it", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, code));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("code");
    expect(leadOf(sheet, /ALPHA/).join(" ")).toMatch(/text → token ids/);
  });

  it("keeps the fixture's tokenizer box line", async () => {
    const { sheet } = await readSheet(fixture(FINEWEB));
    expect(leadOf(sheet, /TOKENIZER/)).toEqual(["text → token ids"]);
  });
});
