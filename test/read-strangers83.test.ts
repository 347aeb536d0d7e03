// Chapters written by others, read as their writers meant: an SFT → RL chapter typed as a Korean government report
// (개조식, as in HWP): its parts headed `Ⅰ. 원문` … `Ⅴ. 이미지 요청` with no `#`, its plan's boxes `가. 📚 …` under a
// `1. 패널별 내용` line, its points `□`/`○`/`-`/`―` and `※` notes set in by full-width spaces, its tables pasted as
// `│`-separated text with no rule, its quotes `『…』 (카파시)` each over its translation, its drawing's bands tagged
// `(가)`, `(나)`, `(다)` as its ratio line `가 : 나 : 다 = 1 : 4 : 3` names them, and a `2. 작성 시 유의사항` list for
// whoever draws it. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "sft-to-rl-gaejosik-roman-sections-hwp-tables-heavy-sidebar";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const S = "\u3000";

/** A report-style document: Roman-numbered parts, no `#`; the plan's lines as given. */
const report = (plan: string[], drawing: string[] = TWO_BOXES): string =>
  ["Ⅰ. 원문", "", "강화학습은 연습문제를 푸는 단계입니다.", "", "Ⅱ. 레이아웃", "", "```", ...drawing, "```", "", "Ⅲ. 출력 구성", "", ...plan, ""].join("\n");
/** The same plan under Markdown headings, so that a rule about points, tables or quotes is tried alone. */
const md = (plan: string[]): string => promptDoc(TWO_BOXES, plan.map((l) => l.replace(/^[가나다]\. /, "## ")));
const PLAN = ["가. 🅰️ Alpha", "", `${S}○ one`, "", "나. 🅱️ Beta", "", `${S}○ two`, "", "다. 📌 Takeaways", "", `${S}○ three`];

