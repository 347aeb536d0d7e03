// Chapters written by others, read as their writers meant: a pre-training data chapter kept in Emacs org-mode —
// `#+TITLE:` / `#+AUTHOR:` keywords for metadata, `*` star headings, the layout drawn as an org table ruled
// `|---+---|` under a `<l22>` width cookie row with empty cells where a box runs on, the row heights in a
// `:PROPERTIES:` drawer closed by a widths note, `#+begin_src mermaid` and `#+begin_quote` blocks, org emphasis —
// and an author credited with the note-taker beside the lecturer, `Andrej Karpathy (정리: 민지)`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { orgMode } from "../src/read/org-mode.js";
import { speakerOf } from "../src/read/prompt/speaker.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const ORG = "pretraining-fineweb-org-mode-table-layout";
const path = join(FIXTURES_DIR, "prompts", `${ORG}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

/** A small chapter in org-mode: a title over ALPHA and BETA, then TAKEAWAYS, drawn as an org table. */
const orgDoc = (layout: string[], plan: string[] = []): string =>
  [
    "#+TITLE: Tokens",
    "#+AUTHOR: Andrej Karpathy",
    "",
    "* Source Text",
    "Some words about *tokens* and =BPE=.",
    "* Layout Structure",
    ...layout,
    "* Output Structure Plan",
    "** 🅰️ Alpha",
    "- one",
    "#+begin_src mermaid",
    "flowchart LR",
    "  A[bits] --> B[bytes]",
    "#+end_src",
    "** 🅱️ Beta",
    "- two",
    "#+begin_quote",
    '"Beta is the second letter."',
    "#+end_quote",
    "** 📌 Takeaways",
    "- [X] three",
    ...plan,
    "",
  ].join("\n");
const ORG_TABLE = [
  "| <l10>        | <l10>      |",
  "|--------------+------------|",
  "| 🍌 TITLE 🍌  |            |",
  "|--------------+------------|",
  "| 🅰️ ALPHA     | 🅱️ BETA    |",
  "| a words      | b words    |",
  "|--------------+------------|",
  "| 📌 TAKEAWAYS |            |",
  "|--------------+------------|",
];

describe("a prompt kept in org-mode", () => {
  it("reads its star headings, keywords, source and quote blocks, and org table drawing", async () => {
    const { sheet } = await readSheet(orgDoc(ORG_TABLE));
    expect(sheet.meta.title).toBe("Tokens");
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(expect.arrayContaining(["flowchart", "bullets"]));
    expect(quotes(panel(sheet, /BETA/).blocks)).toEqual(["Beta is the second letter."]);
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toEqual(["bullets"]);
  });

  it("takes an empty cell right of a box for the box running on, as org cannot merge cells", () => {
    const lines = orgMode(orgDoc(ORG_TABLE)).split("\n");
    // The cookie row goes, the first rule is the top border, the empty cells' walls and junctions are gone.
    expect(lines.slice(6, 15)).toEqual([
      "",
      "+---------------------------+",
      "| 🍌 TITLE 🍌               |",
      "+--------------+------------+",
      "| 🅰️ ALPHA     | 🅱️ BETA    |",
      "| a words      | b words    |",
      "+--------------+------------+",
      "| 📌 TAKEAWAYS              |",
      "+---------------------------+",
    ]);
  });

  it("writes a table of one rule under its header as a Markdown table, and org emphasis as Markdown's", () => {
    const text = orgMode(orgDoc(ORG_TABLE, ["** 📚 Terms", "| <l8> | <r>  |", "| Term | Mean |", "|------+------|", "| BPE  | /merge/ pairs |"]));
    expect(text).toContain("| Term | Mean |\n|---|---|\n| BPE  | *merge* pairs |");
    expect(text).toContain("Some words about **tokens** and `BPE`.");
    expect(text.split("\n")).toHaveLength(orgDoc(ORG_TABLE, ["", "", "", "", ""]).split("\n").length);
  });

  it("moves a header typed over a width cookie row onto it, so the rule is right under the header", () => {
    const text = orgMode(orgDoc(ORG_TABLE, ["** 📚 Terms", "| Term  | Mean   |", "| <l8>  | <l10>  |", "|-------+--------|", "| BPE   | merges |"]));
    expect(text).toContain("** 📚 Terms".replace("**", "##") + "\n\n| Term  | Mean   |\n|---|---|\n| BPE   | merges |");
  });

  it("leaves a Markdown prompt with `* ` bullets and a stray `#+` line as it is", () => {
    const md = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "* one *two* three", "#+begin_quote", "## 🅱️ Beta", "* four", "## 📌 Takeaways", "- x"]);
    expect(orgMode(md)).toBe(md);
    const starsOnly = ["#+TITLE: x", "#+AUTHOR: y", "# Source Text", "* a bullet"].join("\n");
    expect(orgMode(starsOnly)).toBe(starsOnly);
  });

  it("reads a hostile org document of 2,000 lines of stray marks, every line kept", () => {
    const line = "*a /b =c ~d *e /f =g ~h ".repeat(40);
    const gap = " ".repeat(5000);
    const odd = [`* a${gap}b`, `|-${gap}x`, `#+TITLE:${gap}x${gap}`, `* :${":".repeat(5000)}x`];
    const text = ["#+TITLE: x", "#+AUTHOR: y", ...Array.from({ length: 2000 }, (_, k) => (k % 5 === 4 ? odd[k % 4]! : k % 3 ? line : `| ${line} |`))].join("\n");
    expect(orgMode(text).split("\n")).toHaveLength(text.split("\n").length);
  });
});

