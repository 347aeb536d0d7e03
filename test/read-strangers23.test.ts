// Chapters written by others, read as their writers meant: a counting-and-spelling chapter drawn as one shared
// grid whose walls drift with the Korean typed in it, its "use code" flowchart styled with classDef, style and a
// linkStyle counted from 1; and a tokens-to-think chapter a model wrote in English, its layout a list of panels in
// bands (`Panel 0 (full width): "…" with the subtitle "…"`), its page asked for as 1920x1080, its style rules
// saying how the quotes are set, and a bottom band too low for what the plan puts in it.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { parseMermaid } from "../src/mermaid/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { heightenings, heightNote, HEIGHT_STEPS } from "../src/layout/heights.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIVE_BOXES, kinds, panel, promptDoc } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const GRID = "counting-strawberry-shared-grid-drift-nested";
const BANDS = "tokens-to-think-model-panel-list-1920";
const leads = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => richText(l).trim());

describe("a flowchart's linkStyle naming a link past the last", () => {
  const chart = ["flowchart LR", "  A --> B", "  B --> C", "  linkStyle 2 stroke:#c62828", "  linkStyle 0,1 stroke:#2e7d32"].join("\n");

  it("draws the chart, and says which number names no link", async () => {
    const warnings: string[] = [];
    const block = await parseMermaid(chart, 10, warnings);
    expect(block.kind).toBe("flowchart");
    expect(block.kind === "flowchart" && block.edges.length).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 14: mermaid linkStyle 2 names no link \(the chart has 2, numbered 0–1\)/);
  });

  it("says nothing of a linkStyle whose numbers all name links", async () => {
    const warnings: string[] = [];
    await parseMermaid(chart.replace("linkStyle 2", "linkStyle 1"), 10, warnings);
    expect(warnings).toEqual([]);
  });

  it("leaves the fixture's use-code chart drawn in its panel", async () => {
    const { sheet } = await readSheet(fixture(GRID));
    expect(kinds(panel(sheet, /USE CODE/))).toContain("flowchart");
  });
});

describe("a page asked for in pixels", () => {
  const doc = (size: string): string => promptDoc(FIVE_BOXES, ["## ALPHA", "- x"], { after: ["## Image Generation Request", `Please render a ${size} landscape cheat sheet.`] });

  it("is 16:9 when the pixels make 16:9, A4 when they make A4's √2", async () => {
    expect((await readSheet(doc("1920x1080"))).sheet.page).toBe("16:9");
    expect((await readSheet(doc("3840 × 2160 px"))).sheet.page).toBe("16:9");
    expect((await readSheet(doc("3508x2480"))).sheet.page).toBe("a4");
    expect((await readSheet(doc("1000x1000"))).sheet.page).toBe("a4");
  });

  it("reads the fixture's 1920x1080 as 16:9", async () => {
    expect((await readSheet(fixture(BANDS))).sheet.page).toBe("16:9");
  });
});

describe("a described title row whose item quotes its words", () => {
  const layout = [
    "- Top band (≈12%): title strip.",
    '  - Panel 0 (full width): "🧪 LAB NOTES" with the subtitle "실험 노트".',
    "- Bottom band (≈88%): two panels side by side.",
    '  - Panel 1 (left): "🅰️ Alpha".',
    '  - Panel 2 (right): "🅱️ Beta".',
  ];

  it("gives the banner the quoted lines, not the sentence around them", async () => {
    const { sheet } = await readSheet(promptDoc(layout, ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b"], { fenced: false }));
    expect(sheet.meta.banner).toBe("🧪 LAB NOTES 실험 노트");
  });

  it("gives the fixture's banner its title and subtitle", async () => {
    const { sheet } = await readSheet(fixture(BANDS));
    expect(sheet.meta.banner).toBe("🧠 MODELS NEED TOKENS TO THINK 모델은 생각하려면 토큰이 필요하다");
  });
});

describe("an unquoted quotable-insights item speaking of the quotes", () => {
  const style = (item: string): string[] => ["# Output Style", "4. **Quotable Insights**:", '   - "Models need tokens to think."', `   - ${item}`];

  it("says how the quotes are set; it is no quote", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, ["## 📌 Takeaways", "- t"], { after: style("Each quote is followed by its Korean translation on the next line.") }));
    const quotes = panelsOf(sheet).flatMap((p) => p.blocks.filter((b) => b.kind === "quote"));
    expect(quotes.map((q) => (q.kind === "quote" ? richText(q.text) : ""))).toEqual(["Models need tokens to think."]);
  });

  it("keeps an unquoted item that is a saying of its own", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, ["## 📌 Takeaways", "- t"], { after: style("Think of the parameters as knobs on a DJ set") }));
    expect(panelsOf(sheet).flatMap((p) => p.blocks.filter((b) => b.kind === "quote"))).toHaveLength(2);
  });

  it("draws none of the fixture's style rules as a quote", async () => {
    const { sheet } = await readSheet(fixture(BANDS));
    const quotes = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : [])));
    expect(quotes).toHaveLength(3);
    expect(quotes.some((q) => /Each quote is followed/.test(q))).toBe(false);
  });
});