describe("parts headed by Roman numerals at the margin", () => {
  it("reads a document whose parts are `Ⅰ. 원문`, `Ⅱ. 레이아웃` as a prompt, each part its own", async () => {
    expect(detectInputKind(report(PLAN))).toBe("prompt");
    const { sheet } = await readSheet(report(PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("reads ASCII numerals (`I.`, `II.`) so too, but not one lone numbered line", () => {
    const ascii = report(PLAN).replace("Ⅰ. 원문", "I. 원문").replace("Ⅱ. 레이아웃", "II. 레이아웃").replace("Ⅲ. 출력 구성", "III. 출력 구성");
    expect(detectInputKind(ascii)).toBe("prompt");
    expect(() => detectInputKind("Ⅰ. 원문\n\n그냥 메모입니다.\n")).toThrow(/not a nanosheet input/);
  });

  it("leaves a document that heads its parts with `#` as it is", async () => {
    const doc = ["# Source Text", "text", "Ⅰ. 원문", "Ⅱ. 레이아웃", "# Layout Structure", "```", ...TWO_BOXES, "```", "# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three", ""].join("\n");
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("reads 2,000 numbered lines padded with spaces through", () => {
    const hostile = ["Ⅰ. 원문", "Ⅱ. 레이아웃", ...Array.from({ length: 2000 }, (_, k) => `${k % 2 ? "가." : "Ⅳ."} a${" \u3000".repeat(2000)}b`)].join("\n");
    detectInputKind(hostile);
  });

  it("reads a 2,000-line report of padded points, bar rows and lettered lines through", async () => {
    const lines = ["Ⅰ. 원문", "text", "Ⅱ. 레이아웃", "```", ...TWO_BOXES, "```", "Ⅲ. 출력 구성", "가. 🅰️ Alpha", ""];
    for (let k = 0; k < 2000; k++) lines.push(k % 3 === 0 ? `${S.repeat(k % 7)}○ 『a』 (카파시)${" ".repeat(60)}x` : k % 3 === 1 ? `a${" │ b".repeat(50)}${S.repeat(40)}` : `나. b${S.repeat(60)}c`);
    // It is refused for holding more than a panel can, after it is read.
    await expect(readSheet(lines.join("\n"))).rejects.toThrow(/holds at most/);
  });
});

describe("the plan's boxes lettered 가., 나., 다. under a numbered line", () => {
  it("reads each lettered line as a section, the numbered line over them as no box", async () => {
    const { sheet } = await readSheet(report(["1. 패널별 내용", "", ...PLAN]));
    expect(panel(sheet, /^ALPHA/).blocks.map((b) => b.kind)).toEqual(["bullets"]);
    expect(panel(sheet, /^BETA/).blocks.map((b) => b.kind)).toEqual(["bullets"]);
    expect(JSON.stringify(panel(sheet, /^TAKEAWAYS/).blocks)).toContain("three");
  });

  it("takes lettered lines out of order for text", async () => {
    const { sheet } = await readSheet(report(["나. 🅰️ Alpha", `${S}○ one`, "가. 🅱️ Beta", `${S}○ two`]));
    expect(panel(sheet, /^ALPHA/).blocks).toEqual([]);
  });
});

describe("개조식 points set in by full-width spaces", () => {
  it("reads `□`, `○`, `-`, `―` and `※` lines as one nested list by their indent, a closing `※` note under it", async () => {
    const plan = ["가. 🅰️ Alpha", `${S}○ one`, `${S}${S}- one a`, `${S}${S}― one b`, `${S}※ a note`, `${S}○ two`, `${S}※ the last note`, "나. 🅱️ Beta", `${S}□ x`, `${S}□ y`];
    const { sheet } = await readSheet(md(plan));
    const [list] = panel(sheet, /^ALPHA/).blocks;
    expect(list?.kind).toBe("bullets");
    if (list?.kind !== "bullets") return;
    expect(list.items.map(richText)).toEqual(["one", "one a", "one b", "※ a note", "two"]);
    expect(list.depths).toEqual([0, 1, 1, 0, 0]);
    // The note closing the run is a line under the list, not one more point.
    const note = panel(sheet, /^ALPHA/).blocks[1];
    expect(note?.kind === "paragraph" ? richText(note.text) : note?.kind).toBe("※ the last note");
    expect(kinds(panel(sheet, /^BETA/))).toEqual(["bullets"]);
  });

  it("leaves glyph lines typed flush to the glyph reader", async () => {
    const { sheet } = await readSheet(md(["가. 🅰️ Alpha", "● one", "○ one a", "나. 🅱️ Beta", "- two"]));
    const [list] = panel(sheet, /^ALPHA/).blocks;
    expect(list?.kind === "bullets" ? list.depths : []).toEqual([0, 1]);
  });
});

describe("a table pasted as text with `│` between its cells", () => {
  it("reads the lines as a table, the first its header", async () => {
    const plan = ["가. 🅰️ Alpha", "", "구분　│　설명　│　예시", "본문　│　지식　│　인터넷 문서", "예제　│　모방　│　대화", "", "나. 🅱️ Beta", `${S}○ two`];
    const { sheet } = await readSheet(md(plan));
    const [table] = panel(sheet, /^ALPHA/).blocks;
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    expect(table.header.map(richText)).toEqual(["구분", "설명", "예시"]);
    expect(table.rows.map((r) => r.map(richText))).toEqual([["본문", "지식", "인터넷 문서"], ["예제", "모방", "대화"]]);
  });

  it("leaves rows of different widths, and a line of a drawing, as text", async () => {
    const uneven = md(["가. 🅰️ Alpha", "", "a │ b │ c", "d │ e", "", "나. 🅱️ Beta", "", "┌─┐ │ x", "└─┘ │ y"]);
    const { sheet } = await readSheet(uneven);
    expect(kinds(panel(sheet, /^ALPHA/))).not.toContain("table");
    expect(kinds(panel(sheet, /^BETA/))).not.toContain("table");
  });
});

describe("a point that is a quote signed in brackets", () => {
  it("reads `○ 『…』 (카파시)` over its translation as the quote, translated and signed", async () => {
    const plan = ["가. 🅰️ Alpha", `${S}○ 『We don't know what is easy for the LLM.』 (카파시)`, `${S}${S}― 무엇이 쉬운지 우리는 모른다`, `${S}○ plain point`, "나. 🅱️ Beta", `${S}○ two`];
    const { sheet } = await readSheet(md(plan));
    const blocks = panel(sheet, /^ALPHA/).blocks;
    expect(quotes(blocks)).toEqual(["We don't know what is easy for the LLM. (무엇이 쉬운지 우리는 모른다)"]);
    expect(blocks.find((b) => b.kind === "quote")).toMatchObject({ cite: "카파시" });
    expect(kinds(panel(sheet, /^ALPHA/))).toEqual(["quote", "bullets"]);
  });

  it("keeps a quoted point with a note in its own language under it a point", async () => {
    const plan = ["가. 🅰️ Alpha", `${S}○ 「이건 중요하다」 (카파시)`, `${S}${S}- 그리고 이것도`, "나. 🅱️ Beta", `${S}○ two`];
    const { sheet } = await readSheet(md(plan));
    expect(kinds(panel(sheet, /^ALPHA/))).toEqual(["bullets"]);
  });
});

describe("a drawing's bands tagged (가), (나), (다)", () => {
  it("draws no tag in a box's title or the banner", async () => {
    const drawing = TWO_BOXES.map((l) => l.replace("🍌 TITLE 🍌   ", "(가) 🍌 TITLE").replace("🅰️ ALPHA    ", "(나) 🅰️ ALPHA"));
    const { sheet } = await readSheet(md(PLAN).replace(TWO_BOXES.join("\n"), drawing.join("\n")));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA"]);
    expect(sheet.meta.banner).toBe("🍌 TITLE");
  });
});

describe("a list of points to mind for whoever makes the sheet", () => {
  it("does not draw `작성 시 유의사항`, and says so", async () => {
    const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three", "## 작성 시 유의사항", "- 용어는 영어 원문 유지", "- 설명은 한국어로"];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan));
    expect(JSON.stringify(sheet)).not.toContain("영어 원문 유지");
    expect(warnings.join("\n")).toMatch(/"작성 시 유의사항" is a checklist for whoever draws the sheet/);
  });
});

describe(NAME, () => {
  it("reads the report as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { page: "a4" });
    expect(titles(sheet)).toEqual([["title"], ["교과서 비유", "RL 루프", "카파시 한마디"], ["쉬운 풀이는 누가 아나?", "핵심 정리"]]);
    expect(ratios(sheet)).toEqual([13, 50, 38]);
    expect(sheet.meta.banner).toMatch(/^🍌 SFT → RL : 모방에서 연습으로/);
    expect(kinds(panel(sheet, /^교과서 비유/))).toEqual(["bullets", "table"]);
    expect(kinds(panel(sheet, /^RL 루프/))).toEqual(["bullets", "paragraph", "flowchart"]);
    expect(kinds(panel(sheet, /^쉬운 풀이/))).toEqual(["bullets", "table", "bullets", "flowchart"]);
    const said = quotes(panel(sheet, /^카파시 한마디/).blocks);
    expect(said).toHaveLength(3);
    expect(said[0]).toBe("We don't know what is easy or hard for the LLM. (무엇이 모델에게 쉽고 어려운지 우리는 모른다)");
    expect(panel(sheet, /^카파시 한마디/).blocks.every((b) => b.kind === "quote" && b.cite === "카파시")).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/"작성 시 유의사항" is a checklist/)]);
  });
});
