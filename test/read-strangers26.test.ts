// Chapters written by others, read as their writers meant: a compute chapter drawn with `#====#` boxes, its rows
// sized by a sentence (`위에서부터 1 : 4 : 3 비율`), a box line naming the nvidia-smi code the plan puts there and
// its takeaways' quotes pasted one a line in one `>` block, each one the Output Style lists; and a tool-use chapter whose sidebar is titled over
// three lines (`🧠 WORKING MEMORY` / `vs` / `VAGUE RECOLLECTION`), whose ratio list gives the sidebar a width among
// the row heights, and whose box lines a narrow sidebar broke mid-phrase.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { isLoanword } from "../src/read/prompt/loanword.js";
import { widthOnly } from "../src/read/prompt/ratios.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const COMPUTE = "compute-h100-hash-equals-sentence-ratios-smi";
const TOOLS = "tool-use-search-sidebar-checklist-edge-labels";
const leadTexts = (p: Panel): string[] => p.lead.map((l) => l.map((s) => s.text).join(""));
const quoteTexts = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []));
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio * 1000) / 1000);

/** A title over two boxes, then a sidebar running down beside two rows. */
const SIDEBAR = [
  "┌──────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                              │",
  "├─────────────────────────┬────────────────┤",
  "│ 🅰️ ALPHA                │ 🧠 WORKING     │",
  "│  a words                │    vs          │",
  "├─────────────────────────┤ RECOLLECTION   │",
  "│ 🅱️ BETA                 │  s words       │",
  "│  b words                │                │",
  "└─────────────────────────┴────────────────┘",
];
const sidePlan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🧠 Working vs Recollection", "- three"];

describe("a ratio list whose sidebar item gives a width, not a height", () => {
  const list = ["## 배치 비율", "", "- 타이틀: 20%", "- 1행 Alpha: 40%", "- 2행 Beta: 40%", "- 오른쪽 사이드바: 폭 약 30%, 1~2행 전체 높이"];

  it("tells a share labelled a width from a row's height", () => {
    expect(widthOnly("오른쪽 사이드바: 폭 약 30%, 1~2행 전체 높이")).toBe(true);
    expect(widthOnly("sidebar, width ~28%")).toBe(true);
    expect(widthOnly("하단 25%: 3등분 (폭 각 33%)")).toBe(false);
    expect(widthOnly("1행 Alpha: 40%")).toBe(false);
  });

  it("leaves the width out of the row heights", async () => {
    const { sheet } = await readSheet(promptDoc(SIDEBAR, sidePlan, { after: list }));
    expect(ratios(sheet)).toEqual([20, 40, 40]);
  });

  it("and in a table, a row whose only share is a width", async () => {
    const table = ["| 영역 | 비율 |", "|---|---|", "| 타이틀 | 20% |", "| Alpha | 40% |", "| Beta | 40% |", "| 사이드바 | 폭 30% |"];
    const { sheet } = await readSheet(promptDoc(SIDEBAR, sidePlan, { after: table }));
    expect(ratios(sheet)).toEqual([20, 40, 40]);
  });

  it("reads the tool-use chapter's list as its four rows", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    expect(ratios(sheet)).toEqual([12, 22, 38, 28]);
  });
});

describe("a capitals title stacked over three lines with `vs` between", () => {
  it("is one title", async () => {
    const { sheet } = await readSheet(promptDoc(SIDEBAR, sidePlan));
    expect(titles(sheet)[1]).toContain("WORKING vs RECOLLECTION");
    expect(leadTexts(panel(sheet, /WORKING/))).toEqual(["s words"]);
  });

  it("keeps a lone `vs` over a line in lower case as the box's text", async () => {
    const { sheet } = await readSheet(promptDoc(SIDEBAR.map((l) => l.replace("RECOLLECTION ", "recollection ")), sidePlan));
    expect(titles(sheet)[1]).toContain("WORKING");
  });

  it("titles the tool-use sidebar by both sides", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    const side = panel(sheet, /WORKING MEMORY vs VAGUE RECOLLECTION/);
    expect(kinds(side)).toEqual(["table", "quote", "quote"]);
  });
});

