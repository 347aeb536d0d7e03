// Chapters written by others, read as their writers meant: a thinking-models chapter whose writer changed the
// layout after sending it — a follow-up below the image request (`--- (수정 요청) ---`) drops a box and gives a
// revised drawing, leaving the first drawing and its ratio table in place — drawn with `#` corners; and a section
// whose title says a panel's whole title while another panel's title shares one of its stems.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "thinking-models-hash-corners-revision-request-xychart";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
/** The same page redrawn: ALPHA over BETA on the left, TAKEAWAYS down the right. */
const REVISED = [
  "#------------------------------------------#",
  "| 🍌 TITLE 🍌                              |",
  "#------------------------------------------#",
  "#--------------------# #-------------------#",
  "| 🅰️ ALPHA           | | 📌 TAKEAWAYS      |",
  "| a words            | |                   |",
  "#--------------------# |                   |",
  "#--------------------# |                   |",
  "| 🅱️ BETA            | |                   |",
  "| b words            | |                   |",
  "#--------------------# #-------------------#",
];
const withFollowUp = (lead: string[], after: string[] = []): string =>
  [promptDoc(TWO_BOXES, PLAN, { after }), "# Image Request", "A4 landscape, please.", "", ...lead, "", "```", ...REVISED, "```", ""].join("\n");

describe("a revised drawing sent after the prompt", () => {
  const ask = ["--- (수정 요청) ---", "", "박스 배치를 바꿔주세요. 수정한 구조는 이렇게요:"];

  it("is the layout, not the first drawing under # Layout Structure", async () => {
    const { sheet, warnings } = await readSheet(withFollowUp(ask));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "TAKEAWAYS"], ["BETA"]]);
    expect(warnings.join("\n")).toMatch(/a revised drawing follows the prompt; it is read as the layout, not the one at line 2/);
  });

  it("is not taken when the words before it do not call it a new layout", async () => {
    const { sheet } = await readSheet(withFollowUp(["참고로 예전에 쓰던 그림도 붙입니다:"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("is not taken when the change is not about the layout", async () => {
    const { sheet } = await readSheet(withFollowUp(["오타를 수정했어요:"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("sizes its rows as drawn when the ratio table was written for the first drawing's rows", async () => {
    const table = ["", "| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 중단 | 30% |", "| 하단 | 20% |", "| 맨아래 | 40% |", ""];
    const { sheet, warnings } = await readSheet(withFollowUp(ask, table));
    expect(sheet.rows).toHaveLength(3);
    const said = warnings.join("\n");
    expect(said).toMatch(/the ratio table was written for the drawing the revision replaced \(4 rows for the revised drawing's 3\)/);
    expect(said).not.toMatch(/no layout ratio table/);
  });
});

describe("a section saying a panel's whole title", () => {
  const boxes = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| THINKING MODEL이란? | | RL → CHAIN OF THOUGHT |",
    "+--------------------+ +-------------------+",
  ];
  const plan = ["## Thinking Model이란?", "| 구분 | SFT | Thinking |", "|---|---|---|", "| 학습 | 모방 | RL로 발견 |", "| 응답 | 바로 답 | 긴 생각 |", "", "## Loop", "- sample, check, reinforce", ""];

  it("goes to that panel though the other panel's title shares a stem and more of its words", async () => {
    const { sheet } = await readSheet(promptDoc(boxes, plan));
    expect(kinds(panel(sheet, /^THINKING MODEL/))).toContain("table");
    expect(kinds(panel(sheet, /^RL → CHAIN OF THOUGHT/))).not.toContain("table");
  });
});

describe("a quote whose bracketed note names who wrote it", () => {
  const withQuote = (line: string): string =>
    ["# Output Style", "", "4. **Quotable Insights**:", `   - ${line}`, "", promptDoc(TWO_BOXES, PLAN).replace(/^/, "")].join("\n");
  const quoteOf = async (line: string): Promise<Block | undefined> => {
    const { sheet } = await readSheet(withQuote(line));
    return sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).find((b) => b.kind === "quote");
  };

  it("is signed by that writer, the note not drawn as its words", async () => {
    const q = await quoteOf('"Wait, wait. That\'s an aha moment." (DeepSeek-R1-Zero가 스스로 쓴 문장)');
    expect(q?.kind === "quote" && [richText(q.text), q.cite]).toEqual(["Wait, wait. That's an aha moment.", "DeepSeek-R1-Zero"]);
    const by = await quoteOf('"Let me check that again." (said by GPT-4o)');
    expect(by?.kind === "quote" && by.cite).toBe("GPT-4o");
  });

  it("keeps a note that names no writer as the quote's gloss", async () => {
    const q = await quoteOf('"Models need tokens to think" (토큰이 필요하다)');
    expect(q?.kind === "quote" && q.cite).not.toBe("토큰");
    expect(q?.kind === "quote" && richText(q.text)).toMatch(/토큰이 필요하다/);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the revised drawing: ① ② ⑤ down the left, ③ down the right, no ④", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt`, page: "a4" });
    expect(titles(sheet)).toEqual([["title"], ["THINKING MODEL이란?", "AHA MOMENT", "RL → CHAIN OF THOUGHT"], ["KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 65, 25]);
    expect(warnings.join("\n")).toMatch(/a revised drawing follows the prompt/);
    expect(kinds(panel(sheet, /^THINKING MODEL/))).toContain("table");
    expect(kinds(panel(sheet, /^RL → CHAIN/))).toEqual(expect.arrayContaining(["flowchart", "table", "bullets"]));
    expect(quotes(panel(sheet, /^AHA MOMENT/).blocks)).toEqual([expect.stringMatching(/^Wait, wait\. Wait\. That's an aha moment I can flag here\.$/)]);
    expect(panel(sheet, /^AHA MOMENT/).blocks.find((b) => b.kind === "quote")).toMatchObject({ cite: "DeepSeek-R1-Zero" });
  });
});

describe("a Mermaid header written in a box as a note", () => {
  it("is left out once the plan draws the flowchart (`flowchart LR (RL loop)`)", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NAME}.txt` });
    const rl = panel(sheet, /CHAIN OF THOUGHT/);
    expect(kinds(rl)).toContain("flowchart");
    expect(rl.lead.map(richText).join(" ")).not.toMatch(/flowchart LR/);
  });
});
