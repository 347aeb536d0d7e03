// Chapters written by others, read as their writers meant: a hallucination chapter copied out of a web editor's
// source view (HTML entities in the drawing and the plan, `&lt;br&gt;` in table cells, no-break spaces inside
// the `+--+` drawing, box titles with notes to the designer such as `← 여기 도식` and `(※ 표로)`), and a
// DeepSeek-R1 chapter written as a chat model's reply (its parts under bold numbered lines, the drawing in a
// ```text fence mixing tabs and spaces, the row heights in a sentence naming the rows `2행 30 : 3행 38`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { decodeWebEntities, webEntities } from "../src/read/prompt/entities.js";
import { normaliseLabel } from "../src/mermaid/text.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map(richText);

const WEB = "hallucination-web-editor-entities-annotated-titles";
const CHAT = "deepseek-r1-chat-reply-bold-parts-tabbed-text-fence";

describe("HTML entities a web editor left in the document", () => {
  it("decodes named and numeric entities once, leaving unknown names as written", () => {
    expect(decodeWebEntities("A &amp; B &rarr; C&nbsp;D &#8594; &#x2192; &mdash;")).toBe("A & B → C D → → —");
    expect(decodeWebEntities("&amp;lt;br&amp;gt;")).toBe("&lt;br&gt;");
    expect(decodeWebEntities("&foo; &#xD800; AT&T;")).toBe("&foo; &#xD800; AT&T;");
  });

  it("decodes a drawing's fence, makes an escaped <br> the tag, and keeps a named language's code as written", () => {
    const doc = ["```", "| A &amp; B |", "```", "| x &lt;br&gt;y | z &amp;lt;br/&amp;gt;w |", "```python", "if a &amp;&amp; b: pass", "```"].join("\n");
    expect(webEntities(doc).split("\n")).toEqual(["```", "| A & B |", "```", "| x <br>y | z <br/>w |", "```python", "if a &amp;&amp; b: pass", "```"]);
    // A document with no entity is returned as it was.
    const plain = "```\n| A & B |\n```";
    expect(webEntities(plain)).toBe(plain);
  });

  it("reads a title and a box line with entities as the characters the writer saw, and a cell's escaped <br> as a break", async () => {
    const drawing = TWO_BOXES.map((l) => l.replace("🍌 TITLE 🍌    ", "🍌 Q &amp; A 🍌").replace("a words     ", "x &rarr; y  "));
    const { sheet } = await readSheet(promptDoc(drawing, ["## 🅰️ Alpha", "| k | v |", "|---|---|", "| one | two&lt;br&gt;lines |", "## 🅱️ Beta", "- b"]));
    expect(sheet.meta.banner ?? sheet.meta.title).toMatch(/Q & A/);
    expect(leadOf(sheet, /ALPHA/)).toEqual(["x → y"]);
    const table = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && richText(table.rows[0]![1]!)).toBe("two\nlines");
  });

  it("decodes the arrows, dashes and quotes a web editor writes in a Mermaid label", () => {
    expect(normaliseLabel("결과 &rarr; context &mdash; &ldquo;ok&rdquo;")).toBe("결과 → context — “ok”");
  });

  it("reads the web-editor chapter with no entity left, its cells broken where the writer typed <br>", async () => {
    const { sheet, warnings } = await readSheet(fixture(WEB));
    const text = JSON.stringify(sheet);
    expect(text).not.toMatch(/&(?:amp|rarr|nbsp|lt|gt|mdash);|<br>/);
    expect(sheet.meta.banner).toMatch(/HALLUCINATIONS & TOOL USE/);
    expect(text).toMatch(/결과 텍스트 → context window/);
    expect(text).toMatch(/한 달 전에 읽은 것의\\n/);
    expect(warnings).toEqual([]);
  });
});

