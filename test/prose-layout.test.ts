// Layouts described in words instead of drawn: rows said as `Row 2 (35%): …`, `2행(40%): 왼쪽 … 가운데 …`,
// `Top — title banner …`, a bulleted or numbered list of rows; boxes by their emoji or place words, with the
// widths the text gives them; a sidebar said to run down through rows; and the page the text names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const shape = (sheet: Sheet) =>
  sheet.rows.map((r) =>
    r.kind === "title" ? ["title", r.ratio] : [r.ratio, r.panels.map((p) => [`${p.emoji ? `${p.emoji} ` : ""}${p.title}`, p.width ?? null, ...(p.rowSpan ? [p.rowSpan] : [])])],
  );
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
/** Each panel's blocks by the line of the plan section they came from. */
const homes = (sheet: Sheet, doc: string) => {
  const lines = doc.split("\n");
  const section = (line: number) => {
    for (let n = line; n > 0; n--) if (/^#{2,3} /.test(lines[n - 1]!)) return lines[n - 1]!.replace(/^#+\s*/, "");
    return "";
  };
  return Object.fromEntries(panelsOf(sheet).map((p) => [p.title, p.blocks.filter((b) => b.kind !== "quote").map((b) => `${b.kind}:${section(b.at?.line ?? 0)}`)]));
};

/** A chapter whose layout section is `layout`, around the tokenization fixture's other parts. */
const withLayout = (layout: string): string => {
  const doc = fixture("tokenization-prose-paragraphs");
  return `${doc.slice(0, doc.indexOf("# Layout Structure"))}# Layout Structure\n\n${layout}\n\n${doc.slice(doc.indexOf("# Output Style"))}`;
};

describe("English paragraphs: `Top — …. Row 2 (30%): three boxes: left …, middle …, right …. Row 3 …`", () => {
  const doc = fixture("tokenization-prose-paragraphs");

  it("gives the title row, each row its stated height and each box its title, emoji and stated width", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc);
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [30, [["🔤 WHY TOKENS?", null], ["🧩 BYTE PAIR ENCODING", null], ["🔢 VOCAB SIZE", null]]],
      [45, [["🔬 TIKTOKENIZER DEMO", 0.65], ["📏 LENGTH VS SYMBOLS", 0.35]]],
      // `The last row (15%) is one 📌 TAKEAWAYS strip across the whole page, nothing else in it.`
      [15, [["📌 TAKEAWAYS", null]]],
    ]);
    expect(sheet.meta.banner).toBe("TOKENIZATION: 텍스트를 숫자 조각으로");
    expect(sheet.page).toBe("a4");
    expect(warnings).toEqual([]);
  });

  it("puts each plan section in the box it names", async () => {
    const { sheet } = await readPromptDocumentAsync(doc);
    expect(homes(sheet, doc)).toEqual({
      "WHY TOKENS?": ["paragraph:1. 🔤 Why Tokens?"],
      "BYTE PAIR ENCODING": ["flowchart:2. 🧩 Byte Pair Encoding"],
      "VOCAB SIZE": ["table:3. 🔢 Vocab Size"],
      "TIKTOKENIZER DEMO": ["bullets:4. 🔬 Tiktokenizer Demo"],
      "LENGTH VS SYMBOLS": ["paragraph:5. 📏 Length vs Symbols"],
      TAKEAWAYS: ["bullets:6. 📌 Takeaways"],
    });
  });
});

