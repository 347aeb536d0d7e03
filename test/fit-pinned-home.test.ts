// A section's table sent away for room, and a quote that balancing then moved into the room it left: the table
// outranks the quote its words placed. The page with the table home (its box's restated lines left out) wins when
// it fits, the quote standing wherever balancing then puts it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NOTION = "preview-notion-export-toggles-column-rows";

describe("the preview chapter at 16:9: the test-time table and the context-window quote", async () => {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${NOTION}.txt`), "utf8"), { page: "16:9" });
  const laid = layoutSheet(sheet, { page: "16:9" });
  const report = layoutReport(laid, 96, laid.sheet ?? sheet);
  const where = (text: RegExp): string[] => report.panels.filter((p) => p.blocks.some((b) => b.kind !== "lead" && text.test(b.text))).map((p) => p.title);

  it("draws the table comparing training, inference and test-time training in TEST-TIME TRAINING", () => {
    expect(where(/^\| Training \| Inference/)).toEqual([expect.stringMatching(/^TEST-TIME TRAINING/)]);
  });

  it("fits, and the quote stays in a panel it is about", () => {
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
    expect(where(/^The context window is a very finite/)).toEqual([expect.stringMatching(/^(TEST-TIME TRAINING|TAKEAWAYS)/)]);
  });
});

// Its 15% top row is too low for the size box's table at first, so the table leaves; the row is then drawn taller
// for the crawl box beside it, and in that taller row the table fits at home after all.
const FINEWEB = "fineweb-dot-plantuml-pipe-dash-drawing";

describe.each(["a4", "16:9"] as const)("the FineWeb chapter at %s: the size table and the taller top row", async (page) => {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${FINEWEB}.txt`), "utf8"), { page });
  const laid = layoutSheet(sheet, { page });
  const report = layoutReport(laid, 96, laid.sheet ?? sheet);
  const where = (text: RegExp): string[] => report.panels.filter((p) => p.blocks.some((b) => b.kind !== "lead" && text.test(b.text))).map((p) => p.title);

  it("draws the Common Crawl vs FineWeb table in FINEWEB 규모, placed there by its emoji, nothing moved", () => {
    expect(where(/^항목 \| Common Crawl \| FineWeb/)).toEqual([expect.stringMatching(/^FINEWEB 규모/)]);
    const table = report.panels.flatMap((p) => p.blocks).find((b) => /^항목 \| Common Crawl/.test(b.text));
    expect(table?.reason).toBe("emoji");
    expect(laid.moves ?? []).toEqual([]);
  });

  it("fits, and says the top row was drawn taller than written", () => {
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
    expect(laid.warnings.some((w) => /row of .*COMMON CRAWL.* at \d+(\.\d+)?% \(written 15%\)/i.test(w))).toBe(true);
  });
});
