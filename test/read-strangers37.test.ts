// Chapters written by others, read as their writers meant: a tokens-to-think chapter whose drawing splits one
// box into halves with a dashed line and sets small callout boxes inside two others, its sidebar running down two
// rows; and an RLHF chapter whose diagrams a chat model decorated with Mermaid's extras (`%%{init}%%`, classDef,
// `style`, `linkStyle`, `click`, Markdown strings, `&` fan-outs, `::icon()`) and a `journey`, its parts set apart
// by `---` rules. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { drawingNote } from "../src/read/prompt/heading-notes.js";
import { journeyTable, journeyTitle } from "../src/read/prompt/journey.js";
import { plannedQuotes } from "../src/read/prompt/same-quote.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map(richText);
const quotes = (sheet: Sheet): string[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []))) : []));
const tableOf = (b: Block | undefined): string[][] => (b?.kind === "table" ? [b.header, ...b.rows].map((r) => r.map(richText)) : []);

const TOKENS = "tokens-to-think-inset-callouts-dashed-halves";
const RLHF = "rlhf-mermaid-decorations-journey";

describe("a box split into halves by a dashed line drawn inside it", () => {
  const drawing = (mark: string): string[] => [
    "┌────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                │",
    "├────────────────────────────────────────────┤",
    "│ 🅰️ ALPHA                                   │",
    `│  ❌ bad answer      ${mark}  ✅ good answer       │`,
    `│  all in one token   ${mark}  spread over tokens  │`,
    "├────────────────────────────────────────────┤",
    "│ 📌 TAKEAWAYS                               │",
    "└────────────────────────────────────────────┘",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "- three"];

  for (const mark of ["┊", "┆", "╎", "¦"]) {
    it(`reads each half down, the left one first, when the line is ${mark}`, async () => {
      const { sheet, warnings } = await readSheet(promptDoc(drawing(mark), plan));
      expect(titles(sheet)).toEqual([["title"], ["ALPHA"], ["TAKEAWAYS"]]);
      expect(leadOf(sheet, /ALPHA/)).toEqual(["❌ bad answer", "all in one token", "✅ good answer", "spread over tokens"]);
      expect(warnings.filter((w) => /stray|junction/.test(w))).toEqual([]);
    });
  }

  it("leaves a line with one dashed mark as it reads across", async () => {
    const one = drawing("┊").map((l, i) => (i === 5 ? l.replace("┊", " ") : l));
    const { sheet } = await readSheet(promptDoc(one, plan));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["❌ bad answer ✅ good answer", "all in one token spread over tokens"]);
  });

  it("reads the apples box of the tokens chapter as its two answers, one under the other", async () => {
    const { sheet, warnings } = await readSheet(fixture(TOKENS));
    const lead = leadOf(sheet, /EMILY'S APPLES/);
    expect(lead.slice(0, 4)).toEqual(["❌ 답 먼저", '"The answer is $3."', "한 토큰에 계산 몰아넣기", "✅ 계산을 펼쳐서"]);
    expect(lead.at(-1)).toBe("토큰마다 쉬운 계산");
    expect(warnings.filter((w) => /stray/.test(w))).toEqual([]);
  });
});

describe("the tokens chapter's layout", () => {
  it("keeps the quotes sidebar down two rows and the little callout boxes inside their panels", async () => {
    const { sheet, warnings } = await readSheet(fixture(TOKENS));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["EMILY'S APPLES — 같은 정답, 다른 풀이", "KARPATHY SAYS"],
      ["ONE TOKEN = FINITE COMPUTE"],
      ["USE CODE!", "KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([9, 33, 28, 30]);
    expect(panel(sheet, /KARPATHY SAYS/).rowSpan).toBe(2);
    // The ⚠️ box's line is the callout the plan writes out under `### ⚠️ 주의` in the same panel.
    expect(leadOf(sheet, /ONE TOKEN/)).toEqual(["토큰 하나 = 신경망 한 번 통과 = 정해진 계산량"]);
    expect(kinds(panel(sheet, /ONE TOKEN/)).slice(-2)).toEqual(["paragraph", "bullets"]);
    expect(leadOf(sheet, /USE CODE/)).toContain('[ 예시 ] "Use code."');
    expect(warnings).toEqual([]);
  });
});

describe("a little callout box drawn inside a box", () => {
  const drawing = [
    "┌────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                │",
    "├────────────────────────────────────────────┤",
    "│ 🅰️ ALPHA                                   │",
    "│  알파에 대한 설명                          │",
    "│  ╭──────────────────────────╮              │",
    "│  │ ⚠️ 주의: do not trust it  │              │",
    "│  ╰──────────────────────────╯              │",
    "├────────────────────────────────────────────┤",
    "│ 📌 TAKEAWAYS                               │",
    "└────────────────────────────────────────────┘",
  ];

  it("is a line of its box, where it stands", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, ["## 🅰️ Alpha", "- one", "## 📌 Takeaways", "- three"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA"], ["TAKEAWAYS"]]);
    expect(leadOf(sheet, /ALPHA/)).toEqual(["알파에 대한 설명", "⚠️ 주의: do not trust it"]);
  });

  it("is left to the plan when the plan writes that callout out under its label in the box", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, ["## 🅰️ Alpha", "- one", "### ⚠️ 주의", "- do not trust its sums", "## 📌 Takeaways", "- three"]));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["알파에 대한 설명"]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "paragraph", "bullets"]);
  });
});