describe("Korean bullets: `- 2행 (35%)` with `- 왼쪽: …` items under it", () => {
  const doc = fixture("hallucination-prose-bullets");

  it("reads the rows, the banner in brackets, the listed boxes and their `(60%)` widths; a remark after a dash is dropped", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc);
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [35, [["🤥 왜 지어내나?", null], ["🕵️ Orson Kovacs 예시", null], ["🔍 지식 경계 탐색", null]]],
      [40, [["🛠️ Tool Use: 웹 검색", 0.6], ["🧠 Working Memory vs 기억", 0.4]]],
      [15, [["📌 핵심 정리", null]]],
    ]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: HALLUCINATIONS 🍌");
    expect(warnings).toEqual([]);
  });

  it("puts each plan section in the box it names", async () => {
    const { sheet } = await readPromptDocumentAsync(doc);
    expect(homes(sheet, doc)).toEqual({
      "왜 지어내나?": ["paragraph:1. 🤥 왜 지어내나?"],
      "Orson Kovacs 예시": ["bullets:2. 🕵️ Orson Kovacs 예시"],
      "지식 경계 탐색": ["table:3. 🔍 지식 경계 탐색"],
      "Tool Use: 웹 검색": ["flowchart:4. 🛠️ Tool Use: 웹 검색"],
      "Working Memory vs 기억": ["table:5. 🧠 Working Memory vs 기억"],
      "핵심 정리": ["bullets:6. 📌 핵심 정리"],
    });
  });
});

describe("a sidebar said to run through two rows: `오른쪽 세로 사이드바 📌 … (25%)가 2~3행에 걸쳐`", () => {
  const doc = fixture("post-training-prose-sidebar");

  it("spans the sidebar down rows 2 and 3 at its width; row 3's 55/45 shares the width beside it", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc);
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [40, [["📄 Base Model = 문서 시뮬레이터", 0.375], ["💬 대화 데이터셋", 0.375], ["📌 핵심 정리", 0.25, 2]]],
      [50, [["👩‍💻 Human Labelers", 0.55], ["🏷️ Chat Template", 0.45]]],
    ]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: POST-TRAINING (SFT) 🍌");
    expect(warnings).toEqual([]);
  });

  it("puts each plan section in the box it names, the takeaways in the sidebar", async () => {
    const { sheet } = await readPromptDocumentAsync(doc);
    expect(homes(sheet, doc)).toEqual({
      "Base Model = 문서 시뮬레이터": ["bullets:📄 Base Model = 문서 시뮬레이터"],
      "대화 데이터셋": ["table:💬 대화 데이터셋"],
      "핵심 정리": ["bullets:📌 핵심 정리"],
      "Human Labelers": ["paragraph:👩‍💻 Human Labelers"],
      "Chat Template": ["code:🏷️ Chat Template", "paragraph:🏷️ Chat Template"],
    });
  });
});

describe("16:9 with five boxes in a row, as a numbered list of rows", () => {
  const doc = fixture("thinking-models-prose-16x9");

  it("reads `두 번째 줄 (높이 50%): 다섯 칸 나란히 — A / B / C / D / E` as five boxes and the page as 16:9", () => {
    const { sheet, warnings } = readPromptDocument(doc);
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [50, [["🧪 RL이 만든 사고", null], ["📈 길어지는 응답", null], ["💡 Aha Moment", null], ["🐳 DeepSeek-R1", null], ["⚖️ 언제 쓰나", null]]],
      [40, [["💬 Chain of Thought 예시", 0.7], ["📌 Takeaways", 0.3]]],
    ]);
    expect(sheet.page).toBe("16:9");
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: THINKING MODELS 🍌");
    expect(warnings).toEqual([]);
  });

  it("puts each plan section in the box it names", () => {
    const { sheet } = readPromptDocument(doc);
    expect(homes(sheet, doc)).toEqual({
      "RL이 만든 사고": ["paragraph:🧪 RL이 만든 사고"],
      "길어지는 응답": ["bullets:📈 길어지는 응답"],
      "Aha Moment": ["bullets:💡 Aha Moment"],
      "DeepSeek-R1": ["paragraph:🐳 DeepSeek-R1"],
      "언제 쓰나": ["table:⚖️ 언제 쓰나"],
      "Chain of Thought 예시": ["code:💬 Chain of Thought 예시", "paragraph:💬 Chain of Thought 예시"],
      Takeaways: ["bullets:📌 Takeaways"],
    });
  });
});

