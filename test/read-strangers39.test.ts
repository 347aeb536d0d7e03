// Chapters written by others, read as their writers meant: a sparse working-memory chapter on 16:9 whose
// metadata is a `| 항목 | 값 |` table, whose quotes are a table of quote and translation with a note under it
// numbering the box each goes in, whose plan sections are `###` headings followed by a `## 체크리스트 (그리기 전에
// 확인)` for whoever draws it; and a panel of few points beside a quote, drawn large, keeping its list whole.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { balancedSplit } from "../src/layout/split.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const WM = "working-memory-sparse-16x9-meta-table-quote-table";
const path = join(FIXTURES_DIR, "prompts", `${WM}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("metadata written as a two-column table before the prompt", () => {
  const table = ["| 항목 | 값 |", "|---|---|", "| Title | Knowledge vs. Working Memory |", "| Chapter | 13 / 23 |", "| Source | https://youtu.be/x |", ""];

  it("reads the table's labelled rows as the chapter's metadata", async () => {
    const { sheet, warnings } = await readSheet([...table, promptDoc(TWO_BOXES, PLAN)].join("\n"));
    expect(sheet.meta.title).toBe("Knowledge vs. Working Memory");
    expect(sheet.meta.chapter).toBe(13);
    expect(warnings.join("\n")).not.toMatch(/no metadata block/);
  });

  it("takes a table of one label for no metadata", async () => {
    const { warnings } = await readSheet([...table.slice(0, 3), "", promptDoc(TWO_BOXES, PLAN)].join("\n"));
    expect(warnings.join("\n")).toMatch(/no metadata block/);
  });
});

describe("quotes typed as a table of quote and translation", () => {
  const quoteTable = (head: string, a: string, b: string, note: string[] = []): string[] => [
    ...PLAN.slice(0, 4),
    "## 💬 Karpathy 한마디",
    head,
    "|---|---|---|",
    a,
    b,
    "",
    ...note,
    ...PLAN.slice(4),
  ];
  const rows = ['| 1 | "Alpha is a vague recollection" | 알파는 흐릿한 기억이다 |', '| 2 | "Beta is like working memory" | 베타는 작업 기억과 같다 |'];

  it("draws each row as a quote with its translation, not a table", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, quoteTable("| # | Quote | 번역 |", rows[0]!, rows[1]!)));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    expect(all.some((b) => b.kind === "table")).toBe(false);
    expect(quotes(all)).toEqual(["Alpha is a vague recollection (알파는 흐릿한 기억이다)", "Beta is like working memory (베타는 작업 기억과 같다)"]);
  });

  it("puts each quote where the note under the table numbers it, and does not draw the note", async () => {
    // Crossed on purpose: by its words quote 1 would go to ALPHA; the note sends it to BETA.
    const note = ["(인용은 1번은 🅱️ 칸에, 2번은 🅰️ 칸에 말풍선으로 넣어줘)", ""];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, quoteTable("| # | Quote | 번역 |", rows[0]!, rows[1]!, note)));
    expect(quotes(panel(sheet, /BETA/).blocks)).toEqual(["Alpha is a vague recollection (알파는 흐릿한 기억이다)"]);
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual(["Beta is like working memory (베타는 작업 기억과 같다)"]);
    expect(JSON.stringify(sheet)).not.toMatch(/말풍선으로/);
  });

  it("keeps a table whose cells are not quoted a table", async () => {
    const plain = ["| 1 | Alpha | 알파 |", "| 2 | Beta | 베타 |"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, quoteTable("| # | Quote | 번역 |", plain[0]!, plain[1]!)));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    expect(all.filter((b) => b.kind === "table")).toHaveLength(1);
  });
});

describe("a checklist for whoever draws the sheet after the plan's sections", () => {
  const deeper = ["### 🅰️ Alpha", "- one", "### 🅱️ Beta", "- two", "### 📌 Takeaways", "- three"];

  it("keeps the ### sections before a later ## heading as sections, and leaves the designer's checklist out", async () => {
    const check = ["## 체크리스트 (그리기 전에 확인)", "1. 패널 3개 + 제목 띠", "2. 인용 2개 모두 번역 포함"];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, [...deeper, "", ...check]));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["bullets"]);
    expect(JSON.stringify(sheet)).not.toMatch(/패널 3개/);
    expect(warnings.join("\n")).toMatch(/line \d+: plan section "체크리스트 \(그리기 전에 확인\)" is a checklist for whoever draws the sheet/);
  });

  it("draws a chapter's own checklist, about the lecture's matter", async () => {
    const own = ["## ✅ When to Use Tools (Checklist)", "- 최신 정보가 필요할 때", "- 계산이 필요할 때"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, [...PLAN, ...own]));
    expect(JSON.stringify(sheet)).toMatch(/최신 정보가 필요할 때/);
  });

  it("still groups ### sections under a ## heading that comes first", async () => {
    const grouped = ["## 본문", ...deeper];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, grouped));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
    expect(kinds(panel(sheet, /ALPHA/))).toContain("bullets");
  });
});

describe("a list's last item carried alone over a quote", () => {
  // Units: a lead, three list items (src 1), a quote (src 2); heights as measured at a large size.
  const h = [81, 71, 71, 36, 166];
  const widow = (cut: number): boolean => cut === 3;

  it("keeps the list whole when the columns grow little for it", () => {
    expect(balancedSplit([h, h], 2, 10, widow, 0, 0.35)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("cuts it where the columns come out shortest without the slack, or when the slack is not enough", () => {
    expect(balancedSplit([h, h], 2, 10, widow)).toEqual([[0, 1, 2], [3, 4]]);
    expect(balancedSplit([h, h], 2, 10, widow, 0, 0.05)).toEqual([[0, 1, 2], [3, 4]]);
  });

  it("draws the fixture's PARAMETERS and CONTEXT WINDOW lists whole beside their quotes at 16:9", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const laid = layoutSheet(sheet, { page: "16:9" });
    for (const title of ["PARAMETERS", "CONTEXT WINDOW"]) {
      const p = laid.panels.find((x) => x.title.includes(title))!;
      const lists = p.blocks.filter((b) => b.kind === "bullets");
      const quote = p.blocks.find((b) => b.kind === "quote")!;
      expect(lists).toHaveLength(1);
      // The list stands beside the quote or above it, never on top of it in the quote's column.
      expect(lists[0]!.box.y + lists[0]!.box.height <= quote.box.y + 1 || lists[0]!.box.x + lists[0]!.box.width <= quote.box.x + 1).toBe(true);
    }
  });
});

describe("a line about widths giving several rows theirs, clause by clause", () => {
  const heights = "세로 비율 → 1 : 5 : 4";
  const widthsOf = (sheet: Sheet): (number[] | undefined)[] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => Math.round((p.width ?? 0) * 100)) : undefined));

  it("sets each named row's widths: `반반` as halves, `(7:3)` as its shares", async () => {
    const drawing = [
      "+------------------------------------------+",
      "| 🍌 TITLE 🍌                              |",
      "+------------------------------------------+",
      "+------------------------+ +---------------+",
      "| 🅰️ ALPHA               | | 🅱️ BETA       |",
      "+------------------------+ +---------------+",
      "+-------------------+ +--------------------+",
      "| 🅲 GAMMA          | | 📌 TAKEAWAYS       |",
      "+-------------------+ +--------------------+",
    ];
    const plan = [...PLAN.slice(0, 4), "## 🅲 Gamma", "- g", ...PLAN.slice(4)];
    const { sheet } = await readSheet(promptDoc(drawing, plan, { after: ["", heights, "가로: 2행은 반반(5:5), 3행은 감마 칸을 넓게 (7:3)", ""] }));
    expect(widthsOf(sheet)).toEqual([undefined, [50, 50], [70, 30]]);
  });

  it("leaves the drawn widths when the line names no row", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after: ["", heights, "가로: 2행은 그린 대로, 3행도 그대로", ""] }));
    const { sheet: bare } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after: ["", heights, ""] }));
    expect(widthsOf(sheet)).toEqual(widthsOf(bare));
  });
});

describe(WM, () => {
  it("reads the rows, their heights from `1 : 5 : 4`, and each box's title", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(titles(sheet)).toEqual([["title"], ["PARAMETERS = 흐릿한 기억", "CONTEXT WINDOW = 작업 기억"], ["EXAMPLE: Pride and Prejudice 1장 요약", "TAKEAWAYS"]]);
    expect(sheet.meta.chapter).toBe(13);
    expect(sheet.meta.title).toBe("Knowledge vs. Working Memory");
    // `가로: 2행은 반반(5:5), 3행은 예시 칸을 넓게 (7:3)`, not the drawn 53 : 47 and 65 : 35.
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []))).toEqual([[], [0.5, 0.5], [0.7, 0.3]]);
  });

  it("puts quote 1 in 📦 and quote 2 in 🪟 as the note says, and draws neither the note nor the checklist", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(quotes(panel(sheet, /PARAMETERS/).blocks)).toEqual(["The knowledge in the parameters is a vague recollection (파라미터 속 지식은 흐릿한 기억이다)"]);
    expect(quotes(panel(sheet, /CONTEXT WINDOW/).blocks)).toEqual(["The tokens in the context window are like the working memory (컨텍스트 윈도우의 토큰은 작업 기억과 같다)"]);
    expect(kinds(panel(sheet, /EXAMPLE/))).toEqual(expect.arrayContaining(["flowchart", "bullets"]));
    expect(JSON.stringify(sheet)).not.toMatch(/말풍선으로 넣어줘|그리기 전에|추가 패널 없음/);
  });
});
