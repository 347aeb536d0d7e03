// Three more chapters written by others: a drawing another model decorated (① circled numbers, **bold** titles,
// emoji bullets), a hand-drawn one with ragged right walls, heights as fractions and a plan typed with mixed list
// markers, and a row of six narrow boxes whose Korean titles wrap, with a sidebar and a Mermaid block missing
// its `end`. Each rule is tested on a small document of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { undecoratedTitle } from "../src/read/prompt/box-text.js";
import { fractionHeights } from "../src/read/prompt/fraction-heights.js";
import { closedSubgraphs } from "../src/read/prompt/mermaid.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
const items = (p: Panel): string[][] => p.blocks.flatMap((b) => (b.kind === "bullets" ? [b.items.map((i) => richText(i))] : []));
const leadOf = (p: Panel): string[] => p.lead.map((l) => richText(l));
const doc = (layout: string[], plan: string[]): string =>
  ["# Source Text", "---", 'title: "x"', "---", "", "본문", "", "# Layout Structure", ...layout, "", "# Output Structure Plan", "", ...plan].join("\n");

describe("a drawing another model decorated", () => {
  it("drops a leading circled number and **bold** markers from a box title, keeping its emoji", () => {
    expect(undecoratedTitle("① ⌨️ **질문을 입력하면**")).toBe("⌨️ 질문을 입력하면");
    expect(undecoratedTitle("⑫ **A** and **B**")).toBe("A and B");
    // A lone `**` (no pair) and a number written as digits are the title's own.
    expect(undecoratedTitle("2 ** 3 = 8")).toBe("2 ** 3 = 8");
  });

  it("reads chatgpt-summary-decorated-boxes' five titles plain, each with its emoji, and the plan's ① sections in them", async () => {
    const { sheet, warnings } = await readSheet(fixture("chatgpt-summary-decorated-boxes"));
    expect(warnings).toEqual([]);
    expect(panelsOf(sheet).map((p) => `${p.emoji} ${p.title}`)).toEqual([
      "⌨️ 질문을 입력하면",
      "🧑‍💼 라벨러 시뮬레이션",
      "🧀 스위스 치즈",
      "🧠 THINKING MODELS = RL 로 발견한 사고",
      "🧰 도구로 쓰자",
    ]);
    expect(panel(sheet, /질문을 입력하면/).blocks.map((b) => b.kind)).toContain("flowchart");
    expect(panel(sheet, /THINKING MODELS/).blocks.map((b) => b.kind)).toContain("table");
  });
});

describe("a flowchart whose subgraph has no `end`", () => {
  const chart = ["flowchart LR", "  A --> B", "  subgraph 학습", "    C --> D"].join("\n");

  it("is closed at the end of the block, with a warning naming the subgraph's line", () => {
    const fixed = closedSubgraphs(chart, 10);
    expect(fixed?.source.split("\n").at(-1)).toBe("end");
    expect(fixed?.line).toBe(13);
    expect(fixed?.warning).toMatch(/^the subgraph "학습" has no `end`/);
    expect(closedSubgraphs(`${chart}\n  end`, 10)).toBeUndefined();
    expect(closedSubgraphs("mindmap\n  root\n    subgraph", 1)).toBeUndefined();
  });

  it("draws the plan's chart with the subgraph's steps instead of refusing the document", async () => {
    const { sheet, warnings } = await readSheet(doc(["```", "┌──────────┐", "│ 🔁 흐름   │", "└──────────┘", "```"], ["## 🔁 흐름", "```mermaid", chart, "```"]));
    // The warning's line is the subgraph's own: the fence opens on line 18 of this document, the subgraph is the
    // block's third line.
    expect(warnings.find((w) => /the subgraph "학습" has no `end`/.test(w))).toMatch(/^line 21: /);
    const b = panelsOf(sheet)[0]!.blocks.find((x) => x.kind === "flowchart");
    expect(b?.kind === "flowchart" && b.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(["C", "D"]));
  });

  it("keeps llm-psychology's mitigation flow, its learning steps included", async () => {
    const { sheet } = await readSheet(fixture("llm-psychology-six-sidebar-mermaid-slips"));
    const b = panel(sheet, /해결책 흐름/).blocks.find((x) => x.kind === "flowchart");
    expect(b?.kind === "flowchart" && b.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(["웹 검색", "지식 탐색", "모르겠습니다 데이터"]));
  });
});

