// Chapters written by others, read as their writers meant: a thinking-models chapter on 16:9 whose drawing is
// aligned with tabs and mixes `│` with `|` and `─` with `-`, whose row heights are pixels of a 1920×1080 canvas
// and whose middle row's widths are `2fr 1fr 1fr` in a sentence; whose plan carries the writer's asides in square
// brackets (`[여기는 작게]`, `[아이콘: 🧠]`); whose quotes say where they go after their signature, by the part
// they are about, or with a box's title as the signature; whose table ticks with `✔︎` (text style).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { measureRuns } from "../src/fonts/measure.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const TM = "thinking-models-tabbed-mixed-walls-px-rows-bracket-asides";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${TM}.txt`), "utf8");
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("the writer's asides in square brackets on a line of their own", () => {
  const plan = (line: string): string[] => ["## 🅰️ Alpha", line, "", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("draws no aside and names each one in a warning", async () => {
    for (const line of ["[여기는 작게]", "[아이콘: 🧠]", "[아이콘: 🔀] [화살표 라벨은 꼭 한글로]", "[keep this one small]"]) {
      const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan(line)));
      expect(JSON.stringify(sheet), line).not.toContain(line.slice(1, 6));
      expect(warnings.join("\n")).toContain(`"${line}" is the writer's note in square brackets; it is not drawn`);
      expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    }
  });

  it("keeps a link, a task box, a footnote mark, a lone time and words outside the brackets", async () => {
    for (const line of ["[docs](https://example.com)", "[x]", "[^1]", "[2:27:00]", "[Input] → [Model]", "[여기는 작게] 본문 한 줄"]) {
      const { warnings } = await readSheet(promptDoc(TWO_BOXES, plan(line)));
      expect(warnings.join("\n"), line).not.toMatch(/writer's note in square brackets/);
    }
  });
});

describe("widths said as CSS grid columns in a sentence beside the drawing", () => {
  it("gives the one row of as many boxes its `2fr 1fr 1fr`", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, PLAN, { after: ["- 세로: 헤더 120px / 본문 620px / 하단 340px", "- 본문 가로: `2fr 1fr 1fr` (왼쪽 칸이 제일 넓게)"] }));
    const row = sheet.rows.find((r) => r.kind === "panels" && r.panels.length === 3);
    expect(row?.kind === "panels" && row.panels.map((p) => p.width)).toEqual([0.5, 0.25, 0.25]);
  });
});

describe("where a quote goes, said after its signature or as it", () => {
  const withQuote = (q: string, boxes = TWO_BOXES): string => promptDoc(boxes, [...PLAN.slice(0, 4), "## 💬 Quotes", q, ...PLAN.slice(4)]);

  it("takes the note in brackets after the signature, keeping the signature", async () => {
    const { sheet } = await readSheet(withQuote('> "Alpha words are here." — Someone Else (2번 칸에)'));
    const q = panel(sheet, /BETA/).blocks.find((b) => b.kind === "quote");
    expect(q && q.kind === "quote" && [richText(q.text), q.cite]).toEqual(["Alpha words are here.", "Someone Else"]);
  });

  it("reads `6번 칸 말고 1번 칸에` as box 1", async () => {
    const { sheet } = await readSheet(withQuote('> "Beta words are here." — Someone Else (2번 칸 말고 1번 칸에)'));
    expect(quotes(panel(sheet, /ALPHA/).blocks)).toEqual(["Beta words are here."]);
  });

  it("reads `— beta 설명 부분` as the box about beta, not a signature", async () => {
    const { sheet } = await readSheet(withQuote('> "Alpha words are here." — beta 설명 부분'));
    const q = panel(sheet, /BETA/).blocks.find((b) => b.kind === "quote");
    expect(q && q.kind === "quote" && [richText(q.text), q.cite]).toEqual(["Alpha words are here.", undefined]);
  });

  it("puts a quote signed with a box's whole title in that box, the title not drawn as its signature", async () => {
    const boxes = TWO_BOXES.map((l) => l.replace("🅱️ BETA          ", "🅱️ BETA 습관     "));
    const { sheet } = await readSheet(withQuote('> "Alpha words are here." — Beta 습관', boxes));
    const q = panel(sheet, /BETA 습관/).blocks.find((b) => b.kind === "quote");
    expect(q && q.kind === "quote" && [richText(q.text), q.cite]).toEqual(["Alpha words are here.", undefined]);
  });

  it("keeps a person's name as the signature, whatever box bears it", async () => {
    const boxes = TWO_BOXES.map((l) => l.replace("🅱️ BETA          ", "🅱️ ANDREJ KARPA  "));
    const { sheet } = await readSheet(withQuote('> "Alpha words are here." — Andrej Karpa', boxes));
    const q = all(sheet).find((b) => b.kind === "quote");
    expect(q?.kind === "quote" && q.cite).toBe("Andrej Karpa");
  });
});

