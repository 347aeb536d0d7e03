// Chapters written by others, read as their writers meant: a post-training chapter written as a talk's slide
// outline (one `## Slide N` per box, the layout saying which slides share a row, speaker notes under each slide,
// a closing Q&A slide left off, chat-template tokens typed in a table's code spans); and a tokenization chapter
// pasted out of an Obsidian vault (wiki links and aliases, tags, block ids, `%%` comments, embeds, a titled
// quote callout, properties with lists).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { codePipes } from "../src/read/prompt/code-pipes.js";
import { obsidianMarks } from "../src/read/prompt/obsidian.js";
import { plannedQuotes } from "../src/read/prompt/same-quote.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { richText as richTextOf } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet): (number | undefined)[][] => sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels.map((p) => p.width)] : []));
const drawn = (sheet: Sheet): string => JSON.stringify(panelsOf(sheet).map((p) => p.blocks));

const DECK = "post-training-slide-deck-speaker-notes";
const VAULT = "tokenization-obsidian-vault-note";

/** Five slides: a title slide, three content slides, a closing one. */
const slides = (notes: string[] = []): string[] => [
  "## Slide 1 — 🍌 The Title",
  "Deep Dive into LLMs",
  ...notes,
  "---",
  "## Slide 2: 🅰️ Alpha",
  "- one",
  ...notes,
  "---",
  "## Slide 3: 🅱️ Beta",
  "- two",
  "---",
  "## Slide 4 — 📌 Takeaways",
  "- three",
  "---",
  "## Slide 5 — 🙋 Q&A",
  "감사합니다!",
];
const deck = (layout: string[], notes: string[] = []): string => promptDoc(layout, slides(notes), { fenced: false, layoutHeading: "# Layout", planHeading: "# Slide Outline" });

