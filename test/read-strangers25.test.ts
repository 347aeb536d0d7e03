// Chapters written by others, read as their writers meant: a hallucination chapter written almost all in Korean,
// its `+---+` drawing typed in a proportional font (the text lines drift by how wide that editor drew Hangul), a
// ratio table for the boxes' rows only (`높이 2/10`, title left out) and `세로 방향 절대 X`; and a nine-panel course
// recap on 16:9 whose row heights are said in a sentence that leaves out the title and goes on to count
// something else, its quotes signed with where in the lecture they were said (`— 카파시, 강의 1:02:15`) and its
// takeaways ticked line by line under a bold title typed right over them.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { alignBands } from "../src/read/prompt/box-bands.js";
import { match, matchTyped } from "../src/read/prompt/box-match.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (p: Panel): { text: string; cite?: string }[] =>
  p.blocks.flatMap((b) => (b.kind === "quote" ? [{ text: b.text.map((s) => s.text).join(""), ...(b.cite ? { cite: b.cite } : {}) }] : []));

const KOREAN = "hallucination-korean-bracket-boxes-sequence-state";
const RECAP = "course-recap-nine-panels-spanning-glossary-16x9";

// Walls typed where a proportional font put them: Hangul about 1.6 columns wide, so neither one column per
// character nor two lines them up with the `+` junctions.
const DRIFTING = [
  "+-------------------------------------+",
  "|  가나다라 마바사 요약 노트         |",
  "+-------------------------------------+",
  "| 알파 박스          | 베타 박스         |",
  "|  가나다라마바사     | 아자차카        |",
  "+------------------+------------------+",
  "| 감마 박스 한글 제목 길게           |",
  "+-------------------------------------+",
];
const plan = ["## 🅰️ 알파 박스", "- 하나", "## 🅱️ 베타 박스", "- 둘", "## 📌 감마 박스 한글 제목 길게", "- 셋"];

describe("text lines drifting under straight `+---+` border lines", () => {
  it("puts each wall on the junction of the border line closing its row", () => {
    const out = alignBands(DRIFTING);
    expect(out[3]).toBe(`| 알파 박스${" ".repeat(8)}| 베타 박스${" ".repeat(8)}|`);
    expect(out[4]).toBe(`|  가나다라마바사${" ".repeat(2)}| 아자차카${" ".repeat(9)}|`);
  });

  it("leaves a line alone whose `|` is the box's text, far from any junction", () => {
    const typed = ["+--------------------+", "| 용어 | 설명       |", "+--------------------+"];
    expect(alignBands(typed)).toEqual(typed);
  });

  it("reads the boxes the border lines frame, however far both counts put the walls", async () => {
    // Hangul drawn 1.6 columns wide: the middle wall of the second line stands at 22 by characters, 36 on screen, the
    // junction at 30.
    const rule = `+${"-".repeat(59)}+`;
    const far = [
      rule,
      `|  TITLE${" ".repeat(52)}|`,
      rule,
      `| 알파 박스${" ".repeat(20)}| 베타 박스${" ".repeat(19)}|`,
      `| 가나다라마바사아자차카타파하${" ".repeat(6)}| 하파타카차자아사바마라다나가${" ".repeat(5)}|`,
      `+${"-".repeat(29)}+${"-".repeat(29)}+`,
      `| 감마 박스 한글 제목 길게${" ".repeat(36)}|`,
      rule,
    ];
    const { sheet } = await readSheet(promptDoc(far, plan));
    expect(titles(sheet)).toEqual([["title"], ["알파 박스", "베타 박스"], ["감마 박스 한글 제목 길게"]]);
  });

  it("reads the fixture's six boxes in three rows under its title", async () => {
    const { sheet } = await readSheet(fixture(KOREAN));
    expect(titles(sheet)).toEqual([["title"], ["환각이란?", "왜 지어낼까?"], ["도구 사용 (Tool Use)", "모델 심문하기"], ["흐릿한 기억 vs 작업 기억", "정리"]]);
    expect(kinds(panel(sheet, /^정리/))).toContain("quote");
  });
});

