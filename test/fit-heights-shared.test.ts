// A band whose chart needs more height than any one other band can give at the minimum size: the bands with room
// give together, each in proportion to its height, and the widths the writer gave stay as written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { heightenings } from "../src/layout/heights.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const ALPHAGO = "alphago-rl-vs-sft-bullet-layout-shortcodes";

describe("a row over by more than any one row can give", () => {
  const sheet = {
    rows: [
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 20, panels: [{ id: "chart" }] },
      { kind: "panels", ratio: 45, panels: [{ id: "middle" }] },
      { kind: "panels", ratio: 25, panels: [{ id: "bottom" }] },
    ],
  } as unknown as Sheet;
  const box = (height: number) => ({ x: 0, y: 0, width: 100, height });
  const panel = (id: string, row: number, over: boolean) => ({ id, row, overflow: over, overflowPx: over ? 70 : 0, fontPx: over ? 12 : 15, minFontPx: 12, content: box(100), blocks: [{ box: box(over ? 170 : 40) }] });
  const laid = { panels: [panel("chart", 1, true), panel("middle", 2, false), panel("bottom", 3, false)] } as unknown as PositionedSheet;
  const tries = heightenings(sheet, laid).map((h) => h.sheet.rows.map((r) => Math.round(r.ratio * 100) / 100));

  it("is tried a tenth of the page taller, the rows with room giving in proportion to their heights", () => {
    expect(tries).toContainEqual([10, 30, 38.57, 21.43]);
    // The shared shift comes last: any shift one row can give alone is tried first.
    expect(tries.at(-1)).toEqual([10, 30, 38.57, 21.43]);
  });

  it("never leaves a giving row under four fifths of its written height, nor touches the title row", () => {
    for (const r of tries) {
      expect(r[0]).toBe(10);
      expect(r[2]).toBeGreaterThanOrEqual(0.8 * 45 - 1e-9);
      expect(r[3]).toBeGreaterThanOrEqual(0.8 * 25 - 1e-9);
      expect(r.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 6);
    }
  });
});

describe("the AlphaGo chapter on A4: two lanes of a chart stacked in a 20% band", async () => {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${ALPHAGO}.txt`), "utf8"), { page: "a4" });
  const laid = layoutSheet(sheet, { page: "a4" });
  const row = (id: RegExp) => laid.panels.find((p) => id.test(p.title))!;

  it("fits at the legible minimum, the big-idea band drawn taller", () => {
    expect(laid.panels.filter((p) => p.overflow).map((p) => p.title)).toEqual([]);
    expect(laid.rows[1]!.ratio).toBeGreaterThan(0.2);
    expect(row(/^Imitation/).blocks.map((b) => b.kind)).toContain("flowchart");
  });

  it("keeps the band's widths as written (about 65% and 35%), only its height changed", () => {
    const a = row(/^Imitation/).box.width;
    const b = row(/^Beyond Lee Sedol/).box.width;
    expect(a / (a + b)).toBeCloseTo(0.65, 1);
  });

  it("tells the writer every height it changed and what was written", () => {
    const said = laid.warnings.filter((w) => /of the page's height/.test(w));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^drew the row of "Imitation vs Discovery \(모방 vs 발견\)" at \d+(\.\d)?% \(written 20%\), the row of "The Elo Curve \(엘로 곡선\)" at \d+(\.\d)?% \(written 45%\) and the row of "SFT vs RL at a Glance \(한눈에 비교\)" at \d+(\.\d)?% \(written 25%\)/);
  });
});
