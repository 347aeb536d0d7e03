// Five more chapters written by others: a layout given as an HTML table, boxes keyed A–F with a legend under the
// drawing and **Box A:** plan labels, plan sections named by where their box stands, bold runs CommonMark leaves
// stranded before a Hangul particle, a title's trailing `— 가장 넓게！`, and widths written `좌 30 / 우 70`.
// Each rule is tested on a small document of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { panelAt, placeIn } from "../src/read/prompt/positions.js";
import { richFromLine, richText } from "../src/read/prompt/rich.js";
import { stripLayoutRemarks } from "../src/read/prompt/words.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { kinds, panel, titles } from "./read-helpers.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const firstItem = (p: Panel): string => {
  const b = p.blocks.find((x) => x.kind === "bullets");
  return b?.kind === "bullets" ? richText(b.items[0]!) : "";
};
const doc = (layout: string[], plan: string[]): string =>
  ["# Source Text", "---", 'title: "x"', "---", "", "본문", "", "# Layout Structure", ...layout, "", "# Output Structure Plan", "", ...plan].join("\n");
const DRAWING = [
  "```",
  "┌──────────────────────────────────────────┐",
  "│ 🍌 NANO BANANA CHEAT SHEET: X 🍌          │",
  "├─────────────┬──────────────┬─────────────┤",
  "│ 🅰️ Alpha     │ 🅱️ Beta       │ 🔷 Gamma     │",
  "├─────────────┴──────────────┴─────────────┤",
  "│ 🟩 Delta                                  │",
  "└──────────────────────────────────────────┘",
  "```",
];

