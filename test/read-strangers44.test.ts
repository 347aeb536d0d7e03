// Chapters written by others, read as their writers meant: a knowledge-of-self chapter drawn in double-line boxes
// with a little ⚠️ callout box inside a panel, its plan's sections numbered `1)` `2)` with an emoji rather than
// headed, a `<details>` toggle in one holding an extra example, a table under a section's line whose header is two
// rows deep as a spreadsheet pastes it, and a line giving the callout box its words.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { toggleSections } from "../src/read/toggle-sections.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import type { Flowchart } from "../src/model/sheet.js";
import { measureNodes, type Sizes } from "../src/blocks/flowchart/measure.js";
import { routeEdges, type Route } from "../src/blocks/flowchart/route.js";
import { measureLabel } from "../src/blocks/diagram/text.js";
import type { Placement } from "../src/blocks/flowchart/place.js";

const KS = "knowledge-of-self-double-nested-callout-paren-plan";
const path = join(FIXTURES_DIR, "prompts", `${KS}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : b.kind === "bullets" ? b.items.map(richText) : []));
const OUTLINE = ["1) 🅰️ Alpha", "- alpha one", "", "2) 🅱️ Beta", "- beta one", "", "3) 📌 Takeaways", "- take one"];

describe("a plan whose sections are numbered lines, `1) 🅰️ Alpha`, not headings", () => {
  it("reads each numbered line as a section", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, OUTLINE));
    expect(texts(panel(sheet, /ALPHA/).blocks)).toEqual(["alpha one"]);
    expect(texts(panel(sheet, /BETA/).blocks)).toEqual(["beta one"]);
    expect(warnings.join("\n")).not.toMatch(/text before the first plan section/);
  });

  it("keeps a <details> toggle inside a section there, its summary a line of it, not the plan's one heading", async () => {
    const toggle = ["<details>", "<summary>💬 one more example</summary>", "", "- alpha extra", "", "</details>", ""];
    const plan = [...OUTLINE.slice(0, 3), ...toggle, ...OUTLINE.slice(3)];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(texts(panel(sheet, /ALPHA/).blocks)).toEqual(["alpha one", "💬 one more example", "alpha extra"]);
    expect(texts(panel(sheet, /BETA/).blocks)).toEqual(["beta one"]);
    expect(warnings.join("\n")).not.toMatch(/text before the first plan section/);
  });

  it("still makes a toggle's summary a section in a plan of toggles alone", () => {
    const out = toggleSections(["## Output Structure Plan", "<details>", "<summary>1. 🅰️ Alpha</summary>", "- one", "</details>"].join("\n")).split("\n");
    expect(out[2]).toBe("### 1. 🅰️ Alpha");
  });

  it("reads short emoji-led lines in a section as its lines, not as sections of their own", async () => {
    const plan = [...OUTLINE.slice(0, 2), "", "⚠️ alpha caution", "", ...OUTLINE.slice(3, 5), "", "💡 beta tip", "", ...OUTLINE.slice(6)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(texts(panel(sheet, /ALPHA/).blocks)).toEqual(["alpha one", "⚠️ alpha caution"]);
    expect(texts(panel(sheet, /BETA/).blocks)).toEqual(["beta one", "💡 beta tip"]);
  });

  it("takes a list restarting at 1 without emoji, under the last section, as that section's list", async () => {
    const plan = [...OUTLINE.slice(0, 6), "3) 📌 Takeaways", "1. take one", "2. take two", "3. take three"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(texts(panel(sheet, /TAKEAWAYS/).blocks)).toEqual(["take one", "take two", "take three"]);
    expect(JSON.stringify(sheet)).not.toMatch(/"title":"take one"/);
  });

  it("reads a table typed right under a section's line as its table, not more of its title", async () => {
    const plan = [...OUTLINE.slice(0, 3), "2) 🅱️ Beta", "| kind | where |", "|---|---|", "| SFT | weights |", "", ...OUTLINE.slice(5)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const beta = panel(sheet, /BETA/);
    expect(kinds(beta)).toContain("table");
    expect(JSON.stringify(sheet)).not.toMatch(/Beta \| kind/);
  });
});

describe("a callout box given its words in the plan", () => {
  const BOXED = [
    "╔══════════════════════════════════════════╗",
    "║ 🍌 TITLE 🍌                              ║",
    "╠════════════════════╦═════════════════════╣",
    "║ 🅰️ ALPHA           ║ 🅱️ BETA             ║",
    "║ a words            ║ b words             ║",
    "║                    ║ ╔═════════════════╗ ║",
    "║                    ║ ║ ⚠️ the model is  ║ ║",
    "║                    ║ ║    not lying    ║ ║",
    "║                    ║ ╚═════════════════╝ ║",
    "╠════════════════════╩═════════════════════╣",
    "║ 📌 TAKEAWAYS                             ║",
    "╚══════════════════════════════════════════╝",
  ];
  const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "", '⚠️ 작은 경고 박스: "the model is not lying, it is statistics"', "## 📌 Takeaways", "- three"];

  it("draws the words with the emoji, not the label naming the box", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, PLAN));
    expect(texts(panel(sheet, /BETA/).blocks)).toEqual(["two", "⚠️ the model is not lying, it is statistics"]);
    expect(JSON.stringify(sheet)).not.toMatch(/경고 박스/);
  });

  it("does not draw the drawing's sketch of the callout again", async () => {
    const { sheet } = await readSheet(promptDoc(BOXED, PLAN));
    const beta = panel(sheet, /BETA/);
    expect(beta.lead.map(richText)).toEqual(["b words"]);
    expect(texts(beta.blocks)).toContain("⚠️ the model is not lying, it is statistics");
  });

  it("keeps a label that names no box as written", async () => {
    const plan = [...PLAN.slice(0, 5), '⚠️ 주의: "the model is not lying"', ...PLAN.slice(6)];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(texts(panel(sheet, /BETA/).blocks)).toContain('⚠️ 주의: "the model is not lying"');
  });
});

describe("a table whose header is two rows deep, pasted from a spreadsheet", () => {
  const table = (group: string): string[] => ["## 🅰️ Alpha", group, "|---|---|---|---|", "| 방법 | 어디에 | 예시 | 보는 것 |", "| SFT | data | OLMo | weights |", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
  const header = (sheet: Sheet): string[] => panel(sheet, /ALPHA/).blocks.flatMap((b) => (b.kind === "table" ? b.header.map(richText) : []));

  it("makes the grouping row and the real header one header, each column's group over its name", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, table("| | 학습 시 | 학습 시 | 대화 시 |")));
    expect(header(sheet)).toEqual(["방법", "학습 시\n어디에", "학습 시\n예시", "대화 시\n보는 것"]);
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table")!;
    expect(t.kind === "table" && t.rows.map((r) => richText(r[0]!))).toEqual(["SFT"]);
  });

  it("leaves a header that names no column twice as written", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, table("| A | B | C | D |")));
    expect(header(sheet)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("a capitals title in quotation marks wrapped over two lines", () => {
  it("joins `\"WHAT MODEL ARE` and `YOU?\"` into one title", async () => {
    const drawing = [...TWO_BOXES.slice(0, 4), '| 🅰️ "WHAT MODEL ARE | | 🅱️ BETA           |', '|    YOU?"           | | b words           |', "| a words            | |                   |", ...TWO_BOXES.slice(6)];
    const { sheet } = await readSheet(promptDoc(drawing, ['## 🅰️ "What model are you?"', "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]));
    expect(titles(sheet)[1]).toEqual(['"WHAT MODEL ARE YOU?"', "BETA"]);
  });
});

