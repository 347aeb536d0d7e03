// Two rescues for chapters that overflowed by a few lines: a code sample set a step under the body's minimum
// when nothing else fits (its letters on a fixed grid stay legible), and a left-right chart in a low band with
// width to spare written with its labels on longer lines rather than running out of the band.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutCode } from "../src/blocks/code/layout.js";
import { chooseFlowchart } from "../src/blocks/flowchart/layout.js";
import type { BlockEnv } from "../src/blocks/types.js";
import { layoutSheet } from "../src/layout/index.js";
import { markProblems } from "../src/layout/problems.js";
import { DENSE_CODE, LEGIBLE_MIN_PX, panelsOf, type Code, type Flowchart } from "../src/model/sheet.js";
import type { TextMark } from "../src/model/positioned.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const env: BlockEnv = { fontPx: 12, minFontPx: 12, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#22304a", seed: 7 };
const code: Code = { kind: "code", lang: "python", text: ['prompt = "Use code to compute the total."', "total = 3 * 2 + 2 * 3   # the interpreter does the math", "print(total)"].join("\n") };

describe("a code sample under the last rescue", () => {
  it("keeps its size and spacing where only lines are set closer (the code's own rescue comes after every other)", () => {
    expect(layoutCode(code, { ...env, dense: true }, { width: 400, height: 200 })).toEqual(layoutCode(code, env, { width: 400, height: 200 }));
  });

  it("is set at DENSE_CODE of the minimum with its lines closer, shorter than at the minimum", () => {
    const usual = layoutCode(code, env, { width: 400, height: 200 });
    const dense = layoutCode(code, { ...env, dense: true, smallCode: true }, { width: 400, height: 200 });
    const sizes = (m: typeof usual) => [...new Set(m.marks.filter((x): x is TextMark => x.kind === "text").map((x) => x.size))];
    expect(sizes(dense).every((s) => s < Math.min(...sizes(usual)))).toBe(true);
    expect(dense.height).toBeLessThan(usual.height * 0.85);
  });

  it("keeps its size where the panel's text is above the minimum (the rescue is the page's, the size the panel's)", () => {
    const big = { ...env, fontPx: 16 };
    const sizes = (e: BlockEnv) => layoutCode(code, e, { width: 600, height: 200 }).marks.flatMap((m) => (m.kind === "text" ? [m.size] : []));
    expect(sizes({ ...big, dense: true, smallCode: true })).toEqual(sizes(big));
  });

  it("is not flagged as small text at its own minimum, while body text that small is", () => {
    const dense = layoutCode(code, { ...env, dense: true, smallCode: true }, { width: 400, height: 200 });
    expect(markProblems(dense.marks, "p", "panel p").filter((p) => p.kind === "small-text")).toEqual([]);
    const body: TextMark = { kind: "text", x: 0, y: 0, size: LEGIBLE_MIN_PX * DENSE_CODE, face: "latin", text: "body", width: 20, color: "#000" };
    expect(markProblems([body], "p", "panel p").map((p) => p.kind)).toContain("small-text");
  });
});

describe("a left-right chain in a low, wide band", () => {
  const chain: Flowchart = {
    kind: "flowchart",
    direction: "LR",
    nodes: [
      { id: "a", label: "Internet docs", shape: "rect", caption: "FineWeb 15T" },
      { id: "b", label: "Pretraining", shape: "rect", caption: "next token" },
      { id: "c", label: "SFT", shape: "rect", caption: "labeler conversations" },
      { id: "d", label: "RL", shape: "rect", caption: "practice problems" },
    ],
    edges: [
      { from: "a", to: "b", kind: "arrow", stroke: "normal" },
      { from: "b", to: "c", kind: "arrow", stroke: "normal" },
      { from: "c", to: "d", kind: "arrow", stroke: "normal" },
    ],
  };

  it("writes a caption on one line where two would run out of the band", () => {
    const roomy = chooseFlowchart(chain, env, { width: 900, height: 400 }).layout;
    // The band is lower than the chart with a wrapped caption: the caption goes on one line instead.
    const band = chooseFlowchart(chain, env, { width: 900, height: roomy.height - 4 }).layout;
    expect(band.height).toBeLessThanOrEqual(roomy.height - 4);
    const captions = band.marks.filter((m): m is TextMark => m.kind === "text" && /labeler|conversations/.test(m.text));
    expect(new Set(captions.map((m) => m.y)).size).toBe(1);
  });

  it("keeps its labels wrapped where the band holds them (a roomy panel's chart is as it was)", () => {
    const roomy = chooseFlowchart(chain, env, { width: 900, height: 400 }).layout;
    const captions = roomy.marks.filter((m): m is TextMark => m.kind === "text" && /labeler|conversations/.test(m.text));
    expect(new Set(captions.map((m) => m.y)).size).toBe(2);
  });
});

describe("the dense pipeline recap", () => {
  const file = join(FIXTURES_DIR, "prompts", "pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python.txt");
  for (const page of ["a4", "16:9"] as const) {
    it(`fits at ${page} with its code sample and its note home in TOKENS TO THINK`, async () => {
      const { sheet } = await readSheet(readFileSync(file), { file });
      const laid = layoutSheet(sheet, { page });
      expect(laid.panels.filter((p) => p.overflow).map((p) => p.id)).toEqual([]);
      const tokens = panelsOf(laid.sheet ?? sheet).find((p) => p.id === "tokens-to-think")!;
      expect(tokens.blocks.map((b) => b.kind).sort()).toEqual(["code", "paragraph"]);
    });
  }
});
