// Chapters written by others, read as their writers meant: the three-training-stages chapter written by someone
// who writes everything as config — a Korean line of intro, then the whole prompt one ```yaml object: `meta:`,
// the transcript as a block scalar, `layout:` (a `grid:` setting before its `rows:`, a box with `rowspan: 2`),
// `content:` keyed by box id, `quotes:` each `near:` its box, `style:` notes using a YAML alias, and the request
// as a folded scalar. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { panelsOf } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { yamlPrompt } from "../src/read/prompt/yaml-prompt.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const STAGES = "three-stages-yaml-whole-prompt-anchors-rowspan";
const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));

/** A small spec: a title over Alpha and Beta, then Takeaways; each box's content under its id. */
const SPEC = [
  "meta:",
  '  title: "Tiny Chapter"',
  "  chapter: 3",
  "layout:",
  "  rows:",
  '    - height: 10%',
  '      boxes: [{id: top, title: "🍌 CHEAT SHEET 🍌"}]',
  "    - height: 60%",
  "      boxes:",
  '        - {id: a, title: "🅰️ ALPHA", span: 2}',
  '        - {id: b, title: "🅱️ BETA (두 번째)", span: 1}',
  "    - height: 30%",
  "      boxes:",
  '        - {id: t, title: "📌 TAKEAWAYS"}',
  "content:",
  "  a:",
  "    bullets:",
  "      - alpha point",
  "    mermaid: |",
  "      flowchart LR",
  "        X --> Y",
  "  b:",
  "    table: {header: [k, v], rows: [[one, 1], [two, 2]]}",
  "  t:",
  "    bullets: [remember this]",
  "quotes:",
  '  - {text: "A saying about beta things.", by: Someone, near: b}',
];

describe("a prompt written as one YAML object", () => {
  it("reads its keys as the parts they stand for: metadata, boxes by id with their content, a quote near its box", async () => {
    const { sheet, warnings } = await readSheet(["아래 YAML대로 그려 줘.", "", "```yaml", ...SPEC, "```", ""].join("\n"));
    expect(sheet.meta.title).toBe("Tiny Chapter");
    expect(sheet.meta.chapter).toBe(3);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA (두 번째)"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /BETA/))).toContain("table");
    expect(quotes(panel(sheet, /BETA/).blocks)).toEqual(["A saying about beta things."]);
    expect(warnings).toEqual([]);
  });

  it("reads it bare, without the fence, the same way", async () => {
    const { sheet } = await readSheet(["아래 YAML대로 그려 줘.", "", ...SPEC, ""].join("\n"));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA (두 번째)"], ["TAKEAWAYS"]]);
    expect(quotes(panel(sheet, /BETA/).blocks)).toEqual(["A saying about beta things."]);
  });

  it("names the YAML's own lines in its warnings", async () => {
    const text = ["```yaml", ...SPEC.slice(3), "```", ""].join("\n");
    const { warnings } = await readSheet(text);
    const meta = warnings.find((w) => /no metadata block/.test(w));
    expect(meta).toBeDefined();
    expect(Number(/^line (\d+):/.exec(meta!)![1])).toBeLessThanOrEqual(text.split("\n").length);
  });

  it("reads a box's content kept at the top level under the box's id, and says which keys it leaves out", async () => {
    const spec = [...SPEC.slice(0, 14), "a:", "  bullets: [alpha point]", "b:", "  bullets: [beta point]", "t:", "  bullets: [remember this]", "todo: ask about colours", "page: {size: \"16:9\"}"];
    const text = ["```yaml", ...spec, "```", ""].join("\n");
    const { sheet, warnings } = await readSheet(text);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, /TAKEAWAYS/))).toEqual(["bullets"]);
    expect(sheet.page).toBe("16:9");
    expect(warnings).toEqual([`line ${spec.indexOf("todo: ask about colours") + 2}: the YAML key \`todo:\` names no part of the prompt (metadata, source, layout, content, quotes, style, request) nor a box's id; it is not drawn`]);
  });

  it("draws a box's own `quote:` as a quote, warns of a `near:` naming no box, and gives blocks the YAML's lines", async () => {
    const spec = [...SPEC.slice(0, 18), '    quote: {text: "Alpha is the first letter.", by: Karpathy}', ...SPEC.slice(18, 26), '  - {text: "A quote near nothing.", by: Someone, near: zeta}'];
    const { sheet, warnings } = await readSheet(["```yaml", ...spec, "```", ""].join("\n"));
    const alpha = panel(sheet, /ALPHA/);
    expect(quotes(alpha.blocks)).toContain("Alpha is the first letter.");
    expect(alpha.blocks.find((b) => b.kind === "quote")).toMatchObject({ cite: "Karpathy" });
    expect(warnings).toEqual([`line ${spec.length + 1}: the quote's \`near: zeta\` names no box's id or title; it is placed by its words`]);
    // `a:` is the file's line 16 (the fence first): the block's source line is there, not in the Markdown it stands for.
    expect(alpha.blocks[0]!.at?.line).toBe(spec.indexOf("  a:") + 2);
  });

  it("leaves a document that only shows a YAML layout among its parts to its parts", () => {
    expect(yamlPrompt(fixture("tool-use-yaml-layout"))).toBeUndefined();
  });

  it("reads a 2,000-line object through", async () => {
    const many = Array.from({ length: 2000 }, (_, k) => `      - point ${k}: ${"x ".repeat(k % 40)}`);
    const text = ["```yaml", ...SPEC.slice(0, 16), "    bullets:", ...many, "```", ""].join("\n");
    expect(yamlPrompt(text)).toBeDefined();
    // 2,000 lines of keys with no layout among them are not parsed at all.
    const keys = Array.from({ length: 2000 }, (_, k) => `key${k}: ${"a: ".repeat(30)}`).join("\n");
    expect(yamlPrompt(keys)).toBeUndefined();
  });
});

