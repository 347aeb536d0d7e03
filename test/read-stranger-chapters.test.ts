// Chapters written by people who never saw the reader: English-only notes with prices written `~$600`, list
// items a narrow layout box wrapped over two lines, and the other quirks of the fixtures beside this file's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { joinWrappedItems } from "../src/read/prompt/ascii-layout.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};

describe("an English-only chapter with HTML in its tables (compute-gpus-english-html)", () => {
  const { sheet } = readPromptDocument(fixture("compute-gpus-english-html"));

  it("reads one tilde as 'about', not as a strike: ~$600<br>(~$100 if careful) keeps both prices", () => {
    const cost = panel(sheet, /THE COST/);
    const table = cost.blocks.find((b) => b.kind === "table");
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    const cell = table.rows[1]![1]!;
    expect(richText(cell)).toBe("~$600\n(~$100 if careful)");
    expect(cell.some((s) => s.strike)).toBe(false);
  });

  it("joins a list item the box wrapped onto its next, indented line", () => {
    const lead = panel(sheet, /THE MACHINE/).lead.map(richText);
    expect(lead).toContain("- one node, rented in the cloud");
    expect(lead).not.toContain("in the cloud");
    expect(panel(sheet, /THE COST/).lead.map(richText)).toContain("- GPT-2 in 2019: ~$40,000");
  });

  it("keeps a line that is not indented past the item as its own note", () => {
    const at = (text: string, line: number, col: number) => ({ text, line, col });
    expect(joinWrappedItems([at("- a", 1, 2), at("b", 2, 2), at("- c", 3, 2), at("d", 4, 4), at("e", 6, 4)]).map((l) => l.text)).toEqual(["- a", "b", "- c d", "e"]);
  });
});
