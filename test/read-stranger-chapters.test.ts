// Chapters written by people who never saw the reader: English-only notes with prices written `~$600`, list
// items a narrow layout box wrapped over two lines, and the other quirks of the fixtures beside this file's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { hashBoxes } from "../src/read/prompt/plain-boxes.js";
import { joinWrappedItems } from "../src/read/prompt/box-lines.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
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
    expect(lead).toContain("• one node, rented in the cloud");
    expect(lead).not.toContain("in the cloud");
    expect(panel(sheet, /THE COST/).lead.map(richText)).toContain("• GPT-2 in 2019: ~$40,000");
  });

  it("draws <b>…</b> in a plan bullet bold, as **…** is, and &nbsp; as a space", () => {
    const list = panel(sheet, /THE MACHINE/).blocks.find((b) => b.kind === "bullets");
    if (list?.kind !== "bullets") throw new Error("no list in The Machine");
    expect(list.items[2]).toContainEqual({ text: "parallel matrix multiplications", bold: true });
    expect(richText(list.items[0]!).replace(/\u00a0/g, " ")).toBe("Nvidia H100 GPUs, 8 per node");
  });

  it("keeps a line that is not indented past the item as its own note", () => {
    const at = (text: string, line: number, col: number) => ({ text, line, col });
    expect(joinWrappedItems([at("- a", 1, 2), at("b", 2, 2), at("- c", 3, 2), at("d", 4, 4), at("e", 6, 4)]).map((l) => l.text)).toEqual(["- a", "b", "- c d", "e"]);
  });
});

describe("a layout drawn as Mermaid block-beta, plan sections labelled Panel A — … (working-memory-mermaid-layout)", () => {
  const { sheet, warnings } = readPromptDocument(fixture("working-memory-mermaid-layout"));

  it("reads the block-beta drawing as the page: its title block the banner, spans as widths, the stated heights", () => {
    expect(warnings.filter((w) => /no box diagram|default layout/.test(w))).toEqual([]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: KNOWLEDGE vs WORKING MEMORY 🍌");
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.length : 0))).toEqual([0, 3, 1, 2]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 30, 35, 25]);
    const bottom = sheet.rows[3];
    if (bottom?.kind !== "panels") throw new Error("no bottom row");
    const [tips, takeaways] = bottom.panels.map((p) => p.width ?? 0);
    expect(tips! / takeaways!).toBeCloseTo(2, 1);
  });

  it("drops the Panel X — label from box and section titles, so each section lands in its own box", () => {
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^흐릿한 기억/), expect.stringMatching(/^두 기억 비교/), expect.stringMatching(/^Key Takeaways/)]),
    );
    expect(panelsOf(sheet).filter((p) => /Panel [A-F]/.test(p.title))).toEqual([]);
    const compare = panel(sheet, /^두 기억 비교/);
    expect(compare.emoji).toBe("🔀");
    expect(compare.blocks.map((b) => b.kind)).toContain("table");
    expect(panel(sheet, /^흐릿한 기억/).blocks.some((b) => b.kind === "table")).toBe(false);
  });

  it("keeps the section's Mermaid flowchart with its table once Mermaid has parsed it", async () => {
    const parsed = await readPromptDocumentAsync(fixture("working-memory-mermaid-layout"));
    expect(panel(parsed.sheet, /^두 기억 비교/).blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(["table", "flowchart"]));
    expect(panel(parsed.sheet, /^흐릿한 기억/).blocks.some((b) => b.kind === "flowchart")).toBe(false);
  });

  it("takes the marks off a quote followed by its translation in parentheses, keeping the translation", () => {
    const quotes = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : [])));
    expect(quotes).toContain("Knowledge in the parameters is a vague recollection (파라미터 속 지식은 흐릿한 기억이다)");
    expect(quotes).toContain("It's always better to just give it the chapter (그냥 그 장을 주는 게 언제나 낫다)");
    expect(quotes.filter((q) => /^["“]/.test(q))).toEqual([]);
  });

  it("draws a > [!NOTE] callout as a note with a bold Note: label, not the marker", () => {
    const quotes = panel(sheet, /^작업 기억/).blocks.filter((b) => b.kind === "quote").map((b) => (b.kind === "quote" ? b.text : []));
    const note = quotes.find((q) => richText(q).includes("유한합니다"));
    expect(note?.[0]).toEqual({ text: "Note:", bold: true });
    expect(richText(note ?? [])).toMatch(/^Note: 컨텍스트 윈도우는 유한합니다/);
    expect(quotes.map(richText).join(" ")).not.toContain("[!NOTE]");
  });
});

