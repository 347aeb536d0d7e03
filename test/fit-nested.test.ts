// A list flowing over two columns keeps each item's nested points with it: a point parted from the line it
// explains would open the next column as a point of its own.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import type { Block } from "../src/model/sheet.js";
import type { PositionedBlock } from "../src/model/positioned.js";
import { panel, sheetOf } from "./layout-helpers.js";
import { units } from "../src/layout/flow.js";

const items = ["사람이 직접 채점하면?", "업데이트 1,000번 × 프롬프트 1,000개", "사람 평가 10억 번 → 불가능", "해법: 사람을 흉내 내는 신경망", "보상 모델이 순위를 흉내 낸다", "RL은 그 점수를 올린다"];
const nested: Block = { kind: "bullets", style: "plain", items: items.map((text) => [{ text }]), depths: [0, 1, 1, 0, 1, 1] };

// Text runs are set piece by piece (a number apart from its unit): compared without spaces.
const textOf = (b: PositionedBlock): string => b.marks.map((m) => (m.kind === "text" ? m.text : "")).join("").replace(/\s+/g, "");

describe("a nested list in two columns", () => {
  it("sets each item with its nested points in one column", () => {
    const sheet = sheetOf([
      { kind: "title", ratio: 10 },
      // A wide, short panel: the list runs in two columns.
      { kind: "panels", ratio: 20, panels: [panel("a", [nested])] },
      { kind: "panels", ratio: 70, panels: [panel("b", [{ kind: "paragraph", text: [{ text: "아래 칸" }] }])] },
    ]);
    const laid = layoutSheet(sheet, { repair: false });
    const lists = laid.panels.find((p) => p.id === "a")!.blocks.filter((b) => b.kind === "bullets");
    expect(lists.length).toBe(2);
    const holding = (text: string): PositionedBlock => lists.find((b) => textOf(b).includes(text))!;
    // 채점 and both its points in one column, 해법 and both of its in the other.
    expect(holding("업데이트")).toBe(holding("사람이"));
    expect(holding("10억번")).toBe(holding("사람이"));
    expect(holding("보상")).toBe(holding("해법:"));
    expect(holding("RL은")).toBe(holding("해법:"));
    expect(holding("해법:")).not.toBe(holding("사람이"));
  });
});

describe("a nested list parted between columns (the `part` rescue)", () => {
  const ctx = { accent: "#1971c2", palette: ["#e8590c"], seed: 3, minFontPx: 12, maxFontPx: 22, width: 600, height: 200, tight: true, part: true };
  it("keeps each line with its first nested point, so no column ends on a line whose points all went on", () => {
    const p = panel("a", [nested]);
    const us = units(p, [{ block: nested, i: 0 }], true, 280, 200, 12, 4, ctx);
    // 사람이 직접 채점하면? + its first point, its second point alone; the same for 해법.
    expect(us.map((u) => [u.bullet, u.items])).toEqual([[0, 2], [2, 1], [3, 2], [5, 1]]);
    // Not parted, each line and all its points are one unit.
    expect(units(p, [{ block: nested, i: 0 }], true, 280, 200, 12, 4, { ...ctx, part: false }).map((u) => u.items)).toEqual([3, 3]);
  });
});
