// A short label over what it heads (`Takeaways` over its list) never ends a column with what it heads in the
// next: a cut that leaves it at a column's foot moves it to the top of the next column, over its block.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelsWithNext, type Unit } from "../src/layout/flow.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { readSheet } from "../src/read/index.js";
import type { Block, Panel } from "../src/model/sheet.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const p = (text: string): Block => ({ kind: "paragraph", text: [{ text }] });
const list: Block = { kind: "bullets", style: "plain", items: [[{ text: "one" }], [{ text: "two" }]] };
const quote: Block = { kind: "quote", text: [{ text: "a quote" }], cite: "Andrej Karpathy" };
const unit = (src: number, bullet?: number): Unit => ({ item: { kind: "paragraph", lead: false, layout: { width: 10, height: 10, marks: [] }, center: false }, src, ...(bullet !== undefined ? { bullet, items: 1 } : {}) });

describe("a label a column cut leaves at a column's foot", () => {
  const panel = { id: "q", title: "Quotes & Takeaways", lead: [], blocks: [quote, p("Takeaways"), list] } as unknown as Panel;
  const at = [unit(0), unit(1), unit(2, 0), unit(2, 1)];

  it("goes to the top of the next column, over the list it heads", () => {
    expect(labelsWithNext([[0, 1], [2, 3]], at, panel)).toEqual([[0], [1, 2, 3]]);
  });

  it("stays where a cut leaves it with its list, or alone in its column", () => {
    expect(labelsWithNext([[0], [1, 2, 3]], at, panel)).toEqual([[0], [1, 2, 3]]);
    // Alone in its column (the quote went on in the one before), it would leave that column empty.
    expect(labelsWithNext([[0], [1], [2, 3]], at, panel)).toEqual([[0], [1], [2, 3]]);
  });

  it("a sentence ending a column is no label", () => {
    const prose = { ...panel, blocks: [quote, p("The model spreads its reasoning over many tokens."), list] } as Panel;
    expect(labelsWithNext([[0, 1], [2, 3]], at, prose)).toEqual([[0, 1], [2, 3]]);
  });
});

describe("tokens-to-think at A4: the quotes box's Takeaways label heads its list", () => {
  it("sits right over the list, in its column", async () => {
    const path = join(FIXTURES_DIR, "prompts", "tokens-to-think-model-panel-list-1920.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    const laid = layoutSheet(sheet, { page: "a4" });
    const r = layoutReport(laid, 96, laid.sheet ?? sheet);
    const panel = r.panels.find((x) => x.id === "quotes-takeaways")!;
    const label = panel.blocks.find((b) => b.kind === "paragraph" && b.text === "Takeaways")!;
    const lists = panel.blocks.filter((b) => b.kind === "bullets");
    const first = lists.sort((a, b) => a.y - b.y)[0]!;
    expect(Math.abs(label.x - first.x)).toBeLessThan(2);
    expect(label.y).toBeLessThan(first.y);
    expect(first.y - (label.y + label.height)).toBeLessThan(panel.fontPx * 1.5);
  });
});