describe("row heights for the boxes' rows only, the title left out", () => {
  const grid = [
    "+------------------------------------------+",
    "|              TITLE                       |",
    "+------------------------------------------+",
    "|   🅰️ 알파 박스       |   🅱️ 베타 박스      |",
    "+------------------------------------------+",
    "|   📌 감마 박스 한글 제목 길게             |",
    "+------------------------------------------+",
  ];

  it("gives the title its thin row and the table's rows the rest in proportion", async () => {
    const table = ["", "| 줄 | 박스 | 높이 |", "|---|---|---|", "| 첫째 줄 | 박스 1, 박스 2 | 6/10 |", "| 둘째 줄 | 박스 3 | 4/10 |"];
    const { sheet } = await readSheet(promptDoc(grid, plan, { after: table }));
    expect(ratios(sheet)).toEqual([10, 54, 36]);
  });

  it("still stops at a table whose rows name the title and are one short", async () => {
    const table = ["", "| 줄 | 높이 |", "|---|---|", "| 제목 | 10% |", "| 박스 | 90% |"];
    await expect(readSheet(promptDoc(grid, plan, { after: table }))).rejects.toThrow(/ratio table has 2 rows/);
  });

  it("reads a sentence of heights that leaves out the title, not a count in the words after them", async () => {
    const said = ["", "Row heights (top to bottom, title excluded): 60 / 40 — the last row must hold all 8 items."];
    const { sheet } = await readSheet(promptDoc(grid, plan, { after: said }));
    expect(ratios(sheet)).toEqual([10, 54, 36]);
  });

  it("reads the fixtures' heights so", async () => {
    expect(ratios((await readSheet(fixture(KOREAN))).sheet)).toEqual([10, 18, 45, 27]);
    expect(ratios((await readSheet(fixture(RECAP))).sheet)).toEqual([10, 22, 23, 20, 25]);
  });
});

describe("a page crossed out in a note", () => {
  it("does not take `세로 방향 절대 X` as asking for portrait", async () => {
    const doc = promptDoc(["+-------+", "| 🅰️ 알파 박스 |", "+-------+"], ["## 🅰️ 알파 박스", "- 하나"]) + "\n# 이미지 생성 요청\n- A4 가로\n- 세로 방향 절대 X\n- 세로 ❌\n";
    const { warnings } = await readSheet(doc);
    expect(warnings.filter((w) => /portrait/.test(w))).toEqual([]);
  });
});

describe("a quote signed with where in the lecture it was said", () => {
  it("draws `— 카파시, 강의 1:02:15` as the signature, under the words or after them", async () => {
    const doc = promptDoc(["+-------+", "| 🗣️ 명언 |", "+-------+"], ["## 🗣️ 명언", '> "Models need tokens to think."', "> — 카파시, 강의 1:02:15", "", '> "It is a token simulator." — Karpathy @ 0:42:00']);
    const { sheet } = await readSheet(doc);
    expect(quotes(panel(sheet, /명언/))).toEqual([
      { text: "Models need tokens to think.", cite: "카파시, 강의 1:02:15" },
      { text: "It is a token simulator.", cite: "Karpathy @ 0:42:00" },
    ]);
  });

  it("keeps a remark after a dash as the quote's words", async () => {
    const doc = promptDoc(["+-------+", "| 🗣️ 명언 |", "+-------+"], ["## 🗣️ 명언", '> "Models need tokens to think." — Karpathy, 2024']);
    const { sheet } = await readSheet(doc);
    expect(quotes(panel(sheet, /명언/))[0]?.cite).toBeUndefined();
  });

  it("signs the fixture's quotes so", async () => {
    const { sheet } = await readSheet(fixture(RECAP));
    expect(quotes(panel(sheet, /명언/)).map((q) => q.cite)).toEqual(["카파시, 강의 1:02:15", "카파시, 강의 0:42:00"]);
  });
});

