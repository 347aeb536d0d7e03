// A panel squeezed to the minimum beside bare ones in a row whose widths the document left to the layout:
// after every move for balance, it is drawn wider and the bare ones narrower (widths.ts), as a designer would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { bareBesideCrowded } from "../src/layout/bare.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

describe("a crowded panel beside bare ones takes width from them", () => {
  it("gives tokenization's takeaways at 16:9 room to write each point on one line", async () => {
    const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts/tokenization.txt"), "utf8"));
    const laid = layoutSheet(sheet, { page: "16:9" });
    const takeaways = laid.panels.find((p) => p.id === "takeaways")!;
    const row = laid.panels.filter((p) => p.row === takeaways.row);
    const even = row.reduce((s, p) => s + p.box.width, 0) / row.length;
    // Wider than its even share, the bare panels beside it narrower; the panel that was not bare keeps its share.
    expect(takeaways.box.width).toBeGreaterThan(even * 1.1);
    for (const id of ["languages", "cost"]) expect(row.find((p) => p.id === id)!.box.width).toBeLessThan(even);
    // Its four points in two columns, each on one line: no block taller than two lines of its text.
    for (const b of takeaways.blocks) expect(b.box.height).toBeLessThanOrEqual(takeaways.fontPx * 1.6 * 2);
    // Fewer bare panels beside one at the minimum than the two it had, and nothing over.
    expect(bareBesideCrowded(laid).bare.length).toBeLessThan(2);
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
  });
});

describe("widths measured from the drawing are a sketch; widths written are kept", () => {
  const limits = join(FIXTURES_DIR, "prompts/llm-limits-emoji-titles-tab-text-fence.txt");

  it("draws llm-limits' KEY TAKEAWAYS wider than its sketched box once HOW TO USE beside it holds one line", async () => {
    const { sheet } = await readSheet(readFileSync(limits, "utf8"));
    const bottom = sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels] : [])).find((ps) => ps.some((p) => p.id === "key-takeaways"))!;
    // Read from the boxes' widths in the drawing (33 and 27 columns), marked as drawn.
    expect(bottom.map((p) => [p.id, p.width, p.drawnWidth])).toEqual([
      ["how-to-use", expect.closeTo(0.55, 1), true],
      ["key-takeaways", expect.closeTo(0.45, 1), true],
    ]);
    const laid = layoutSheet(sheet);
    const takeaways = laid.panels.find((p) => p.id === "key-takeaways")!;
    const use = laid.panels.find((p) => p.id === "how-to-use")!;
    expect(takeaways.box.width).toBeGreaterThan(use.box.width);
    expect(bareBesideCrowded(laid).bare).toEqual([]);
  });

  it("keeps widths the document writes (`[60%]`) even when the wider panel is the bare one", async () => {
    const doc = readFileSync(limits, "utf8").replace("│ ✅                              │", "│ ✅ [55%]                        │").replace("│ 📌                        │", "│ 📌 [45%]                  │");
    const { sheet } = await readSheet(doc);
    const bottom = sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels] : [])).find((ps) => ps.some((p) => p.id === "key-takeaways"))!;
    expect(bottom.map((p) => [p.width, p.drawnWidth])).toEqual([[0.55, undefined], [0.45, undefined]]);
    const laid = layoutSheet(sheet);
    const w = (id: string) => laid.panels.find((p) => p.id === id)!.box.width;
    expect(w("how-to-use") / (w("how-to-use") + w("key-takeaways"))).toBeCloseTo(0.55, 1);
  });
});
