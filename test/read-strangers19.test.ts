// Chapters written by others, read as their writers meant: a hallucination chapter laid out as a Markdown table
// (the title typed in every column, a box running down two rows as `^^`, another typed twice to take two columns),
// its plan grouped under `## Row N` headings with `###` sections, quotes as an English paragraph over a Korean one,
// and `- Create a Mermaid flowchart:` over the fence; a tool-use chapter drawn with tabs and Korean ragging its
// borders, the frame's sides left out, box lines saying the box's form (`표로 정리`, `인용 2개`), an arrow chain
// sketched above a note, and quotable insights the plan then quotes in full.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (sheet: Sheet): string[] => all(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const lead = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map(richText);

const HALLUCINATION = "hallucination-self-table-grid-sequence";
const TOOLS = "tool-use-search-tabbed-ragged-checklist";

const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a Markdown-table layout with merged cells typed out", () => {
  const grid = (cells: string[]): string[] => [
    "| 🍌 TITLE CHEAT SHEET 🍌 | 🍌 TITLE CHEAT SHEET 🍌 | 🍌 TITLE CHEAT SHEET 🍌 |",
    "|---|---|---|",
    ...cells,
    "",
    "- 1행: 10%",
    "- 2행: 40%",
    "- 3행: 30%",
    "- 4행: 20%",
  ];
  const gplan = [...plan, "## 🧪 Gamma", "- g", "## 🦋 Delta", "- d"];

  it("reads a title typed in every column as the title row", async () => {
    const doc = promptDoc(grid(["| 🅰️ Alpha | 🅱️ Beta | 🧪 Gamma |", "| 🦋 Delta | 🅱️ Beta | 📌 Takeaways |", "| 📌 Takeaways | 📌 Takeaways | 📌 Takeaways |"]), gplan, { fenced: false });
    const { sheet } = await readSheet(doc);
    expect(sheet.rows[0]?.kind).toBe("title");
    expect(sheet.meta.banner).toMatch(/TITLE CHEAT SHEET/);
  });

  it("runs a box down through the row where its column says ^^ or its title again", async () => {
    for (const again of ["^^", "🅱️ Beta"]) {
      const doc = promptDoc(grid(["| 🅰️ Alpha | 🅱️ Beta | 🧪 Gamma |", `| 🦋 Delta | ${again} | 🍀 Echo |`, "| 📌 Takeaways | 📌 Takeaways | 📌 Takeaways |"]), [...gplan, "## 🍀 Echo", "- e"], { fenced: false });
      const { sheet } = await readSheet(doc);
      expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Delta", "Echo"], ["Takeaways"]]);
      expect(panel(sheet, /^Beta$/).rowSpan).toBe(2);
      expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 40, 30, 20]);
    }
  });

  it("widens a box whose title is typed again in the column after it", async () => {
    const doc = promptDoc(grid(["| 🅰️ Alpha | 🅱️ Beta | 🧪 Gamma |", "| 🦋 Delta | 🦋 Delta | 🍀 Echo |", "| 📌 Takeaways | 📌 Takeaways | 📌 Takeaways |"]), [...gplan, "## 🍀 Echo", "- e"], { fenced: false });
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[2]).toEqual(["Delta", "Echo"]);
    const row = sheet.rows[2]!;
    const [delta, echo] = row.kind === "panels" ? row.panels : [];
    expect(delta!.width! / echo!.width!).toBeCloseTo(2, 1);
  });

  it("reads the fixture's probing box down two rows and the takeaways two columns wide", async () => {
    const { sheet } = await readSheet(fixture(HALLUCINATION));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["왜 지어낼까? (Why Hallucinate)", "Llama 3 Probing 기법", "Knowledge of Self"],
      ["Tool Use로 완화", "Memory: 파라미터 vs Context"],
      ["Karpathy Says", "Key Takeaways"],
    ]);
    expect(panel(sheet, /Probing/).rowSpan).toBe(2);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 35, 35, 20]);
  });
});