describe("takeaways ticked line by line under a bold title typed right over them", () => {
  const grid = ["+-----------------------------+", "| 🅰️ 알파 박스  | ✔ 핵심 정리  |", "+-----------------------------+"];
  const body = ["**Panel 1 — 🅰️ 알파 박스**", "- 하나", "", "**✔ 핵심 정리**", "✔ 첫째: 데이터", "✔ 둘째: 토큰", "✔ 셋째: 학습"];

  it("makes the bold line a section and the ticked lines its checklist", async () => {
    const { sheet } = await readSheet(promptDoc(grid, body));
    const p = panel(sheet, /핵심 정리/);
    const list = p.blocks.find((b) => b.kind === "bullets");
    expect(list?.kind === "bullets" && list.style).toBe("checks");
    expect(list?.kind === "bullets" && list.items.map((i) => i.map((s) => s.text).join(""))).toEqual(["첫째: 데이터", "둘째: 토큰", "셋째: 학습"]);
  });

  it("puts the fixture's five ticked lines in its ✔ box", async () => {
    const { sheet } = await readSheet(fixture(RECAP));
    const list = panel(sheet, /핵심 정리/).blocks.find((b) => b.kind === "bullets");
    expect(list?.kind === "bullets" && list.items.length).toBe(5);
    expect(kinds(panel(sheet, /용어집/))).toEqual(["table"]);
  });
});

describe("a box line sketching the head of the table the plan puts there", () => {
  const grid = ["+-----------------------------+", "|  TITLE                      |", "+-----------------------------+", "| 📖 용어집                    |", "|  영어 용어 | 한국어 설명     |", "+-----------------------------+"];
  const table = ["## 📖 용어집", "", "| English term | 한국어 설명 |", "|---|---|", "| Token | 기호 단위 |", "| BPE | 바이트 쌍 병합 |"];

  it("is dropped once the table says it", async () => {
    const { sheet } = await readSheet(promptDoc(grid, table));
    expect(panel(sheet, /용어집/).lead).toEqual([]);
  });

  it("stays when the table's head says none of it", async () => {
    const other = table.map((l) => l.replace("| English term | 한국어 설명 |", "| 용어 | 뜻 |"));
    const { sheet } = await readSheet(promptDoc(grid, other));
    expect(panel(sheet, /용어집/).lead).toHaveLength(1);
  });

  it("leaves the fixture's glossary box its table alone", async () => {
    const { sheet } = await readSheet(fixture(RECAP));
    expect(panel(sheet, /용어집/).lead).toEqual([]);
  });
});

describe("a border line typed longer than the frame, straightened, and the lines under it typed straight below it", () => {
  it("matches a wall to where the line above typed its corner when that is where it stands", () => {
    const up = [{ at: 0, col: 0, loose: false }, { at: 5, col: 15, loose: false }, { at: 9, col: 33, loose: false }];
    const exp = [{ at: 0, col: 0, loose: true, raw: 0 }, { at: 5, col: 15, loose: true, raw: 15 }, { at: 9, col: 23, loose: true, raw: 33 }];
    expect(match(up, exp)).toHaveLength(2);
    expect(matchTyped(up, exp)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it("reads the row under the straightened border as its boxes", async () => {
    // The second border runs 5 columns past the frame and is straightened onto it; the row under it is typed
    // straight below that border, its middle wall 3 columns left of the junction.
    const typed = [
      "+----------------------------+",
      "|  TITLE                     |",
      "+----------------------------+",
      "| ALPHA         | BETA       |",
      "+---------------+----------------+",
      "| GAMMA      | DELTA            |",
      "+------------+-------------------+",
    ];
    const { sheet } = await readSheet(promptDoc(typed, ["## ALPHA", "- a", "## BETA", "- b", "## GAMMA", "- c", "## DELTA", "- d"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA", "DELTA"]]);
  });
});

describe("a note in a sequence diagram", () => {
  const seq = ["## 🔍 도구 사용", "```mermaid", "sequenceDiagram", "    participant M as 모델", "    participant S as 검색 엔진", "    M->>S: 검색어", "    Note over M,S: 생성 일시 정지", "    S-->>M: 결과", "```"];
  const grid = ["+--------------------+", "|  TITLE             |", "+--------------------+", "| 🔍 도구 사용        |", "+--------------------+"];

  it("is the caption of the message it follows", async () => {
    const { sheet } = await readSheet(promptDoc(grid, seq));
    const chart = panel(sheet, /도구 사용/).blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" && chart.nodes.map((n) => [n.label, n.caption])).toEqual([
      ["모델 → 검색 엔진: 검색어", "생성 일시 정지"],
      ["검색 엔진 → 모델: 결과", undefined],
    ]);
  });

  it("captions the fixture's search step", async () => {
    const { sheet } = await readSheet(fixture(KOREAN));
    const chart = panel(sheet, /도구 사용/).blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" && chart.nodes.find((n) => n.caption)?.caption).toBe("생성 일시 정지");
  });
});
