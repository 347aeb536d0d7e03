// Chapters written by others, read as their writers meant: an RLHF chapter drawn in the writer's own ASCII
// (`*~~~*` rules, `!` and `:` walls, the rows' heights as `<- 15%` in the right margin), each quote over its
// Korean translation after `→`; and a pretraining → post-training chapter with the plan first and the drawing
// last, row heights in pixels for a 1080-pixel page, and the mind map as a plain-text `├──` tree.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { tildeBoxes } from "../src/read/prompt/tilde-boxes.js";
import { textTree } from "../src/read/prompt/text-tree.js";
import { joinWrappedItems } from "../src/read/prompt/box-lines.js";
import { layoutSheet } from "../src/layout/index.js";
import { FIVE_BOXES, TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio * 100) / 100);
const quoteTexts = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []));
const leadTexts = (p: Panel): string[] => p.lead.map((l) => l.map((s) => s.text).join(""));
const labels = (b: Block | undefined): string[] => (b?.kind === "mindmap" ? b.root.children.map((c) => c.label) : []);

const RLHF = "rlhf-star-tilde-margin-arrows-translated-quotes";
const POST = "pretraining-to-post-plan-first-px-rows-text-tree";

const plan = ["## 🅰️ Alpha", "- alpha words", "## 🅱️ Beta", "- beta words", "## 📌 Takeaways", "- three"];

/** A title over 🅰️ ALPHA and 🅱️ BETA, then 📌 TAKEAWAYS, in `*~~~*` rules and `!` / `:` walls, heights in the margin. */
const TILDE = [
  "*~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~*",
  "!  🍌 TITLE 🍌                            !   <- 20%",
  "*~~~~~~~~~~~~~~~~~~~~*~~~~~~~~~~~~~~~~~~~~*",
  "!  🅰️ ALPHA           :  🅱️ BETA            !   <- 50%",
  "!  a words: 0 ~ 1      :  b words!            !",
  "*~~~~~~~~~~~~~~~~~~~~*~~~~~~~~~~~~~~~~~~~~*",
  "!  📌 TAKEAWAYS                            !   <- 30%",
  "*~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~*",
];

describe("boxes drawn with `*~~~*` rules and `!` or `:` walls", () => {
  it("reads the boxes, the walls drifting with the words beside them", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TILDE, plan));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(warnings.filter((w) => /border|junction/.test(w))).toEqual([]);
  });

  it("keeps a tilde, colon or bang inside the words as text", async () => {
    const { sheet } = await readSheet(promptDoc(TILDE, plan));
    expect(leadTexts(panel(sheet, /ALPHA/)).join(" ")).toMatch(/a words: 0 ~ 1/);
    expect(leadTexts(panel(sheet, /BETA/)).join(" ")).toMatch(/b words!/);
  });

  it("puts a junction in a rule where a wall from the row below meets it", () => {
    const drawn = ["*~~~~~~~~~~*", "!  A   B   !", "*~~~~~~~~~~*", "!  C  : D  !", "*~~~~~*~~~~*"];
    const plain = tildeBoxes(drawn.join("\n")).split("\n");
    expect(plain[2]).toBe("+-----+----+");
    expect(plain[3]).toBe("|  C  | D  |");
  });

  it("leaves tildes that are no rules alone", () => {
    const text = "a ~~~ b\nc ~~~ d";
    expect(tildeBoxes(text)).toBe(text);
  });

  it("reads the RLHF fixture's three rows of boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture(RLHF));
    expect(titles(sheet).slice(1)).toEqual([["왜 필요한가?", "REWARD MODEL", "장점 vs 단점"], ["GAMING THE RM", "RL vs RLHF 비교표"]]);
    expect(warnings).toEqual([]);
  });
});

describe("row heights written in the drawing's right margin as `<- 15%`", () => {
  it("are the rows' ratios, taken out of the boxes", async () => {
    const { sheet } = await readSheet(promptDoc(TILDE, plan));
    expect(ratios(sheet)).toEqual([20, 50, 30]);
    expect(JSON.stringify(sheet)).not.toMatch(/<-/);
  });

  it("in the RLHF fixture: 15%, 50%, 35%", async () => {
    expect(ratios((await readSheet(fixture(RLHF))).sheet)).toEqual([15, 50, 35]);
  });
});