describe("box lines a narrow box broke mid-phrase", () => {
  const broken = SIDEBAR.map((l) =>
    l.replace("│  s words       │", "│ 지식 = 흐릿한  │").replace(/│                │$/, "│ 기억 (책)      │"),
  );

  it("joins a line left hanging on a modifier to the line under it", async () => {
    const { sheet } = await readSheet(promptDoc(broken, sidePlan));
    expect(leadTexts(panel(sheet, /WORKING/))).toEqual(["지식 = 흐릿한 기억 (책)"]);
  });

  it("keeps two whole lines apart", async () => {
    const { sheet } = await readSheet(promptDoc(broken.map((l) => l.replace("흐릿한", "흐릿함")), sidePlan));
    expect(leadTexts(panel(sheet, /WORKING/))).toEqual(["지식 = 흐릿함", "기억 (책)"]);
  });

  it("reads the tool-use sidebar's two comparisons as two lines", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    expect(leadTexts(panel(sheet, /WORKING MEMORY/))).toEqual(["파라미터 = 흐릿한 기억 (한 달 전 책)", "컨텍스트 윈도우 = 작업 기억 (눈앞)"]);
  });
});

describe("quotes pasted one a line in one `>` block, unsigned, each one the document lists", () => {
  const listed = ["# Output Style", "4. **Quotable Insights**:", '   - "Alpha words come first to everyone"', '   - "Beta words come second after alpha"'];
  const withQuotes = (lines: string[], after: string[] = listed): string =>
    promptDoc(FIVE_BOXES, ["## 📌 Takeaways", "- t words", "", ...lines], { after });
  const pasted = ['> "Alpha words come first to everyone"', '> "Beta words come second after alpha"'];

  it("are as many quotes", async () => {
    const { sheet } = await readSheet(withQuotes(pasted));
    expect(quoteTexts(panel(sheet, /TAKEAWAYS/))).toEqual(["Alpha words come first to everyone", "Beta words come second after alpha"]);
  });

  it("stay the one quote they were when the document lists no such quotes apart", async () => {
    const { sheet } = await readSheet(withQuotes(pasted, []));
    expect(quoteTexts(panel(sheet, /TAKEAWAYS/))).toHaveLength(1);
  });

  it("stay one when both lines are the same listed quote, or only one is listed", async () => {
    const one = await readSheet(withQuotes(pasted, listed.slice(0, 3)));
    expect(quoteTexts(panel(one.sheet, /TAKEAWAYS/))).toHaveLength(1);
  });

  it("splits the compute chapter's two takeaways quotes", async () => {
    const { sheet } = await readSheet(fixture(COMPUTE));
    const q = quoteTexts(panel(sheet, /KEY TAKEAWAYS/));
    expect(q.some((t) => /^I'm not running this on my laptop, I'm renting computers in the cloud$/.test(t))).toBe(true);
    expect(q.some((t) => /^All these GPUs are collaborating/.test(t))).toBe(true);
  });
});

describe("an English word whose last syllable is long before a silent e", () => {
  it("matches its Korean loanword either way the syllable is read", () => {
    expect(isLoanword("업데이트", "update")).toBe(true);
    expect(isLoanword("데이터베이스", "database")).toBe(true);
    expect(isLoanword("템플릿", "template")).toBe(true);
    expect(isLoanword("업데이트", "upgrade")).toBe(false);
  });

  it("sends the compute chapter's quote about updates to the training run", async () => {
    const { sheet } = await readSheet(fixture(COMPUTE));
    const at = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => quoteTexts(p).some((t) => t.startsWith("Each one of these lines")));
    expect(at?.title).not.toMatch(/DATA CENTER/);
  });
});

