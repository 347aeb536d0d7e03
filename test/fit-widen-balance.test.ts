// A panel squeezed to the minimum beside bare ones in a row whose widths the document left to the layout:
// after every move for balance, it is drawn wider and the bare ones narrower (widths.ts), as a designer would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { bareBesideCrowded } from "../src/layout/rebalance.js";
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
