// A chapter written by others, read as its writer meant: a compute chapter kept as Typst notes — `#set page(…)`
// and `#set text(…)` rules, `=` / `==` headings, `- ` and `+ ` lists, `*bold*` and `_emph_`, `#table(columns: 3,
// …)` calls (one cell with a `#footnote[…]`), `#quote(attribution: [..])[…]` and `#quote(block: true)[…]`, a
// `#grid(rows: (10%, 25%, …), …)` for the row heights, `//` and `/* */` comments. Each rule is tested on a small
// input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { typst } from "../src/read/typst.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "compute-h100-typst-notes-grid-rows-table-footnote";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const blocks = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (sheet: Sheet): { text: string; cite?: string }[] =>
  blocks(sheet).flatMap((b) => (b.kind === "quote" ? [{ text: richText(b.text), ...(b.cite ? { cite: b.cite } : {}) }] : []));

const DRAWING = [
  "```",
  "┌──────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                              │",
  "└──────────────────────────────────────────┘",
  "┌────────────────────┐ ┌───────────────────┐",
  "│ 🅰️ ALPHA           │ │ 🅱️ BETA           │",
  "│ a words            │ │ b words           │",
  "└────────────────────┘ └───────────────────┘",
  "┌──────────────────────────────────────────┐",
  "│ 📌 TAKEAWAYS                             │",
  "└──────────────────────────────────────────┘",
  "```",
];

/** A small prompt as Typst notes: rules, the drawing, the heights (as given), then the plan (as given). */
const typstDoc = (heights: string[], plan: string[]): string =>
  [
    "// notes",
    '#set document(title: [Alpha and Beta], author: "Andrej Karpathy")',
    "#set page(",
    '  paper: "a4",',
    "  flipped: true,",
    ")",
    "= Layout Structure",
    ...DRAWING,
    ...heights,
    "= Output Structure Plan",
    ...plan,
    "",
  ].join("\n");
const PLAN = ["== 🅰️ Alpha", "- one", "== 🅱️ Beta", "- two", "== 📌 Takeaways", "+ three", "+ four"];

