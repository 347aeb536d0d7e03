// Two short text blocks in a row of a pressed panel may stand one above the other in one place of it (shelf.ts
// `piled`): the quotes beside a mind map and a chain, as a person fills the room beside a diagram rather than
// starting a row for the last quote. The room that frees lets a block that overflowed elsewhere move in.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { fixtures } from "./fixtures/list.js";

describe("short blocks piled in a shelf", async () => {
  const doc = fixtures().find((f) => f.name === "rlhf-reward-model-dense-code");
  it.runIf(doc)("fits rlhf-reward-model-dense-code on A4, its RLHF PIPELINE quotes piled beside the mind map", async () => {
    const { sheet } = await readSheet(doc!.text, { file: doc!.path });
    const page = layoutSheet(sheet, { page: "a4" });
    expect(page.panels.filter((p) => p.overflow).map((p) => `${p.id} ${p.overflowPx}px`)).toEqual([]);
    for (const p of page.panels) expect(p.fontPx).toBeGreaterThanOrEqual(p.minFontPx);
    const pipeline = page.panels.find((p) => p.id === "rlhf-pipeline")!;
    const quotes = pipeline.blocks.filter((b) => b.kind === "quote").map((b) => b.box);
    const map = pipeline.blocks.find((b) => b.kind === "mindmap")!.box;
    // Two quotes share a left edge, one under the other, both in the mind map's band.
    const piled = quotes.some((a) => quotes.some((b) => a !== b && Math.abs(a.x - b.x) < 0.5 && b.y >= a.y + a.height));
    expect(piled).toBe(true);
    for (const q of quotes) expect(q.y + q.height).toBeLessThanOrEqual(map.y + map.height + 40);
  });
});
