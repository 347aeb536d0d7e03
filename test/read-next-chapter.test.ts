// The next chapter, written by someone else: a plan written as one numbered outline, and the other forms of
// the fixtures keeping-track-screen-aligned and those beside it. Small inline documents, one per fault.
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { InputError } from "../src/errors.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { mathText, plainMath } from "../src/read/math.js";
import { emojiShortcodes } from "../src/read/shortcodes.js";
import { sequenceAsFlowchart } from "../src/read/prompt/mermaid.js";
import { titleLines } from "../src/read/prompt/box-text.js";

/** A prompt document in the template with no layout diagram (panels come from the plan) and this plan. */
function doc(plan: string): string {
  return ["# Source Text", "---", 'title: "Next chapter"', "---", "", "## Next chapter", "", "Some source text.", "", "# Output Structure Plan", "", plan, ""].join("\n");
}
const planWarnings = (warnings: string[]) => warnings.filter((w) => !/no # Layout Structure/.test(w));
const titles = (sheet: Sheet) => panelsOf(sheet).map((p) => p.title);

describe("a plan written as one numbered outline", () => {
  const plan = [
    "1. 🏟️ **LM Arena** — 사람이 매기는 순위",
    "   - 두 답을 나란히 비교",
    "     - blind 선택",
    "",
    "   ```mermaid",
    "   flowchart LR",
    "       Q[질문] --> V{어느 쪽?}",
    "   ```",
    "",
    "2. 📰 **AI News**",
    "   - 거의 매일",
    "",
    "4. 🐦 **X**",
    "   - 실시간",
    "",
    "| 소식통 | 속도 |",
    "|---|---|",
    "| X | 실시간 |",
    "",
    "7. 📌 핵심 정리",
    "   - 직접 써보기",
  ].join("\n");
  it("reads each top-level item as a section, its points and diagram as the body, numbers skipped or not", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    expect(titles(sheet)).toEqual(["LM Arena — 사람이 매기는 순위", "AI News", "X", "핵심 정리"]);
    const arena = panelsOf(sheet)[0]!;
    expect(arena.emoji).toBe("🏟️");
    expect(arena.blocks.map((b) => b.kind).sort()).toEqual(["bullets", "flowchart"]);
  });

  it("gives a table standing between two items to the item before it", () => {
    const { sheet } = readPromptDocument(doc(plan));
    const x = panelsOf(sheet)[2]!;
    expect(x.blocks.map((b) => b.kind)).toEqual(["bullets", "table"]);
  });

  it("keeps a plain bullet list with no points under its items as no sections", () => {
    expect(() => readPromptDocument(doc("- 하나\n- 둘\n"))).toThrow(InputError);
  });

  it("reads bullet items that each have points under them as sections too", () => {
    const { sheet: s, warnings: w } = readPromptDocument(doc("- **첫째**\n  - a\n- **둘째**\n  - b\n"));
    expect(planWarnings(w)).toEqual([]);
    expect(titles(s)).toEqual(["첫째", "둘째"]);
    expect(panelsOf(s).map((p) => p.blocks.map((b) => (b.kind === "bullets" ? b.items.map(richText) : b.kind)))).toEqual([[["a"]], [["b"]]]);
  });
});

/** A box line padded to `n` characters (not screen columns): how an editor counting characters aligns it. */
const cell = (text: string, n: number) => text + " ".repeat(Math.max(0, n - [...text].length));

