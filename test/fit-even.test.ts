// A full panel drawn smaller than the roomy panels beside it, in a row whose widths the document left to the
// layout, is drawn wider (even.ts): the packing is not only moved next door, and a width the user wrote stays.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { evener, evenings } from "../src/layout/even.js";
import { panelFill } from "../src/layout/bare.js";
import { readSheet } from "../src/read/index.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { panel, para, sheetOf } from "./layout-helpers.js";

async function laidOut(file: string, page?: "16:9"): Promise<PositionedSheet> {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", file), "utf8"));
  return layoutSheet(sheet, page ? { page } : {});
}

describe("a packed panel beside roomy ones is drawn wider", () => {
  it("gives the SFT chapter's chat-template panel the width its code lines need", async () => {
    const laid = await laidOut("sft-conversations-timeline.txt");
    const packed = laid.panels.find((p) => p.title.includes("대화 = 토큰 열"))!;
    const row = laid.panels.filter((p) => p.row === packed.row);
    expect(row).toHaveLength(3);
    // Wider than either neighbour, which gave it width and still hold their text at a larger size.
    for (const q of row.filter((p) => p !== packed)) {
      expect(packed.box.width).toBeGreaterThan(q.box.width * 1.1);
      expect(q.fontPx).toBeGreaterThanOrEqual(packed.fontPx);
      expect(panelFill(q)).toBeGreaterThan(0.25);
    }
    // Drawn above the size the even split allowed it (12.5 px: its two template lines set the width).
    expect(packed.fontPx).toBeGreaterThanOrEqual(14);
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
  });

  it("leaves a row alone when the document states its widths", async () => {
    const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", "sft-conversations-timeline.txt"), "utf8"));
    const unstated = layoutSheet(sheet, { repair: false });
    // Every panel taken as fitting no larger than drawn: the row is judged by its sizes and fills alone.
    const asDrawn = (s: PositionedSheet): Map<string, number> => new Map(s.panels.map((p) => [p.id, p.fontPx]));
    expect(evenings(sheet, unstated, asDrawn(unstated)).length).toBeGreaterThan(0);
    // The same chapter with its first row's widths written out, evenly: nothing to try.
    const rows = sheet.rows.map((r, k) => (k === 1 && r.kind === "panels" ? { ...r, panels: r.panels.map((p) => ({ ...p, width: 1 / r.panels.length })) } : r));
    const stated = { ...sheet, rows };
    const laid = layoutSheet(stated, { repair: false });
    expect(evenings(stated, laid, asDrawn(laid))).toEqual([]);
  });

  it("refuses a widening that only moves the packing next door", () => {
    // Two panels of one row: `a` full and small, `b` roomy. Widening `a` until `b` is drawn smaller than `a`
    // is no better page.
    const long = para("아주 긴 설명이 여러 줄에 걸쳐 이어지는 문단입니다. ".repeat(8));
    const sheet = sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 90, panels: [panel("a", [long]), panel("b", [para("짧은 한 줄")])] },
    ]);
    const shrink = (s: PositionedSheet, id: string, px: number): PositionedSheet => ({ ...s, panels: s.panels.map((p) => (p.id === id ? { ...p, fontPx: px } : p)) });
    const laid = layoutSheet(sheet, { repair: false });
    const px = laid.panels.find((p) => p.id === "a")!.fontPx;
    const now = shrink(laid, "b", px + 4);
    const grown = shrink(now, "a", px + 2);
    // `b` drawn below the widened `a` and below its own size: refused.
    expect(evener(shrink(grown, "b", px + 1), now, "a")).toBe(false);
    // `b` still above the widened `a`: taken.
    expect(evener(shrink(grown, "b", px + 3), now, "a")).toBe(true);
    // `a` not a pixel larger: refused.
    expect(evener(shrink(now, "a", px + 0.5), now, "a")).toBe(false);
  });
});