describe("each rule on a small layout", () => {
  const read = (layout: string) => readPromptDocument(withLayout(layout));
  const titles = (sheet: Sheet) => sheet.rows.map((r) => (r.kind === "title" ? "title" : r.panels.map((p) => p.title)));

  it("cuts one paragraph into rows at each row's words, and three boxes at `left`, `middle`, `right`", () => {
    const { sheet, warnings } = read(
      "Layout: Top — title banner across the page. Row 2 (35%): three boxes: left 🔤 WHY TOKENS?, middle 🧩 BYTE PAIR ENCODING, right 🔢 VOCAB SIZE. Row 3 (55%): a wide 🔬 TIKTOKENIZER DEMO box (70%) and a 📏 LENGTH VS SYMBOLS sidebar (30%).",
    );
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [35, [["🔤 WHY TOKENS?", null], ["🧩 BYTE PAIR ENCODING", null], ["🔢 VOCAB SIZE", null]]],
      [55, [["🔬 TIKTOKENIZER DEMO", 0.7], ["📏 LENGTH VS SYMBOLS", 0.3]]],
    ]);
    // A title row only described (`title banner across the page`) gives no banner words: the chapter's title is drawn.
    expect(sheet.meta.banner).toBe(sheet.meta.title);
    expect(warnings.filter((w) => !/mermaid block/.test(w))).toEqual([]);
  });

  it("reads Korean place words with no commas between the boxes (`왼쪽 A 가운데 B 오른쪽 C`)", () => {
    const { sheet } = read("상단: 제목 배너\n2행(40%): 왼쪽 토큰이란? 가운데 BPE 병합 오른쪽 어휘 크기\n3행(50%): 토크나이저 데모 (65%) / 길이와 심볼 (35%)");
    expect(titles(sheet)).toEqual(["title", ["토큰이란?", "BPE 병합", "어휘 크기"], ["토크나이저 데모", "길이와 심볼"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 40, 50]);
    expect(sheet.rows[2]?.kind === "panels" && sheet.rows[2].panels.map((p) => p.width)).toEqual([0.65, 0.35]);
  });

  it("takes the banner from the title row's quoted words, or from the words after its emoji", () => {
    expect(read('- 맨 위: 제목 "토큰화 한 장 정리"\n- 2행: 🔤 토큰 · 🧩 BPE\n- 3행: 📌 정리').sheet.meta.banner).toBe("토큰화 한 장 정리");
    expect(read("Top row: 🍌 NANO BANANA CHEAT SHEET: TOKENS 🍌\nRow 2: 🔤 Tokens, 🧩 BPE\nRow 3: 📌 Takeaways").sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: TOKENS 🍌");
  });

  it("runs a sidebar through the rows it names, in English as in Korean, on the side it names", () => {
    const english = read("Top: title banner\nRow 2 (45%): 🔤 WHY TOKENS?, 🧩 BPE\nRow 3 (45%): 🔬 DEMO, 📏 LENGTH\nA 📌 TAKEAWAYS sidebar (20%) on the left, spanning rows 2–3.");
    expect(shape(english.sheet)).toEqual([
      ["title", 10],
      [45, [["📌 TAKEAWAYS", 0.2, 2], ["🔤 WHY TOKENS?", 0.4], ["🧩 BPE", 0.4]]],
      // Equal beside the sidebar: no width of their own.
      [45, [["🔬 DEMO", null], ["📏 LENGTH", null]]],
    ]);
    const korean = read("상단: 제목\n2행(45%): 🔤 토큰, 🧩 BPE\n3행(45%): 🔬 데모, 📏 길이\n오른쪽 세로 사이드바(📌 핵심 정리)가 2~3행에 걸쳐 이어짐.");
    expect(titles(korean.sheet)).toEqual(["title", ["토큰", "BPE", "핵심 정리"], ["데모", "길이"]]);
    expect(panelsOf(korean.sheet).find((p) => p.title === "핵심 정리")?.rowSpan).toBe(2);
  });

  it("says so when a sidebar names rows the layout does not have, and draws it in one row", () => {
    const doc = withLayout("Top: title banner\nRow 2: 🔤 WHY TOKENS?, 🧩 BPE\nRow 3: 🔬 DEMO\nA 📌 TAKEAWAYS sidebar spanning rows 3–5.");
    const { sheet, warnings } = readPromptDocument(doc);
    expect(titles(sheet)).toEqual(["title", ["WHY TOKENS?", "BPE"], ["DEMO"]]);
    expect(warnings).toContain(`line ${doc.split("\n").findIndex((l) => l.startsWith("A 📌")) + 1}: the sidebar "📌 TAKEAWAYS" names rows 3–5 that the layout does not have; it is drawn in one row`);
  });

  it("shares what stated heights leave among the rows without one, and says which", () => {
    const doc = withLayout("Top: title banner (10%)\nRow 2 (50%): 🔤 WHY TOKENS?, 🧩 BPE\nRow 3: 🔬 DEMO\nRow 4: 📌 TAKEAWAYS");
    const { sheet, warnings } = readPromptDocument(doc);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 50, 20, 20]);
    expect(warnings.filter((w) => !/mermaid block/.test(w))).toEqual([`line ${doc.split("\n").findIndex((l) => l.startsWith("Row 3")) + 1}: 2 row(s) give no height: they share the 40% the others leave`]);
  });

  it("reads heights given on a line of their own, percents or proportions", () => {
    expect(read("- Top: title banner\n- Second row: 🔤 WHY TOKENS? · 🧩 BPE\n- Bottom row (biggest): 🔬 DEMO\n\nRow heights: 10% / 40% / 50%").sheet.rows.map((r) => r.ratio)).toEqual([10, 40, 50]);
    expect(read("- Top: title banner\n- Second row: 🔤 WHY TOKENS? · 🧩 BPE\n- Bottom row: 🔬 DEMO\n\nHeights roughly 1 : 4 : 5.").sheet.rows.map((r) => r.ratio)).toEqual([10, 40, 50]);
  });

  it("shares the row equally, with a warning, when the stated widths leave nothing for the other boxes", () => {
    const doc = withLayout("Top: title banner\nRow 2: 🔤 WHY TOKENS? (70%), 🧩 BPE (40%), 🔢 VOCAB\nRow 3: 📌 TAKEAWAYS");
    const { sheet, warnings } = readPromptDocument(doc);
    expect(shape(sheet)[1]).toEqual([expect.any(Number), [["🔤 WHY TOKENS?", null], ["🧩 BPE", null], ["🔢 VOCAB", null]]]);
    expect(warnings).toContain(`line ${doc.split("\n").findIndex((l) => l.startsWith("Row 2")) + 1}: the widths stated in this row add up to 110% with 1 box(es) left without one; the boxes share the row equally`);
  });

  it("drops the words about a box from its title: counts, kinds, shapes, remarks in brackets", () => {
    const { sheet } = read("맨 위: 제목 배너\n두 번째 줄: 세 칸 나란히 — 🔤 토큰 박스, 🧩 BPE 칸 (flowchart), 🔢 어휘 크기 (표)\n세 번째 줄: 📌 핵심 정리 — 가로 전체");
    expect(titles(sheet)).toEqual(["title", ["토큰", "BPE", "어휘 크기"], ["핵심 정리"]]);
  });

  it("leaves `Row N: [A] [B]` lines to the written-out layout reader, and a drawing wins over any description", () => {
    const brackets = read("Row 1: [🍌 TOKENS 🍌]\nRow 2: [Why Tokens? 🔤] [BPE 🧩]\nRow 3: [Takeaways 📌]");
    expect(titles(brackets.sheet)).toEqual(["title", ["Why Tokens?", "BPE"], ["Takeaways"]]);
    const drawn = read(
      ["Row 2 (30%): left 🔤 WHY TOKENS?, right 🧩 BPE. Row 3: 📌 TAKEAWAYS.", "", "```", "┌──────────────────────────────┐", "│ 🍌 TOKENS 🍌                 │", "├──────────────────────────────┤", "│ ┌──────────────────────────┐ │", "│ │ 🔢 VOCAB SIZE            │ │", "│ └──────────────────────────┘ │", "└──────────────────────────────┘", "```"].join("\n"),
    );
    expect(titles(drawn.sheet)).toEqual(["title", ["VOCAB SIZE"]]);
  });

  it("reads a box's items listed under its row, its place said before a colon", () => {
    const { sheet } = read("- Top: title banner\n- Row 2 (40%):\n  - Left (60%): 🔤 WHY TOKENS?\n  - Right: 🧩 BPE\n- Row 3 (50%): 📌 TAKEAWAYS");
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [40, [["🔤 WHY TOKENS?", 0.6], ["🧩 BPE", 0.4]]],
      [50, [["📌 TAKEAWAYS", null]]],
    ]);
  });
});