describe("boxes drawn in # and =, a 2×3 grid of equal boxes with no ratio table, Term :: meaning lines (rlhf-gaming-hash-grid-long)", () => {
  const { sheet, warnings } = readPromptDocument(fixture("rlhf-gaming-hash-grid-long"));

  it("reads #====# borders and # sides as boxes: the banner, two rows of three, the notes inside", () => {
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: RLHF — 장점과 함정 🍌");
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.emoji) : []))).toEqual([[], ["🎯", "🤖", "⚖️"], ["👾", "🆚", "📌"]]);
    expect(panel(sheet, /WHY RLHF/).lead.map(richText)).toEqual(["검증 불가능한 영역", "사람 평가 10억 개?"]);
  });

  it("gives equal boxes stacked without a shared border equal rows, and no warning about a doubled line", () => {
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 45, 45]);
    expect(warnings.filter((w) => /repeats the one above/.test(w))).toEqual([]);
  });

  it("counts a row of boxes stacked under another as many lines as the boxes, the last row too", () => {
    const box = ["+------+ +------+", "| A    | | B    |", "|      | |      |", "+------+ +------+"];
    const rows = parseDiagram([...box, ...box.map((l) => l.replace("A", "C").replace("B", "D"))].join("\n"), 1);
    expect(rows.map((r) => r.lines)).toEqual([4, 4]);
    const shared = parseDiagram(["+------+", "| A    |", "+------+", "| B    |", "|      |", "+------+"].join("\n"), 1);
    expect(shared.map((r) => r.lines)).toEqual([2, 3]);
  });

  it("keeps a # inside a word and leaves drawings without #===# borders alone", () => {
    expect(hashBoxes("#=====#\n# C# and F# #\n#=====#")).toBe("+=====+\n| C# and F# |\n+=====+");
    expect(hashBoxes("┌──┐\n│ # │\n└──┘")).toBe("┌──┐\n│ # │\n└──┘");
  });

  it("reads Term :: meaning lines as one item per term with the term bold", () => {
    const why = panel(sheet, /WHY RLHF/).blocks.find((b) => b.kind === "bullets");
    if (why?.kind !== "bullets") throw new Error("no list in Why RLHF");
    expect(why.items.map(richText)).toContain("Unverifiable Domain: 정답을 자동 채점할 수 없는 영역 (농담, 시, 요약)");
    expect(why.items.every((i) => i[0]?.bold === true)).toBe(true);
    const versus = panel(sheet, /RLHF vs/).blocks.find((b) => b.kind === "bullets");
    expect(versus?.kind === "bullets" && versus.items.map((i) => i[0]?.text)).toEqual(["Verifiable RL", "RLHF", "Reward hacking 신호"]);
  });

  it("leaves lines that only name std::vector and std::map a paragraph", () => {
    const text = fixture("rlhf-gaming-hash-grid-long").replace("## 3. ⚖️ 고르기 vs 만들기\n", "## 3. ⚖️ 고르기 vs 만들기\nstd::vector 처럼 고르기\nstd::map 처럼 만들기\n\n");
    const blocks = panel(readPromptDocument(text).sheet, /고르기/).blocks;
    expect(blocks.some((b) => b.kind === "paragraph" && richText(b.text) === "std::vector 처럼 고르기 std::map 처럼 만들기")).toBe(true);
  });
});
