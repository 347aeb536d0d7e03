// Chapters written by others, read as their writers meant: an inference chapter on 16:9 whose layout is said
// only in words (`Title strip on top (~12%)`, `Card order: top row left→right is Card A, …`, `Footer strip
// (~18%) for takeaways`), whose cards are a decimal-numbered outline (`1. Card A — Sampling` over `1.1 …`,
// `1.3.1 …`), and whose diagrams sit under a heading of their own, each captioned with the card it is for.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { splitBoxes } from "../src/read/prompt/prose-boxes.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TT = "inference-token-tumbler-worded-grid-decimal-outline-pie";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${TT}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const texts = (blocks: Block[]): string => JSON.stringify(blocks);

describe("an outline numbered with decimals under numbered items", () => {
  const plan = ["1. 🅰️ Alpha", "1.1 one point", "1.2 two point", "1.2.1 deeper point", "", "2. 🅱️ Beta", "2.1 three point"];

  it("draws each decimal-numbered line as a point of its item's list, nested as deep as its number", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const alpha = panel(sheet, /ALPHA/);
    expect(kinds(alpha)).toEqual(["bullets"]);
    const list = alpha.blocks[0] as Extract<Block, { kind: "bullets" }>;
    expect(list.items.map(richText)).toEqual(["one point", "two point", "deeper point"]);
    expect(list.depths).toEqual([0, 0, 1]);
    expect(texts(alpha.blocks)).not.toMatch(/1\.1|1\.2\.1/);
    expect(texts(panel(sheet, /BETA/).blocks)).toMatch(/three point/);
  });

  it("leaves a line whose number does not follow from the item above it as written", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["1. 🅰️ Alpha", "1.5 million tokens were read", "", "2. 🅱️ Beta", "- b"]));
    expect(texts(panel(sheet, /ALPHA/).blocks)).not.toMatch(/1\.5 million/);
    const { sheet: other } = await readSheet(promptDoc(TWO_BOXES, ["1. 🅰️ Alpha", "3.5 million tokens were read", "", "2. 🅱️ Beta", "- b"]));
    expect(texts(panel(other, /ALPHA/).blocks)).toMatch(/3\.5 million tokens/);
  });
});

describe("a layout said in sentences by someone who labels the cards by letter", () => {
  const layout = [
    "Canvas: 16:9. Title strip on top (~12%). Footer strip (~18%) for takeaways.",
    "",
    "Card order: top row left→right is Card A, Card B. Bottom row is Card C (narrow, left) and Card D (wide, right).",
    "",
    'Title strip text: "🎲 DICE TITLE"',
  ];
  const plan = ["1. Card A — Alpha", "- a", "2. Card B — Beta", "- b", "3. Card C — Gamma", "- c", "4. Card D — Delta", "- d", "5. Takeaways", "- t"];
  const doc = (): string => promptDoc(layout, plan, { fenced: false, layoutHeading: "## Layout", planHeading: "## Panel content" });

  it("reads the rows after a label, the footer last, and titles each lettered card with its section", async () => {
    const { sheet } = await readSheet(doc());
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Gamma", "Delta"], ["takeaways"]]);
    expect(ratios(sheet)[0]).toBe(12);
    expect(ratios(sheet).at(-1)).toBe(18);
  });

  it("prints the title row's words from the line that gives them, not the sentence describing the row", async () => {
    const { sheet } = await readSheet(doc());
    expect(sheet.meta.banner ?? sheet.meta.title).toMatch(/DICE TITLE/);
    expect(JSON.stringify(sheet)).not.toMatch(/Title strip text/);
  });

  it("keeps a comma inside a box's brackets with the box", () => {
    expect(splitBoxes("Card C (narrow, left) and Card D (wide, right)")).toEqual(["Card C (narrow, left)", "Card D (wide, right)"]);
    expect(splitBoxes("Alpha, Beta")).toEqual(["Alpha", "Beta"]);
  });
});

describe("diagrams under a heading of their own, each captioned with the box it is for", () => {
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## Diagrams", "", "Flowchart for Beta:", "", "```mermaid", "flowchart LR", "  A[Start] --> B[End]", "```"];

  it("puts the drawing in the box its caption names and draws neither the caption nor the heading", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(kinds(panel(sheet, /BETA/))).toContain("flowchart");
    expect(kinds(panel(sheet, /ALPHA/))).not.toContain("flowchart");
    expect(JSON.stringify(sheet)).not.toMatch(/Flowchart for Beta/);
    expect(titles(sheet).flat()).not.toContain("Diagrams");
  });

  it("leaves a caption that names no section where it is", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan.map((l) => l.replace("for Beta", "for Omega"))));
    expect(JSON.stringify(sheet)).toMatch(/Flowchart for Omega/);
  });
});

describe("the token-tumbler fixture, read as its writer meant", () => {
  it("has the five cards in a row of three over a row of two, the takeaways footer last", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${TT}.txt`, page: "16:9" });
    expect(titles(sheet)).toEqual([["title"], ["Sampling", "Temperature", "Each run differs"], ["Base model continues documents", "Context window as working memory"], ["takeaways"]]);
    expect(ratios(sheet)).toEqual([12, 35, 35, 18]);
    expect(sheet.meta.banner ?? "").toMatch(/INFERENCE — THE MODEL AS A TOKEN TUMBLER/);
  });

  it("draws the flowchart in Sampling, the pie in Temperature, and each quote in the card it is about", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${TT}.txt`, page: "a4" });
    expect(kinds(panel(sheet, /^Sampling/))).toContain("flowchart");
    expect(texts(panel(sheet, /^Temperature/).blocks)).toMatch(/Temperature effect/);
    expect(texts(panel(sheet, /^Each run differs/).blocks)).toMatch(/remixes of what was in the training set/);
    expect(texts(panel(sheet, /^Base model/).blocks)).toMatch(/token-level internet document simulator/);
    expect(texts(all(sheet))).not.toMatch(/"1\.1 |Flowchart for Card A|Pie chart for Card B/);
  });
});

describe("a point that only points the designer at a block", () => {
  const plan = ["## 🅰️ Alpha", "- Loop: prefix → network", "- Diagram: use the flowchart below", "- Table:", "- Chart: see the pie chart below (share of picks)", "- 그림: 아래 흐름도 사용", "- Chart: loss falls fast, then slowly", "", "## 🅱️ Beta", "- one point"];

  it("is left out, a point saying something after its colon kept", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const list = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "bullets") as Extract<Block, { kind: "bullets" }>;
    expect(list.items.map(richText)).toEqual(["Loop: prefix → network", "Chart: loss falls fast, then slowly"]);
  });

  it("leaves the fixture's cards without `Diagram: use the flowchart below` or a bare `Table:`", async () => {
    const { sheet } = await readSheet(fixture());
    expect(texts(all(sheet))).not.toMatch(/use the flowchart below|use the pie chart below|"Table:"/);
  });
});
