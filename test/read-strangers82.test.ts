// Chapters written by others, read as their writers meant: a tool-use chapter a student saved straight out of
// the email it came in (headers, a reply above, an `On … wrote:` line, an Outlook divider, a signature and
// `Sent from my iPhone`), the prompt quoted `>>` under a reviewer's `>` notes typed between its lines (one under
// a box asking to drop it, one under the ratio table giving new heights), its long lines hard-wrapped at 76
// columns; and a 💬 box whose only line counts the quotes it is to hold (`인용 3개`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { emailPrompt } from "../src/read/prompt/email.js";
import { heightsAsked } from "../src/read/prompt/review-notes.js";
import { FIVE_BOXES, TWO_BOXES, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "tool-use-search-code-email-quoted-reply";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const everyWord = (sheet: Sheet): string => JSON.stringify(sheet);

const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const HEAD = ["From: Kim <ta@example.org>", "To: Lee <lee@example.org>", "Subject: Re: Fwd: prompt", "", "Revised below.", "", "On Tue, Nov 4, 2025 at 9:12 PM Kim <ta@example.org> wrote:"];
const TAIL = [">", "> -- ", "> Kim | Study group", "", "Sent from my iPhone"];
/** The prompt's lines quoted `depth` deep, with `notes` (by the prompt's line index) typed after them one level up. */
const mailed = (doc: string, depth = 2, notes: Record<number, string> = {}): string => {
  const q = ">".repeat(depth) + " ";
  const body = doc.split("\n").flatMap((l, i) => [l === "" ? q.trimEnd() : q + l, ...(notes[i] !== undefined ? [">".repeat(depth - 1) + " " + notes[i]] : [])]);
  return [...HEAD, ...(depth > 1 ? ["> -----Original Message-----", "> From: Lee", "> Subject: prompt", ">"] : []), ...body, ...TAIL].join("\n");
};

describe("a prompt saved with the email it came in", () => {
  it("reads the quoted prompt as if unquoted, none of the mail drawn", async () => {
    const { sheet, warnings } = await readSheet(mailed(promptDoc(TWO_BOXES, PLAN), 1));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(everyWord(sheet)).not.toMatch(/iPhone|Study group|Revised below|wrote:/);
    expect(warnings[0]).toMatch(/^line 1: read as an email/);
  });

  it("reads a prompt quoted twice under a forward's headers", async () => {
    const { sheet } = await readSheet(mailed(promptDoc(TWO_BOXES, PLAN), 2));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(everyWord(sheet)).not.toMatch(/Original Message|Subject/);
  });

  it("keeps the prompt's own quotes one level deeper than it", async () => {
    const plan = [...PLAN.slice(0, 2), '> "Alpha is a vague recollection" — Karpathy', ...PLAN.slice(2)];
    const { sheet } = await readSheet(mailed(promptDoc(TWO_BOXES, plan), 2));
    expect(quotes(panel(sheet, /ALPHA/).blocks).join()).toMatch(/Alpha is a vague recollection/);
  });

  it("reads sheet Markdown an email quotes as the sheet", async () => {
    const md = ["---", "nanosheet: 1", "title: T", "---", "", "# T", "", "## 🅰️ Alpha", "", "- one", "", "## 🅱️ Beta", "", "- two"];
    const { sheet } = await readSheet([...HEAD, ...md.map((l) => `> ${l}`), ...TAIL].join("\n"));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"]]);
  });

  it("leaves a document that only quotes a little as it is", () => {
    expect(emailPrompt(["From: a", "Subject: b", "", promptDoc(TWO_BOXES, PLAN), "> one quoted line"].join("\n"))).toBeUndefined();
  });

  it("joins a table row the mail client wrapped, its tail on the next line", async () => {
    const after = ["| 영역 | 비율 | 내용 |", "|---|---|---|", "| 상단 | 10% | 타이틀 |", "| 중단 | 60% | Alpha and Beta side by side, the two of them filling the", "row **좌우** |", "| 하단 | 30% | Takeaways |"];
    const { sheet } = await readSheet(mailed(promptDoc(TWO_BOXES, PLAN, { after }), 1));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("reads a hostile 2,000-line email through", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 3 ? "> ".repeat(i % 7) + "| a |".repeat(i % 5) : "> [note] 비율 " + "1/".repeat(40)));
    emailPrompt([...HEAD, ...lines].join("\n"));
  });
});

