// A table of short cells in a wide panel is drawn near its natural width and centred, not stretched across the
// panel with its columns far apart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutTable } from "../src/blocks/table/layout.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import type { Rich, Table } from "../src/model/sheet.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const rich = (text: string): Rich => [{ text }];
const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: [], ink: "#222", seed: 1 };
const short: Table = { kind: "table", header: [rich("from"), rich("to"), rich("amount")], rows: [[rich("Common Crawl"), rich("URL 필터 통과"), rich("70")], [rich("본문 추출"), rich("FineWeb"), rich("40")]] };

describe("a table's width", () => {
  it("spreads a short table to at most one and a half times its natural width", () => {
    const snug = layoutTable(short, env, { width: 2000, height: 400 });
    // Its natural width: the least at which no cell wraps (the table is as tall as in 2,000 px).
    let w = 50;
    while (layoutTable(short, env, { width: w, height: 400 }).height > snug.height) w += 5;
    expect(snug.width).toBeGreaterThan(w);
    expect(snug.width).toBeLessThanOrEqual(w * 1.5 + 1);
    // Where there is less room than that, it takes all of it.
    expect(layoutTable(short, env, { width: w * 1.2, height: 400 }).width).toBeCloseTo(w * 1.2, 0);
  });

  it("draws a table without a header as its rows alone, no empty tinted row on top", () => {
    const bare: Table = { ...short, header: [] };
    const withHeader = layoutTable(short, env, { width: 2000, height: 400 });
    const without = layoutTable(bare, env, { width: 2000, height: 400 });
    // Three rows instead of four (the header's), each as tall as before.
    expect(without.height).toBeCloseTo((withHeader.height * 2) / 3, 0);
    expect(without.marks.some((m) => m.kind === "rect")).toBe(false);
    // Its first rule sits on top of its first row of text.
    expect(without.marks.filter((m) => m.kind === "line" && m.x1 === 0 && m.y1 === m.y2).length).toBe(3);
  });

  it("centres the FineWeb chapter's table of flows under its pipeline", async () => {
    const path = join(FIXTURES_DIR, "prompts", "fineweb-nested-setext.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    const laid = layoutSheet(sheet);
    const pipeline = laid.panels.find((p) => p.title === "FILTERING PIPELINE")!;
    const table = pipeline.blocks.find((b) => b.kind === "table")!;
    const content = pipeline.content!;
    expect(table.box.width).toBeLessThan(content.width * 0.7);
    const mid = (x: number, width: number): number => x + width / 2;
    expect(Math.abs(mid(table.box.x, table.box.width) - mid(content.x, content.width))).toBeLessThan(content.width * 0.05);
  });
});
