// A list flowing over two columns keeps each item's nested points with it: a point parted from the line it
// explains would open the next column as a point of its own.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import type { Block } from "../src/model/sheet.js";
import type { PositionedBlock } from "../src/model/positioned.js";
import { panel, sheetOf } from "./layout-helpers.js";

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