describe("a plan grouped under the rows of the page", () => {
  const grouped = ["## Row 1 — Title", "", "## Row 2", "### 🅰️ Alpha", "- one", "### 🅱️ Beta", "- two", "## Row 3", "### 📌 Takeaways", "- three"];

  it("reads each ### under a ## Row N as a section of its own, and the empty title row as none", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, grouped));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(richText((panel(sheet, /ALPHA/).blocks[0] as Block & { kind: "bullets" }).items[0]!)).toBe("one");
    expect(richText((panel(sheet, /BETA/).blocks[0] as Block & { kind: "bullets" }).items[0]!)).toBe("two");
    expect(JSON.stringify(sheet)).not.toMatch(/Row [123]/);
    expect(warnings.join("\n")).not.toMatch(/not drawn/);
  });

  it("keeps a ## Row heading with content and no deeper heading as a section", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## Row 2 notes", "- 🅱️ two", "## 📌 Takeaways", "- three"]));
    expect(JSON.stringify(sheet)).toMatch(/two/);
  });

  it("puts each of the fixture's sections in its own box", async () => {
    const { sheet } = await readSheet(fixture(HALLUCINATION));
    expect(kinds(panel(sheet, /Why Hallucinate/))[0]).toBe("bullets");
    expect(kinds(panel(sheet, /Probing/))).toContain("flowchart");
    expect(kinds(panel(sheet, /Memory/))).toContain("table");
    expect(kinds(panel(sheet, /Tool Use/))).toContain("flowchart");
  });
});

describe("a quote over its translation, and an instruction over a fence", () => {
  it("reads a > quote's English paragraph and Korean paragraph as one quote glossed in brackets", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", '> "The model imitates the style of confident answers."', ">", '> "모델은 자신감 있는 답의 스타일을 흉내 냅니다."', "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);
    const { sheet } = await readSheet(doc);
    expect(quotes(sheet)).toEqual(["The model imitates the style of confident answers. (모델은 자신감 있는 답의 스타일을 흉내 냅니다.)"]);
  });

  it("keeps two quotes in the same language as they were", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", '> "The model imitates the style."', ">", '> "It has no self at all."', "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);
    const { sheet } = await readSheet(doc);
    expect(quotes(sheet).join(" ")).not.toMatch(/\(It has/);
    expect(quotes(sheet).join(" ")).toMatch(/style\.?"? "?It has/);
  });

  it("does not draw `- Create a Mermaid flowchart:` over the fence it introduces", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- Create a Mermaid flowchart:", "```mermaid", "flowchart LR", "  A --> B --> C", "```", "- after", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);
    const { sheet } = await readSheet(doc);
    expect(JSON.stringify(sheet)).not.toMatch(/Create a Mermaid/);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["flowchart", "bullets"]);
  });

  it("still draws a list item that ends in a colon but tells the artist nothing", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- What the server sends:", "```", "GET /search", "```", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);
    expect(JSON.stringify((await readSheet(doc)).sheet)).toMatch(/What the server sends/);
  });

  it("glosses the fixture's two quotes, each in one card", async () => {
    const { sheet } = await readSheet(fixture(HALLUCINATION));
    expect(quotes(sheet)).toHaveLength(2);
    for (const q of quotes(sheet)) expect(q).toMatch(/[a-z.] \(\S*[가-힣].*\)$/);
    expect(JSON.stringify(sheet)).not.toMatch(/Create a Mermaid/);
  });
});

describe("a quotable insight the plan quotes in full", () => {
  const withStyle = (insight: string, quote: string): string =>
    [
      "# Layout Structure",
      "```",
      ...TWO_BOXES,
      "```",
      "# Output Style",
      "4. **Quotable Insights**:",
      `   - "${insight}"`,
      "# Output Structure Plan",
      "## 🅰️ Alpha",
      `> "${quote}"`,
      "## 🅱️ Beta",
      "- two",
      "## 📌 Takeaways",
      "- three",
      "",
    ].join("\n");

  it("is drawn once when the plan's quote goes on after it or changes a word", async () => {
    for (const insight of ["Knowledge in the parameters is a vague recollection", "I don't trust the model's mental arithmetic, use code"]) {
      const { sheet } = await readSheet(withStyle(insight, "Knowledge in the parameters is a vague recollection, and I don't fully trust the model's mental arithmetic, use code"));
      expect(quotes(sheet)).toHaveLength(1);
    }
  });

  it("is drawn as its own card when the plan quotes something else", async () => {
    const { sheet } = await readSheet(withStyle("Models need tokens to think about anything", "Knowledge in the parameters is a vague recollection"));
    expect(quotes(sheet)).toHaveLength(2);
  });

  it("leaves the fixture with its two quotes, once each", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    expect(quotes(sheet)).toHaveLength(2);
    expect(kinds(panel(sheet, /TOOL CALL LOOP/))).toEqual(["flowchart"]);
  });
});