describe("a decision's labelled branches running down one line into the next row of a snake", () => {
  const sizes: Sizes = { px: 14, capPx: 12, edgePx: 12, wrap: 105 };
  // The decision ends row 0 at the right; its three branches turn down beside it into row 1, stacked under it.
  const chart = (labels: string[]): Flowchart => ({
    kind: "flowchart",
    direction: "LR",
    nodes: [{ id: "d", label: "decide?", shape: "diamond" }, ...labels.map((_, k) => ({ id: `t${k}`, label: `target ${k}`, shape: "rect" as const }))],
    edges: labels.map((label, k) => ({ from: "d", to: `t${k}`, kind: "arrow" as const, stroke: "normal" as const, label })),
  });
  const routed = (labels: string[], gap: number): Route[] => {
    const block = chart(labels);
    const m = measureNodes(block, sizes);
    const nodes = new Map([["d", { id: "d", m: m.get("d")!, cx: 320, cy: 40, row: 0 }]]);
    labels.forEach((_, k) => nodes.set(`t${k}`, { id: `t${k}`, m: m.get(`t${k}`)!, cx: 180, cy: 120 + k * gap, row: 1 }));
    const edges = block.edges.map((edge, index) => ({ edge, index, back: false, points: [], label: measureLabel(edge.label!, sizes.edgePx, sizes.wrap * 1.4, true), labelAt: undefined, crossRow: true }));
    const p: Placement = { nodes, edges, rows: 2 };
    return routeEdges(p, true, sizes.px);
  };

  it("stands each label beside the line where its branch turns into its target, when on the line they collide", () => {
    const routes = routed(["No", "Yes: SFT", "Yes: System msg"], 50);
    // The shortest stretch's label (`No`), alone on the line now, stays there; the others stand beside it, on the
    // line's outer side (here the left: the line runs down on the chart's left).
    expect(routes.map((r) => r.labelSide)).toEqual([undefined, "left", "left"]);
    for (const r of routes.slice(1)) expect(r.labelAt).toEqual(r.points[2]);
  });

  it("leaves labels on the line when they sit clear of each other and of every node", () => {
    const routes = routed(["a", "b"], 400);
    for (const r of routes) expect(r.labelSide).toBeUndefined();
  });
});

