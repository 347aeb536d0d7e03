// More chapters written by others: a layout framed only by `=====` rules and `|` walls (no corner anywhere),
// under a prompt written in English with a plan whose sections are **bold** lines and one item pointing at
// another section; and one drawn like a Markdown table, its metadata closed by `...` with curly-quoted values,
// its plan asking for a table and a quote inline. Each rule is tested on a small input of its own and on the
// fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { closedEnds, cornerlessRules } from "../src/read/prompt/rule-lines.js";
import { withoutPointer } from "../src/read/prompt/cross-refs.js";
import { richText } from "../src/read/prompt/rich.js";
import { inlineTable, labelledQuote } from "../src/read/prompt/inline-table.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const titles = (sheet: Sheet): string[] => panelsOf(sheet).map((p) => p.title);

describe("a layout framed by bare rules", () => {
  const drawing = ["=============================", "| TITLE                     |", "=============================", "| 👷 LEFT     | 📜 RIGHT     |", "|  a          |  b           |", "=============================", "| 🔄 WIDE                   |", "============================="].join("\n");

  it("puts a corner where a wall meets an `=` or `-` rule, and nowhere else", () => {
    expect(cornerlessRules("=======\n|  |  |\n-------")).toBe("+==+==+\n|  |  |\n+--+--+");
    // No wall next to the rule: a rule under text stays as typed.
    expect(cornerlessRules("| a |\n\ntext\n=====")).toBe("| a |\n\ntext\n=====");
    // Walls after wide Hangul are found in screen columns.
    expect(cornerlessRules("===========\n| 가나 | b|")).toBe("+======+==+\n| 가나 | b|");
  });

  it("reads the rows and boxes of such a drawing", () => {
    const rows = parseDiagram(drawing, 1);
    expect(rows.map((r) => r.boxes.map((b) => b.lines[0]?.text ?? ""))).toEqual([[], ["👷 LEFT", "📜 RIGHT"], []]);
    expect(rows[0]!.texts.map((t) => t.text)).toEqual(["TITLE"]);
    expect(rows[2]!.texts.map((t) => t.text)).toEqual(["🔄 WIDE"]);
  });

  it("reads the fixture's five panels with their plan sections", async () => {
    const { sheet } = await readSheet(fixture("sft-labeling-instructions-equals-frame"));
    expect(sheet.meta.banner).toBe("SFT DATA: LABELING INSTRUCTIONS (InstructGPT)");
    expect(titles(sheet)).toEqual(["WHO WRITES THE DATA", "LABELING INSTRUCTIONS", "HOW DATASETS CHANGED", "WHAT YOU ARE TALKING TO", "TAKEAWAYS"]);
    const kinds = panelsOf(sheet).map((p) => p.blocks.map((b) => b.kind));
    expect(kinds[1]).toContain("table");
    expect(kinds[2]).toContain("flowchart");
  });
});

describe("plan items that point at another section", () => {
  const text = (t: string): string => richText(withoutPointer([{ text: t }]));

  it("leaves out the pointer and keeps what follows it", () => {
    expect(text("Same as section 2, plus: SFT 데이터 = 지침")).toBe("SFT 데이터 = 지침");
    expect(text("(see above) 핵심만")).toBe("핵심만");
    expect(text("2번과 동일, 온도 낮추기")).toBe("온도 낮추기");
    expect(text("위와 같음")).toBe("");
    // "same" in a sentence of its own is content.
    expect(text("Same input → same bytes")).toBe("Same input → same bytes");
    expect(text("See the table for numbers")).toBe("See the table for numbers");
  });

  it("draws the fixture's takeaway without the pointer", async () => {
    const { sheet } = await readSheet(fixture("sft-labeling-instructions-equals-frame"));
    const take = panelsOf(sheet).find((p) => p.title === "TAKEAWAYS")!;
    const items = take.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map((i) => richText(i)) : []));
    expect(items).toEqual(["SFT 데이터 = 사람의 지침에 뿌리를 둔 대화"]);
  });
});

describe("a metadata block closed by YAML's `...`, its values in curly quotes", () => {
  const meta = (lines: string[]) => readSheet(["# Source Text", ...lines, "", "본문", "", "# Output Structure Plan", "", "## 1. 📌 A", "- a"].join("\n"));

  it("ends the block at `...` and reads a curly-quoted value with a colon as one string", async () => {
    const { sheet } = await meta(["---", "title: “6. Inference: Sampling”", "chapter: 6", "..."]);
    expect(sheet.meta.title).toBe("6. Inference: Sampling");
    expect(sheet.meta.chapter).toBe(6);
  });

  it("still says a block with no end at all is never closed", async () => {
    await expect(meta(["---", "title: x", "", "## 본문"])).rejects.toThrow(/never closed/);
  });

  it("reads the fixture's title, Korean title and source", async () => {
    const { sheet } = await readSheet(fixture("inference-temperature-yaml-dots-md-rules"));
    expect(sheet.meta.title).toBe("6. Inference: Sampling & Temperature");
    expect(sheet.meta.titleKr).toBe("6. 추론: 샘플링과 온도");
    expect(sheet.meta.sourceUrl).toBe("https://www.youtube.com/watch?v=7xTGNNLPyMI");
  });
});

