// Chapters written by others, read as their writers meant: a tokenization chapter in Korean notes whose BPE box
// is titled in capitals with arrows (`🧩 BPE: BYTES → MERGES → VOCAB`), holds a little `예시` box drawn inside it,
// and whose takeaways box sketches the numbered list the plan writes out; its widths said in words under the
// drawing, its heights as `상단 15 / 중단 55 / 하단 30`, a sequenceDiagram for the tokenizer's round trip, quotes
// as Korean translations with the English after them, and a tiktoken code sample.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const BPE = "tokenization-bpe-nested-example-box-width-words-slash-heights-sequence";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${BPE}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const lead = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => richText(l));

// Padded to screen columns: Hangul and emoji take two, as the writer's editor drew them.
const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\p{Script=Hangul}\p{Extended_Pictographic}]/u.test(c) ? 2 : 1), 0)));
const boxes = (first: string[], second: string[]): string[] => [
  "┌──────────────────────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                                              │",
  "├─────────────────────────────────────┬────────────────────┤",
  ...Array.from({ length: Math.max(first.length, second.length) }, (_, i) => `│ ${pad(first[i] ?? "", 35)} │ ${pad(second[i] ?? "", 18)} │`),
  "└─────────────────────────────────────┴────────────────────┘",
];

describe("a box title in capitals that names its steps with arrows", () => {
  const plan = (title: string): string[] => [`## 1. ${title}`, "- one", "## 2. 🔍 Demo", "- two"];

  it("keeps the whole line as the title, not a heading over a chain", async () => {
    const { sheet } = await readSheet(promptDoc(boxes(["🧩 BPE: BYTES → MERGES → VOCAB", "a words"], ["🔍 DEMO", "b words"]), plan("🧩 BPE: Bytes → Merges → Vocab")));
    expect(titles(sheet)[1]).toEqual(["BPE: BYTES → MERGES → VOCAB", "DEMO"]);
    expect(panel(sheet, /^BPE/).blocks.some((b) => b.kind === "flowchart")).toBe(false);
  });

  it("still reads a heading in words over a chain as the title and the chain", async () => {
    const { sheet } = await readSheet(promptDoc(boxes(["🔁 해결책 흐름: 질문 → 모르면? → 검색", "a words"], ["🔍 DEMO", "b words"]), plan("🔁 해결책 흐름")));
    expect(titles(sheet)[1]![0]).toBe("해결책 흐름");
  });
});

describe("a little box headed by a word drawn inside a box", () => {
  const inner = ["🧩 ALPHA", "a words", "┌────────────────────────┐", "│ 예시                   │", "│ 116, 32 → 256 으로 합침 │", "│ GPT-4 어휘 = 100,277   │", "└────────────────────────┘"];
  const plan = ["## 1. 🧩 Alpha", "- one", "## 2. 🔍 Demo", "- two"];

  it("keeps its lines one a line, its heading leading the first", async () => {
    const { sheet } = await readSheet(promptDoc(boxes(inner, ["🔍 DEMO", "b words"]), plan));
    const lines = lead(sheet, /ALPHA/);
    expect(lines).toContain("예시: 116, 32 → 256 으로 합침");
    expect(lines).toContain("GPT-4 어휘 = 100,277");
  });

  it("joins a little box of two lines into one label, as before", async () => {
    const two = ["🧩 ALPHA", "a words", "┌──────────────┐", "│ Embedding    │", "│ Layer        │", "└──────────────┘"];
    const { sheet } = await readSheet(promptDoc(boxes(two, ["🔍 DEMO", "b words"]), plan));
    expect(lead(sheet, /ALPHA/)).toContain("Embedding Layer");
  });
});

describe("numbered lines in a box sketching the plan's numbered takeaways", () => {
  const drawing = boxes(["🧩 ALPHA", "a words"], ["📌 TAKEAWAYS", "1. 짧은 첫째", "2. 짧은 둘째"]);

  it("are left out once the plan's numbered list fills the box", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, ["## 1. 🧩 Alpha", "- one", "## 2. 📌 Takeaways", "1. **첫째**: 길게 쓴 첫째", "2. **둘째**: 길게 쓴 둘째", "3. **셋째**: 셋째"]));
    expect(lead(sheet, /TAKEAWAYS/)).toEqual([]);
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toEqual(["bullets"]);
  });

  it("stay when the plan's list is shorter than the sketch, which then says more", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, ["## 1. 🧩 Alpha", "- one", "## 2. 📌 Takeaways", "1. **첫째**: 길게 쓴 첫째"]));
    expect(lead(sheet, /TAKEAWAYS/)).toEqual(["1. 짧은 첫째", "2. 짧은 둘째"]);
  });
});

describe("the tokenization chapter, read as its writer meant", () => {
  it("reads its panels, widths and heights", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["BPE: BYTES → MERGES → VOCAB", "TIKTOKENIZER DEMO"], ["TOKENIZER 왕복", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([15, 55, 30]);
    const middle = sheet.rows[1]!;
    expect(middle.kind === "panels" && middle.panels.map((p) => Math.round((p.width ?? 0) * 10))).toEqual([6, 4]);
  });

  it("keeps the little 예시 box's lines, drops the takeaways sketch, puts each diagram in its box", async () => {
    const { sheet } = await readSheet(fixture());
    expect(lead(sheet, /^BPE/)).toEqual(expect.arrayContaining(["예시: 116, 32 → 256 으로 합침", "GPT-4 어휘 = 100,277"]));
    expect(lead(sheet, /TAKEAWAYS/)).toEqual([]);
    expect(kinds(panel(sheet, /^BPE/))).toContain("flowchart");
    const trip = panel(sheet, /왕복/).blocks.find((b) => b.kind === "flowchart");
    expect(trip?.kind === "flowchart" && trip.nodes.length).toBe(5);
    expect(kinds(panel(sheet, /TIKTOKENIZER/))).toContain("code");
  });

  it("draws each quote with its English after it", async () => {
    const { sheet } = await readSheet(fixture());
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    expect(quotes(all)).toHaveLength(3);
    for (const q of quotes(all)) expect(q).toMatch(/^[^\x00-\x7F].*\("[a-z][^"]+"\)$/u);
  });
});
