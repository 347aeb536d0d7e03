// Chapters written by others, read as their writers meant: a neural-network-internals chapter drawn with heavy
// shared-wall boxes (`┏━┳━┓`, `┣━╋━┫`), its plan a numbered list of bold panel titles with no headings, a table
// indented under a point (`- Comparison:` over `| … |`), quotes typed as points in curly quotes signed after a dash,
// and a closing `**Image request:** …` paragraph longer than a line. Each rule is tested on a small input of its
// own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NN = "nn-internals-heavy-shared-walls-numbered-bold-plan-pie";
const path = join(FIXTURES_DIR, "prompts", `${NN}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [`${richText(b.text)} — ${b.cite ?? ""}`] : []));
const tables = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "table" ? [b.header.map(richText).join(" | ")] : []));
const bulletText = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : []));
const plan = (alpha: string[], beta = ["   - two"]): string[] => ["1. **🅰️ Alpha**", ...alpha, "", "2. **🅱️ Beta**", ...beta, "", "3. **📌 Takeaways**", "   - three", ""];

describe("a table indented under a point of a numbered section", () => {
  const table = ["", "     | Length | Meaning |", "     |---|---|", "     | 0 | empty |", "     | 8k | the most |", ""];

  it("draws the table right after the point that leads to it", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - What each length means:", ...table, "   - after it"])));
    const alpha = panel(sheet, /ALPHA/).blocks;
    expect(tables(alpha)).toEqual(["Length | Meaning"]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "bullets", "table", "bullets"]);
    expect(bulletText(alpha)).toEqual(["one", "What each length means:", "after it"]);
  });

  it("leaves out a point that only names the table's form, the table showing what it is", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - Small table:", ...table, "   - after it"])));
    const alpha = panel(sheet, /ALPHA/).blocks;
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "table", "bullets"]);
    expect(bulletText(alpha)).toEqual(["one", "after it"]);
  });

  it("so too a point naming a diagram over its fence, not one that says what it is about", async () => {
    const fence = ["", "   ```mermaid", "   flowchart LR", "     A[Input] --> B[Output]", "   ```", ""];
    const named = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - Flowchart:", ...fence])));
    expect(bulletText(panel(named.sheet, /ALPHA/).blocks)).toEqual(["one"]);
    const about = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - How a token flows:", ...fence])));
    expect(bulletText(panel(about.sheet, /ALPHA/).blocks)).toEqual(["one", "How a token flows:"]);
  });

  it("leaves out a point that only asks for the table", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - Create a comparison table:", ...table])));
    const alpha = panel(sheet, /ALPHA/).blocks;
    expect(tables(alpha)).toEqual(["Length | Meaning"]);
    expect(bulletText(alpha)).toEqual(["one"]);
  });
});

describe("a point that is a quote in curly quotes signed after a dash", () => {
  it("draws it as the section's quote, the other points a list", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["   - one", "   - “Alpha is a lot like a knob.” — Andrej Karpathy", "   - two"])));
    const alpha = panel(sheet, /ALPHA/).blocks;
    expect(quotes(alpha)).toEqual(["Alpha is a lot like a knob. — Andrej Karpathy"]);
    expect(bulletText(alpha)).toEqual(["one", "two"]);
  });

  it("keeps a point that quotes words inside a sentence a point", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["   - Pie of the next token after “The cat sat on the”:", "   - two"])));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual([]);
  });
});

describe("a closing paragraph labelled as the image request", () => {
  const long = "**Image request:** Please draw this as ONE hand-drawn cheat sheet on graph paper, with the alpha box clearly the biggest and the diagram drawn inside it, keeping English terms with the Korean glosses in brackets beside them. Thanks!";

  it("is not drawn in the last panel, however long, and says so", async () => {
    expect(long.length).toBeGreaterThan(200);
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, [...plan(["   - one"]), "---", "", long]));
    expect(JSON.stringify(sheet)).not.toMatch(/graph paper/);
    expect(warnings.join("\n")).toMatch(/"Image request: Please draw this as ONE.*" is the image request; it is not drawn/);
  });

  it("keeps a long closing paragraph that is not labelled so", async () => {
    const other = "**Remember:** the alpha knob and the beta knob are both learned from data, and neither of them is set by hand, which is the whole point of training a network of this size on this much text in the first place.";
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, [...plan(["   - one"]), other]));
    expect(JSON.stringify(sheet)).toMatch(/neither of them is set by hand/);
  });
});

describe(NN, () => {
  it("reads the rows of shared-wall boxes, their heights, and each box's title", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["PARAMETERS = KNOBS", "INPUT CONTEXT", "EMBEDDINGS"],
      ["transformer", "OUTPUT SOFTMAX"],
      ["NOT A BRAIN", "TRAINING = NUDGING", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 24, 40, 28]);
    expect(sheet.meta.chapter).toBe(5);
  });

  it("draws the indented tables, the flowchart and the pie in their panels", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(tables(panel(sheet, /^INPUT CONTEXT/).blocks)).toEqual(["Length | What it means"]);
    expect(tables(panel(sheet, /^NOT A BRAIN/).blocks)).toEqual([' | Biological neuron | Transformer "neuron"']);
    expect(kinds(panel(sheet, /^transformer/))).toEqual(["bullets", "flowchart"]);
    expect(JSON.stringify(sheet)).not.toMatch(/"(?:Small table|Comparison|Flowchart):"/);
    expect(tables(panel(sheet, /^OUTPUT SOFTMAX/).blocks)).toHaveLength(1);
  });

  it("draws the signed points as quotes in their panels, and not the image request", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(quotes(panel(sheet, /^PARAMETERS/).blocks)).toEqual(["Think of these parameters as kind of like knobs on a DJ set. — Andrej Karpathy"]);
    expect(quotes(panel(sheet, /^NOT A BRAIN/).blocks).map((q) => q.slice(0, 30))).toEqual(["It's a fixed mathematical expr", "You can still loosely think of"]);
    expect(quotes(panel(sheet, /^TRAINING/).blocks)).toHaveLength(1);
    expect(JSON.stringify(sheet)).not.toMatch(/graph paper/);
    expect(warnings.join("\n")).toMatch(/is the image request; it is not drawn/);
  });
});
