// Chapters written by others, read as their writers meant: an SFT chapter a chat model wrote for its user
// (`물론이죠! 아래는 …` … `필요하시면 …`), its drawing in double lines with a middle box said to merge two columns
// (`(가로 2칸 합침)`) beside a sidebar down the bottom two rows that says so in a bracket wrapped over two of its
// lines, a ratio table with a `비고` column, a plan section that only says it repeats another
// (`(위 2번 박스와 같은 내용 — 생략 가능)`), takeaways as a GitHub checklist with no box of their own, and quotes
// signed on the next line with an em dash. Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { withoutWrappedRemarks } from "../src/read/prompt/wrapped-remarks.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const SFT = "sft-conversations-chat-reply-double-span-sidebar-pie-checklist";
const path = join(FIXTURES_DIR, "prompts", `${SFT}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const leadText = (sheet: Sheet, title: RegExp): string => panel(sheet, title).lead.map((l) => richText(l)).join("\n");
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a drawn box's title saying it merges columns", () => {
  const merged = (note: string): string[] => [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+------------------------------------------+",
    `| 🅰️ ALPHA ${note}`.padEnd(43) + "|",
    "| a words                                  |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅱️ BETA            | | 📌 TAKEAWAYS      |",
    "+--------------------+ +-------------------+",
  ];

  it("leaves the bracket out of the title: the drawing already spans the columns", async () => {
    for (const note of ["(가로 2칸 합침)", "(2열 병합)", "(spans two columns)"]) {
      const { sheet } = await readSheet(promptDoc(merged(note), PLAN));
      expect(titles(sheet)[1]).toEqual(["ALPHA"]);
    }
  });

  it("keeps a bracket that is the title's own words", async () => {
    const { sheet } = await readSheet(promptDoc(merged("(2022)"), PLAN));
    expect(titles(sheet)[1]).toEqual(["ALPHA (2022)"]);
  });
});

describe("a plan section that only says it repeats another", () => {
  const plan = (note: string): string[] => ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", note, "## 📌 Takeaways", "- three"];

  it("does not draw the note, and says so", async () => {
    for (const note of ["(위 1번 박스와 같은 내용 — 생략 가능)", "(same as section 1 above)", "(optional — may be left out)"]) {
      const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan(note)));
      expect(JSON.stringify(sheet)).not.toContain(note.slice(1, 8));
      expect(warnings.join("\n")).toMatch(/line \d+: ".*" tells whoever draws that this part repeats another or may be left out; it is not drawn/);
    }
  });

  it("leaves a note under a table that its empty cells repeat the one above to the table", async () => {
    const table = ["## 🅰️ Alpha", "| a | b |", "|---|---|", "| x | 1 |", "|  | 2 |", "", "(empty cell = same as above)", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, table));
    expect(warnings.join("\n")).not.toMatch(/repeats another/);
    expect(JSON.stringify(sheet)).not.toMatch(/same as above/);
  });

  it("draws a bracketed line that says something of its own", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan("(예: 2+2는 4와 같은 답)")));
    expect(JSON.stringify(sheet)).toContain("2+2는 4와 같은 답");
    expect(warnings.join("\n")).not.toMatch(/repeats another/);
  });
});

describe("a layout remark a box wrapped over its lines", () => {
  it("leaves out a bracket opened on one line and closed on the next when together it is a remark", () => {
    expect(withoutWrappedRemarks(["사람 흉내 ✅", "(오른쪽 세로 띠,", " 아래 두 줄 차지)", "끝"])).toEqual(["사람 흉내 ✅", "끝"]);
  });

  it("keeps a wrapped bracket that is content, and a bracket left open", () => {
    const content = ["(예: 사과,", " 바나나)"];
    expect(withoutWrappedRemarks(content)).toEqual(content);
    const open = ["(오른쪽 세로 띠,", "아래 두 줄", "차지", "끝)"];
    expect(withoutWrappedRemarks(open)).toEqual(open);
  });
});

describe("takeaways with no box of their own, sharing a few words with a full box", () => {
  // ALPHA's own section fills it; the takeaways share its words (alpha) but summarise the page.
  const layout = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    "| 🅰️ ALPHA           | | 🅱️ BETA           |",
    "| alpha words        | | b words           |",
    "+--------------------+ +-------------------+",
  ];
  const long = Array.from({ length: 40 }, (_, i) => `- alpha point ${i + 1}: 알파 모델의 긴 설명이 여기 이어집니다 alpha alpha`);
  const plan = ["## 🅰️ Alpha", ...long, "## 🅱️ Beta", "- two", "## 📌 Key Takeaways", "- [ ] alpha 요약 하나", "- [ ] alpha 요약 둘"];

  it("places them after the boxes' own sections, where there is room, not in the full box", async () => {
    const { sheet } = await readSheet(promptDoc(layout, plan, { after: ["| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 본문 | 90% |"] }));
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).not.toMatch(/요약 하나/);
    expect(JSON.stringify(panel(sheet, /BETA/).blocks)).toMatch(/요약 하나/);
  });
});

describe("the SFT chapter a chat model wrote, read as its writer meant", () => {
  it("reads the double-line drawing: a merged middle box beside a sidebar down the bottom two rows", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["CONVERSATIONS란?", "HUMAN LABELERS", "LABELING GUIDE"],
      ["CONVERSATION TOKENS", "누구와 대화하나?"],
      ["INSTRUCTGPT (2022)", "SYNTHETIC DATA"],
    ]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
    expect(panel(sheet, /누구와/).rowSpan).toBe(2);
    expect(leadText(sheet, /누구와/)).not.toMatch(/세로 띠|두 줄 차지/);
  });

  it("draws no note saying a box repeats another, and every section where it belongs", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(JSON.stringify(sheet)).not.toMatch(/생략 가능/);
    expect(warnings).toEqual([
      'line 108: "(위 2번 박스와 같은 내용 — 생략 가능)" tells whoever draws that this part repeats another or may be left out; it is not drawn',
      "line 138: a pie chart is drawn as a table of its slices (their shares)",
    ]);
    expect(kinds(panel(sheet, /^CONVERSATION TOKENS/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /SYNTHETIC/))).toEqual(["table", "table"]);
    // The checklist takeaways are the page's summary, drawn with their boxes, in the box with room.
    const checks = panel(sheet, /누구와/).blocks.find((b) => b.kind === "bullets" && b.style === "checks");
    expect(checks && checks.kind === "bullets" ? checks.items.length : 0).toBe(4);
  });

  it("reads each quote with its em-dash signature on the next line", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    const qs = all.filter((b) => b.kind === "quote");
    expect(qs).toHaveLength(3);
    for (const q of qs) expect(q.kind === "quote" && q.cite).toBe("Andrej Karpathy");
    expect(quotes(panel(sheet, /누구와/).blocks)[0]).toMatch(/^You're not talking to a magical AI/);
  });
});