describe("a very long written-out layout", () => {
  const doc = fixture("introduction-row-list");
  const withRows = (n: number): string => {
    const rows = ["Row 1: [🍌 NANO BANANA CHEAT SHEET: INTRODUCTION 🍌]", ...Array.from({ length: n - 1 }, (_, k) => `Row ${k + 2}: [Box ${k + 2} left] [Box ${k + 2} right]`)];
    return `${doc.slice(0, doc.indexOf("# Layout Structure"))}# Layout Structure\n\n${rows.join("\n")}\n`;
  };

  // Fifty `Row N: [A] [B]` lines (98 panels): every row read, in order, with the heights shared as the warning says.
  it("reads every row of a 50-line `Row N:` layout", () => {
    const { sheet, warnings } = readPromptDocument(withRows(50));
    expect(sheet.rows).toHaveLength(50);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: INTRODUCTION 🍌");
    const panels = sheet.rows.flatMap((r) => (r.kind === "panels" ? [r.panels.map((p) => p.title)] : []));
    expect(panels.every((p, k) => p[0] === `Box ${k + 2} left` && p[1] === `Box ${k + 2} right`)).toBe(true);
    expect(panels).toHaveLength(49);
    expect(Math.round(sheet.rows.reduce((s, r) => s + r.ratio, 0))).toBe(100);
    expect(warnings.filter((w) => /row heights/.test(w))).toEqual([expect.stringMatching(/^line 27: the layout gives no row heights: the title row gets 10% and the other rows share the rest/)]);
  });

  // 3,200 rows (6,398 panels): refused on the layout's line before any item is weighed against them all.
  it("refuses a 3,200-line one, naming the layout's line and the count", { timeout: 120_000 }, () => {
    expect(() => readPromptDocument(withRows(3200))).toThrow(expect.objectContaining({ message: "the layout has 6398 panels; one page holds at most 100", where: expect.objectContaining({ line: 25 }) }));
  });
});