describe("a layout drawn like a Markdown table, open at the top and bottom", () => {
  const drawing = ["| 🎲 TITLE                 |", "|------------|-------------|", "| 🔁 한 토큰  | 🪙 동전      |", "|------------|-------------|", "| 📌 A       | 🎛️ B        |"].join("\n");

  it("gets a rule over its first line and under its last, with a corner at each wall", () => {
    const lines = closedEnds(drawing).split("\n");
    expect(lines[0]).toBe("|--------------------------|");
    expect(lines[lines.length - 1]).toMatch(/^\|-+\|-+\|$/);
    // A drawing already closed, or with no `|---|` rule, is left as typed.
    expect(closedEnds("|---|\n| a |\n|---|")).toBe("|---|\n| a |\n|---|");
    expect(closedEnds("| a |\n| b |")).toBe("| a |\n| b |");
  });

  it("reads the fixture's drawing instead of falling back to a default layout", async () => {
    const { sheet, warnings } = await readSheet(fixture("inference-temperature-yaml-dots-md-rules"));
    expect(warnings.join("\n")).not.toMatch(/no box diagram/);
    expect(sheet.meta.banner).toMatch(/INFERENCE: SAMPLING & TEMPERATURE/);
    expect(sheet.rows.map((r) => panelsOf({ ...sheet, rows: [r] }).map((p) => p.title)).filter((t) => t.length > 0)).toEqual([["한 토큰씩 생성", "편향된 동전"], ["TEMPERATURE"], ["리믹스, 복사가 아님", "핵심"]]);
  });
});

describe("a small table asked for inline in the plan", () => {
  const rows = (t: string) => inlineTable(t)?.rows.map((r) => r.map((c) => richText(c)));

  it("makes each `key: value` pair after `small table:` a row", () => {
    expect(rows("small table: 온도 0 (greedy): 항상 최고, 온도 0.7: 적당히 다양, 온도 1.5: 엉뚱함")).toEqual([
      ["온도 0 (greedy)", "항상 최고"],
      ["온도 0.7", "적당히 다양"],
      ["온도 1.5", "엉뚱함"],
    ]);
    expect(rows("표: A: 1, 2개, B: 3")).toEqual([["A", "1, 2개"], ["B", "3"]]);
    // One pair is a sentence with a colon, and an item not asking for a table is left alone.
    expect(rows("table: see the numbers")).toBeUndefined();
    expect(rows("small table: A: 1")).toBeUndefined();
    expect(rows("온도 0: greedy, 온도 1: 다양")).toBeUndefined();
  });

  it("draws the fixture's temperature table as a table, not a bullet", async () => {
    const { sheet } = await readSheet(fixture("inference-temperature-yaml-dots-md-rules"));
    const temp = panelsOf(sheet).find((p) => p.title === "TEMPERATURE")!;
    const table = temp.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => richText(r[0]!))).toEqual(["온도 0 (greedy)", "온도 0.7", "온도 1.5"]);
    const said = temp.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map((i) => richText(i)) : []));
    expect(said.some((t) => /small table/.test(t))).toBe(false);
  });
});

describe("a quote given as a labelled list item", () => {
  it("reads `인용: “…”` and `Quote: \"…\" — Name` as quotes, and leaves other items alone", () => {
    expect(labelledQuote("인용: “It's a kind of remix”")).toEqual({ kind: "quote", text: [{ text: "It's a kind of remix" }] });
    expect(labelledQuote('Quote: "no memory, no state" — Karpathy')).toEqual({ kind: "quote", text: [{ text: "no memory, no state" }], cite: "Karpathy" });
    expect(labelledQuote("인용할 만한 말: 없음")).toBeUndefined();
    expect(labelledQuote('모델이 "remix"를 만든다')).toBeUndefined();
  });

  it("draws the fixture's remix quote as a quote in its panel", async () => {
    const { sheet } = await readSheet(fixture("inference-temperature-yaml-dots-md-rules"));
    const remix = panelsOf(sheet).find((p) => p.title === "리믹스, 복사가 아님")!;
    expect(remix.blocks.filter((b) => b.kind === "quote").map((b) => b.kind === "quote" && richText(b.text))).toEqual(["It's a kind of remix of the training documents"]);
    // Written as the list's last point, it comes after the list.
    expect(remix.blocks.map((b) => b.kind)).toEqual(["bullets", "quote"]);
  });

  it("keeps written order: a labelled block written before every point leads, one written after follows the list", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "본문", "", "# Output Structure Plan", "", "## 1. 🅰️ Alpha"];
    const read = async (items: string[]) => panelsOf((await readSheet([...doc, ...items].join("\n"))).sheet)[0]!.blocks.map((b) => b.kind);
    expect(await read(["- first", "- small table: A: x, B: y", "- 인용: “모델은 기억하지 않는다”", "- last"])).toEqual(["bullets", "table", "quote"]);
    expect(await read(["- small table: A: x, B: y", "- first", "- last"])).toEqual(["table", "bullets"]);
  });
});