describe("a plan titled in Korean as the content plan", () => {
  it("`# 내용 계획` and `## 📋 들어갈 내용 (Plan)` are the plan", async () => {
    for (const heading of ["# 내용 계획", "# 📋 들어갈 내용 (Plan)"]) {
      const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan, { planHeading: heading }));
      expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    }
  });
});

describe("a box line naming a section by its emoji and title (`+ 💬 명언 / 📌 핵심 정리`)", () => {
  const box = FIVE_BOXES.map((l) => l.replace("d words             ", "+ 💬 명언            "));
  const quotes = ["## 💬 명언", '> "Alpha words are what we say first"'];

  it("draws that section in the box, though another box shares its emoji, and drops the line", async () => {
    const shared = box.map((l) => l.replace("ALPHA      ", "💬 ALPHA   "));
    const { sheet } = await readSheet(promptDoc(shared, ["## 🅱️ Beta", "- beta words", ...quotes]));
    expect(quoteTexts(panel(sheet, /DELTA/))).toHaveLength(1);
    expect(leadTexts(panel(sheet, /DELTA/))).toEqual([]);
  });

  it("without the line, the quote goes by its words", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, ["## 🅱️ Beta", "- beta words", ...quotes]));
    expect(quoteTexts(panel(sheet, /DELTA/))).toHaveLength(0);
  });

  it("in the RLHF fixture, the quotes and takeaways go to the comparison box that names them", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const box = panel(sheet, /비교표/);
    expect(quoteTexts(box).length).toBeGreaterThanOrEqual(3);
    expect(box.blocks.some((b) => b.kind === "bullets" && b.style === "takeaways")).toBe(true);
  });
});

describe("quotes each over its translation after `→`", () => {
  it("the RLHF fixture's four quotes each keep their Korean in brackets", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []));
    expect(all).toHaveLength(4);
    expect(all[0]).toMatch(/^RLHF is not RL in the magical sense\.? ?\(RLHF는 마법 같은 의미의 RL이 아니다\.?\)$/);
  });
});

describe("three `>` lines or more, each a whole quote in its marks", () => {
  it("are as many quotes, not one", async () => {
    const lines = ["## 🅰️ Alpha", "- alpha words", "## 💬 Quotes", '> "Alpha words come first."', '> "Beta words come second."', '> "Takeaways come last."'];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, lines));
    const all = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []));
    expect(all).toHaveLength(3);
  });

  it("two such lines stay one quote, as two breaths of one may be", async () => {
    const lines = ["## 🅰️ Alpha", "- alpha words", "## 💬 Quotes", '> "Alpha words come first."', '> "Beta words come second."'];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, lines));
    expect(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []))).toHaveLength(1);
  });

  it("a quote wrapped over lines, marks at its ends only, stays one", async () => {
    const lines = ["## 🅰️ Alpha", "- alpha words", "## 💬 Quotes", '> "Alpha words come first', "> and beta words after.\""];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, lines));
    expect(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []))).toHaveLength(1);
  });

  it("the post-training fixture's three quotes", async () => {
    const { sheet } = await readSheet(fixture(POST));
    expect(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap(quoteTexts) : []))).toHaveLength(3);
  });
});

describe("row heights in pixels for a 1080-pixel page", () => {
  it("are each row's share, the page total left out", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan, { after: ["행 높이 (1080px 기준): 행1: 108px / 행2: 540px / 행3: 432px"] }));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("in the post-training fixture: 140 / 560 / 380 of 1080, the sidebar running through the last two", async () => {
    const { sheet, warnings } = await readSheet(fixture(POST));
    expect(ratios(sheet)).toEqual([12.96, 51.85, 35.19]);
    expect(warnings).toEqual([]);
  });
});

