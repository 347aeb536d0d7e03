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