describe("a prompt kept as a Typst document", () => {
  it("reads `=` headings as the template's parts and sections, `#set` rules as nothing drawn", async () => {
    const { sheet, warnings } = await readSheet(typstDoc([], PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(sheet.meta.title).toBe("Alpha and Beta");
    expect(JSON.stringify(sheet)).not.toMatch(/#set|paper:|flipped/);
    expect(warnings.join("\n")).not.toMatch(/no metadata block/);
  });

  it("writes `+ ` items as a numbered list, nested `- ` items under them", () => {
    const out = typst(typstDoc([], [...PLAN, "+ five", "  - under five"])).split("\n");
    expect(out.slice(-4, -1)).toEqual(["1. four", "1. five", "   - under five"]);
  });

  it("reads `*bold*` as bold and `_emph_` as emphasis, `//` and `/* */` comments as nothing", () => {
    const out = typst(typstDoc([], ["== 🅰️ Alpha", "- *GPU* 위의 _matmul_ // why", "/* draft", "  not this */", ...PLAN.slice(2)]));
    expect(out).toContain("- **GPU** 위의 *matmul*");
    expect(out).not.toMatch(/draft|not this|why/);
  });

  it("reads a `#table(…)` call as a table, `table.header(…)` its header, a `#footnote[…]` a note under it", async () => {
    const table = ["#table(", "  columns: 2,", "  table.header([*Item*], [*Value*]),", "  [GPU], [8× H100],", "  [Price], [~3 \\$/GPU·h #footnote[Lambda Labs, roughly.]],", ")"];
    const { sheet } = await readSheet(typstDoc([], ["== 🅰️ Alpha", ...table, ...PLAN.slice(2)]));
    const alpha = panel(sheet, /ALPHA/);
    const t = alpha.blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? t.rows.map((r) => r.map(richText)) : []).toEqual([["GPU", "8× H100"], ["Price", "~3 $/GPU·h [1]"]]);
    expect(JSON.stringify(alpha.blocks)).toMatch(/Lambda Labs, roughly\./);
  });

  it("reads a table typed on one line as the table it is", async () => {
    const { sheet } = await readSheet(typstDoc([], ["== 🅰️ Alpha", "#table(columns: 2, [a], [b], [1], [2])", ...PLAN.slice(2)]));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("table");
  });

  it("reads `#quote(attribution: [Name])[…]` as a quote signed by the name", async () => {
    const { sheet } = await readSheet(typstDoc([], ["== 🅰️ Alpha", "#quote(attribution: [Karpathy])[", "  It is all matrix multiplies.", "]", ...PLAN.slice(2)]));
    expect(quotes(sheet)).toEqual([{ text: "It is all matrix multiplies.", cite: "Karpathy" }]);
  });

  it("signs a `#quote(block: true)[…]` by the name its words end with after a dash", async () => {
    const { sheet } = await readSheet(typstDoc([], ["== 🅰️ Alpha", "#quote(block: true)[", "  It is all matrix multiplies. — Karpathy", "]", ...PLAN.slice(2)]));
    expect(quotes(sheet)).toEqual([{ text: "It is all matrix multiplies.", cite: "Karpathy" }]);
  });

  it("keeps a dash inside a quote's sentence as its words", () => {
    expect(typst(typstDoc([], ["== 🅰️ Alpha", "#quote(block: true)[", "  GPUs are expensive — everyone wants them", "]", ...PLAN.slice(2)]))).toContain("> GPUs are expensive — everyone wants them");
  });

  it("reads `#grid(rows: (…))` as the rows' heights, in percent or `fr`", async () => {
    const percent = ["#grid(", "  rows: (15%, 50%, 35%),", "  [title], [alpha and beta], [takeaways],", ")"];
    expect(ratios((await readSheet(typstDoc(percent, PLAN))).sheet)).toEqual([15, 50, 35]);
    const fr = ["#grid(rows: (1fr, 2fr, 1fr), [title], [alpha and beta], [takeaways])"];
    expect(ratios((await readSheet(typstDoc(fr, PLAN))).sheet)).toEqual([25, 50, 25]);
  });

  it("leaves Markdown with a stray `#set` line and an AsciiDoc document as they are", () => {
    const md = ["# Layout Structure", "#set page(flipped: true)", "## Alpha", "- one", "## Beta"].join("\n");
    expect(typst(md)).toBe(md);
    const adoc = ["= Title", ":chapter: 3", "", "== Alpha", "#table is not a call here", "== Beta"].join("\n");
    expect(typst(adoc)).toBe(adoc);
  });

  it("reads a long hostile document, every line kept (calls never closed, marks never closed)", () => {
    const lines = ["= A", "= B", "#set page("];
    for (let i = 0; i < 2000; i++) lines.push(i % 3 === 2 ? `#let f = ${"()".repeat(150)} (` : i % 2 ? `#table(columns: 3, [a, (b, [c ${"x".repeat(200)}` : "*_ *_ #quote[ #footnote[ x");
    expect(typst(lines.join("\n")).split("\n")).toHaveLength(lines.length);
  });
});

describe(`fixture ${NAME}`, () => {
  it("reads the panels, the heights and the metadata as written", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["TRAINING = MATMUL ON GPU", "8×H100 NODE (CLOUD)"],
      ["GPU → NODE → RACK → DATA CENTER"],
      ["NVIDIA GOLD RUSH", "GPT-2: THEN vs NOW", "KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
    expect(sheet.meta.title).toBe("7. Compute: GPUs, H100s, Data Centers");
    expect(sheet.meta.sourceUrl).toBe("https://www.youtube.com/watch?v=7xTGNNLPyMI");
  });

  it("reads the tables, the footnote, the diagrams and the signed quotes", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(kinds(panel(sheet, /8×H100/))).toContain("table");
    expect(JSON.stringify(panel(sheet, /8×H100/).blocks)).toMatch(/Lambda Labs 기준 대략치/);
    expect(kinds(panel(sheet, /GPT-2/))).toEqual(["table", "flowchart"]);
    expect(kinds(panel(sheet, /DATA CENTER/))).toContain("flowchart");
    expect(quotes(sheet).map((q) => q.cite ?? "")).toEqual(["Karpathy", "Andrej Karpathy", "Karpathy", "Karpathy"]);
    expect(quotes(sheet).map((q) => q.text.slice(0, 20))).toEqual(["All of this is just ", "It's all just matrix", "All of these GPUs ar", "These GPUs are very "]);
  });
});