describe("long runs in a described row", () => {
  it("reads the boxes of a row padded with runs of spaces, dashes and commas", () => {
    for (const pad of [" ".repeat(20000), " -".repeat(10000), ",".repeat(20000)]) {
      const { sheet } = readPromptDocument(withLayout(`Top: title banner\nRow 2 (60%): 🔤 WHY TOKENS?${pad} 🧩 BPE\nRow 3 (30%): 📌 TAKEAWAYS`));
      expect(sheet.rows.map((r) => (r.kind === "title" ? "title" : r.panels.map((p) => p.title)))).toEqual(["title", ["WHY TOKENS?", "BPE"], ["TAKEAWAYS"]]);
    }
  });

  it("reads on past a row of 5,000 place words, a piece that long being no box", () => {
    const row = `Row 2 (60%): 🔤 WHY TOKENS?, ${"left ".repeat(5000)}🧩 BPE`;
    const { sheet } = readPromptDocument(withLayout(["Top: title banner", row, "Row 3 (30%): 📌 TAKEAWAYS"].join("\n")));
    expect(sheet.rows.map((r) => (r.kind === "title" ? "title" : r.panels.map((p) => p.title.split(" ").pop())))).toEqual(["title", ["BPE"], ["TAKEAWAYS"]]);
  });
});