describe("a mind map typed as a `├──` text tree in a fence", () => {
  const tree = ["Root", "├── One", "│   ├── a", "│   └── b", "└── Two", "    └── c"].join("\n");

  it("is the mind map it draws, each branch at the depth its mark stands", () => {
    const map = textTree(tree, null);
    expect(map?.kind).toBe("mindmap");
    expect(labels(map)).toEqual(["One", "Two"]);
    expect(map?.kind === "mindmap" && map.root.children[0]!.children.map((c) => c.label)).toEqual(["a", "b"]);
  });

  it("a line of many blanks with no branch mark is no branch, and is told so at once (not after every grouping of its blanks)", () => {
    expect(textTree(["Root", "├── One", "├── Two", `${" ".repeat(80)}> "a quote"`].join("\n"), "text")).toBeUndefined();
  });

  it("is read so in the plan, and code in another language stays code", async () => {
    const doc = (lang: string): string => promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "```" + lang, ...tree.split("\n"), "```", "## 🅱️ Beta", "- beta"]);
    expect(kinds(panel((await readSheet(doc(""))).sheet, /ALPHA/))).toEqual(["mindmap"]);
    expect(kinds(panel((await readSheet(doc("python"))).sheet, /ALPHA/))).toEqual(["code"]);
  });

  it("the post-training fixture's tree is the map in its tall left box, its sketch and notes dropped", async () => {
    const { sheet } = await readSheet(fixture(POST));
    const left = panel(sheet, /한눈에 보기/);
    expect(labels(left.blocks.find((b) => b.kind === "mindmap"))).toEqual(["Pretraining (사전학습)", "Post-training (사후학습)", "결과: Assistant"]);
    expect(leadTexts(left)).toEqual([]);
  });
});

describe("notes in the drawing once the plan draws them", () => {
  it("drop a bracketed note over two lines saying which rows the box takes", async () => {
    const noted = FIVE_BOXES.map((l) => l.replace("d words             ", "(행2 + 행3 세로로    ").replace("DELTA               ", "DELTA               "));
    const two = [...noted.slice(0, 10), "│  길게 차지)           │ │                 │", ...noted.slice(10)];
    const { sheet } = await readSheet(promptDoc(two, ["## DELTA", "- delta words"]));
    expect(leadTexts(panel(sheet, /DELTA/))).toEqual([]);
  });

  it("a drawing line saying `세로로` asks for no portrait page", async () => {
    const tall = FIVE_BOXES.map((l) => l.replace("d words             ", "(세로로 길게)        "));
    const { warnings } = await readSheet(promptDoc(tall, plan));
    expect(warnings.filter((w) => /portrait/.test(w))).toEqual([]);
  });
});

describe("a takeaways list in a box named by its line", () => {
  it("keeps a point naming another panel in the list (the post-training fixture)", async () => {
    const { sheet } = await readSheet(fixture(POST));
    const take = panel(sheet, /라벨러/).blocks.find((b) => b.kind === "bullets" && b.style === "takeaways");
    expect(take?.kind === "bullets" && take.items).toHaveLength(3);
  });
});

describe("a box's `+ pro` / `- con` lines, one wrapped at its hyphen", () => {
  it("reads `+` as an item's mark and joins `-generator gap` to the word it broke from", () => {
    const lines = [
      { text: "+ discriminator", line: 1, col: 2 },
      { text: "-generator gap", line: 2, col: 4 },
      { text: "- lossy simulation", line: 3, col: 2 },
    ];
    expect(joinWrappedItems(lines).map((l) => l.text)).toEqual(["+ discriminator-generator gap", "- lossy simulation"]);
  });

  it("in the RLHF fixture's pros and cons box", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    expect(leadTexts(panel(sheet, /장점 vs 단점/))[0]).toMatch(/discriminator-generator gap$/);
  });
});

describe("a mind map in a tall narrow box", () => {
  it("is drawn in columns inside the post-training fixture's left box at A4 and 16:9, not across its border", async () => {
    const { sheet } = await readSheet(fixture(POST));
    for (const page of ["a4", "16:9"] as const) {
      const laid = layoutSheet({ ...sheet, page });
      expect(laid.problems.filter((p) => p.kind === "overflow")).toEqual([]);
    }
  });
});