describe("a box drawing aligned by character count (ragged on screen where Hangul stands)", () => {
  const rule = (w: number[]) => `+${w.map((n) => "-".repeat(n)).join("+")}+`;
  const line = (cells: string[], w: number[]) => `|${cells.map((c, i) => cell(c, w[i]!)).join("|")}|`;
  const W = [30, 30];
  const drawing = [
    rule([61]),
    line([" 🍌 NANO BANANA: 신경망 내부 구조와 수학식 한눈에 보기 🍌"], [61]),
    rule(W),
    line([" 🧮 거대한 수학식 한 줄로 보기", " 🎛️ 파라미터는 디제이 노브"], W),
    line([" 곱셈 덧셈 지수 나눗셈", " 처음엔 무작위로 시작"], W),
    rule(W),
  ].join("\n");

  it("reads the boxes where every line's borders stand in characters, though on screen they drift 14 columns", () => {
    const warnings: string[] = [];
    const rows = parseDiagram(drawing, 1, warnings);
    expect(warnings).toEqual([]);
    expect(rows.map((r) => r.boxes.length)).toEqual([0, 2]);
    expect(rows[0]!.texts.map((t) => t.text)).toEqual(["🍌 NANO BANANA: 신경망 내부 구조와 수학식 한눈에 보기 🍌"]);
    expect(rows[1]!.boxes.map((b) => b.lines.map((l) => l.text))).toEqual([
      ["🧮 거대한 수학식 한 줄로 보기", "곱셈 덧셈 지수 나눗셈"],
      ["🎛️ 파라미터는 디제이 노브", "처음엔 무작위로 시작"],
    ]);
  });
});

/** A prompt document with this box drawing (and what follows it in # Layout Structure) and a two-section plan. */
function drawn(drawing: string[], after = ""): string {
  return [
    "# Source Text", "---", 'title: "Drawn"', "---", "", "Some source text.", "",
    "# Layout Structure", "", "크기는 그림대로.", "", "```", ...drawing, "```", "", after, "",
    "# Output Structure Plan", "", "## 1. 🧮 수학식", "- 입력과 가중치", "", "## 2. 🎛️ 노브", "- 돌리면 다른 예측", "",
  ].join("\n");
}

describe("what a box drawing says in words", () => {
  const frame = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 NANO BANANA: 신경망 🍌                │",
    "├────────────────────────┬─────────────────┤",
    "│ [60%] 🧮 수학식        │ 🎛️ 노브 [40%]   │",
    "│  ┌──────────────────┐  │ 돌리면 바뀜     │",
    "│  │ x ⊗ w            │  │                 │",
    "│  └──────────────────┘  │                 │",
    "│  곱셈 덧셈 → 예측      │                 │",
    "└────────────────────────┴─────────────────┘",
  ];

  it("takes a width written into a box's title line as its share of the row, and leaves it out of the title", () => {
    // Drawn at 24 : 17 columns; the boxes say 60 : 40.
    const { sheet } = readPromptDocument(drawn(frame));
    const row = sheet.rows.find((r) => r.kind === "panels");
    if (row?.kind !== "panels") throw new Error("no panel row");
    expect(row.panels.map((p) => [p.title, p.width])).toEqual([["수학식", 0.6], ["노브", 0.4]]);
  });

  it("lets boxes without a width share what the others leave", () => {
    const three = frame.map((l) => l.replace("🎛️ 노브 [40%]  ", "🎛️ 노브        "));
    const { sheet } = readPromptDocument(drawn(three));
    const row = sheet.rows.find((r) => r.kind === "panels");
    if (row?.kind !== "panels") throw new Error("no panel row");
    expect(row.panels.map((p) => p.width)).toEqual([0.6, 0.4]);
  });

  it("keeps the label of a little box drawn inside a panel where it stands among the panel's lines", () => {
    const { sheet } = readPromptDocument(drawn(frame));
    expect(panelsOf(sheet)[0]!.lead.map(richText)).toEqual(["x ⊗ w", "곱셈 덧셈 → 예측"]);
  });

  it("reads row heights stated in a sentence beside the drawing, one per drawn row", () => {
    const { sheet, warnings } = readPromptDocument(drawn(frame, "대괄호 안은 가로 폭입니다. 세로 비율은 제목 15%, 본문 85%."));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([15, 85]);
    expect(warnings.filter((w) => /ratio table|row heights/.test(w))).toEqual([]);
  });

  it("says so when the sentence gives a different number of heights than the drawing has rows", () => {
    const { sheet, warnings } = readPromptDocument(drawn(frame, "세로 비율: 10%, 30%, 60%"));
    expect(warnings.some((w) => /^line \d+: 3 row heights for the drawing's 2 rows; they are not used$/.test(w))).toBe(true);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 90]);
  });
});

describe("TeX math written out as a pen would", () => {
  it("turns commands into symbols, fractions into slashes and scripts into ² or ^/_", () => {
    expect(mathText("$y = \\sigma\\left(\\sum_i w_i x_i + b\\right)$").text).toBe("y = σ(∑_i w_i x_i + b)");
    expect(mathText("$$\nP(x_{t+1} \\mid x_1, \\dots, x_t)\n$$").text).toBe("P(x_(t+1) ∣ x_1, …, x_t)");
    expect(mathText("$\\frac{a+b}{n} \\le \\mathcal{L}$").text).toBe("(a+b)/n ≤ ℒ");
    // ² is drawn by a bundled face; ᶻ is not, and its plain form would read as `ez`.
    expect(mathText("$x^2 + e^{z}$").text).toBe("x² + e^z");
    expect(mathText("$\\arg\\min_w \\mathbb{R}$").text).toBe("arg min_w ℝ");
  });

  it("keeps a command it has no symbol for as typed, and names it", () => {
    expect(mathText("$\\widget{x} + 1$")).toEqual({ text: "\\widget{x} + 1", unknown: ["\\widget"] });
  });

  it("leaves money alone: $5 and $10 is no math", () => {
    expect(plainMath("costs $5 and $10, or $5/$10")).toBe("costs $5 and $10, or $5/$10");
  });

  it("keeps the math's backslash escapes through Markdown (\\; \\{ \\,), and warns only for what stays as typed", () => {
    const { sheet, warnings } = readPromptDocument(doc("## 1. 🧮 수식\n- 목표: $\\arg\\min_w \\; \\{ w \\}$\n- 이상한 것: $\\widget{q}$\n"));
    const items = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : [])));
    expect(items).toEqual(["목표: arg min_w {w}", "이상한 것: \\widget{q}"]);
    expect(planWarnings(warnings)).toEqual([expect.stringMatching(/^line 14: math \$\\widget\{q\}\$ is written out in plain symbols, but \\widget has none and is drawn as typed$/)]);
  });
});

