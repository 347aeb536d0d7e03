// Panels that run down through rows (sidebars, tall columns) and panels stacked in one column: how the
// prompt reader finds them in a drawing, where the page puts them, and how sheet Markdown keeps them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSheetMarkdown } from "../src/export/markdown.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutRows, pageGeometry, sheetSlots } from "../src/layout/page.js";
import type { Box } from "../src/model/positioned.js";
import { Sheet as SheetSchema } from "../src/model/schema.js";
import type { Panel, PanelRow, Row } from "../src/model/sheet.js";
import { readSheetMarkdown } from "../src/read/markdown/index.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { bullets, geometryFaults, panel, promptDoc, sheetOf } from "./layout-helpers.js";

const slotsOf = (rows: Row[]): Box[][] => {
  const page = pageGeometry("a4");
  return sheetSlots(rows, layoutRows(rows, page), page).map((r) => r.map((s) => s.slot));
};
const near = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(0.01);

describe("sheetSlots", () => {
  it("keeps a right sidebar's column through the next row and gives the row below the rest", () => {
    const [title, top, below] = slotsOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 45, panels: [panel("a", [], { width: 2 / 3 }), panel("side", [], { width: 1 / 3, rowSpan: 2 })] },
      { kind: "panels", ratio: 45, panels: [panel("c", [])] },
    ]);
    expect(title).toEqual([]);
    const [a, side] = top!;
    const [c] = below!;
    near(side!.height, a!.height + c!.height);
    near(c!.x, a!.x);
    near(c!.width, a!.width);
    near(side!.width * 2, a!.width);
    near(c!.y, a!.y + a!.height);
  });

  it("puts the next row's panels right of a tall left column", () => {
    const [, top, below] = slotsOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 40, panels: [panel("tall", [], { rowSpan: 2 }), panel("b", [])] },
      { kind: "panels", ratio: 30, panels: [panel("c", []), panel("d", [])] },
    ]);
    const [tall, b] = top!;
    const [c, d] = below!;
    near(c!.x, b!.x);
    near(d!.x + d!.width, b!.x + b!.width);
    near(c!.width, d!.width);
    expect(c!.x).toBeGreaterThanOrEqual(tall!.x + tall!.width - 0.01);
  });

  it("stacks `below` panels in the column of the panel before them, halving its height", () => {
    const [row] = slotsOf([{ kind: "panels", ratio: 100, panels: [panel("a", [], { width: 0.6 }), panel("b", [], { width: 0.4 }), panel("c", [], { below: true })] }]);
    const [a, b, c] = row!;
    near(b!.x, c!.x);
    near(b!.width, c!.width);
    near(b!.height, a!.height / 2);
    near(c!.y, b!.y + b!.height);
    near(b!.width / (a!.width + b!.width), 0.4);
  });

  it("lays out a sheet with a sidebar, a stack and six panels in a row without overlaps", () => {
    const p = (id: string, over: Partial<Panel> = {}) => panel(id, [bullets(2)], over);
    const sheet = sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 35, panels: [p("a"), p("b"), p("c", { below: true }), p("side", { rowSpan: 2, width: 0.25 })] },
      { kind: "panels", ratio: 30, panels: [p("d"), p("e")] },
      { kind: "panels", ratio: 25, panels: ["f", "g", "h", "i", "j", "k"].map((id) => p(id)) },
    ]);
    expect(() => SheetSchema.parse(sheet)).not.toThrow();
    const positioned = layoutSheet(sheet);
    expect(geometryFaults(positioned)).toEqual([]);
    const side = positioned.panels.find((x) => x.id === "side")!;
    const last = positioned.rows[2]!;
    near(side.box.y + side.box.height, last.y + last.height - (side.box.y - positioned.rows[1]!.y));
  });
});

describe("stacked panels share their column by need", () => {
  const stackOf = (top: number, under: number) =>
    sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 90, panels: [panel("wide", [bullets(3)]), panel("top", [bullets(top)]), panel("under", [bullets(under)], { below: true })] },
    ]);
  const boxes = (top: number, under: number) => {
    const laid = layoutSheet(stackOf(top, under), { page: "a4", repair: false });
    const [t, u] = ["top", "under"].map((id) => laid.panels.find((p) => p.id === id)!);
    return { t: t!, u: u! };
  };

  it("gives the fuller panel the taller box, and the column's height stays the row's", () => {
    const { t, u } = boxes(2, 40);
    expect(u.box.height).toBeGreaterThan(t.box.height * 1.2);
    near(u.box.y + u.box.height - t.box.y, boxes(2, 2).u.box.y + boxes(2, 2).u.box.height - boxes(2, 2).t.box.y);
    // Forty points in half the column overflow at the minimum; with the taller box they fit above it.
    expect(u.overflow).toBe(false);
    expect(u.fontPx).toBeGreaterThan(u.minFontPx);
  });

  it("keeps the even split when both panels hold the same", () => {
    const { t, u } = boxes(3, 3);
    near(t.box.height, u.box.height);
  });

  it("lifts the smaller text of a real stacked chapter above the minimum", async () => {
    const text = readFileSync(new URL("./fixtures/prompts/knowledge-of-self-stacked.txt", import.meta.url), "utf8");
    const { sheet } = readPromptDocument(text);
    const laid = layoutSheet(sheet, { page: "a4" });
    const [hard, system] = [/HARDCODED/, /SYSTEM MESSAGE/].map((re) => laid.panels.find((p) => re.test(p.title))!);
    // The system-message panel holds a table and a quote, the hardcoded one a few lines and a quote beside them.
    expect(system!.box.height).toBeGreaterThan(hard!.box.height);
    expect(Math.min(hard!.fontPx, system!.fontPx)).toBeGreaterThan(laid.panels[0]!.minFontPx);
  });
});