describe("row shares listed with a note after them", () => {
  it("reads the shares as the ratio table and the note as no row", async () => {
    const after = ["## 배치 비율", "- 상단: 10%", "- 중단: 60%", "- 하단: 30%", "- 가로: 중단은 반반", ""];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after }));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
  });

  it("takes no list whose notes outnumber its shares", async () => {
    const after = ["## 배치 비율", "- 상단: 10%", "- 중단: 60%", "- 가로: 반반", "- 세로: 알아서", "- 색: 파랑", ""];
    const { warnings } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after }));
    expect(warnings.join("\n")).toMatch(/no layout ratio table/);
  });
});

describe("a widths note cutting one row in equal parts after another row's shares", () => {
  const widths = (sheet: Sheet): number[][] => sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels.map((p) => Math.round((p.width ?? 0) * 100))] : []));
  const five = ["## 🅰️ Alpha", "- a", "## 🅱️ Beta", "- b", "## 🌀 Gamma", "- c", "## 🔺 Delta", "- d", "## 📌 Takeaways", "- t"];
  const heights = ["## 배치 비율", "- 상단: 10%", "- 중단: 45%", "- 하단: 45%"];

  it("gives the row of that many boxes equal widths", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, five, { after: [...heights, "- 가로: 아랫줄은 1:2, 가운데 줄은 3등분", ""] }));
    expect(widths(sheet)).toEqual([[33, 33, 33], [33, 67]]);
  });

  it("leaves the drawn widths when no row is given shares beside it (`3등분` alone says what is drawn)", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, five, { after: [...heights, "- 가로: 가운데 줄은 3등분, 아랫줄은 넓은 칸 + 한 칸", ""] }));
    expect(widths(sheet)[0]).not.toEqual([33, 33, 33]);
  });

  it("leaves the drawn widths without it", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, five, { after: [...heights, "- 가로: 아랫줄은 1:2", ""] }));
    expect(widths(sheet)[0]).not.toEqual([33, 33, 33]);
  });
});

describe("an author credited with the note-taker", () => {
  it("signs quotes with the lecturer only", () => {
    expect(speakerOf("Andrej Karpathy (정리: 민지)")).toBe("Andrej Karpathy");
    expect(speakerOf("Andrej Karpathy (notes by Sam)")).toBe("Andrej Karpathy");
    expect(speakerOf("Andrej Karpathy (OpenAI)")).toBe("Andrej Karpathy (OpenAI)");
  });
});

describe("the org-mode pre-training data fixture", () => {
  it("reads its rows, heights from the drawer and boxes from the org table", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    expect(ratios(sheet)).toEqual([10, 45, 45]);
    expect(titles(sheet)).toEqual([["title"], ["COMMON CRAWL", "FINEWEB FILTER PIPELINE"], ["TOKENIZATION (BPE)", "LANGUAGE FILTER", "KEY TAKEAWAYS"]]);
    expect(sheet.rows[1]!.kind === "panels" && sheet.rows[1]!.panels.map((p) => Math.round((p.width ?? 0) * 3))).toEqual([1, 2]);
    // `아랫줄은 3등분` in the drawer's widths note.
    expect(sheet.rows[2]!.kind === "panels" && sheet.rows[2]!.panels.map((p) => Math.round((p.width ?? 0) * 3))).toEqual([1, 1, 1]);
    expect(sheet.meta.title).toMatch(/^2\. Pre-training Data/);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA: PRE-TRAINING DATA 🍌");
  });

  it("draws its diagrams, tables and quotes, signed by the lecturer", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const all = panelsOf(sheet).flatMap((p) => p.blocks);
    expect(all.filter((b) => b.kind === "flowchart")).toHaveLength(1);
    expect(all.filter((b) => b.kind === "mindmap")).toHaveLength(1);
    expect(all.filter((b) => b.kind === "table")).toHaveLength(2);
    expect(quotes(all)).toHaveLength(3);
    expect(all.flatMap((b) => (b.kind === "quote" && b.cite ? [b.cite] : []))).toEqual(expect.arrayContaining(["Andrej Karpathy"]));
    expect(all.some((b) => b.kind === "quote" && b.cite?.includes("민지"))).toBe(false);
    expect(kinds(panel(sheet, /FINEWEB/))).toContain("flowchart");
    expect(panel(sheet, /TAKEAWAYS/).blocks.some((b) => b.kind === "bullets" && b.style === "checks")).toBe(true);
    expect(JSON.stringify(sheet)).not.toMatch(/#\+|begin_src|:PROPERTIES:|<l22>/);
  });
});
