// Chapters written by others, read as their writers meant: a FineWeb filtering chapter written in a word
// processor, exported to PDF and copied back out of the viewer — page headers and footers in the text and in
// the drawing, ligature code points, Symbol-font bullets, words hyphenated at the line's end, list items broken
// at the page's width, headings and tables with their styling gone. Each rule is tested on a small input of its
// own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { pdfCopy } from "../src/read/prompt/pdf-copy.js";
import { wordSet } from "../src/read/prompt/words.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const FW = "fineweb-filtering-pdf-copy-hyphens-ligatures-page-footers";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${FW}.txt`), "utf8");
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (sheet: Sheet): string[] => all(sheet).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));

/** A small prompt as a PDF viewer copies it: two pages, a header and a footer on each. */
const BOX = [
  "┌──────────────────────────────────────────┐",
  "│ 🍌 TITLE 🍌                              │",
  "└──────────────────────────────────────────┘",
  "┌────────────────────┐ ┌───────────────────┐",
  "│ 🅰️ ALPHA           │ │ 🅱️ BETA           │",
  "│ a ﬁle words        │ │ b words           │",
  "└────────────────────┘ └───────────────────┘",
];
const page = (n: number, lines: string[]): string[] => [`Notes — ${n} / 2`, ...lines, `- ${n} -`];
const doc = (layout: string[], plan: string[]): string => [...page(1, ["Layout Structure", ...layout]), ...page(2, ["Output Structure Plan", ...plan]), ""].join("\n");
const PLAN = ["1. 🅰️ Alpha", "\uF0B7\tone point", "2. 🅱️ Beta", "\uF0B7\ttwo point"];

describe("a prompt copied out of a PDF viewer", () => {
  it("reads part names alone on their lines as the parts, the page chrome gone", async () => {
    const { sheet, warnings } = await readSheet(doc(BOX, PLAN));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    expect(kinds(panel(sheet, /^ALPHA/))).toContain("bullets");
    expect(JSON.stringify(sheet)).not.toMatch(/Notes — |- 1 -|\uF0B7/);
    expect(warnings.join("\n")).not.toMatch(/nothing to lay out/);
  });

  it("leaves a typed prompt with one such line as it is", () => {
    const typed = ["Notes — 1 / 2", "# Layout Structure", "text", "- 1 -"].join("\n");
    expect(pdfCopy(typed)).toBe(typed);
  });

  it("moves chrome that cut a drawing below it, so the boxes close", async () => {
    const cut = [...BOX.slice(0, 5), "- 1 -", "Notes — 2 / 3", ...BOX.slice(5)];
    const text = [...page(1, ["Layout Structure", ...cut]), ...page(3, ["Output Structure Plan", ...PLAN]), ""].join("\n");
    const out = pdfCopy(text).split("\n");
    expect(out.length).toBe(text.split("\n").length);
    expect(out.slice(2, 9)).toEqual(BOX.map((l) => l.replace("ﬁle", "file").replace("words        │", "words       │")));
    const { sheet } = await readSheet(text);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
  });

  it("spells ligatures out, a drawing's wall kept in its column", () => {
    const out = pdfCopy(doc(BOX, PLAN)).split("\n");
    const line = out.find((l) => l.includes("file words"))!;
    expect(line.indexOf("│", 3)).toBe(BOX[5]!.indexOf("│", 3));
  });

  it("joins a word the page hyphenated, keeping a compound's or a name's hyphen", () => {
    const text = doc(BOX, ["1. 🅰️ Alpha", "the text extrac-", "tion step and supervised fine-", "tuning, then GPT-", "2 runs"]);
    const out = pdfCopy(text);
    expect(out).toMatch(/the text extraction\nstep and supervised fine-tuning,\nthen GPT-\n2 runs/);
  });

  it("joins a list item's wrapped line onto it, and takes spaced cells for a table with its title", () => {
    const out = pdfCopy(doc(BOX, ["1. 🅰️ Alpha", "\uF0B7\tone point that the page", "broke here", "2. 🅱️ Beta", "Steps", "a      b      c", "x      y      z", "p      q      r"])).split("\n");
    expect(out).toContain("- one point that the page broke here");
    expect(out).toContain("## Steps");
    expect(out).toContain("| a | b | c |");
  });

  it("reads a ratio table typed without its rule in the layout part", async () => {
    const text = doc(BOX, PLAN).replace("Output Structure Plan", "배치 비율\n영역    비율    내용\n상단    20%    타이틀\n본문    80%    Alpha + Beta\nOutput Structure Plan");
    const { sheet, warnings } = await readSheet(text);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([20, 80]);
  });

  it("takes a portrait `don't` the page broke onto an item's next line for no portrait request", async () => {
    const text = doc(BOX, PLAN).replace(/\n$/, "\n이미지 생성 요청\n\uF0B7\tA4 가로 방향, 세로(Portrait) 방향은\n사용하지 마세요\n");
    const { warnings } = await readSheet(text);
    expect(warnings.join("\n")).not.toMatch(/portrait page is asked/);
  });
});

describe("a quantity written with its unit spelled out or short", () => {
  it("keys `44 terabytes` as the `44TB` a box writes, `15 trillion` and `15조` as `15T`", () => {
    expect(wordSet("You end up with about 44 terabytes of text")).toContain("44tb");
    expect(wordSet("44TB / 15T tokens")).toContain("44tb");
    for (const t of ["15 trillion tokens", "15조 토큰", "15T tokens"]) expect(wordSet(t), t).toContain("15t");
    // A number alone, or one before another word, is no quantity.
    expect([...wordSet("about 44 pages of text")].some((k) => /^44/.test(k))).toBe(false);
  });
});

describe(`the fixture ${FW}`, () => {
  it("reads its panels, rows and contents as the writer laid them out", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["FILTERING PIPELINE", "FINEWEB 규모"], ["LANGUAGE 65%", "PII REMOVAL", "KEY TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([10, 50, 40]);
    expect(kinds(panel(sheet, /^FILTERING PIPELINE/))).toEqual(expect.arrayContaining(["flowchart", "table"]));
    expect(quotes(sheet)).toHaveLength(3);
    expect(quotes(sheet).join("\n")).toMatch(/will not be very good at Spanish/);
    expect(JSON.stringify(sheet)).not.toMatch(/[\uFB00-\uFB06\uF0B7]|Karpathy LLM 정리|extrac-/);
    expect(warnings).toEqual([expect.stringMatching(/^line 115: a pie chart is drawn as a table/)]);
  });
});