describe(KS, () => {
  it("reads the double-line drawing's rows, heights and titles", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(titles(sheet)).toEqual([["title"], ['"WHAT MODEL ARE YOU?"', "STATISTICAL BEST GUESS"], ["HARDCODING IDENTITY", "KEY TAKEAWAYS"]]);
    expect(warnings).toEqual([]);
  });

  it("puts each `1)` section in its box, the toggle's example with section 3 and the takeaways' own list in 📌", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(kinds(panel(sheet, /WHAT MODEL/))).toEqual(["bullets", "quote", "quote"]);
    expect(kinds(panel(sheet, /STATISTICAL/))).toEqual(["bullets", "flowchart", "paragraph", "quote"]);
    expect(kinds(panel(sheet, /HARDCODING/))).toEqual(["table", "bullets", "paragraph", "bullets"]);
    expect(texts(panel(sheet, /HARDCODING/).blocks)).toContain("💬 예시 대화 하나 더 (System Message 버전)");
    expect(texts(panel(sheet, /TAKEAWAYS/).blocks)).toHaveLength(4);
  });

  it("draws the callout's words under ⚠️ once, and the table's two header rows as one", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const guess = panel(sheet, /STATISTICAL/);
    expect(texts(guess.blocks)).toContain("⚠️ 모델이 거짓말하는 게 아님 — 통계적 결과일 뿐");
    expect(guess.lead.map(richText).join(" ")).not.toMatch(/⚠️/);
    const t = panel(sheet, /HARDCODING/).blocks.find((b) => b.kind === "table")!;
    expect(t.kind === "table" && t.header.map(richText)).toEqual(["방법", "학습 시\n어디에 넣나", "학습 시\n예시", "대화 시\n모델이 보는 것"]);
  });

  it("reads the three quotes, the timestamped one signed with its time", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(quotes(panel(sheet, /WHAT MODEL/).blocks)).toEqual([
      "This is not a person... it doesn't have any persistent existence in any way",
      "It sort of boots up, it processes tokens and it shuts off",
    ]);
    const timed = panel(sheet, /STATISTICAL/).blocks.find((b) => b.kind === "quote")!;
    expect(timed.kind === "quote" && [richText(timed.text).slice(0, 40), timed.cite]).toEqual(["If you don't explicitly program the mode", "2:13:40"]);
  });

  it("reads a 2,000-line variant of numbered sections, toggles and tables fast", async () => {
    const one = (k: number): string[] => [`${k}) 🅰️ Alpha ${k}`, "| | g | g |", "|---|---|---|", "| a | b | c |", "| 1 | 2 | 3 |", "<details>", `<summary>💬 ${"x".repeat(40)}</summary>`, `⚠️ 작은 경고 박스: "${"y ".repeat(60)}`, "</details>", "1. z"];
    const plan = Array.from({ length: 200 }, (_, k) => one(k + 1)).flat();
    // So much text in one panel is over the input limits: the reader may refuse it, but must answer (its time is in `npm run bench`).
    await readSheet(promptDoc(TWO_BOXES, plan)).catch(() => undefined);
  });
});