describe("a YAML layout's rows", () => {
  const layout = (rows: string[]): string =>
    promptDoc(["rows:", ...rows], ["## 🅰️ ALPHA", "- a", "## 🅱️ BETA", "- b", "## 📖 SIDE", "- s", "## 🎲 GAMMA", "- g"]).replace("```\nrows:", "```yaml\nrows:");

  it("runs a box with `rowspan: 2` down two rows, the next row's boxes beside it", async () => {
    const { sheet } = await readSheet(layout([
      "  - height: 10%",
      '    boxes: [{title: "🍌 CHEAT SHEET 🍌", span: 3}]',
      "  - height: 50%",
      '    boxes: [{title: "🅰️ ALPHA"}, {title: "🅱️ BETA"}, {title: "📖 SIDE", rowspan: 2}]',
      "  - height: 40%",
      '    boxes: [{title: "🎲 GAMMA", span: 2}]',
    ]));
    expect(panel(sheet, /SIDE/).rowSpan).toBe(2);
    expect(titles(sheet)[2]).toEqual(["GAMMA"]);
  });

  it("finds the rows under a layout key that holds settings before them", async () => {
    const { sheet, warnings } = await readSheet(
      promptDoc(["layout:", "  grid: {columns: 2}", "  rows:", '    - {height: 10%, boxes: ["🍌 CHEAT SHEET 🍌"]}', '    - {height: 90%, boxes: ["🅰️ ALPHA", "🅱️ BETA"]}'], ["## 🅰️ ALPHA", "- a", "## 🅱️ BETA", "- b"]).replace("```\nlayout:", "```yaml\nlayout:"),
    );
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    expect(warnings.join("\n")).not.toMatch(/default layout/);
  });
});

describe(`the fixture ${STAGES}`, () => {
  it("is read as its writer meant: the boxes by id, the side box down two rows, quotes near their boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture(STAGES));
    expect(sheet.meta.title).toBe("16. The Three Stages: Pre-training → SFT → RL");
    expect(sheet.meta.chapter).toBe(16);
    expect(titles(sheet)).toEqual([
      ["title"],
      ["PRE-TRAINING (본문 읽기)", "SFT (풀이 예제)", "RL (연습문제)", "교과서 비유 한눈에"],
      ["BASE → ASSISTANT → THINKING", "비용 & 규모"],
      ["KEY TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([12, 40, 30, 18]);
    expect(panel(sheet, /교과서 비유/).rowSpan).toBe(2);
    expect(kinds(panel(sheet, /교과서 비유/))).toEqual(["table", "bullets", "quote"]);
    expect(kinds(panel(sheet, /BASE → ASSISTANT/))).toEqual(["flowchart"]);
    expect(kinds(panel(sheet, /비용/))).toEqual(["table"]);
    expect(quotes(panel(sheet, /^SFT/).blocks)).toEqual(["When you're talking to ChatGPT, you're talking to a statistical simulation of a human labeler."]);
    expect(quotes(panel(sheet, /^RL/).blocks)).toHaveLength(1);
    expect(quotes(panelsOf(sheet).flatMap((p) => p.blocks)).join(" ")).not.toMatch(/→|칸|\[/);
    expect(warnings).toEqual([]);
  });
});
