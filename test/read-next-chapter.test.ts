// The next chapter, written by someone else: a plan written as one numbered outline, and the other forms of
// the fixtures keeping-track-screen-aligned and those beside it. Small inline documents, one per fault.
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { InputError } from "../src/errors.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";

/** A prompt document in the template with no layout diagram (panels come from the plan) and this plan. */
function doc(plan: string): string {
  return ["# Source Text", "---", 'title: "Next chapter"', "---", "", "## Next chapter", "", "Some source text.", "", "# Output Structure Plan", "", plan, ""].join("\n");
}
const planWarnings = (warnings: string[]) => warnings.filter((w) => !/no # Layout Structure/.test(w));
const titles = (sheet: Sheet) => panelsOf(sheet).map((p) => p.title);

describe("a plan written as one numbered outline", () => {
  const plan = [
    "1. 🏟️ **LM Arena** — 사람이 매기는 순위",
    "   - 두 답을 나란히 비교",
    "     - blind 선택",
    "",
    "   ```mermaid",
    "   flowchart LR",
    "       Q[질문] --> V{어느 쪽?}",
    "   ```",
    "",
    "2. 📰 **AI News**",
    "   - 거의 매일",
    "",
    "4. 🐦 **X**",
    "   - 실시간",
    "",
    "| 소식통 | 속도 |",
    "|---|---|",
    "| X | 실시간 |",
    "",
    "7. 📌 핵심 정리",
    "   - 직접 써보기",
  ].join("\n");
  it("reads each top-level item as a section, its points and diagram as the body, numbers skipped or not", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    expect(titles(sheet)).toEqual(["LM Arena — 사람이 매기는 순위", "AI News", "X", "핵심 정리"]);
    const arena = panelsOf(sheet)[0]!;
    expect(arena.emoji).toBe("🏟️");
    expect(arena.blocks.map((b) => b.kind).sort()).toEqual(["bullets", "flowchart"]);
  });

  it("gives a table standing between two items to the item before it", () => {
    const { sheet } = readPromptDocument(doc(plan));
    const x = panelsOf(sheet)[2]!;
    expect(x.blocks.map((b) => b.kind)).toEqual(["bullets", "table"]);
  });

  it("keeps a plain bullet list with no points under its items as no sections", () => {
    expect(() => readPromptDocument(doc("- 하나\n- 둘\n"))).toThrow(InputError);
  });

  it("reads bullet items that each have points under them as sections too", () => {
    const { sheet: s, warnings: w } = readPromptDocument(doc("- **첫째**\n  - a\n- **둘째**\n  - b\n"));
    expect(planWarnings(w)).toEqual([]);
    expect(titles(s)).toEqual(["첫째", "둘째"]);
    expect(panelsOf(s).map((p) => p.blocks.map((b) => (b.kind === "bullets" ? b.items.map(richText) : b.kind)))).toEqual([[["a"]], [["b"]]]);
  });
});
