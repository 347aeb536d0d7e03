// A list run on into two columns of different widths keeps its halves even in count: 1 | 2 3 4 in a narrow and
// a wide column reads as a short list beside a long one, while 2 | 2 (or 1 | 1, each item on one line) is one list.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unevenList, type Unit } from "../src/layout/flow.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const unit = (src: number, bullet?: number, items = 1): Unit => ({ item: { kind: "bullets", lead: false, layout: { width: 10, height: 10, marks: [] }, center: false }, src, ...(bullet !== undefined ? { bullet, items } : {}) });

describe("unevenList", () => {
  const four = [unit(0, 0), unit(0, 1), unit(0, 2), unit(0, 3)];
  it("flags one list cut 1 | 3 or 3 | 1", () => {
    expect(unevenList([[0], [1, 2, 3]], four)).toBe(true);
    expect(unevenList([[0, 1, 2], [3]], four)).toBe(true);
  });
  it("keeps 2 | 2 and halves one item apart", () => {
    expect(unevenList([[0, 1], [2, 3]], four)).toBe(false);
    expect(unevenList([[0, 1], [2]], four.slice(0, 3))).toBe(false);
  });
  it("counts an item's nested points with it", () => {
    // Item 0 carries two nested points (3 lines of the list), items 1 and 2 one each.
    expect(unevenList([[0], [1, 2]], [unit(0, 0, 3), unit(0, 3), unit(0, 4)])).toBe(false);
  });
  it("leaves columns of different blocks alone", () => {
    expect(unevenList([[0], [1, 2, 3]], [unit(0), unit(1, 0), unit(1, 1), unit(1, 2)])).toBe(false);
    expect(unevenList([[0], [1, 2, 3]], [unit(0, 0), unit(1, 0), unit(1, 1), unit(1, 2)])).toBe(false);
  });
});

describe("takeaways run on into two columns", () => {
  const cases: [string, "a4" | "16:9", string][] = [
    ["deepseek-r1-chat-reply-bold-parts-tabbed-text-fence.txt", "16:9", "핵심 정리"],
    ["rlhf-no-ratio-table.txt", "a4", "KEY TAKEAWAYS"],
  ];
  for (const [file, page, title] of cases) {
    it(`${file} at ${page}: ${title} splits its four points two and two`, async () => {
      const path = join(FIXTURES_DIR, "prompts", file);
      const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
      const laid = layoutSheet(sheet, { page });
      const panel = laid.panels.find((x) => x.title.includes(title))!;
      const lists = panel.blocks.filter((b) => b.kind === "bullets").sort((a, b) => a.box.x - b.box.x);
      expect(lists).toHaveLength(2);
      // A takeaway's numbered badge is the one rect its item draws.
      const counts = lists.map((l) => l.marks.filter((m) => m.kind === "rect").length);
      expect(counts).toEqual([2, 2]);
    });
  }
});