describe("what a drawing's box says about itself", () => {
  const boxes = (a: string[], b: string[]): string[] => [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "└──────────────────────────────────────────┘",
    "┌────────────────────┐ ┌───────────────────┐",
    "│ 🅰️ ALPHA           │ │ 🅱️ BETA           │",
    ...a.map((l, k) => `│ ${l.padEnd(18)} │ │ ${(b[k] ?? "").padEnd(17)} │`),
    "└────────────────────┘ └───────────────────┘",
  ];

  it("drops `표로 정리` and `인용 2개` once the box holds its table and quotes", async () => {
    const doc = promptDoc(boxes(["표로 정리"], ["인용 2개"]), ["## 🅰️ Alpha", "| a | b |", "|---|---|", "| 1 | 2 |", "## 🅱️ Beta", '> "one quote here" — Andrej Karpathy', "", '> "another quote" — Andrej Karpathy']);
    const { sheet } = await readSheet(doc);
    expect(lead(sheet, /ALPHA/)).toEqual([]);
    expect(lead(sheet, /BETA/)).toEqual([]);
  });

  it("keeps a form's line while the box holds no such block; a count of quotes is the designer's note all the same", async () => {
    const doc = promptDoc(boxes(["표로 정리"], ["인용 2개"]), ["## 🅰️ Alpha", "- a point", "## 🅱️ Beta", "- another point"]);
    const { sheet } = await readSheet(doc);
    expect(lead(sheet, /ALPHA/)).toEqual(["표로 정리"]);
    // However many quotes land there (none here), `인용 2개` says how many the box was to hold, not what it says.
    expect(lead(sheet, /BETA/)).toEqual([]);
  });

  it("keeps an arrow chain sketched above a note in its place when no chart takes it", async () => {
    const doc = promptDoc(boxes(["토큰 → 검색 → 결과", "그 다음 note"], ["b words"]), ["## 🅰️ Alpha", "- x", "## 🅱️ Beta", "```mermaid", "flowchart LR", "  P[b] --> Q[words] --> R[here]", "```"]);
    const { sheet } = await readSheet(doc);
    expect(kinds(panel(sheet, /ALPHA/))).not.toContain("flowchart");
    expect(lead(sheet, /ALPHA/)).toEqual(["토큰 → 검색 → 결과", "그 다음 note"]);
  });

  it("keeps the fixture's search box lines in their order and drops its form notes", async () => {
    const { sheet } = await readSheet(fixture(TOOLS));
    expect(lead(sheet, /SEARCH TOOL/)).toEqual(["특수 토큰 → 검색 → 붙여넣기", "결과가 context window로"]);
    for (const t of [/언제 어떤 도구/, /KARPATHY/, /체크리스트/]) expect(lead(sheet, t)).toEqual([]);
  });

  it("says a frame side left out line after line once, with the lines it runs over", async () => {
    const frame = [
      "┌──────────────────────────────────────────┐",
      "│ 🍌 TITLE 🍌                              │",
      "├──────────────────────────────────────────┤",
      "\t┌──────────────┐ ┌───────────────┐",
      "\t│ 🅰️ ALPHA     │ │ 🅱️ BETA       │",
      "\t│ a words      │ │ b words       │",
      "\t└──────────────┘ └───────────────┘",
      "└──────────────────────────────────────────┘",
    ];
    const { warnings } = await readSheet(promptDoc(frame, plan.slice(0, 4)));
    const missing = warnings.filter((w) => /border is missing at column 1\b/.test(w));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/here and on 3 more lines to line \d+;/);
  });
});