describe("a box line counting what the panel holds", () => {
  const boxes = (line: string): string[] => FIVE_BOXES.map((l) => l.replace("t words      ", line.padEnd(13)));
  const takeaways = (n: number): string[] => ["## 📌 Takeaways", ...Array.from({ length: n }, (_, k) => `- point ${k + 1}`)];

  it("is dropped once the panel holds that many items", async () => {
    const { sheet } = await readSheet(promptDoc(boxes("4줄 요약"), takeaways(4)));
    expect(leads(sheet, /TAKEAWAYS/)).toEqual([]);
  });

  it("stays when the count is another, or is a bare answer", async () => {
    expect(leads((await readSheet(promptDoc(boxes("4줄 요약"), takeaways(3)))).sheet, /TAKEAWAYS/)).toEqual(["4줄 요약"]);
    expect(leads((await readSheet(promptDoc(boxes("3개"), takeaways(3)))).sheet, /TAKEAWAYS/)).toEqual(["3개"]);
  });

  it("leaves the fixture's takeaways box only its list, and the strawberry box its lines", async () => {
    const { sheet } = await readSheet(fixture(GRID));
    expect(leads(sheet, /TAKEAWAYS/)).toEqual([]);
    expect(leads(sheet, /STRAWBERRY/)).toEqual(['"r이 몇 개?" → 2개 ❌ (정답 3개)', "s-t-r-a-w-b-e-r-r-y"]);
  });
});

describe("the fixture's shared grid whose walls drift with its Korean", () => {
  it("reads every box of the grid, the nested example as a line of its box", async () => {
    const { sheet, warnings } = await readSheet(fixture(GRID));
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["title"]))).toEqual([
      ["title"],
      ["TOKENS ≠ CHARACTERS", "STRAWBERRY 문제"],
      ["9.11 > 9.9 ?", "COUNTING 약점", 'FIX: "USE CODE"'],
      ["KARPATHY SAYS", "TAKEAWAYS"],
    ]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([8, 34, 38, 20]);
    expect(warnings).toEqual([]);
  });
});

describe("a row still over at the minimum after every move", () => {
  const sheet = {
    rows: [
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 60, panels: [{ id: "a" }] },
      { kind: "panels", ratio: 30, panels: [{ id: "b" }] },
    ],
  } as unknown as Sheet;
  const box = (height: number) => ({ x: 0, y: 0, width: 100, height });
  const laid = {
    panels: [
      { id: "a", row: 1, overflow: false, overflowPx: 0, fontPx: 16, minFontPx: 12, content: box(100), blocks: [{ box: box(50) }] },
      { id: "b", row: 2, overflow: true, overflowPx: 20, fontPx: 12, minFontPx: 12, content: box(100), blocks: [{ box: box(120) }] },
    ],
  } as unknown as PositionedSheet;

  it("is tried a few points taller, taken from a row whose panels fit above the minimum, least first", () => {
    const tries = heightenings(sheet, laid).map((h) => h.sheet.rows.map((r) => r.ratio));
    const step = HEIGHT_STEPS[0]! * 100;
    expect(tries[0]).toEqual([10, 60 - step, 30 + step]);
    // The title row keeps its height; the giving row most of its own.
    expect(tries.every((r) => r[0] === 10 && r[1]! >= 48 && r[2]! > 30 && r[0]! + r[1]! + r[2]! === 100)).toBe(true);
  });

  it("takes nothing from a row whose panel sits at the minimum size", () => {
    const full = { panels: laid.panels.map((p) => ({ ...p, fontPx: 12 })) } as unknown as PositionedSheet;
    expect(heightenings(sheet, full)).toEqual([]);
  });

  it("lets the fixture's quotes and takeaways fit in their band at 16:9, the bands as written within five points", async () => {
    const { sheet } = await readSheet(fixture(BANDS));
    const laidOut = layoutSheet(sheet);
    expect(laidOut.panels.filter((p) => p.overflow).map((p) => p.id)).toEqual([]);
    const ratios = laidOut.rows.map((r) => r.ratio);
    [0.15, 0.55, 0.3].forEach((want, k) => expect(Math.abs(ratios[k]! - want)).toBeLessThanOrEqual(0.05 + 1e-9));
    // The writer is told which heights changed and from what.
    const said = laidOut.warnings.filter((w) => /of the page's height/.test(w));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/the row of "Compute per Token" at \d+(\.\d)?% \(written 55%\)/);
    expect(said[0]).toMatch(/the row of "Spreading Computation" at \d+(\.\d)?% \(written 30%\)/);
  });

  it("says nothing of heights when none changed", () => {
    expect(heightNote(sheet, sheet)).toBeUndefined();
    const moved = { ...sheet, rows: sheet.rows.map((r, k) => ({ ...r, ratio: k === 1 ? 57.5 : k === 2 ? 32.5 : r.ratio })) } as Sheet;
    expect(heightNote(sheet, moved)).toMatch(/^drew the row of "a" at 57\.5% \(written 60%\) and the row of "b" at 32\.5% \(written 30%\) of the page's height/);
  });
});