describe("what a Korean keyboard and a chat app leave in the text", () => {
  it("reads a ratio table written in full-width digits and percent signs", () => {
    const frame = ["┌────────────────────┐", "│ 🍌 제목 🍌         │", "├─────────┬──────────┤", "│ 🧮 수학식 │ 🎛️ 노브  │", "└─────────┴──────────┘"];
    const table = "## 배치 비율\n\n| 영역 | 비율 | 들어갈 것 |\n|---|---|---|\n| 제목 | １２％ | 타이틀 |\n| 본문 | ８８％ | 수학식 + 노브 |";
    const { sheet } = readPromptDocument(drawn(frame, table));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([12, 88]);
  });

  it("writes emoji shortcodes as their emoji, GitHub's names and Noto's, and leaves unknown names and code alone", () => {
    expect(emojiShortcodes("## ２．:speech_balloon: 대화 :pencil2: :pray: :rocket:")).toBe("## ２．💬 대화 ✏️ 🙏 🚀");
    expect(emojiShortcodes("[1:04:00] :not_an_emoji: `:rocket:`")).toBe("[1:04:00] :not_an_emoji: `:rocket:`");
    expect(emojiShortcodes("```\n:rocket:\n```\n:rocket:")).toBe("```\n:rocket:\n```\n🚀");
  });

  it("titles a plan section by the emoji its shortcode names", () => {
    const { sheet } = readPromptDocument(doc("## 1. :robot: 챗봇\n- 라벨러의 시뮬레이션\n"));
    expect(panelsOf(sheet).map((p) => [p.emoji, p.title])).toEqual([["🤖", "챗봇"]]);
  });
});

