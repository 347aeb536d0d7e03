// Chapters written by others, read as their writers meant: a FineWeb chapter whose layout is ruled in `=` with
// `|` walls and no corner anywhere (`|=====|=====|`), one box's right wall left off a line; whose pipeline is a
// numbered list of stages with a lone `↓` line between each and the next, the outcome typed under the last
// arrow; with a ratio table of `세로 비율` and `가로 비율` columns, a Notion callout and a bold totals row.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Flowchart, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const FW = "fineweb-equals-walls-arrow-steps-callout";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${FW}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const charts = (sheet: Sheet): Flowchart[] => all(sheet).filter((b): b is Flowchart => b.kind === "flowchart");
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a drawing ruled in = with | walls and no corner anywhere", () => {
  const ruled = [
    "|==========================================|",
    "| 🍌 TITLE 🍌                              |",
    "|==========================================|",
    "| 🅰️ ALPHA           | 🅱️ BETA            |",
    "| a words            | b words             |",
    "|====================|=====================|",
    "| 📌 TAKEAWAYS                             |",
    "|==========================================|",
  ];

  it("reads the walls as walls: ALPHA and BETA side by side, with nothing assumed", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(ruled, PLAN));
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(warnings.join("\n")).not.toMatch(/border is missing|no junction|without a bottom border|no title line/);
  });

  it("says so where a wall is left off a line, and still reads the boxes", async () => {
    const typo = [...ruled];
    typo[4] = "| a words            | b words";
    const { sheet, warnings } = await readSheet(promptDoc(typo, PLAN));
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(warnings.filter((w) => /border is missing/.test(w))).toHaveLength(1);
  });
});

describe("a list of stages with a lone down arrow between each and the next", () => {
  const FIVE = ["+------------------------------------------+", "| 🍌 TITLE 🍌                              |", "+------------------------------------------+", "+------------------------------------------+", "| 🏭 PIPELINE                              |", "+------------------------------------------+"];
  const plan = (list: string[]): string[] => ["## 🏭 Pipeline", "", ...list, ""];

  it("draws the stages as one top-to-bottom flowchart, each stage's gloss its caption, the outcome its last box", async () => {
    const list = ["1. Fetch — 페이지 받기", "   ↓", "2. Clean: 본문만", "   ↓", "3. Store", "   ↓", "✅ Done"];
    const { sheet } = await readSheet(promptDoc(FIVE, plan(list)));
    const [chart] = charts(sheet);
    expect(chart?.direction).toBe("TB");
    expect(chart?.nodes.map((n) => [n.label, n.caption])).toEqual([["Fetch", "페이지 받기"], ["Clean", "본문만"], ["Store", undefined], ["✅ Done", undefined]]);
    expect(chart?.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["n1>n2", "n2>n3", "n3>n4"]);
    expect(all(sheet).some((b) => b.kind === "bullets")).toBe(false);
  });

  it("reads bullets joined by ⬇️ the same way", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE, plan(["- Fetch", "  ⬇️", "- Clean", "  ⬇️", "- Store"])));
    expect(charts(sheet)[0]?.nodes.map((n) => n.label)).toEqual(["Fetch", "Clean", "Store"]);
  });

  it("keeps a list a list when an item does not end in an arrow", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE, plan(["1. Fetch", "   ↓", "2. Clean", "3. Store"])));
    expect(charts(sheet)).toHaveLength(0);
    expect(all(sheet).some((b) => b.kind === "bullets")).toBe(true);
  });

  it("keeps a list a list when its arrows are words in the items", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE, plan(["- 비용 ↓", "- 품질 ↑", "- 속도 ↓"])));
    expect(charts(sheet)).toHaveLength(0);
  });

  it("reads a 2,000-line hostile list to the diagram limit's own error", async () => {
    const long = Array.from({ length: 1000 }, (_, k) => [`${k + 1}. ${"a — ".repeat(30)}step`, "   ↓"]).flat();
    await expect(readSheet(promptDoc(FIVE, plan(long)))).rejects.toThrow(/flowchart of 1000 nodes/);
  });
});

describe(`the fixture ${FW}, read as its writer meant`, () => {
  it("reads the = drawing's rows and the ratio table's heights and widths", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["COMMON CRAWL (원재료)", "FINEWEB PIPELINE"], ["규모 (SCALE)", "LANGUAGE FILTER", "DEDUP & PII"], ["KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([8, 45, 32, 15]);
    const widths = sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []));
    expect(widths[1]).toEqual([0.4, 0.6]);
    expect(widths[2]).toEqual([0.3, 0.4, 0.3]);
  });

  it("draws the pipeline as its stages, and the language filter's Mermaid chart", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /PIPELINE/))).toContain("flowchart");
    const [pipeline] = charts(sheet);
    expect(pipeline?.nodes.map((n) => n.label)).toEqual(["URL Filtering", "Text Extraction", "Language Filtering", "Deduplication", "PII Removal", "✅ FineWeb (약 44TB, 15조 토큰)"]);
    expect(kinds(panel(sheet, /LANGUAGE FILTER/))).toContain("flowchart");
    expect(JSON.stringify(sheet)).not.toMatch(/racist…\) ↓/);
  });

  it("keeps the quotes, the callout, the totals row and the one rightful warning", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    const quotes = all(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
    expect(quotes.some((q) => /^We want large diversity of high quality documents \(우리가 원하는 건/.test(q))).toBe(true);
    expect(quotes.some((q) => /44 terabytes/.test(q))).toBe(true);
    expect(quotes.some((q) => /design decision/.test(q))).toBe(true);
    expect(quotes.some((q) => /Tip Common Crawl/.test(q))).toBe(true);
    const totals = all(sheet).flatMap((b) => (b.kind === "table" ? b.rows : [])).find((r) => richText(r[0] ?? []) === "최종 결과");
    expect(totals?.[1]?.[0]?.bold).toBe(true);
    expect(warnings).toEqual(["line 49: a │ border is missing at column 76; assumed it continues"]);
  });
});