describe("a mark asked for in text style (U+FE0E)", () => {
  it("is drawn by the face that has it, not as emoji art it has none of", () => {
    expect(measureRuns("✔︎ 4o", 20).map((r) => r.kind)).toEqual(["text", "text"]);
    expect(measureRuns("✔️ 4o", 20)[0]!.kind).toBe("emoji");
  });
});

describe("a box's line naming the flowchart the plan puts there", () => {
  it("drops `flowchart` alone and the line of its labels sketched under it", async () => {
    const boxes = TWO_BOXES.map((l) => l.replace("b words           ", "flowchart         ")).flatMap((l) => (l.includes("flowchart") ? [l, "|                    | | 어렵나? → 예      |"] : [l]));
    const flow = ["```mermaid", "flowchart TD", '  Q["새 질문"] --> H{"질문이 어렵나?"}', '  H -->|"예"| T["Thinking"]', "```"];
    const { sheet } = await readSheet(promptDoc(boxes, [...PLAN.slice(0, 2), "## 🅱️ Beta", ...flow, ...PLAN.slice(4)]));
    expect(panel(sheet, /BETA/).lead).toEqual([]);
  });
});

describe(`the fixture ${TM}`, () => {
  it("reads the tabbed drawing of mixed walls as its rows of boxes, with pixel heights and fr widths", async () => {
    const { sheet } = await readSheet(fixture(), { page: "16:9" });
    expect(titles(sheet)).toEqual([["title"], ["THINKING MODEL이란?", "비교표", "언제 쓰나?"], ["MODEL PICKER", "COST & SPEED", "KARPATHY 습관", "TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([11, 57, 31]);
    const mid = sheet.rows[1]!;
    expect(mid.kind === "panels" && mid.panels.map((p) => p.width)).toEqual([0.5, 0.25, 0.25]);
  });

  it("draws none of the bracketed asides, and warns of each", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { page: "16:9" });
    expect(JSON.stringify(sheet)).not.toMatch(/여기는 작게|아이콘:|말풍선 느낌|화살표 라벨/);
    expect(warnings.filter((w) => /square brackets/.test(w))).toHaveLength(6);
  });

  it("places the quotes where their notes say, without the notes", async () => {
    const { sheet } = await readSheet(fixture(), { page: "16:9" });
    expect(quotes(panel(sheet, /THINKING MODEL/).blocks)).toEqual(["Wait, wait. Wait. That's an aha moment I can flag here.", "The model is discovering ways to think."]);
    expect(quotes(panel(sheet, /KARPATHY/).blocks)).toEqual(["I try a non-thinking model first, and if it doesn't work, I go to a thinking model."]);
    expect(JSON.stringify(sheet)).not.toMatch(/1번 칸에|설명 부분|"cite":"Karpathy 습관"/);
  });

  it("keeps the comparison table and the decision flowchart with its diamonds and Korean edge labels", async () => {
    const { sheet } = await readSheet(fixture(), { page: "16:9" });
    const table = panel(sheet, /비교표/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(6);
    const flow = panel(sheet, /언제 쓰나/).blocks.find((b) => b.kind === "flowchart");
    expect(flow?.kind === "flowchart" && flow.nodes.filter((n) => n.shape === "diamond").map((n) => n.label)).toEqual(["질문이 어렵나?", "수학/코드/논리?", "답이 맞나?"]);
    expect(flow?.kind === "flowchart" && [...new Set(flow.edges.map((e) => e.label).filter(Boolean))]).toEqual(["아니오", "예"]);
    expect(panel(sheet, /언제 쓰나/).lead).toEqual([]);
  });
});