describe("a layout said in slides", () => {
  const layout = ["- Slide 1 = the title strip across the top (10%)", "- Slides 2–3 go in the top row (55%)", "- Slide 4 bottom row (35%)", "- Slide 5 (Q&A) is for the talk only, leave it out"];

  it("puts each row's slides in it, in the heights written, the title slide as the banner", async () => {
    const { sheet, warnings } = await readSheet(deck(layout));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 55, 35]);
    expect(sheet.meta.banner).toBe("🍌 The Title");
    expect(warnings.filter((w) => /layout/i.test(w))).toEqual([]);
  });

  it("leaves off the slide the layout says to leave out, and draws no slide's number", async () => {
    const { sheet } = await readSheet(deck(layout));
    expect(drawn(sheet)).not.toMatch(/감사합니다|Slide \d/);
  });

  it("reads the Korean way of saying it, a range with a tilde and slides joined by 와", async () => {
    const { sheet } = await readSheet(deck(["- 슬라이드 1: 제목 (10%)", "- 슬라이드 2~3: 윗줄 (50%)", "- 슬라이드 4와 5: 아랫줄 (40%)"]));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Takeaways", "Q&A"]]);
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("gives the slide said to be wide its width, the others the rest", async () => {
    const { sheet } = await readSheet(deck(["- Slide 1 is the title (10%)", "- Slides 2 and 3 share the top row; Slide 2 is the wide one, about 70% (50%)", "- Slides 4 and 5 at the bottom (40%)"]));
    expect(widths(sheet)[0]).toEqual([0.7, undefined]);
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("is not a slide layout when the rows name a slide the plan does not have", async () => {
    const { warnings } = await readSheet(deck(["- Slides 2–3 go in the top row", "- Slides 4 and 8 at the bottom"]));
    expect(warnings.some((w) => /no box diagram; using a default layout/.test(w))).toBe(true);
  });

  it("lays the post-training deck out as its writer mapped the slides", async () => {
    const { sheet, warnings } = await readSheet(fixture(DECK));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["Base Model ≠ Assistant", "Pretraining → Post-Training", "Human Labelers"],
      ["대화를 토큰으로", "요즘 데이터는 어떻게 만드나"],
      ["Karpathy says", "Takeaways"],
    ]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(widths(sheet)[1]![0]).toBe(0.6);
    expect(sheet.meta.banner).toBe("💬 Post-Training: 대화로 어시스턴트 만들기");
    expect(drawn(sheet)).not.toMatch(/Q&A|질문 받습니다/);
    expect(warnings).toEqual([]);
  });
});

describe("speaker notes under a slide", () => {
  it("leaves out `Notes:` and `발표자 노트:` paragraphs in a plan of slides", async () => {
    const { sheet } = await readSheet(deck(["- Slide 1 = title (10%)", "- Slides 2–3 top row", "- Slides 4 and 5 bottom row"], ["", "Notes: say hello first", "", "발표자 노트: 데모 화면 공유"]));
    expect(drawn(sheet)).not.toMatch(/say hello|데모 화면/);
    expect(kinds(panel(sheet, /Alpha/))).toEqual(["bullets"]);
  });

  it("leaves out a note typed right under a slide's last point, which Markdown runs on into the point", async () => {
    const { sheet } = await readSheet(deck(["- Slide 1 = title (10%)", "- Slides 2–3 top row", "- Slides 4 and 5 bottom row"], ["Notes: say hello first", "발표자 노트: 데모 화면 공유"]));
    expect(drawn(sheet)).not.toMatch(/say hello|데모 화면/);
    expect(drawn(sheet)).toMatch(/"one"/);
  });

  it("leaves out a speaker's note run on into a list item in any plan, and keeps a plain `Note:` there", async () => {
    const layout = ["+--------+", "| 🍌 T 🍌 |", "+--------+", "| 🅰️ A   |", "+--------+"];
    const { sheet } = await readSheet(promptDoc(layout, ["## 🅰️ A", "- one", "  - inner", "  발표자 노트: 천천히 읽기", "- two", "Note: 토큰은 단어가 아니다"]));
    expect(drawn(sheet)).not.toMatch(/천천히/);
    expect(drawn(sheet)).toMatch(/"inner"/);
    expect(drawn(sheet)).toMatch(/토큰은 단어가 아니다/);
  });

  it("leaves out what follows a remark-style `???` up to the next slide", async () => {
    const { sheet } = await readSheet(deck(["- Slide 1 = title (10%)", "- Slides 2–3 top row", "- Slides 4 and 5 bottom row"], ["", "???", "", "- remember the demo"]));
    expect(drawn(sheet)).not.toMatch(/remember the demo/);
    expect(drawn(sheet)).toMatch(/"one"/);
  });

  it("keeps a `Note:` paragraph in a plan that is no slide deck: there it is the sheet's note", async () => {
    const { sheet } = await readSheet(promptDoc(["+--------+", "| 🍌 T 🍌 |", "+--------+", "| 🅰️ A   |", "+--------+"], ["## 🅰️ A", "- one", "Note: 토큰은 단어가 아니다"]));
    expect(drawn(sheet)).toMatch(/토큰은 단어가 아니다/);
  });

  it("draws none of the deck's notes", async () => {
    const { sheet } = await readSheet(fixture(DECK));
    expect(drawn(sheet)).not.toMatch(/Notes:|발표자 노트|Hyperbolic|화면 공유|단톡방/);
  });
});

describe("pipes inside a table cell's code span", () => {
  it("keeps `<|im_start|>` one cell when the row has more cells than the table", () => {
    const table = ["| 순서 | 토큰 | 뜻 |", "|---|---|---|", "| 1 | `<|im_start|>` | 시작 |", "| 2 | `a` \\| `b` | 둘 |"];
    expect(codePipes(table.join("\n")).split("\n")).toEqual([table[0], table[1], "| 1 | `<\\|im_start\\|>` | 시작 |", table[3]]);
  });

  it("leaves a row that already has its table's cells, and one no escape mends", () => {
    const rows = ["| a | b |", "|---|---|", "| `x|y` |", "| `p|q` | r | s |"];
    expect(codePipes(rows.join("\n"))).toBe(rows.join("\n"));
  });

  it("draws the deck's chat-template tokens in their cells", async () => {
    const { sheet } = await readSheet(fixture(DECK));
    const table = panel(sheet, /대화를 토큰으로/).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.length)).toEqual([3, 3, 3, 3, 3]);
    expect(JSON.stringify(table)).toMatch(/<\|im_start\|>/);
  });
});

