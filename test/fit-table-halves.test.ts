// A long table that is all a short, wide panel holds is written in halves side by side, each under the header,
// when it fits no other way; beside other blocks it stays whole.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import type { Block, Rich } from "../src/model/sheet.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { panel, para, sheetOf } from "./layout-helpers.js";

const rich = (text: string): Rich => [{ text }];
const links: Block = {
  kind: "table",
  header: [rich("자료"), rich("무엇"), rich("링크"), rich("메모")],
  rows: Array.from({ length: 8 }, (_, k) => [rich(`자료 ${k + 1}`), rich("모델 순위표"), rich(`site${k}.example.com`), rich("사람 투표 기반")]),
};
const page = (blocks: Block[]) =>
  sheetOf([
    { kind: "title", ratio: 10 },
    { kind: "panels", ratio: 72, panels: [panel("a", [para("위 칸")]), panel("b", [para("또 한 칸")])] },
    { kind: "panels", ratio: 18, panels: [panel("links", blocks)] },
  ]);
const tablesIn = (s: PositionedSheet, id: string) => s.panels.find((p) => p.id === id)!.blocks.filter((b) => b.kind === "table");

describe("a long table in a short, wide panel", () => {
  it("is set in parts side by side (two or three), each under the header, and fits", () => {
    const laid = layoutSheet(page([links]));
    const p = laid.panels.find((x) => x.id === "links")!;
    expect(p.overflow).toBeFalsy();
    const halves = tablesIn(laid, "links");
    expect(halves.length).toBeGreaterThanOrEqual(2);
    for (const [k, h] of halves.slice(1).entries()) {
      expect(h.box.y).toBeLessThan(halves[k]!.box.y + halves[k]!.box.height);
      expect(h.box.x).toBeGreaterThan(halves[k]!.box.x + halves[k]!.box.width - 1);
    }
    // Every part draws the header's words.
    const texts = (b: (typeof halves)[number]) => JSON.stringify(b.marks);
    for (const h of halves) expect(texts(h)).toContain("링크");
  });

  it("stays whole beside another block", () => {
    const laid = layoutSheet(page([para("표 위의 한 줄"), links]));
    expect(tablesIn(laid, "links")).toHaveLength(1);
  });

  it("lets lecture-summary's eight links fit its bottom band at A4 and 16:9", async () => {
    const path = join(FIXTURES_DIR, "prompts", "lecture-summary-portrait-deep-numbered.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    for (const pageSize of [undefined, "16:9"] as const) {
      const laid = layoutSheet(sheet, pageSize ? { page: pageSize } : {});
      const next = laid.panels.find((p) => p.id === "where-to-go-next")!;
      expect(next.overflow, pageSize ?? "a4").toBeFalsy();
      expect(next.fontPx).toBeGreaterThan(next.minFontPx);
      expect(tablesIn(laid, "where-to-go-next")).toHaveLength(2);
    }
  });
});