describe("six narrow boxes with wrapped Korean titles, a sidebar and a chain under its heading", () => {
  it("joins a title's second line written under its words, not a note written at the content's column", async () => {
    const { sheet, warnings } = await readSheet(fixture("llm-psychology-six-sidebar-mermaid-slips"));
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(["환각이 뭔가?", "ORSON KOVACS", "샘플링", "지식 탐색", "모른다", "웹 검색", "기억 vs 작업 기억", "해결책 흐름"]);
    // `🎲 샘플링` / `매번 다름`: the second line starts where the notes do, so it is a note.
    expect(leadOf(panel(sheet, /샘플링/))).toEqual(["매번 다름", "확률적"]);
    expect(leadOf(panel(sheet, /환각이 뭔가/))).toEqual(["지어내기"]);
    // `🔁 해결책 흐름: 질문 → … → 답` is a heading over its chain: the box has a title.
    expect(panel(sheet, /해결책 흐름/).emoji).toBe("🔁");
    expect(warnings.filter((w) => /no title line|asks for \d+ panels/.test(w))).toEqual([]);
  });

  it("reads `6등분 + 오른쪽 20%` as six equal boxes and the sidebar's fifth", async () => {
    const { sheet } = await readSheet(fixture("llm-psychology-six-sidebar-mermaid-slips"));
    expect(panel(sheet, /기억 vs/).width).toBe(0.2);
    expect(panel(sheet, /환각이/).width).toBeCloseTo(0.8 / 6, 3);
  });
});

describe("a hand-drawn layout with ragged walls, fractions for heights and a plan in mixed list markers", () => {
  it("reads heights given as fractions in a sentence, the rest going to the row it leaves", () => {
    expect(fractionHeights("타이틀은 얇게 1/10 정도, 두 번째 줄은 1/4, BPE 줄은 1/3, 나머지가 마지막 줄입니다.", 4)?.values).toEqual([10, 25, 33.3, 31.7]);
    expect(fractionHeights("The top row takes about a quarter, the middle row half, and the rest is the bottom row.", 3)?.values).toEqual([25, 50, 25]);
    // Widths, or a count that is not the drawing's, are not heights.
    expect(fractionHeights("row 2: left 1/3, right 2/3 width", 2)).toBeUndefined();
    expect(fractionHeights("높이: 1/4, 1/4, 나머지", 4)).toBeUndefined();
  });

  it("gives pretraining-recap-ragged-fractions' rows the heights its sentence states, with no warning", async () => {
    const { sheet, warnings } = await readSheet(fixture("pretraining-recap-ragged-fractions"));
    expect(warnings).toEqual([]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 25, 33.3, 31.7]);
  });

  it("takes a box's first line led by an emoji as its title even when it is an arrow chain", async () => {
    const { sheet } = await readSheet(fixture("pretraining-recap-ragged-fractions"));
    const p = panel(sheet, /^텍스트 → 비트 → 바이트$/);
    expect(p.emoji).toBe("🔢");
    expect(items(p).flat()[0]).toMatch(/^UTF-8로 인코딩/);
  });

  it("reads points typed with `*`, `-` and `•` as one list, each point its own", async () => {
    const { sheet } = await readSheet(fixture("pretraining-recap-ragged-fractions"));
    expect(items(panel(sheet, /FINEWEB/))).toEqual([["크기: 약 44TB, 약 15조 토큰", "필터링된 인터넷 텍스트 (URL 필터, 언어 필터, PII 제거)", "모든 것의 출발점: 여기서 토큰 시퀀스가 나온다"]]);
    const small = await readSheet(doc(["```", "┌──────────┐", "│ 🅰️ Alpha  │", "└──────────┘", "```"], ["## 🅰️ Alpha", "* one", "- two", "• three"]));
    expect(items(panelsOf(small.sheet)[0]!)).toEqual([["one", "two", "three"]]);
  });
});