describe("a note pasted out of an Obsidian vault", () => {
  const vault = (lines: string[]): string => ["Back to [[Index]].", "", ...lines].join("\n");

  it("leaves out %% comments, inline and over lines, each line keeping its number", () => {
    const text = vault(["a %% not this %% b", "%%", "TODO: later", "%%", "c"]);
    const out = obsidianMarks(text).split("\n");
    expect(out).toHaveLength(text.split("\n").length);
    expect(out.slice(2)).toEqual(["a  b", "", "", "", "c"]);
  });

  it("takes a `%%` left open for the characters it is, not a comment to the note's end", () => {
    const out = obsidianMarks(vault(["a %% gone %% b", "growth 100%% of the time", "c"]));
    expect(out.split("\n").slice(2)).toEqual(["a  b", "growth 100%% of the time", "c"]);
  });

  it("leaves out a line's closing block id and its filing tags, and keeps a tag inside a sentence as its word", () => {
    const out = obsidianMarks(vault(["- 8비트 = 1 byte ^bytes", "- 길이 ↓ #trade-off #llm/tokens", "#llm/tokenization #karpathy", "this is #important stuff", "color #FFD54F, issue #12"]));
    expect(out.split("\n").slice(2)).toEqual(["- 8비트 = 1 byte", "- 길이 ↓", "", "this is important stuff", "color #FFD54F, issue #12"]);
  });

  it("reads links as their words, in a table's cells too, and embeds as an image or a link", () => {
    const out = obsidianMarks(vault(["| a | [[Pretraining Data|사전학습]] |", "see [[#🔢 Text → Bytes]] and [[notes/Byte Pair Encoding]]", "![[shot.png|400]]", "자세한 건 ![[BPE#알고리즘]] 참고"]));
    expect(out.split("\n").slice(2)).toEqual(["| a | 사전학습 |", "see 🔢 Text → Bytes and Byte Pair Encoding", "![shot.png](<shot.png>)", "자세한 건 BPE 참고"]);
  });

  it("leaves fenced code and a document with no vault marks as written", () => {
    const fenced = vault(["```mermaid", "%% a mermaid comment", "A[[x]] --> B", "```", "#tag"]);
    expect(obsidianMarks(fenced).split("\n").slice(2, 6)).toEqual(["```mermaid", "%% a mermaid comment", "A[[x]] --> B", "```"]);
    const plain = "- 길이 ↓ #trade-off ^x";
    expect(obsidianMarks(plain)).toBe(plain);
  });

  it("drops a quote callout's title that is no name, keeping the quote and its speaker", async () => {
    const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "> [!quote] Karpathy on tokens", '> "Sequence length is precious."', "> — Andrej Karpathy", "## 📌 Takeaways", "- three"];
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan));
    const quote = panel(sheet, /BETA/).blocks.find((b) => b.kind === "quote");
    expect(quote?.kind === "quote" && richTextOf(quote.text)).toMatch(/^"?Sequence length is precious/);
    expect(drawn(sheet)).not.toMatch(/Karpathy on tokens/);
  });

  it("draws the tokenization note's words without the vault's syntax", async () => {
    const { sheet, warnings } = await readSheet(fixture(VAULT));
    expect(titles(sheet)).toEqual([["title"], ["TEXT → BYTES", "BYTE PAIR ENCODING", "GPT-4 VOCAB"], ["TIKTOKENIZER 실습", "KARPATHY SAYS"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 35, 35, 20]);
    expect(sheet.meta.author).toBe("Andrej Karpathy");
    // `[[{` and `}]]` are the JSON's own nesting; a link would have words inside its brackets.
    expect(drawn(sheet)).not.toMatch(/\[\[[^{[]|[^}\]]\]\]|%%|\^[a-z]\w*"|#trade-off|Karpathy on tokens|!Byte/);
    expect(drawn(sheet)).toMatch(/자세한 건 Byte Pair Encoding 참고/);
    expect(drawn(sheet)).toMatch(/BPE: 흔한 쌍을 합쳐/);
    expect(warnings).toEqual(['line 114: an image is not drawn on the sheet, nor its alt text "tiktokenizer-hello-world.png"']);
  });

  it("draws a quotable insight the plan's quote abridges once, as the plan has it", async () => {
    const { sheet } = await readSheet(fixture(VAULT));
    const said = panel(sheet, /KARPATHY SAYS/).blocks.flatMap((b) => (b.kind === "quote" ? [richTextOf(b.text)] : []));
    expect(said).toHaveLength(2);
    expect(said.join("\n")).toMatch(/unique ID, almost like a unique emoji/);
    expect(drawn(sheet)).not.toMatch(/Think of these as unique IDs/);
  });
});

describe("an insight that abridges a plan's quote", () => {
  const drawnBy = (q: string): ((insight: string) => boolean) => plannedQuotes([{ kind: "quote", text: [{ text: q }] }]);
  const plan = "You can think of each one of these as a unique ID, almost like a unique emoji.";

  it("is that quote when its words all come in the quote's order, close together", () => {
    expect(drawnBy(plan)("Think of these as unique IDs")).toBe(true);
  });

  it("is another saying when its words come out of order, spread far apart, or are too few to tell", () => {
    expect(drawnBy(plan)("These unique IDs think as of")).toBe(false);
    expect(drawnBy("You can think of it, and after a long while of thinking about it all, these are the words as unique as they get, with an ID")("Think of these as unique IDs")).toBe(false);
    expect(drawnBy(plan)("Think of unique IDs")).toBe(false);
  });
});
