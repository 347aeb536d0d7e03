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