describe("a diagram fenced inside a list item", () => {
  it("follows the item that leads in to it, the items after it a list of their own", async () => {
    const plan = [
      "## 1. 🔁 한 턴의 흐름",
      "- 먼저 이것",
      "- 보낼 때 일어나는 일：",
      "",
      "  ```mermaid",
      "  flowchart LR",
      "      U[User] --> S[Server]",
      "  ```",
      "",
      "- 그다음 이것",
      "- 상태：",
      "",
      "```mermaid",
      "flowchart LR",
      "    A[질문] --> B[답]",
      "```",
    ].join("\n");
    const { sheet } = await readPromptDocumentAsync(doc(plan));
    const shown = panelsOf(sheet)[0]!.blocks.map((b) => (b.kind === "bullets" ? b.items.map(richText).join(" / ") : b.kind));
    expect(shown).toEqual(["먼저 이것", "보낼 때 일어나는 일：", "flowchart", "그다음 이것", "상태：", "flowchart"]);
  });
});

describe("a Mermaid diagram pasted into the plan without its fence", () => {
  it("is read as the fenced block it stands for, its labels kept as written", async () => {
    const plan = "## 1. 🤖 에이전트\n- 사람은 감독자\n\ngraph TD\n  H[사람 = 감독자] --> A1[에이전트 1]\n  H --> A2[에이전트 2]\n";
    const { sheet, warnings } = await readPromptDocumentAsync(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const chart = panelsOf(sheet)[0]!.blocks.find((b) => b.kind === "flowchart");
    if (chart?.kind !== "flowchart") throw new Error("no flowchart");
    expect(chart.nodes.map((n) => n.label)).toEqual(["사람 = 감독자", "에이전트 1", "에이전트 2"]);
  });

  it("leaves a paragraph that only mentions a graph as text", () => {
    const { sheet } = readPromptDocument(doc("## 1. 📈 그래프\ngraph TD 방향으로 그리면\n위에서 아래로 흐른다\n"));
    expect(panelsOf(sheet)[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });
});

describe("a note beside the drawing", () => {
  const frame = [
    "┌──────────────────────────────┐",
    "│ 🍌 앞으로 올 것들 🍌         │",
    "├──────────────┬───────────────┤   ← 좌 2 : 우 1",
    "│ 🎧 멀티모달  │ 🤖 에이전트   │",
    "├──────────────┴───────────────┤",
    "│ 📌 정리                      │",
    "└──────────────────────────────┘",
  ];

  it("gives the widths of the row it stands on (its top border line)", () => {
    const { sheet, warnings } = readPromptDocument(drawn(frame));
    const row = sheet.rows.filter((r) => r.kind === "panels")[0];
    if (row?.kind !== "panels") throw new Error("no panel row");
    expect(row.panels.map((p) => p.width)).toEqual([0.6667, 0.3333]);
    expect(warnings.filter((w) => /note beside/.test(w))).toEqual([]);
  });

  it("says so when it gives more widths than the row has boxes", () => {
    const { warnings } = readPromptDocument(drawn(frame.map((l) => l.replace("← 좌 2 : 우 1", "1 : 1 : 2"))));
    expect(warnings).toContainEqual(expect.stringMatching(/^line \d+: the note beside the drawing gives 3 widths but this row has 2 boxes; the drawn widths are used$/));
  });
});

describe("list items written in a box", () => {
  it("are drawn with a bullet instead of the typed - or *, and a + meaning plus is left alone", () => {
    const frame = [
      "┌──────────────────────────────┐",
      "│ 🍌 환각 🍌                   │",
      "├──────────────┬───────────────┤",
      "│ 🤥 왜 지어내나 │ 🛡️ 대책       │",
      "│ * 자신 있는 답 │ - 거절 학습   │",
      "│ + 모르는 질문  │ · 웹 검색     │",
      "└──────────────┴───────────────┘",
    ];
    const { sheet } = readPromptDocument(drawn(frame));
    expect(panelsOf(sheet).map((p) => p.lead.map(richText))).toEqual([["• 자신 있는 답", "+ 모르는 질문"], ["• 거절 학습", "• 웹 검색"]]);
  });
});

describe("text copied from a web page", () => {
  it("loses its zero-width spaces and word joiners, in the plan and in the drawing, and keeps emoji joiners", () => {
    const frame = ["┌──────────────────┐", "│ 🍌 제목 🍌       │", "├────────┬─────────┤", "│ 🧮 수\u200b식 │ 👩‍💼 감독 │", "└────────┴─────────┘"];
    const { sheet, warnings } = readPromptDocument(drawn(frame).replace("- 입력과 가중치", "- 입력과\u200b 가중\u2060치"));
    expect(warnings.filter((w) => /border|column/.test(w))).toEqual([]);
    expect(panelsOf(sheet).map((p) => [p.emoji, p.title])).toEqual([["🧮", "수식"], ["👩‍💼", "감독"]]);
    const items = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : [])));
    expect(items).toContain("입력과 가중치");
  });
});