describe("a reviewer's notes typed between the quoted prompt's lines", () => {
  const ROWS = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├──────────────────────────────────────────┤",
    "│ ┌──────────────────┐ ┌─────────────────┐ │",
    "│ │ ALPHA            │ │ BETA            │ │",
    "│ └──────────────────┘ └─────────────────┘ │",
    "├──────────────────────────────────────────┤",
    "│ ┌──────────────────────────────────────┐ │",
    "│ │ OLD NOTES                            │ │",
    "│ └──────────────────────────────────────┘ │",
    "├──────────────────────────────────────────┤",
    "│ ┌──────────────────────────────────────┐ │",
    "│ │ TAKEAWAYS                            │ │",
    "│ └──────────────────────────────────────┘ │",
    "└──────────────────────────────────────────┘",
  ];
  const plan = ["## Alpha", "- one", "## Beta", "- two", "## Takeaways", "- three"];
  // The drawing's line k is the document's line k + 2 (its heading, the fence).
  it("drops the box a note under it asks to drop, its row's height given to the rest", async () => {
    const { sheet, warnings } = await readSheet(mailed(promptDoc(ROWS, plan), 2, { [9 + 2]: "[TA] I'd drop this box" }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(warnings.join("\n")).toMatch(/"\[TA\] I'd drop this box": the box "OLD NOTES" is left out/);
    expect(ratios(sheet).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);
  });

  it("keeps the box when the note under it asks nothing of the kind", async () => {
    const { sheet, warnings } = await readSheet(mailed(promptDoc(ROWS, plan), 2, { [9 + 2]: "[TA] nice box" }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["OLD NOTES"], ["TAKEAWAYS"]]);
    expect(warnings.join("\n")).toMatch(/"\[TA\] nice box": not part of the prompt/);
  });

  it("without the note, the box stays", async () => {
    const { sheet } = await readSheet(mailed(promptDoc(FIVE_BOXES, PLAN), 2));
    expect(panelsOf(sheet).map((p) => p.title)).toContain("GAMMA");
  });

  it("sets the rows' heights a note under the ratio table gives, one per row", async () => {
    const after = ["| 영역 | 비율 | 내용 |", "|---|---|---|", "| 상단 | 10% | 타이틀 |", "| 중단 | 60% | Alpha, Beta |", "| 하단 | 30% | Takeaways |"];
    const doc = promptDoc(TWO_BOXES, PLAN, { after });
    const last = doc.split("\n").findIndex((l) => l.startsWith("| 하단"));
    const { sheet, warnings } = await readSheet(mailed(doc, 2, { [last]: "[조교] 비율 70/30으로 바꿔주세요" }));
    expect(ratios(sheet)).toEqual([10, 63, 27]);
    expect(warnings.join("\n")).toMatch(/heights are set to 70\/30/);
  });

  it("says so when a note's heights do not match the rows, and keeps the drawing's", async () => {
    const after = ["| 영역 | 비율 | 내용 |", "|---|---|---|", "| 상단 | 10% | 타이틀 |", "| 중단 | 60% | Alpha, Beta |", "| 하단 | 30% | Takeaways |"];
    const doc = promptDoc(TWO_BOXES, PLAN, { after });
    const last = doc.split("\n").findIndex((l) => l.startsWith("| 하단"));
    const { sheet, warnings } = await readSheet(mailed(doc, 2, { [last]: "[조교] 비율 20/45/20/15로" }));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.join("\n")).toMatch(/gives 4 heights for 2 rows/);
  });

  it("reports any other note on its line, not drawn", async () => {
    const doc = promptDoc(TWO_BOXES, PLAN);
    const { sheet, warnings } = await readSheet(mailed(doc, 2, { 3: "[TA] make the alpha box pop" }));
    expect(everyWord(sheet)).not.toMatch(/make the alpha box pop/);
    expect(warnings.join("\n")).toMatch(/line \d+: a reviewer's note between the quoted prompt's lines, "\[TA\] make the alpha box pop": not part of the prompt/);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("reads heights written with slashes, colons or commas, only when they fill a page", () => {
    expect(heightsAsked("비율 20/45/35로 바꿔주세요")).toEqual([20, 45, 35]);
    expect(heightsAsked("heights 30%, 70% please")).toEqual([30, 70]);
    expect(heightsAsked("비율 1/2 정도")).toBeUndefined();
    expect(heightsAsked("see 20/45/35")).toBeUndefined();
  });
});

describe("a box whose line counts the quotes it holds", () => {
  const box = ["┌──────────────────────────────────────────┐", "│ 🍌 TITLE 🍌                              │", "└──────────────────────────────────────────┘", "┌────────────────────┐ ┌───────────────────┐", "│ 🅰️ ALPHA           │ │ 💬 KARPATHY SAYS  │", "│ a words            │ │ 인용 2개           │", "└────────────────────┘ └───────────────────┘"];
  const doc = ["# Output Style", "Quotable Insights:", '- "Alpha is the thing we talk about here in alpha"', '- "Nothing else matters when you think of tools"', "", promptDoc(box, ["## 🅰️ Alpha", "- one"])].join("\n");

  it("fills that box up to its count with quotes placed by their words, the count not drawn", async () => {
    const { sheet } = await readSheet(doc);
    const says = panel(sheet, /KARPATHY SAYS/);
    expect(quotes(says.blocks).sort()).toEqual(["Alpha is the thing we talk about here in alpha", "Nothing else matters when you think of tools"]);
    expect(says.lead.map((l) => richText(l))).not.toContain("인용 2개");
  });

  it("leaves a quote that its own section holds where it is", async () => {
    const own = doc.replace("## 🅰️ Alpha\n- one", '## 🅰️ Alpha\n- one\n\n> "Alpha words stay with alpha"');
    const { sheet } = await readSheet(own);
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toContain("Alpha words stay with alpha");
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the quoted prompt with the reviewer's changes made", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(sheet.meta.title).toMatch(/Tool Use/);
    expect(titles(sheet)).toEqual([["title"], ["WEB SEARCH TOOL", "MEMORY: PARAMS vs CONTEXT"], ["CODE INTERPRETER"], ["USE CODE 예시", "KARPATHY SAYS", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet).slice(1)).toEqual(ratios(sheet).slice(1).map((r, i) => Math.round(([20, 45, 35][i]! * (100 - sheet.rows[0]!.ratio)) / 100)));
    expect(warnings.join("\n")).toMatch(/"\[조교\] 이 박스는 빼도 될 듯": the box "그때 vs 지금/);
    expect(warnings.join("\n")).toMatch(/heights are set to 20\/45\/35/);
    expect(everyWord(sheet)).not.toMatch(/iPhone|Original Message|김조교|수정본|조교님/);
    const all = panelsOf(sheet).flatMap((p) => p.blocks);
    expect(quotes(all).length).toBe(3);
    expect(quotes(panel(sheet, /KARPATHY SAYS/).blocks).length).toBeGreaterThanOrEqual(2);
    expect(panel(sheet, /MEMORY/).blocks.some((b) => b.kind === "table")).toBe(true);
    expect(panel(sheet, /USE CODE/).blocks.some((b) => b.kind === "table")).toBe(true);
  });
});