describe("a box line naming the form the plan puts in the box", () => {
  const boxes = (line: string): string[] => TWO_BOXES.map((l) => l.replace("| a words            |", `| ${line.padEnd(19)}|`));

  it("drops `… 코드` once the panel holds the code", async () => {
    const { sheet } = await readSheet(promptDoc(boxes("smi 코드"), ["## 🅰️ Alpha", "```text", "$ nvidia-smi", "```"]));
    expect(leadTexts(panel(sheet, /ALPHA/))).toEqual([]);
  });

  it("keeps it while the panel holds no code", async () => {
    const { sheet } = await readSheet(promptDoc(boxes("smi 코드"), ["## 🅰️ Alpha", "- one"]));
    expect(leadTexts(panel(sheet, /ALPHA/))).toEqual(["smi 코드"]);
  });

  it("drops `체크리스트` over a ticked list and `표 (remark)` over a table", async () => {
    const checks = await readSheet(promptDoc(boxes("체크리스트"), ["## 🅰️ Alpha", "- [x] one", "- [ ] two"]));
    expect(leadTexts(panel(checks.sheet, /ALPHA/))).toEqual([]);
    const table = await readSheet(promptDoc(boxes("가격 표 ($/h)"), ["## 🅰️ Alpha", "| a | b |", "|---|---|", "| 1 | 2 |"]));
    expect(leadTexts(panel(table.sheet, /ALPHA/))).toEqual([]);
  });

  it("leaves the compute chapter's boxes their own words only", async () => {
    const { sheet } = await readSheet(fixture(COMPUTE));
    expect(leadTexts(panel(sheet, /TRAINING RUN/))).toEqual(["1 step = 1M tokens", "loss ↓ 가 핵심"]);
    expect(leadTexts(panel(sheet, /COST/))).toEqual(["GPT-2 학습 ~$40k → ~$600 이하"]);
  });
});

describe("the compute chapter's `#====#` drawing and its sentence of row ratios", () => {
  it("reads a title over three boxes and two, sized 1 : 4 : 3", async () => {
    const { sheet } = await readSheet(fixture(COMPUTE));
    expect(titles(sheet)).toEqual([["title"], ["H100 & NODE", "TRAINING RUN", "DATA CENTER"], ["COST: 2019 vs 2024", "KEY TAKEAWAYS & QUOTES"]]);
    expect(ratios(sheet)).toEqual([12.5, 50, 37.5]);
    expect(kinds(panel(sheet, /TRAINING RUN/))).toContain("code");
  });
});

describe("a flowchart node's label ending on a colon over its `<br/>` caption", () => {
  const chart = (label: string): string =>
    promptDoc(FIVE_BOXES, ["## 📌 Takeaways", "```mermaid", "flowchart LR", `    P(("${label}")) -.-> M[Model]`, "```"]);
  const node = (sheet: Sheet) => {
    const b = panel(sheet, /TAKEAWAYS/).blocks.find((x) => x.kind === "flowchart");
    return b?.kind === "flowchart" ? b.nodes.find((n) => n.id === "P") : undefined;
  };

  it("loses the colon that introduced the caption", async () => {
    const { sheet } = await readSheet(chart("Parameters:<br/>vague recollection"));
    expect(node(sheet)).toMatchObject({ label: "Parameters", caption: "vague recollection" });
  });

  it("keeps a colon with no caption under it", async () => {
    const { sheet } = await readSheet(chart("Tool: Bing"));
    expect(node(sheet)?.label).toBe("Tool: Bing");
  });

  it("draws the tool-use chapter's parameters circle without it", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    const loop = panel(sheet, /SEARCH LOOP/).blocks.find((x) => x.kind === "flowchart");
    expect(loop?.kind === "flowchart" && loop.nodes.map((n) => n.label)).toContain("Parameters");
  });
});
