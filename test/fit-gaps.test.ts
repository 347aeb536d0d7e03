// Content set at the optical centre of a panel's free height: the gaps between stacked blocks grow only a little
// (MAX_STACK_GAP_GROWTH), the rest of the spare height goes above and below the stack, so a heading line,
// its list and the note under it still read as one group.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { MAX_STACK_GAP_GROWTH, spread, TOP_SHARE } from "../src/layout/balance.js";
import type { PositionedPanel } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { fixtures } from "./fixtures/list.js";

/** The gap over each block that has its band of the panel to itself (no block beside it), to the block above. */
function stackGaps(p: PositionedPanel): number[] {
  const boxes = p.blocks.map((b) => b.box);
  const out: number[] = [];
  for (const b of boxes) {
    const beside = boxes.some((o) => o !== b && o.y < b.y + b.height - 0.5 && b.y < o.y + o.height - 0.5);
    if (beside) continue;
    const above = boxes.filter((o) => o.y + o.height <= b.y + 0.5);
    if (above.length === 0) continue;
    out.push(b.y - Math.max(...above.map((o) => o.y + o.height)));
  }
  return out;
}

describe("stack gaps in a panel with room to spare", async () => {
  // The fixtures whose panels are roomiest: a few lines in a tall box, where the gaps used to balloon.
  const names = ["rlhf-gaming-hash-grid-long", "tokens-to-think-dense-a4", "where-to-find-llms-five-16x9", "inference", "llm-psychology"];
  const docs = fixtures().filter((f) => names.some((n) => f.name.includes(n)));

  it("reads the roomy fixtures", () => {
    expect(docs.length).toBeGreaterThanOrEqual(names.length);
  });

  for (const f of docs) {
    for (const page of ["a4", "16:9"] as const) {
      it(`${f.name} at ${page}: no gap between stacked blocks past ${MAX_STACK_GAP_GROWTH}× its base`, async () => {
        const laid = layoutSheet((await readSheet(f.text)).sheet, { page });
        for (const p of laid.panels) {
          // The base gap is 0.6 em (0.3 em pressed for room): the loosest a stack's gap may come out.
          const most = p.fontPx * 0.6 * MAX_STACK_GAP_GROWTH + 0.5;
          for (const g of stackGaps(p)) expect(g, `${p.id} at ${p.fontPx}px`).toBeLessThanOrEqual(most);
        }
      });
    }
  }

  it("puts the spare height around the stack once its gaps have grown as far as they may, at the optical centre", () => {
    const tops = spread([20, 20, 20], 10, 400);
    // Two gaps of 10 px grown to 15 px; of the rest, a third above and two thirds below.
    expect(tops[1]! - tops[0]! - 20).toBeCloseTo(10 * MAX_STACK_GAP_GROWTH);
    const below = 400 - (tops[2]! + 20);
    expect(tops[0]).toBeCloseTo(below / 2);
    expect(TOP_SHARE).toBeCloseTo(1 / 3);
  });
});
