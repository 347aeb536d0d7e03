// The last rescue of a page that still overflows: the overflowing row takes height from a roomy one, in small
// steps, kept only while the page overflows less, within bounds, and said in a warning; a page that fits keeps
// its heights.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { promptDoc } from "./read-helpers.js";

/** A title over one box alone in its row (nothing beside it to widen into), over the takeaways. */
const STACKED = [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+------------------------------------------+",
  "| 🅰️ ALPHA                                 |",
  "+------------------------------------------+",
  "+------------------------------------------+",
  "| 📌 TAKEAWAYS                             |",
  "+------------------------------------------+",
];
const heights = (share: [number, number, number]): string[] => ["", "| 영역 | 비율 |", "|---|---|", `| 상단 | ${share[0]}% |`, `| 중단 | ${share[1]}% |`, `| 하단 | ${share[2]}% |`, ""];
const items = (n: number): string[] => Array.from({ length: n }, (_, k) => `- 항목 ${k + 1}: 이 줄은 한 칸을 넘칠 만큼 충분히 긴 설명을 담고 있어서 여러 줄로 접힙니다`);

async function laid(share: [number, number, number], alpha: number) {
  const { sheet } = await readSheet(promptDoc(STACKED, ["## 🅰️ Alpha", ...items(alpha), "## 📌 Takeaways", "- one short takeaway"], { after: heights(share) }));
  const page = layoutSheet(sheet);
  return { stated: sheet.rows.map((r) => r.ratio), drawn: page.rows.map((r) => r.ratio * 100), page };
}

describe("a row too low for its content above a roomy one", () => {
  it("is drawn taller, the roomy row lower, and the page says so", async () => {
    const { stated, drawn, page } = await laid([10, 15, 75], 12);
    expect(page.panels.some((p) => p.overflow)).toBe(false);
    expect(drawn[1]).toBeGreaterThan(stated[1]! + 1);
    expect(drawn[2]).toBeLessThan(stated[2]!);
    expect(drawn[0]).toBeCloseTo(stated[0]!, 5);
    expect(page.warnings).toContainEqual(expect.stringMatching(/^row 2 is drawn [\d.]+% of the page high instead of 15%: its content does not fit in 15%$/));
    expect(page.warnings).toContainEqual(expect.stringMatching(/^row 3 is drawn [\d.]+% of the page high instead of 75%: giving room to a row whose content does not fit$/));
  });

  it("grows a row to at most twice its height, and a row gives at most a third of its own", async () => {
    const { drawn, page } = await laid([10, 15, 75], 40);
    expect(page.panels.some((p) => p.overflow)).toBe(true);
    expect(drawn[1]).toBeLessThanOrEqual(30 + 1e-6);
    expect(drawn[2]).toBeGreaterThanOrEqual(50 - 1e-6);
  });

  it("keeps the stated heights, and says nothing, when the page fits as stated", async () => {
    const { stated, drawn, page } = await laid([10, 45, 45], 3);
    expect(page.panels.some((p) => p.overflow)).toBe(false);
    drawn.forEach((d, k) => expect(d).toBeCloseTo(stated[k]!, 5));
    expect(page.warnings.filter((w) => /of the page high instead of/.test(w))).toEqual([]);
  });
});