describe("a plan sub-heading's note on where to draw it", () => {
  it("is only a bracket of place and form words", () => {
    expect(drawingNote("⚠️ 주의 (🧮 박스 안 작은 콜아웃)")).toBe(" (🧮 박스 안 작은 콜아웃)");
    expect(drawingNote("Example (small callout inside the box)")).toBe(" (small callout inside the box)");
    expect(drawingNote("오만과 편견 (Pride and Prejudice 예시)")).toBeUndefined();
    expect(drawingNote("Bigger models (small)")).toBeUndefined();
    expect(drawingNote("(사이드바)")).toBeUndefined();
  });

  it("is left off the bold line the sub-heading draws", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "### ⚠️ 주의 (🅰️ 박스 안 작은 콜아웃)", "- careful", "## 🅱️ Beta", "- two"]));
    const heads = panel(sheet, /ALPHA/).blocks.flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : []));
    expect(heads).toEqual(["⚠️ 주의"]);
  });

  it("is left off the tokens chapter's callout heading", async () => {
    const { sheet } = await readSheet(fixture(TOKENS));
    expect(JSON.stringify(sheet.rows)).not.toMatch(/작은 콜아웃/);
  });
});

describe("a run of circled numbers standing for the numbered list", () => {
  const layout = (line: string): string[] => TWO_BOXES.map((l, i) => (i === 8 ? l : l)).flatMap((l, i) => (i === 8 ? [l, `| ${line.padEnd(40)} |`] : [l]));

  it("is dropped once the plan fills the box", async () => {
    const { sheet } = await readSheet(promptDoc(layout("① ~ ④ 번호 배지"), ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 📌 Takeaways", "1. one", "2. two"]));
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual([]);
  });

  it("stays where the plan puts nothing in the box", async () => {
    const { sheet } = await readSheet(promptDoc(layout("① ~ ④ 번호 배지"), ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b"]));
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual(["① ~ ④ 번호 배지"]);
  });
});

describe("a plan quote giving part of a quotable insight", () => {
  it("is the insight when it says half of it or more, in a run", () => {
    const drawnBy = (q: string): ((insight: string) => boolean) => plannedQuotes([{ kind: "quote", text: [{ text: q }] }]);
    const insight = "I don't fully trust its mental arithmetic, so I say: use code";
    expect(drawnBy("I don't fully trust its mental arithmetic. (나는 모델의 암산을 믿지 않는다)")(insight)).toBe(true);
    // Another saying that shares a phrase, and a run shorter than half the insight.
    expect(drawnBy("its mental arithmetic is weak")(insight)).toBe(false);
    expect(drawnBy("so I say: use code")(insight)).toBe(false);
  });

  it("leaves the insight whole where the plan's running text only quotes a phrase of it", async () => {
    const style = ["# Output Style", "**Quotable Insights**", '- "Wait, wait. Wait. That is a moment I can flag here in the log"'];
    const plan = ["## 🅰️ Alpha", '- "Wait, wait. Wait. That is a moment" → 재평가', "## 🅱️ Beta", "- b"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan, { after: style }));
    expect(quotes(sheet)).toEqual(["Wait, wait. Wait. That is a moment I can flag here in the log"]);
  });

  it("draws the tokens chapter's mental-arithmetic quote once, as the plan writes it", async () => {
    const { sheet } = await readSheet(fixture(TOKENS));
    expect(quotes(sheet).filter((q) => /mental arithmetic/.test(q))).toEqual(["I don't fully trust its mental arithmetic. (나는 모델의 암산을 완전히 믿지 않는다)"]);
    expect(kinds(panel(sheet, /KARPATHY SAYS/))).toEqual(["quote", "quote", "quote"]);
  });
});

describe("a `---` rule closing the source text", () => {
  const doc = (rule: string[]): string =>
    ["# Title", "", "```yaml", 'title: "16. RLHF"', "chapter: 16", "```", "", "## Source Text", "", "[2:48:00] 본문입니다.", "", ...rule, "", promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b"], { layoutHeading: "## Layout Structure", planHeading: "## Output Structure Plan" })].join("\n");

  it("opens no metadata; the ```yaml block before it is the metadata", async () => {
    const { sheet } = await readSheet(doc(["---"]));
    expect(sheet.meta.title).toBe("16. RLHF");
    expect(sheet.meta.chapter).toBe(16);
  });

  it("still says a block of `key:` lines never closed", async () => {
    await expect(readSheet(doc(["---", 'title: "16. RLHF"', "author: Andrej Karpathy"]))).rejects.toThrow(/never closed/);
  });
});

describe("a bold line naming the quotes, with no colon", () => {
  it("labels the numbered list under it as the quotable insights", async () => {
    const style = ["# Output Style", "**Quotable Insights**", '1. "Alpha words are the first thing we learn"', '2. "Beta words come right after alpha words"'];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b"], { after: style }));
    expect(quotes(sheet).sort()).toEqual(["Alpha words are the first thing we learn", "Beta words come right after alpha words"]);
  });

  it("gives the RLHF chapter all three of its insights", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const said = quotes(sheet);
    expect(said).toHaveLength(3);
    for (const q of [/magical sense/, /lossy simulation/, /easier to discriminate/]) expect(said.some((s) => q.test(s)), String(q)).toBe(true);
  });
});

describe("a Mermaid journey", () => {
  const code = ["journey", "  title 레이블러의 하루", "  section 순서 매기기", "    농담 읽기: 4: 레이블러", "    고르기: 5: 레이블러, 검수자", "  section 직접 쓰기", "    농담 쓰기: 1: 레이블러"].join("\n");

  it("is the table of its tasks in their sections, with their scores and who does them", () => {
    expect(journeyTitle(code)).toBe("레이블러의 하루");
    expect(tableOf(journeyTable(code)?.block)).toEqual([
      ["section", "task", "score", "who"],
      ["순서 매기기", "농담 읽기", "4/5", "레이블러"],
      ["", "고르기", "5/5", "레이블러, 검수자"],
      ["직접 쓰기", "농담 쓰기", "1/5", "레이블러"],
    ]);
  });

  it("leaves out who when the same people do every task, and says so once", () => {
    const one = code.replace(", 검수자", "");
    const t = journeyTable(one)!;
    expect(tableOf(t.block)[0]).toEqual(["section", "task", "score"]);
    expect(t.warning).toMatch(/each by 레이블러/);
    expect(journeyTable("flowchart LR\n A --> B")).toBeUndefined();
  });

  it("fills the RLHF chapter's labeler box under its title, and the sheet Markdown reads it too", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const p = panel(sheet, /LABELER JOURNEY/);
    expect(kinds(p)).toEqual(["paragraph", "table"]);
    expect(tableOf(p.blocks[1])[1]).toEqual(["순서 매기기", "농담 5개 읽기", "4/5"]);
    const md = ["---", "nanosheet: 1", "title: J", "---", "# J", "## 🧭 Journey", "```mermaid", code, "```", ""].join("\n");
    const { sheet: s2, warnings } = await readSheet(md);
    expect(kinds(s2.rows.flatMap((r) => (r.kind === "panels" ? r.panels : []))[0]!)).toEqual(["table"]);
    expect(warnings.some((w) => /journey is drawn as a table/.test(w))).toBe(true);
  });
});

describe("Mermaid's decorations in the RLHF chapter", () => {
  it("draws no box for a `style` line on a subgraph's id", async () => {
    const plan = ["## 🅰️ Alpha", "```mermaid", "graph LR", "  A[Base] --> B[SFT]", "  subgraph sim [사람 시뮬레이터]", "    R[Reward]", "  end", "  R --> B", "  style sim fill:#f3e5f5", "  style B fill:#fce4ec", "```", "## 🅱️ Beta", "- b"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const chart = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" && chart.nodes.map((n) => n.id)).toEqual(["A", "B", "R"]);
  });

  it("reads every diagram: the init directives, classDefs, click and linkStyle lines, Markdown strings and fan-outs", async () => {
    const { sheet, warnings } = await readSheet(fixture(RLHF));
    const charts = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).filter((b) => b.kind === "flowchart");
    const labels = charts.flatMap((c) => (c.kind === "flowchart" ? c.nodes.map((n) => n.label) : []));
    expect(labels).toEqual(expect.arrayContaining(["사람", "Reward Model", "프롬프트", "농담", "몇 백 스텝 후 중단"]));
    expect(labels).not.toContain("sim");
    expect(labels.join(" ")).not.toMatch(/\*\*|`/);
    expect(kinds(panel(sheet, /RLHF MAP/))).toEqual(["mindmap"]);
    expect(warnings.filter((w) => /not drawn|mermaid/.test(w) && !/journey|render/.test(w))).toEqual([]);
  });

  it("reads the chapter's rows at their written heights, each box titled", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["WHY RLHF?", "REWARD MODEL", "RLHF MAP"],
      ["RLHF PIPELINE", "UPSIDE/DOWNSIDE"],
      ["GAMING THE REWARD MODEL", "LABELER JOURNEY", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([9, 28, 35, 28]);
    expect(sheet.meta.chapter).toBe(16);
  });
});