describe("notes to the designer written onto a box", () => {
  const drawing = (alpha: string, lines: string[]): string[] => [
    "+------------------------------------------------+",
    "| 🍌 TITLE 🍌                                    |",
    "+------------------------------------------------+",
    "+------------------------------+ +---------------+",
    `| ${alpha.padEnd(29)}| | 🅱️ BETA        |`,
    ...lines.map((l) => `| ${l.padEnd(29)}| | b words       |`),
    "+------------------------------+ +---------------+",
  ];
  const plan = (alpha: string[]): string[] => ["## 🅰️ Alpha", ...alpha, "## 🅱️ Beta", "- b"];

  it("drops a title's arrow note pointing at the box once the plan fills it", async () => {
    for (const note of ["← 여기 도식", "<- here", "← 표"]) {
      const { sheet } = await readSheet(promptDoc(drawing(`🅰️ ALPHA 실험 ${note}`, ["a words"]), plan(["- one"])));
      expect(titles(sheet)[1]![0]).toBe("ALPHA 실험");
    }
  });

  it("keeps an arrow that is the title's own words, and a note on a box the plan leaves empty", async () => {
    const own = await readSheet(promptDoc(drawing("🅰️ TOKENS ← TEXT", ["a words"]), plan(["- one"])));
    expect(titles(own.sheet)[1]![0]).toBe("TOKENS ← TEXT");
    const empty = await readSheet(promptDoc(drawing("🅰️ ALPHA ← 여기 도식", ["a words"]), ["## 🅱️ Beta", "- b"]));
    expect(titles(empty.sheet)[1]![0]).toMatch(/← 여기 도식$/);
  });

  it("drops `(※ 표로)` after a title or on a line of its own once the panel holds the table", async () => {
    const table = ["| k | v |", "|---|---|", "| a | 1 |", "| b | 2 |"];
    const inTitle = await readSheet(promptDoc(drawing("🅰️ ALPHA (※ 표로)", ["a words"]), plan(table)));
    expect(titles(inTitle.sheet)[1]![0]).toBe("ALPHA");
    const onLine = await readSheet(promptDoc(drawing("🅰️ ALPHA", ["(※ 표로)", "a words"]), plan(table)));
    expect(leadOf(onLine.sheet, /ALPHA/)).toEqual(["a words"]);
  });

  it("drops a count given as a range (`인용 2~3개`, `3~4줄`) when the panel holds that many", async () => {
    const quotes = ['> "one quote here"', "", '> "two quote here"', "", '> "three quote here"'];
    const q = await readSheet(promptDoc(drawing("🅰️ ALPHA", ["인용 2~3개"]), plan(quotes)));
    expect(leadOf(q.sheet, /ALPHA/)).toEqual([]);
    const l = await readSheet(promptDoc(drawing("🅰️ ALPHA", ["3~4줄"]), plan(["- a", "- b", "- c", "- d"])));
    expect(leadOf(l.sheet, /ALPHA/)).toEqual([]);
    // A range the panel does not meet is the box's own words.
    const other = await readSheet(promptDoc(drawing("🅰️ ALPHA", ["토큰 2~3개"]), plan(["- a", "- b", "- c", "- d", "- e"])));
    expect(leadOf(other.sheet, /ALPHA/)).toEqual(["토큰 2~3개"]);
  });

  it("joins a capitals title broken after its linking word (`KNOWLEDGE vs` / `WORKING MEMORY`)", async () => {
    const { sheet } = await readSheet(promptDoc(drawing("🅰️ KNOWLEDGE vs", ["   WORKING MEMORY", "a words"]), plan(["- one"])));
    expect(titles(sheet)[1]![0]).toBe("KNOWLEDGE vs WORKING MEMORY");
  });

  it("titles the web-editor chapter's boxes without their notes and draws no count line", async () => {
    const { sheet } = await readSheet(fixture(WEB));
    expect(titles(sheet).slice(1)).toEqual([
      ["WHY HALLUCINATE?", "ORSON KOVACS 실험"],
      ["MITIGATION #1: 모른다 학습", "MITIGATION #2: TOOL USE"],
      ["KNOWLEDGE vs WORKING MEMORY", "KARPATHY QUOTES", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 30, 32, 30]);
    expect(leadOf(sheet, /KNOWLEDGE/)).toEqual([]);
    expect(leadOf(sheet, /KARPATHY/)).toEqual([]);
    expect(leadOf(sheet, /TAKEAWAYS/)).toEqual([]);
    expect(kinds(panel(sheet, /KNOWLEDGE/))).toEqual(["table"]);
  });
});

describe("row heights in a sentence that names the rows by number", () => {
  const drawing = [
    "+------------------------------------------+",
    "| 🍌 TITLE 🍌                              |",
    "+------------------------------------------+",
    "| 🅰️ ALPHA                                 |",
    "+------------------------------------------+",
    "| 🅱️ BETA                                  |",
    "+------------------------------------------+",
    "| 📌 TAKEAWAYS                             |",
    "+------------------------------------------+",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  for (const said of ["세로 비율은 대략 **제목 10 : 2행 30 : 3행 38 : 4행 22** 정도로", "Row heights: title 10 / row 2 30 / row 3 38 / row 4 22", "세로: 1번째 10 : 2번째 30 : 3번째 38 : 4번째 22"]) {
    it(`reads "${said.slice(0, 30)}…" as four heights, not the rows' numbers`, async () => {
      const { sheet, warnings } = await readSheet(promptDoc(drawing, plan, { after: ["", said, ""] }));
      expect(ratios(sheet)).toEqual([10, 30, 38, 22]);
      expect(warnings.filter((w) => /row heights|ratio table/.test(w))).toEqual([]);
    });
  }

  it("reads the DeepSeek chapter's heights and its six boxes, from a tabbed drawing under bold numbered parts", async () => {
    const { sheet, warnings } = await readSheet(fixture(CHAT));
    expect(ratios(sheet)).toEqual([10, 30, 38, 22]);
    expect(titles(sheet).slice(1)).toEqual([
      ["DEEPSEEK-R1 논문", "RL이 진행될수록"],
      ['"AHA MOMENT" — 창발하는 사고 전략', "어디서 써보나?"],
      ["KARPATHY 어록", "핵심 정리"],
    ]);
    expect(sheet.meta.title).toMatch(/DeepSeek-R1/);
    expect(warnings).toEqual([]);
    const text = JSON.stringify(sheet);
    // The chat model's opening and closing lines are not drawn.
    expect(text).not.toMatch(/물론이죠|도움이 되었으면/);
  });
});

describe("a box line sketching a table row by its first cell and what the next cell says", () => {
  const drawing = (line: string): string[] =>
    TWO_BOXES.flatMap((l) => (l.includes("a words") ? [l.replace("a words           ", "together.ai       "), l.replace("a words           ", line.padEnd(18))] : [l]));
  const table = ["| 서비스 | 모델 |", "|---|---|", "| together.ai | DeepSeek-R1 |", "| ChatGPT | o1, o3-mini |"];

  it("drops `ChatGPT o1/o3` over the row `ChatGPT | o1, o3-mini`, under another row's name", async () => {
    const { sheet } = await readSheet(promptDoc(drawing("ChatGPT o1/o3"), ["## 🅰️ Alpha", ...table, "## 🅱️ Beta", "- b"]));
    expect(leadOf(sheet, /ALPHA/)).toEqual([]);
  });

  it("keeps a line that says more than the row", async () => {
    const { sheet } = await readSheet(promptDoc(drawing("ChatGPT is slow"), ["## 🅰️ Alpha", ...table, "## 🅱️ Beta", "- b"]));
    expect(leadOf(sheet, /ALPHA/)).toEqual(["together.ai", "ChatGPT is slow"]);
  });

  it("leaves the DeepSeek chapter's service box to its table", async () => {
    const { sheet } = await readSheet(fixture(CHAT));
    expect(leadOf(sheet, /어디서/)).toEqual([]);
    expect(kinds(panel(sheet, /어디서/))).toEqual(["table", "bullets"]);
  });
});
