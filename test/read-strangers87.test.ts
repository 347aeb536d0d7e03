// Chapters written by others, read as their writers meant: a school-textbook chapter kept as a GitHub issue body
// (the template's `### Chapter`, `### Layout`, `### Plan`, `### Checklist` parts), its source folded inside
// `<details>`, its quotes and takeaways typed inside GitHub alerts (`> [!TIP]`, `> [!IMPORTANT]`), a note to the
// designer in a `> [!WARNING]`, task-list checkboxes, small inline HTML and emoji shortcodes in a table.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { emojiShortcodes } from "../src/read/shortcodes.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const SCHOOL = "school-textbook-stages-github-issue-alerts-details-tasklist";
const path = join(FIXTURES_DIR, "prompts", `${SCHOOL}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const allBlocks = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const items = (b: Block | undefined): string[] => (b?.kind === "bullets" ? b.items.map((i) => richText(i)) : []);
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two"];

describe("a GitHub alert holding a list", () => {
  const takeaways = (marker: string): string[] => [...PLAN, "## 📌 Takeaways", "", marker, "> - 알파 = 첫째", "> - 베타 = 둘째", "> - 감마는 셋째", ""];

  it("draws the list as the section's own, not an empty `Important:` note", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, takeaways("> [!IMPORTANT]")));
    const p = panel(sheet, /TAKEAWAYS/);
    expect(quotes(p.blocks)).toEqual([]);
    expect(p.blocks.flatMap(items)).toEqual(["알파 = 첫째", "베타 = 둘째", "감마는 셋째"]);
  });

  it("keeps a title written under the marker, over the list", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, takeaways("> [!TIP]\n> 세 줄 요약")));
    const p = panel(sheet, /TAKEAWAYS/);
    expect(JSON.stringify(p.blocks)).toMatch(/세 줄 요약/);
    expect(p.blocks.flatMap(items)).toHaveLength(3);
  });

  it("leaves an alert of sentences a note, its kind in bold before it", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, [...PLAN.slice(0, 2), "", "> [!NOTE]", "> Alpha is a kind of note.", "", ...PLAN.slice(2)]));
    const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
    expect(q && richText(q.text)).toBe("Note: Alpha is a kind of note.");
  });
});

describe("a GitHub alert holding quotes one a line", () => {
  const lines = ['> "Alpha is the first letter of the alphabet"', '> "Beta comes right after alpha"', '> "Alpha and beta make the word alphabet"'];
  const plan = (marker: string, body = lines): string[] => [...PLAN, "## 💬 Quotes", "", marker, ...body, ""];

  it("reads each line as a quote of its own, the marker only the box they were typed in", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan("> [!TIP]")));
    const said = quotes(allBlocks(sheet)).sort();
    expect(said).toEqual(["Alpha and beta make the word alphabet", "Alpha is the first letter of the alphabet", "Beta comes right after alpha"]);
    expect(JSON.stringify(sheet)).not.toMatch(/Tip:/);
  });

  it("keeps an alert with a line out of quote marks one note", async () => {
    const mixed = [...lines.slice(0, 2), "> 둘 다 카파시의 말"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan("> [!TIP]", mixed)));
    expect(quotes(allBlocks(sheet))).toHaveLength(1);
    expect(quotes(allBlocks(sheet))[0]).toMatch(/^Tip: /);
  });
});

describe("a checklist of how the sheet is written and drawn", () => {
  const check = ["### Checklist", "", "- [x] 용어는 영어 원문 유지", "- [x] 설명은 한국어", "- [ ] mermaid는 손그림 도식으로 변환", "- [ ] 표는 깔끔한 테이블로, 이모지 아이콘 유지", ""];

  it("is the designer's, left out with a warning", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, ["### 🅰️ Alpha", "- one", "### 🅱️ Beta", "- two", "### 📌 Takeaways", "- three", "", ...check]));
    expect(JSON.stringify(sheet)).not.toMatch(/용어는 영어|손그림/);
    expect(warnings.join("\n")).toMatch(/plan section "Checklist" is a checklist for whoever draws the sheet; it is not drawn/);
  });

  it("still draws a chapter's own checklist about its matter", async () => {
    const own = ["## ✅ When to Use Tools (Checklist)", "- [ ] 최신 정보가 필요할 때", "- [ ] 계산이 필요할 때"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, [...PLAN, ...own]));
    expect(JSON.stringify(sheet)).toMatch(/최신 정보가 필요할 때/);
  });
});

describe("a GitHub alert addressed to the designer", () => {
  const plan = (note: string[]): string[] => [...PLAN.slice(0, 2), "", ...note, "", ...PLAN.slice(2)];

  it("is a note on the drawing, left out with a warning", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan(["> [!WARNING]", "> 디자이너님께: 첨부 이미지는 스타일만 참고하고 레이아웃은 위 그림대로 새로 잡아주세요."])));
    expect(JSON.stringify(sheet)).not.toMatch(/디자이너님께/);
    expect(warnings.join("\n")).toMatch(/the callout "\[!WARNING\] 디자이너님께: .*" tells the designer how to draw; it is not drawn/);
  });

  it("keeps a warning about the chapter's matter, drawn as a note", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["> [!WARNING]", "> Alpha is not the same as beta."])));
    expect(JSON.stringify(panel(sheet, /ALPHA/).blocks)).toMatch(/Warning:.*Alpha is not the same as beta/);
  });
});

describe("GitHub's emoji shortcodes for lifting weights", () => {
  it("writes :weight_lifting: as its emoji", () => {
    expect(emojiShortcodes("| :weight_lifting: 연습문제 |")).toMatch(/^\| 🏋️? 연습문제 \|$/u);
  });
});

describe("the school-textbook chapter kept as a GitHub issue", () => {
  it("reads the boxes titled in their top borders, rows and ratios as drawn", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([["title"], ["TEXTBOOK", "WORKED EXAMPLE", "PRACTICE"], ["EMILY'S APPLES: 어떤 풀이가 좋을까?"], ["WHY RL IS LAST", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(sheet.meta.chapter).toBe(14);
  });

  it("draws the three quotes from the `[!TIP]` alert apart, and the takeaways from the `[!IMPORTANT]` one", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(quotes(allBlocks(sheet)).sort()).toEqual([
      "The model has to discover for itself what token sequences reliably get to the answer",
      "There are three major kinds of information in textbooks ... exposition, worked problems, and practice problems",
      "We don't know what is easy or hard for the LLM",
    ]);
    const t = panel(sheet, /TAKEAWAYS/);
    expect(t.blocks.flatMap(items)).toHaveLength(4);
    expect(kinds(panel(sheet, /WHY RL/))).toEqual(expect.arrayContaining(["bullets", "flowchart"]));
  });

  it("leaves the designer's checklist and the warning note to the designer off the sheet", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    const text = JSON.stringify(sheet);
    expect(text).not.toMatch(/용어는 영어 원문 유지|디자이너님께|:weight_lifting:/);
    expect(warnings.join("\n")).toMatch(/plan section "Checklist" is a checklist/);
  });
});
