// A table squeezed beside other blocks breaks the words of its narrow columns mid-word (`~$40,00|0`, `데이터·하|드웨어`).
// Auto-fit weighs each broken word against body size (fit.ts `BROKEN_WORD_PX`): a person sets the table where
// its words stay whole (above the quotes rather than beside them) when that costs little size.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { layoutTable } from "../src/blocks/table/layout.js";
import type { Table } from "../src/model/sheet.js";
import type { PositionedBlock } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { fixtures } from "./fixtures/list.js";

const env = { fontPx: 15, minFontPx: 12, accent: "#2f9e44", palette: ["#2f9e44"], ink: "#22304a", seed: 1 };
const cell = (text: string) => [{ text }];
const table: Table = {
  kind: "table",
  header: [cell("연도"), cell("비용"), cell("이유")],
  rows: [[cell("2019"), cell("~$40,000"), cell("원조 GPT-2")], [cell("최적화 시"), cell("~$100"), cell("더 좋은 데이터·하드웨어·소프트웨어")]],
} as Table;

/** The block's lines of text: its text marks joined by the line they stand on, left to right. */
function lines(b: PositionedBlock): string[] {
  const byY = new Map<number, { x: number; text: string }[]>();
  for (const m of b.marks) if (m.kind === "text") byY.set(Math.round(m.y), [...(byY.get(Math.round(m.y)) ?? []), { x: m.x, text: m.text }]);
  return [...byY.values()].map((ms) => ms.sort((a, c) => a.x - c.x).map((m) => m.text).join(""));
}

describe("a table's words kept whole", async () => {
  it("counts the cells whose longest word is wider than their column", () => {
    const narrow = layoutTable(table, env, { width: 150, height: 400 });
    expect(narrow.broken ?? 0).toBeGreaterThan(0);
    const wide = layoutTable(table, env, { width: 600, height: 400 });
    expect(wide.broken).toBeUndefined();
  });

  const doc = fixtures().find((f) => f.name === "gpt2-training-sidebar");
  it.runIf(doc)("sets gpt2-training-sidebar's COST table at 16:9 where ~$40,000 and 데이터·하드웨어·소프트웨어 stay whole", async () => {
    const { sheet } = await readSheet(doc!.text, { file: doc!.path });
    const page = layoutSheet(sheet, { page: "16:9" });
    const cost = page.panels.find((p) => p.id === "cost-then-vs-now")!;
    const t = cost.blocks.find((b) => b.kind === "table")!;
    const words = lines(t).join("\n");
    expect(words).toContain("~$40,000");
    expect(words).toContain("데이터·하드웨어·소프트웨어");
    // At little cost: within a size step per word it would have broken, and nothing overflows.
    expect(cost.overflow).toBe(false);
    expect(cost.fontPx).toBeGreaterThanOrEqual(13);
  });
});