describe("a layout given as an HTML <table>", () => {
  const table = [
    "<table>",
    '  <tr style="height: 10%"><td colspan="3">🍌 NANO BANANA CHEAT SHEET: X 🍌</td></tr>',
    '  <tr height="40%"><td rowspan="2" width="25%">📚 Side<br>메모 한 줄</td><td>🅰️ Alpha</td><td>🅱️ Beta</td></tr>',
    '  <tr style="height:50%"><td colspan="2"><b>🔷 Gamma</b> (가장 넓게!)</td></tr>',
    "</table>",
  ];

  it("reads each cell as a box: colspan across columns, rowspan down rows, a cell's width its column's, a row's height its share", async () => {
    const { sheet, warnings } = await readSheet(doc(table, ["## 🅰️ Alpha", "- a point"]));
    expect(warnings).toEqual([]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: X 🍌");
    expect(titles(sheet)).toEqual([["title"], ["Side", "Alpha", "Beta"], ["Gamma"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 40, 50]);
    expect(panel(sheet, /Side/)).toMatchObject({ rowSpan: 2, width: 0.25, emoji: "📚" });
    // The cell's next line is the box's line; its `(가장 넓게!)` is no part of the title.
    expect(panel(sheet, /Side/).lead.map(richText)).toEqual(["메모 한 줄"]);
  });

  it("fenced as ```html reads the same; a table of one row is no layout", async () => {
    const fenced = await readSheet(doc(["```html", ...table, "```"], ["## 🅰️ Alpha", "- a point"]));
    expect(titles(fenced.sheet)).toEqual([["title"], ["Side", "Alpha", "Beta"], ["Gamma"]]);
    const one = await readSheet(doc(["<table><tr><td>🅰️ Alpha</td><td>🅱️ Beta</td></tr></table>"], ["## 🅰️ Alpha", "- a point", "", "## 🅱️ Beta", "- b"]));
    expect(one.warnings.some((w) => /has no box diagram; using a default layout/.test(w))).toBe(true);
  });

  it("reads the knowledge-of-self chapter's table: a sidebar through two rows at 30%, heights from each <tr>", async () => {
    const { sheet, warnings } = await readSheet(fixture("knowledge-of-self-html-layout"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ['"너는 누구야?"', "TOKEN TUMBLER", "FALCON의 착각"], ["정체성은 이렇게 심는다"], ["SYSTEM MESSAGE", "OLMo SFT 데이터", "KEY TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 27, 36, 27]);
    expect(panel(sheet, /너는 누구야/)).toMatchObject({ rowSpan: 2, width: 0.3 });
    expect(kinds(panel(sheet, /정체성은/))).toEqual(["flowchart", "table"]);
  });
});

describe("boxes holding only a key, titled by a legend under the drawing", () => {
  const keyed = [
    "```",
    "┌────────────────────────┐",
    "│         TITLE          │",
    "├───────────┬────────────┤",
    "│     A     │     B      │",
    "└───────────┴────────────┘",
    "```",
  ];

  it("takes each box's title from its legend line (`- A = …`, `B: …`, `TITLE — …`)", async () => {
    const legend = ["", "- TITLE — 🍌 NANO BANANA CHEAT SHEET: X 🍌", "- A = 🅰️ Alpha", "B: 🅱️ Beta"];
    const { sheet } = await readSheet(doc([...keyed, ...legend], ["## 🅰️ Alpha", "- a point", "", "## 🅱️ Beta", "- b point"]));
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: X 🍌");
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"]]);
    expect(firstItem(panel(sheet, /Beta/))).toBe("b point");
  });

  it("is not applied when fewer than two keys stand alone in the drawing", async () => {
    const { sheet } = await readSheet(doc([...keyed, "", "- A = 🅰️ Alpha"], ["## 🅰️ Alpha", "- a point"]));
    expect(titles(sheet)[1]).toEqual(["A", "B"]);
  });

  it("titles the verifiable-RL chapter's six boxes, and its **Box A:** lines are the plan's sections", async () => {
    const { sheet, warnings } = await readSheet(fixture("rl-verifiable-letter-boxes"));
    expect(warnings).toEqual([]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: RL IN VERIFIABLE DOMAINS 🍌");
    expect(titles(sheet)).toEqual([["title"], ["교과서 비유", "Emily의 사과 문제", "자동 채점 (정답 키 / LLM judge)"], ["샘플링 → 채점 → 강화 루프"], ["SFT vs RL", "KEY TAKEAWAYS"]]);
    expect(kinds(panel(sheet, /교과서/))).toEqual(["table"]);
    expect(kinds(panel(sheet, /샘플링/)).slice(0, 2)).toEqual(["flowchart", "bullets"]);
    expect(firstItem(panel(sheet, /KEY TAKEAWAYS/))).toMatch(/^검증 가능한 영역 = /);
  });
});

describe("**Box A:** labels over a plan without headings", () => {
  it("start its sections, the label's line the title and the lines under it the section's", async () => {
    const plan = ["**Box A:** Alpha", "- a point", "", "**박스 B:** Beta", "- b point", "", "**Box C** — Gamma", "- c point", "", "**Box D:** Delta", "- d point"];
    const { sheet, warnings } = await readSheet(doc(DRAWING, plan));
    expect(warnings.filter((w) => /no sections|not drawn/.test(w))).toEqual([]);
    for (const [t, item] of [[/Alpha/, "a point"], [/Beta/, "b point"], [/Gamma/, "c point"], [/Delta/, "d point"]] as const) expect(firstItem(panel(sheet, t))).toBe(item);
  });

  it("one bold label alone is no outline of sections", async () => {
    const { warnings } = await readSheet(doc(DRAWING, ["**Box A:** Alpha", "- a point"]));
    expect(warnings.some((w) => /has no sections/.test(w))).toBe(true);
  });
});

describe("plan sections named by where their box stands", () => {
  it("reads a place at the head of a title, and nothing else as one", () => {
    expect(placeIn("① 왼쪽 위 칸")).toEqual({ x: "low", y: "low" });
    expect(placeIn("⑥ 오른쪽 아래 — 핵심 정리")).toEqual({ x: "high", y: "high" });
    expect(placeIn("4. Bottom row, middle")).toEqual({ x: "mid", y: "high" });
    expect(placeIn("Top-left box: Strawberry")).toEqual({ x: "low", y: "low" });
    expect(placeIn("좌상단")).toEqual({ x: "low", y: "low" });
    expect(placeIn("③ 가운데 큰 칸 (가로 전체)")).toEqual({ either: true });
    for (const t of ["위치 인코딩", "Left-to-right decoding", "왼쪽 위의 토큰이 먼저", "Top-p sampling", "가운데 정렬된 표 만들기"]) expect(placeIn(t), t).toBeUndefined();
  });

  it("finds the one panel there, spans and stacks included, and none where a place names several", async () => {
    const { sheet } = await readSheet(doc(DRAWING, ["## 🅰️ Alpha", "- a"]));
    expect(panelAt(sheet.rows, { x: "high", y: "low" })?.title).toBe("Gamma");
    expect(panelAt(sheet.rows, { x: "mid", y: "low" })?.title).toBe("Beta");
    expect(panelAt(sheet.rows, { either: true })?.title).toBe("Beta");
    expect(panelAt(sheet.rows, { y: "high" })?.title).toBe("Delta");
    expect(panelAt(sheet.rows, { y: "low" })).toBeUndefined();
    const tall = await readSheet(fixture("knowledge-of-self-html-layout"));
    // The sidebar runs through the first two rows: it is the left one of both.
    expect(panelAt(tall.sheet.rows, { x: "low", y: "low" })?.title).toBe('"너는 누구야?"');
    expect(panelAt(tall.sheet.rows, { x: "high", y: "high" })?.title).toBe("KEY TAKEAWAYS");
    expect(panelAt(tall.sheet.rows, { x: "low" })).toBeUndefined();
    // `가운데` alone: the middle row's box, not the sidebar reaching the top.
    expect(panelAt(tall.sheet.rows, { either: true })?.title).toBe("정체성은 이렇게 심는다");
  });

  it("places such a section in that box; a section its emoji or title names stays with that panel", async () => {
    const plan = ["## 1. 오른쪽 위 칸", "- for gamma", "", "## 2. 아래 줄", "- for delta", "", "## 3. 🅰️ 왼쪽 위 — Alpha", "- for alpha"];
    const { sheet } = await readSheet(doc(DRAWING, plan));
    expect(firstItem(panel(sheet, /Gamma/))).toBe("for gamma");
    expect(firstItem(panel(sheet, /Delta/))).toBe("for delta");
    expect(firstItem(panel(sheet, /Alpha/))).toBe("for alpha");
  });

  it("places every section of the spelling chapter, named ① 왼쪽 위 칸 … ⑥ 오른쪽 아래, in its box", async () => {
    const { sheet, warnings } = await readSheet(fixture("spelling-position-names"));
    expect(warnings).toEqual([]);
    expect(firstItem(panel(sheet, /STRAWBERRY/))).toMatch(/^질문：「strawberry/);
    expect(firstItem(panel(sheet, /UBIQUITOUS/))).toMatch(/^요청：「ubiquitous/);
    expect(kinds(panel(sheet, /모델이 보는 세상/)).slice(0, 2)).toEqual(["table", "bullets"]);
    expect(kinds(panel(sheet, /USE CODE/))).toEqual(["flowchart", "code"]);
    expect(firstItem(panel(sheet, /맡기지 마/))).toBe("글자 세기 (r이 몇 개？)");
    for (const p of panelsOf(sheet)) for (const b of p.blocks) if (b.kind !== "quote") expect(b.at?.reason, p.title).toBe("title");
  });
});

describe("a bold run CommonMark strands before a Hangul particle", () => {
  it("is bold when punctuation inside the run is why it did not close or open", () => {
    expect(richFromLine("신경망 **활성화(activation)**를 봄")).toEqual([{ text: "신경망 " }, { text: "활성화(activation)", bold: true }, { text: "를 봄" }]);
    expect(richFromLine('이건**"인용"** 이다')).toEqual([{ text: "이건" }, { text: '"인용"', bold: true }, { text: " 이다" }]);
    expect(richFromLine('**"Use code"**라고 하면')).toEqual([{ text: '"Use code"', bold: true }, { text: "라고 하면" }]);
  });

  it("leaves a power written `2**(n-1) 과 3**2` and runs CommonMark reads as they are", () => {
    expect(richFromLine("2**(n-1) 과 3**2")).toEqual([{ text: "2**(n-1) 과 3**2" }]);
    expect(richFromLine("a **(b)**c")).toEqual([{ text: "a **(b)**c" }]);
    expect(richFromLine("**굵게** 그리고 `**코드**`")).toEqual([{ text: "굵게", bold: true }, { text: " 그리고 " }, { text: "**코드**", code: true }]);
  });

  it("draws the jagged-intelligence chapter's 활성화(activation) bold, with no `**` left on the sheet", async () => {
    const { sheet } = await readSheet(fixture("jagged-intelligence-tab-drawing"));
    const why = panel(sheet, /성경 구절 뉴런/).blocks.find((b) => b.kind === "bullets");
    expect(why?.kind === "bullets" && why.items[0]).toEqual([{ text: "연구팀이 신경망 " }, { text: "활성화(activation)", bold: true }, { text: "를 들여다본 결과" }]);
    expect(JSON.stringify(sheet.rows)).not.toContain("**");
  });
});

describe("a size remark after a dash at the end of a title", () => {
  it("is dropped however it is dashed or punctuated; other words after a dash stay", () => {
    for (const t of ["🧩 세상 = 토큰 — 가장 넓게!", "🧩 세상 = 토큰 — 가장 넓게！", "🧩 세상 = 토큰 - widest!", "🧩 세상 = 토큰 ← 크게", "🧩 세상 = 토큰—가장 넓게"]) expect(stripLayoutRemarks(t), t).toBe("🧩 세상 = 토큰");
    for (const t of ["A — wide vs narrow", "Top-p — the widest net", "A-wide", "RLHF — 보상 모델"]) expect(stripLayoutRemarks(t), t).toBe(t);
  });

  it("leaves the spelling chapter's middle box titled by its words", async () => {
    const { sheet } = await readSheet(fixture("spelling-position-names"));
    expect(titles(sheet)[2]).toEqual(["모델이 보는 세상 = 토큰（글자가 아니다）"]);
  });
});

describe("widths written with their sides between the numbers", () => {
  it("`좌 30 / 우 70` and `left 2 : right 1` give the row's widths", async () => {
    const ratio = (arrange: string) => ["", "| 영역 | 비율 | 내용 | 배치 |", "|---|---|---|---|", "| 상단 | 10% | 타이틀 | 전체 |", `| 중단 | 45% | A + B + C | 3등분 |`, `| 하단 | 45% | D | ${arrange} |`];
    const two = [...DRAWING.slice(0, 6), "│ 🟩 Delta            │ 🟥 Epsilon          │", "└──────────────────────────────────────────┘", "```"];
    two[5] = "├─────────────┴──────┬───────┴─────────────┤";
    for (const [arrange, want] of [["좌 30 / 우 70", [0.3, 0.7]], ["left 2 : right 1", [0.6667, 0.3333]], ["왼쪽 1 / 오른쪽 3", [0.25, 0.75]]] as const) {
      const { sheet } = await readSheet(doc([...two, ...ratio(arrange)], ["## 🅰️ Alpha", "- a"]));
      const row = sheet.rows[2];
      expect(row?.kind === "panels" && row.panels.map((p) => p.width), arrange).toEqual(want);
    }
  });

  it("reads the RLHF chapter's 좌 30 / 우 70 and 2 : 1 : 1 over a drawing of even boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture("rlhf-reward-model-dense-code"));
    expect(warnings).toEqual([]);
    expect(sheet.page).toBe("16:9");
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []))).toEqual([[], [0.3, 0.7], [undefined], [0.5, 0.25, 0.25]]);
    expect(panel(sheet, /REWARD MODEL/).emoji).toBe("🧑‍⚖️");
    expect(panel(sheet, /GAMING/).emoji).toBe("🙅🏻‍♀️");
  });
});
