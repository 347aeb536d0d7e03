// A chapter written by a chat model asked for the prompt: a chatty opening and closing around it, a drawing in
// rounded corners whose left column is three stacked boxes beside one tall box, row heights as a YAML line of
// three (title, the band of boxes, footer), `#### ① 🗜️ …` headings, sentences telling the designer what goes in
// box ③ or ④, and three `>` quotes one a line, the last in Korean signed `(Karpathy)`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { blockText } from "../src/model/block-text.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const ZIP = "llm-summary-lossy-zip-rounded-stack-emoji-numbers-chatty";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${ZIP}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const quotes = (blocks: Block[]): { text: string; cite?: string }[] =>
  blocks.flatMap((b) => (b.kind === "quote" ? [{ text: richText(b.text), ...(b.cite ? { cite: b.cite } : {}) }] : []));
const texts = (blocks: Block[]): string => blocks.filter((b) => b.kind === "paragraph" || b.kind === "bullets").map(blockText).join("\n");

/** A title, then ALPHA, BETA and GAMMA stacked on the left beside one tall DELTA, then a footer. */
const STACK = [
  "╭──────────────────────────────────────────╮",
  "│ 🍌 TITLE 🍌                              │",
  "╰──────────────────────────────────────────╯",
  "╭───────────────────╮ ╭────────────────────╮",
  "│ ① ALPHA           │ │ ④ DELTA            │",
  "│  a words          │ │  d words           │",
  "╰───────────────────╯ │                    │",
  "╭───────────────────╮ │                    │",
  "│ ② BETA            │ │                    │",
  "│  b words          │ │                    │",
  "╰───────────────────╯ │                    │",
  "╭───────────────────╮ │                    │",
  "│ ③ GAMMA           │ │                    │",
  "│  c words          │ │                    │",
  "╰───────────────────╯ ╰────────────────────╯",
  "╭──────────────────────────────────────────╮",
  "│ ⑤ 📌 TAKEAWAYS                           │",
  "╰──────────────────────────────────────────╯",
];
const PLAN = ["## ① ALPHA", "- one", "## ② BETA", "- two", "## ③ GAMMA", "- three", "## ④ DELTA", "- four", "## ⑤ 📌 TAKEAWAYS", "- five"];

describe("row heights as a YAML block giving one height per band of rows", () => {
  it("spreads the band's height over the stacked rows a tall box spans", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(STACK, PLAN, { after: ["```yaml", "rows: [0.1, 0.75, 0.15]", "```"] }));
    expect(warnings.join("\n")).not.toMatch(/no layout ratio table/);
    expect(ratios(sheet)).toEqual([10, 25, 25, 25, 15]);
  });

  it("still reads one height per drawn row as before", async () => {
    const { sheet } = await readSheet(promptDoc(STACK, PLAN, { after: ["```yaml", "rows: [10, 20, 20, 35, 15]", "```"] }));
    expect(ratios(sheet)).toEqual([10, 20, 20, 35, 15]);
  });
});

describe("a plan sentence telling the designer what goes in a numbered box", () => {
  const asks = ["## ① ALPHA", "- one", "## ② BETA", "②번 박스에는 두 모델의 차이를 짧게 적어 주세요.", "", "- two", "## ③ GAMMA", "- three", "## ④ DELTA", "④에는 아래 목록을 넣어 주세요. 이 박스가 가장 크게!", "", "- four", "## ⑤ 📌 TAKEAWAYS", "- five"];

  it("is not drawn, and the box keeps its points", async () => {
    const { sheet } = await readSheet(promptDoc(STACK, asks));
    const words = texts(all(sheet));
    expect(words).not.toMatch(/주세요|가장 크게/);
    expect(kinds(panel(sheet, /BETA/))).toContain("bullets");
    expect(kinds(panel(sheet, /DELTA/))).not.toContain("paragraph");
  });

  it("keeps a sentence that only mentions a number", async () => {
    const plan = [...asks.slice(0, 3), "2번 시도 끝에 모델이 답을 맞혔다.", "", ...asks.slice(5)];
    const { sheet } = await readSheet(promptDoc(STACK, plan));
    expect(texts(all(sheet))).toMatch(/2번 시도 끝에/);
  });
});

describe("quotes one a line in one > block, one signed in brackets", () => {
  const plan = (lines: string[]): string[] => [...PLAN.slice(0, 8), ...lines, "", ...PLAN.slice(8)];
  const three = ['> "Alpha is a lossy zip of the internet."', '> "Beta is the working memory of the model."', "> 중요한 문서는 직접 붙여넣으세요. (Karpathy)"];

  it("reads three quotes, the last signed by the name in brackets", async () => {
    const { sheet } = await readSheet(promptDoc(STACK, plan(three)));
    expect(quotes(all(sheet))).toEqual([
      { text: "Alpha is a lossy zip of the internet." },
      { text: "Beta is the working memory of the model." },
      { text: "중요한 문서는 직접 붙여넣으세요.", cite: "Karpathy" },
    ]);
  });

  it("takes a gloss in brackets for no signature", async () => {
    const { sheet } = await readSheet(promptDoc(STACK, plan(["> 파라미터는 흐릿한 기억입니다. (vague recollection)"])));
    expect(quotes(all(sheet))).toEqual([{ text: "파라미터는 흐릿한 기억입니다. (vague recollection)" }]);
  });
});

describe(`the fixture ${ZIP}`, () => {
  it("reads the layout, the YAML heights and the sections as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["LOSSY ZIP", "WHERE KNOWLEDGE LIVES"], ["TOKEN TUMBLER"], ["BASE vs ASSISTANT"], ["KEY TAKEAWAYS"]]);
    expect(ratios(sheet)[0]).toBe(10);
    expect(ratios(sheet)[4]).toBe(15);
    expect(ratios(sheet).slice(1, 4).reduce((a, b) => a + b, 0)).toBe(75);
    expect(warnings).toEqual([]);
    expect(kinds(panel(sheet, /WHERE KNOWLEDGE/))).toContain("mindmap");
    expect(kinds(panel(sheet, /TOKEN TUMBLER/))).toContain("flowchart");
    expect(texts(all(sheet))).not.toMatch(/주세요|가장 크게|필요하면 16:9|좋아요!/);
  });

  it("draws its three quotes apart, the Korean one signed Karpathy", async () => {
    const { sheet } = await readSheet(fixture());
    const q = quotes(all(sheet));
    expect(q).toHaveLength(3);
    expect(q[2]).toEqual({ text: "중요한 문서는 기억에 맡기지 말고 context window에 직접 붙여넣으세요.", cite: "Karpathy" });
  });
});