describe("sheet Markdown keeps spans and stacks", () => {
  it("writes rowSpan and below into the layout and reads them back to the same sheet", async () => {
    const sheet = sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 45, panels: [panel("a", [bullets(1)]), panel("b", [bullets(1)]), panel("c", [bullets(1)], { below: true }), panel("side", [bullets(1)], { rowSpan: 2, width: 0.3 })] },
      { kind: "panels", ratio: 45, panels: [panel("d", [bullets(1)])] },
    ]);
    const md = toSheetMarkdown(sheet);
    expect(md).toContain("panels: [a, b, {id: c, below: true}, {id: side, width: 0.3, rowSpan: 2}]");
    const back = await readSheetMarkdown(md);
    expect(back.sheet.rows).toEqual(sheet.rows);
  });
});

const doc = (diagram: string[], table: string[] = []): string => promptDoc(diagram, table);

const rowsOf = (text: string) => {
  const { sheet, warnings } = readPromptDocument(text);
  return { rows: sheet.rows.filter((r): r is PanelRow => r.kind === "panels"), warnings, sheet };
};

describe("prompt reader: drawn layouts", () => {
  const sidebar = [
    "+--------------------------------------------+",
    "|  🍌 NANO BANANA CHEAT SHEET: TEST 🍌         |",
    "+------------------------------+-------------+",
    "| 🤖 SPECS                      | 💸 COST     |",
    "|  1.6B params                 |  $40,000    |",
    "+------------------------------+  $600       |",
    "| 📉 LOSS                       |  cheaper    |",
    "|  loss 11 → 3.3               |             |",
    "+------------------------------+-------------+",
  ];

  it("reads an ASCII sidebar as a panel spanning two rows, widths as drawn", () => {
    const { rows, warnings } = rowsOf(doc(sidebar, ["## 배치 비율", "", "| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 2행 | 40% |", "| 3행 | 50% |"]));
    expect(warnings).toEqual([]);
    expect(rows.map((r) => r.panels.map((p) => [p.title, p.rowSpan ?? 1]))).toEqual([[["SPECS", 1], ["COST", 2]], [["LOSS", 1]]]);
    expect(rows.map((r) => r.ratio)).toEqual([40, 50]);
    const [specs, cost] = rows[0]!.panels;
    expect(specs!.width! / cost!.width!).toBeCloseTo(31 / 14, 0);
  });

  it("takes widths stated for a row with a sidebar coming down from above as the row's, without a warning", () => {
    const { rows, warnings } = rowsOf(doc(sidebar, ["| Area | Ratio | Split |", "|---|---|---|", "| top | 10% | |", "| middle | 40% | left 70% / right 30% |", "| bottom | 50% | left 70% / right 30% |"]));
    expect(warnings).toEqual([]);
    expect(rows.map((r) => r.panels.map((p) => p.width))).toEqual([[0.7, 0.3], [undefined]]);
  });

  it("lets stated widths beat drawn ones, and takes row heights from the line counts without a table", () => {
    const stated = rowsOf(doc(sidebar, ["| Ratio | Area | Placement |", "|---|---|---|", "| 0.1 | top | full |", "| 0.4 | middle | left 1/2, right 1/2 |", "| 0.5 | bottom | |"]));
    expect(stated.rows[0]!.panels.map((p) => p.width)).toEqual([0.5, 0.5]);
    expect(stated.rows.map((r) => r.ratio)).toEqual([40, 50]);
    const none = rowsOf(doc(sidebar));
    expect(none.sheet.rows.map((r) => r.ratio)).toEqual([10, 45, 45]);
    expect(none.warnings).toEqual([expect.stringMatching(/^line 10: no layout ratio table .*\(10% \+ 45% \+ 45%\)$/)]);
  });

  it("keeps boxes drawn within two columns of each other exactly equal", () => {
    const { rows } = rowsOf(
      doc([
        "┌──────────────────────────────────────┐",
        "│ TITLE                                │",
        "├──────────────────────────────────────┤",
        "│ ┌──────────┐ ┌────────────┐ ┌──────┐ │",
        "│ │ 🅰️ A      │ │ 🅱️ B        │ │ C    │ │",
        "│ └──────────┘ └────────────┘ └──────┘ │",
        "└──────────────────────────────────────┘",
      ]),
    );
    expect(rows[0]!.panels.map((p) => p.width)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    const equal = rowsOf(doc(["┌───────────────────────────┐", "│ TITLE                     │", "├───────────────────────────┤", "│ ┌──────────┐ ┌───────────┐│", "│ │ A        │ │ B         ││", "│ └──────────┘ └───────────┘│", "└───────────────────────────┘"]));
    expect(equal.rows[0]!.panels.map((p) => p.width)).toEqual([undefined, undefined]);
  });

  it("fails, naming the line, when a row holds more boxes than can show their titles legibly", () => {
    const n = 14;
    const top = "│" + "┌──────────┐".repeat(n) + "│";
    const text = doc(["┌" + "─".repeat(12 * n) + "┐", `│ TITLE${" ".repeat(12 * n - 6)}│`, "├" + "─".repeat(12 * n) + "┤", top, "│" + "│ 📌 LONGER │".repeat(n) + "│", "│" + "└──────────┘".repeat(n) + "│", "└" + "─".repeat(12 * n) + "┘"]);
    expect(() => readPromptDocument(text)).toThrow(/too narrow for its title "LONGER"/);
    try {
      readPromptDocument(text);
    } catch (err) {
      expect((err as { where: { line: number } }).where.line).toBe(13);
    }
  });
});
