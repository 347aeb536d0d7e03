// Chapters written by others, read as their writers meant: a plan written before the drawing, naming its boxes by
// number (`②번 칸에：…`) and place (`하단 왼쪽 (⑤)`), quotes listed under a heading that offers them to whichever
// box they fit; an English chapter drawn with tabs 4 columns wide, a box title wrapped onto a line with a remark,
// HTML `<blockquote>` quotes and `16 by 9` asked in a sentence; a dense chapter whose mind map nests its branches
// under a `Root:` line; a chat model's answer with `▸` position titles, quotes noted `— 하단 왼쪽 칸에`, two boxes
// side by side under one beside a sidebar, and the source notes last under `# 강의 노트 원문`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { boxNumber } from "../src/read/prompt/box-number.js";
import { tabWidth } from "../src/read/prompt/box-tabs.js";
import { htmlQuote } from "../src/read/html-quote.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const drawn = (plan: string[], heading = "# Layout Structure"): string => promptDoc(FIVE_BOXES, plan, { layoutHeading: heading });

describe("a plan section naming its box by number", () => {
  it("reads the number in the forms people write it, and only with 번 or a word for a box", () => {
    expect(boxNumber("②번 칸에：왜 생기나")).toEqual({ box: 2, rest: "왜 생기나" });
    expect(boxNumber("③번 칸 (오른쪽 세로 열 전체) — 도구")?.box).toBe(3);
    expect(boxNumber("④번 칸에 들어갈 표 (Meta의 방법)")).toEqual({ box: 4, rest: "표 (Meta의 방법)" });
    expect(boxNumber("Box 3: Samples")).toEqual({ box: 3, rest: "Samples" });
    expect(boxNumber("[Panel #2] 💸 Then vs now")).toEqual({ box: 2, rest: "💸 Then vs now" });
    expect(boxNumber("칸 ⑤ — 기억")).toEqual({ box: 5, rest: "기억" });
    expect(boxNumber("Panel 5 of 6: 💬 Quotes")).toEqual({ box: 5, rest: "💬 Quotes" });
    // The plan's own count, and numbers that are the title's words, name no box.
    for (const t of ["① 환각이란", "3. Key takeaways", "3번째 이야기", "박스 2개 비교", "Box office numbers"]) expect(boxNumber(t), t).toBeUndefined();
  });

  it("puts the section in the box counted in the drawing's reading order, whatever words it says", async () => {
    const { sheet } = await readSheet(drawn(["## ④번 칸에：gamma 이야기", "- one", "## Box 2 — alpha things", "- two", "## 칸 ③", "- three"]));
    expect(text(sheet, /DELTA/)).toMatch(/one/);
    expect(text(sheet, /BETA/)).toMatch(/two/);
    expect(text(sheet, /GAMMA/)).toMatch(/three/);
  });

  it("leaves a section whose emoji names a box to that box", async () => {
    const { sheet } = await readSheet(drawn(["## Box 1 — 📌 정리", "- one"]));
    expect(text(sheet, /TAKEAWAYS/)).toMatch(/one/);
  });

  it("reads the fixture's plan, written before its drawing, box by box", async () => {
    const { sheet, warnings } = await readSheet(fixture("hallucination-plan-first-numbered-boxes"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["【환각이란？】", "【왜 지어낼까】", "【도구：웹 검색】"], ["【완화책：「모른다」 가르치기】"], ["【기억 vs 작업 기억】", "【정리】"]]);
    expect(ratios(sheet)).toEqual([10, 33, 22, 35]);
    expect(text(sheet, /왜 지어낼까/)).toMatch(/확신에 찬 정답/);
    expect(kinds(panel(sheet, /도구/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /완화책/))).toEqual(["table"]);
    expect(text(sheet, /완화책/)).toMatch(/I don't know/);
    expect(text(sheet, /기억 vs/)).toMatch(/한 달 전에 읽은 책/);
  });
});

describe("the layout drawing under its Korean name", () => {
  it("reads `# 배치도` as the layout structure", async () => {
    const { sheet, warnings } = await readSheet(drawn(["## 1. Alpha", "- one"], "# 배치도"));
    expect(warnings.filter((w) => /no # Layout Structure/.test(w))).toEqual([]);
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA", "GAMMA"]);
  });
});

describe("세로 in a sentence that asks for no portrait page", () => {
  it("says nothing of a tall box named by its number or side, nor of a portrait page forbidden politely", async () => {
    for (const said of ["③번은 오른쪽에 세로로 길게 그려 주세요.", "A4 가로 한 장. 세로 방향은 안 됩니다.", "세로 방향은 안 돼요."]) {
      const { warnings } = await readSheet(drawn(["## 1. Alpha", "- one"]) + `\n# 이미지 요청\n${said}\n`);
      expect(warnings.filter((w) => /portrait/.test(w)), said).toEqual([]);
    }
  });

  it("still says a portrait page asked for in a sentence is drawn landscape", async () => {
    const { warnings } = await readSheet(drawn(["## 1. Alpha", "- one"]) + "\n# 이미지 요청\nA4 세로 방향으로 만들어 주세요.\n");
    expect(warnings.some((w) => /a portrait page is asked for/.test(w))).toBe(true);
  });
});

describe("quotes listed under a quotes heading", () => {
  // Unnumbered, as the fixture's: a plan numbering its sections drops one left unnumbered.
  const plan = (heading: string): string[] => ["## Alpha", "- one", heading, '- "The beta words are here, b words"', '- "Gamma says c words" — Andrej'];

  it("reads each quoted item as a quote, offered by words when the heading says so", async () => {
    const { sheet } = await readSheet(drawn(plan("## 인용구 (어울리는 칸에 넣어 주세요)")));
    expect(kinds(panel(sheet, /BETA/))).toContain("quote");
    expect(kinds(panel(sheet, /GAMMA/))).toContain("quote");
  });

  it("leaves a list with an item that is no quote a list (a point signed as a quote is still its own quote)", async () => {
    const { sheet } = await readSheet(drawn([...plan("## 인용구"), "- and a remark"]));
    const blocks = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
    const text = (b: (typeof blocks)[number]): string => JSON.stringify(b);
    // The unsigned quoted item and the remark stay points; only `"…" — Andrej`, a quote by its own form
    // (list-parts.ts), is drawn as one, the list cut around it.
    expect(blocks.filter((b) => b.kind === "quote").map(text)).toEqual([expect.stringContaining("Gamma says c words")]);
    for (const point of ["The beta words are here", "and a remark"]) expect(blocks.some((b) => b.kind === "bullets" && text(b).includes(point)), point).toBe(true);
  });

  it("places the fixture's quotes in the boxes they are about", async () => {
    const { sheet } = await readSheet(fixture("hallucination-plan-first-numbered-boxes"));
    expect(kinds(panel(sheet, /왜 지어낼까/))).toContain("quote");
    expect(panel(sheet, /기억 vs/).blocks.filter((b) => b.kind === "quote")).toHaveLength(2);
  });
});

describe("a drawing typed with tabs four columns wide", () => {
  const lines = ["    +----------+  +--------+", "\t| ALPHA    |  | BETA   |", "    | a words  |\t| b      |", "\t+----------+  +--------+"];

  it("reads tabs as wide as the borders of the other lines say", () => {
    expect(tabWidth(lines)).toBe(4);
    expect(tabWidth(["        +---+", "\t|   |", "        +---+"])).toBe(8);
    expect(tabWidth(["+--+", "|  |", "+--+"])).toBe(8);
  });

  it("finds the boxes of such a drawing", async () => {
    const doc = ["# Layout Structure", "```", "    +-------------------------+", "\t| 🍌 TITLE 🍌             |", "    +-------------------------+", ...lines, "```", "# Output Structure Plan", "## Alpha", "- one", ""].join("\n");
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
  });

  it("reads the fixture's drawing, its tabs mixed into spaces, as drawn", async () => {
    const { sheet, warnings } = await readSheet(fixture("gpt2-english-tabs-blockquote-widescreen"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["GPT-2 AT A GLANCE", "THEN vs NOW", "RENTING AN 8xH100 NODE (Lambda etc.)"], ["WATCHING THE LOSS", "SAMPLES AS IT LEARNS"], ["KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 40, 20]);
  });
});

describe("a capitals title wrapped onto a line with a remark", () => {
  it("joins `NODE (Lambda etc.)` to `RENTING AN 8xH100`: the x is a times sign, the remark the title's", async () => {
    const doc = ["# Layout Structure", "```", "+--------------------------------+", "| 🍌 TITLE 🍌                    |", "+--------------------------------+", "+----------------------+", "| 🖥️ RENTING AN 8xH100 |", "| NODE (Lambda etc.)   |", "| ~$3 / GPU / hour     |", "+----------------------+", "```", ""].join("\n");
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[1]).toEqual(["RENTING AN 8xH100 NODE (Lambda etc.)"]);
  });
});

describe("an HTML <blockquote> in the plan", () => {
  it("reads its paragraphs as quotes and its footer as who said them", () => {
    expect(htmlQuote('<blockquote>\n  <p>"It costs about $600 now."</p>\n  <footer>— Andrej Karpathy</footer>\n</blockquote>')).toEqual([{ text: '"It costs about $600 now."', cite: "Andrej Karpathy" }]);
    expect(htmlQuote("<blockquote>One &amp; only</blockquote>")).toEqual([{ text: "One & only" }]);
    expect(htmlQuote("<div>not a quote</div>")).toBeUndefined();
  });

  it("draws the fixture's HTML quotes in their sections' panels, with no warning", async () => {
    const { sheet } = await readSheet(fixture("gpt2-english-tabs-blockquote-widescreen"));
    expect(text(sheet, /THEN vs NOW/)).toMatch(/"kind":"quote","text":\[\{"text":"In 2019 this probably cost/);
    expect(text(sheet, /THEN vs NOW/)).toMatch(/"cite":"Andrej Karpathy"/);
    expect(kinds(panel(sheet, /WATCHING THE LOSS/))).toContain("quote");
  });
});

describe("16:9 asked in words", () => {
  it("reads `16 by 9`, `16x9` and `widescreen` as 16:9, and A4 named first as A4", async () => {
    for (const said of ["make it widescreen, like a slide", "the 16 by 9 shape of a slide", "16x9 please", "16대9 비율"]) {
      const { sheet } = await readSheet(drawn(["## 1. Alpha", "- one"]) + `\n# Image request\n${said}\n`);
      expect(sheet.page, said).toBe("16:9");
    }
    const { sheet } = await readSheet(drawn(["## 1. Alpha", "- one"]) + "\n# Image request\nA4 landscape, or widescreen if you must\n");
    expect(sheet.page).toBe("a4");
  });

  it("draws the fixture, which asks for a slide in prose, at 16:9", async () => {
    const { sheet } = await readSheet(fixture("gpt2-english-tabs-blockquote-widescreen"));
    expect(sheet.page).toBe("16:9");
  });
});

describe("a mind map whose branches are nested under its Root: line", () => {
  it("draws each branch's own list as its leaves", async () => {
    const { sheet, warnings } = await readSheet(drawn(["## 🗺️ Overview (Mind Map)", '- Root: "Topic"', "  - Alpha", "    - a one", "    - a two", "  - Beta", "    - b one"]));
    expect(warnings.filter((w) => /not a Root:/.test(w))).toEqual([]);
    const map = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).find((b) => b.kind === "mindmap");
    expect(map && map.kind === "mindmap" ? map.root : undefined).toEqual({ label: "Topic", children: [{ label: "Alpha", children: [{ label: "a one", children: [] }, { label: "a two", children: [] }] }, { label: "Beta", children: [{ label: "b one", children: [] }] }] });
  });

  it("reads the dense fixture with its mind map whole and no warning", async () => {
    const { sheet, warnings } = await readSheet(fixture("deepseek-rl-dense-eight-boxes"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["교과서 비유", "RL이란?", "시행착오 루프", "응답 길이 ↑"], ["DEEPSEEK-R1", "AHA MOMENT"], ["SFT vs RL vs RLHF", "핵심 정리"]]);
    const map = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).find((b) => b.kind === "mindmap");
    expect(map && map.kind === "mindmap" ? map.root.children.map((c) => c.children.length) : []).toEqual([3, 3, 3, 3]);
    expect(kinds(panel(sheet, /시행착오/))).toEqual(["flowchart"]);
  });
});

describe("a chat model's answer: ▸ position titles, quotes noted with their place, a split column beside a sidebar", () => {
  const sidebar = [
    "┌──────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                  │",
    "├──────────────────────────────────────────────┤",
    "│ ┌──────────────────────────┐ ┌─────────────┐ │",
    "│ │ WIDE                     │ │ SIDE        │ │",
    "│ │  w words                 │ │  s words    │ │",
    "│ └──────────────────────────┘ │             │ │",
    "│ ┌────────────┐ ┌───────────┐ │             │ │",
    "│ │ LEFT       │ │ RIGHT     │ │             │ │",
    "│ │  l words   │ │  r words  │ │             │ │",
    "│ └────────────┘ └───────────┘ └─────────────┘ │",
    "├──────────────────────────────────────────────┤",
    "│ ┌──────────────────────────────────────────┐ │",
    "│ │ LOW                                      │ │",
    "│ └──────────────────────────────────────────┘ │",
    "└──────────────────────────────────────────────┘",
  ];
  const doc = (after: string[], plan: string[]): string => ["# Layout Structure", "```", ...sidebar, "```", ...after, "# Output Structure Plan", ...plan, ""].join("\n");

  it("makes the two boxes under the wide one a row of their own, the sidebar spanning both rows", async () => {
    const { sheet } = await readSheet(doc([], ["## Wide", "- one"]));
    expect(titles(sheet)).toEqual([["title"], ["WIDE", "SIDE"], ["LEFT", "RIGHT"], ["LOW"]]);
    expect(panel(sheet, /SIDE/).rowSpan).toBe(2);
  });

  it("spreads a heights list giving one height per band over the band's rows", async () => {
    const { sheet, warnings } = await readSheet(doc(["- 제목 줄 (약 10%)", "- 가운데 블록 (약 60%)", "- 아래 줄 30%"], ["## Wide", "- one"]));
    expect(warnings.filter((w) => /ratio table|row heights/.test(w))).toEqual([]);
    expect(ratios(sheet).reduce((a, b) => a + b, 0)).toBe(100);
    expect(ratios(sheet)[0]).toBe(10);
    expect(ratios(sheet)[1]! + ratios(sheet)[2]!).toBe(60);
  });

  it("places a section titled `▸ 오른쪽 열` in the sidebar, and a quote noted `— 오른쪽 열에` there too", async () => {
    const d = doc([], ["## ▸ 오른쪽 열", "- one", "## ▸ 하단", "- two"]) + '\n# 인용\n- "Some words about nothing in particular" — 오른쪽 열에\n';
    const { sheet } = await readSheet(d);
    expect(text(sheet, /SIDE/)).toMatch(/one/);
    expect(text(sheet, /LOW/)).toMatch(/two/);
    expect(kinds(panel(sheet, /SIDE/))).toContain("quote");
    // The note is where the quote goes, not who said it, nor a translation of it.
    expect(text(sheet, /SIDE/)).not.toMatch(/오른쪽 열/);
  });

  it("reads the fixture: the source last, every section and quote in its place", async () => {
    const { sheet, warnings } = await readSheet(fixture("post-training-chat-positions-escaped-pipes"));
    expect(warnings).toEqual([]);
    expect(sheet.meta.title).toBe("10. Post-Training Data (Conversations)");
    expect(titles(sheet)).toEqual([["title"], ["대화도 결국 토큰이다", "라벨링 지침"], ["라벨러가 쓰는 대화 데이터", "LLM이 돕는 데이터"], ["지금 누구와 대화하나?", "정리"]]);
    expect(ratios(sheet)).toEqual([8, 29, 33, 30]);
    expect(kinds(panel(sheet, /대화도 결국/))).toEqual(["paragraph", "table", "quote"]);
    expect(text(sheet, /대화도 결국/)).toMatch(/<\|im_start\|>system<\|im_sep\|>/);
    expect(kinds(panel(sheet, /라벨링 지침/))).toEqual(["flowchart", "bullets", "quote"]);
    expect(text(sheet, /누구와 대화/)).toMatch(/statistical simulation of a labeler/);
  });
});