describe("a sequenceDiagram's loop", () => {
  it("is an arrow back from the loop's last message to its first, labelled; other blocks only group", () => {
    const code = [
      "sequenceDiagram",
      "  participant S as Server",
      "  U->>S: 질문",
      "  loop 한 토큰씩",
      "    M-->>S: 샘플링",
      "    S->>M: 이어 붙임",
      "  end",
      "  opt 끝나면",
      "    S-->>U: 답",
      "  end",
    ].join("\n");
    const flow = sequenceAsFlowchart(code)!;
    expect(flow.split("\n").filter((l) => l.includes("-->"))).toEqual(["    m0 --> m1", "    m1 --> m2", "    m2 --> m3", '    m2 -->|"한 토큰씩"| m1']);
  });
});

describe("a box title in mixed case broken over two lines", () => {
  it("goes on on a line of one to three lower-case words; a capitals title over a lower-case note does not", () => {
    expect(titleLines(["🧪 Test-time", "training (연구 중)", "잠자며 배우는 사람처럼"])).toEqual({ title: "🧪 Test-time", more: ["training (연구 중)"], rest: ["잠자며 배우는 사람처럼"] });
    expect(titleLines(["💸 COST", "you pay per token"]).more).toEqual([]);
    expect(titleLines(["🧠 Neural Net", "weights = knobs"]).more).toEqual([]);
    expect(titleLines(["🧠 Neural Net", "internals, not a brain at all"]).more).toEqual([]);
  });
});

describe("widths written in the boxes themselves", () => {
  const row = (a: string, b: string, extra: [string, string] = ["", ""]) => [
    "┌──────────────────────────────────┐",
    "│ 🍌 제목 🍌                       │",
    "├─────────────────┬────────────────┤",
    `│ ${a.padEnd(15)} │ ${b.padEnd(14)} │`,
    `│ ${extra[0].padEnd(15)} │ ${extra[1].padEnd(14)} │`,
    "└─────────────────┴────────────────┘",
  ];
  const read = (drawing: string[]) => {
    const { sheet } = readPromptDocument(drawn(drawing));
    const r = sheet.rows.find((x) => x.kind === "panels");
    if (r?.kind !== "panels") throw new Error("no panel row");
    return r.panels.map((p) => [p.title, p.width, p.lead.map(richText)]);
  };

  it("reads fractions in brackets and bare percents that make the whole row", () => {
    expect(read(row("🧮 수학식 (2/3)", "🎛️ 노브 (1/3)"))).toEqual([["수학식", 0.667, []], ["노브", 0.333, []]]);
    expect(read(row("🧮 수학식 70%", "🎛️ 노브 30%"))).toEqual([["수학식", 0.7, []], ["노브", 0.3, []]]);
  });

  it("leaves a percent that is the title's own words: one box only, not leading", () => {
    expect(read(row("🎯 정확도 (80%)", "🎛️ 노브"))).toEqual([["정확도 (80%)", undefined, []], ["노브", undefined, []]]);
    expect(read(row("🎯 정확도 80%", "🎛️ 노브 10%"))).toEqual([["정확도 80%", undefined, []], ["노브 10%", undefined, []]]);
  });

  it("takes a bracketed line naming the sides as the row's widths, and keeps other bracketed lines", () => {
    expect(read(row("🧮 수학식", "🎛️ 노브", ["(좌 2 : 우 1)", ""]))).toEqual([["수학식", 0.6667, []], ["노브", 0.3333, []]]);
    expect(read(row("🧮 수학식", "🎛️ 노브", ["(3/4 분기)", ""]))).toEqual([["수학식", undefined, ["(3/4 분기)"]], ["노브", undefined, []]]);
  });
});
