// A plan point that asks for the knobs picture (`Draw a DJ mixer with 6 knobs labelled w0 … w5`, `DJ 믹서처럼 노브
// 5개 그려주세요 (w1~w5)`, `knobs visual: θ1, θ2, θ3`) is drawn as the knobs, in the panel of its section, labelled
// with what it names; the ask itself is not drawn, and a sheet draws one knobs picture even when the document also
// names an analogy. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { knobsAsk } from "../src/read/prompt/knob-asks.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NN = "nn-internals-heavy-shared-walls-numbered-bold-plan-pie";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NN}.txt`), "utf8");

const blocks = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
const knobsOf = (sheet: Sheet): string[][] => blocks(sheet).flatMap((b) => (b.kind === "knobs" ? [b.knobs.map((k) => k.label)] : []));
/** Every word the sheet draws: blocks and leads. */
const drawnText = (sheet: Sheet): string =>
  panelsOf(sheet)
    .flatMap((p) => [...p.lead.map(richText), ...p.blocks.map((b) => JSON.stringify(b))])
    .join("\n");

const plan = (alpha: string[], extra: string[] = []): string[] => [
  "## 🅰️ Alpha",
  "- alpha point one",
  ...alpha,
  "## 🅱️ Beta",
  "- beta point",
  ...extra,
  "## 📌 Takeaways",
  "- three",
];

describe("a plan point asking for knobs", () => {
  it("draws the English ask as knobs in its own section's panel, labelled by the range it names", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["- Draw a DJ mixer with 6 knobs labelled w0 … w5"])));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("knobs");
    expect(knobsOf(sheet)).toEqual([["w0", "w1", "w2", "w3", "w4", "w5"]]);
    expect(drawnText(sheet)).not.toMatch(/DJ mixer/);
    expect(drawnText(sheet)).toMatch(/alpha point one/);
  });

  it("reads a Korean ask and a `w1~w5` range", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["- point two"], ["- DJ 믹서처럼 노브 5개 그려주세요 (w1~w5)"])));
    expect(kinds(panel(sheet, /BETA/))).toContain("knobs");
    expect(knobsOf(sheet)).toEqual([["w1", "w2", "w3", "w4", "w5"]]);
    expect(drawnText(sheet)).not.toMatch(/그려주세요/);
  });

  it("reads `knobs visual:` over a list, and a paragraph's ask among its other sentences", async () => {
    const listed = await readSheet(promptDoc(TWO_BOXES, plan(["- knobs visual: θ1, θ2, θ3"])));
    expect(knobsOf(listed.sheet)).toEqual([["θ1", "θ2", "θ3"]]);
    const para = await readSheet(promptDoc(TWO_BOXES, plan(["", "Weights start random. Please draw four dials for w0..w3. Training tunes them.", ""])));
    expect(kinds(panel(para.sheet, /ALPHA/))).toContain("knobs");
    expect(knobsOf(para.sheet)).toEqual([["w0", "w1", "w2", "w3"]]);
    const text = drawnText(para.sheet);
    expect(text).toMatch(/Weights start random\./);
    expect(text).toMatch(/Training tunes them\./);
    expect(text).not.toMatch(/dials/);
  });

  it("caps a long range, and without labels takes the usual ones, as many as asked", async () => {
    expect(knobsAsk("Draw knobs w0 … w99")?.labels).toHaveLength(8);
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(["- Sketch 2 knobs here"])));
    expect(knobsOf(sheet)).toHaveLength(1);
    expect(knobsOf(sheet)[0]).toHaveLength(2);
  });

  it("draws one knobs picture when the document also names an analogy, in the ask's section", async () => {
    const doc = promptDoc(TWO_BOXES, plan(["- alpha two"], ["- Draw a row of knobs: w1, w2, w3"]), {
      after: ['# Output Style', '- Create a visual for the "DJ Knobs" analogy.'],
    });
    const { sheet } = await readSheet(doc);
    expect(knobsOf(sheet)).toEqual([["w1", "w2", "w3"]]);
    expect(kinds(panel(sheet, /BETA/))).toContain("knobs");
  });

  it("leaves alone points that only speak of knobs, and the named analogy's own ask", () => {
    for (const s of [
      "Random knobs → random predictions",
      "Parameters = knobs; training = finding a good setting",
      "Show how turning the knobs changes the output",
      "노브를 돌리면 다른 예측",
      "Draw the token mixer as a box",
      'Draw the "DJ Knobs" analogy as a picture.',
      "“Think of these parameters as kind of like knobs on a DJ set.” — Andrej Karpathy",
    ]) expect(knobsAsk(s), s).toBeUndefined();
  });

  it("reads a long hostile point", () => {
    const long = `Draw knobs ${"w1..".repeat(5000)} ${"a ".repeat(5000)}`;
    // Ranges past any mixer's knobs and no count: no knobs asked for.
    expect(knobsAsk(long)).toBeUndefined();
    expect(knobsAsk(`노브 ${"그".repeat(20000)}`)).toBeUndefined();
  });
});

describe(NN, () => {
  it("draws the PARAMETERS section's ask as the knobs w0 … w5 in its panel, and nowhere its words", async () => {
    const { sheet } = await readSheet(fixture(), { file: `${NN}.txt`, page: "16:9" });
    const params = panel(sheet, /PARAMETERS/);
    const held = params.blocks.flatMap((b) => (b.kind === "knobs" ? [b.knobs.map((k) => k.label)] : []));
    expect(held).toEqual([["w0", "w1", "w2", "w3", "w4", "w5"]]);
    expect(knobsOf(sheet)).toHaveLength(1);
    expect(drawnText(sheet)).not.toMatch(/Draw a DJ mixer/);
  });

  it("says nothing of the ask in the report, on its page", async () => {
    for (const page of ["16:9"] as const) {
      const { sheet, warnings } = await readSheet(fixture(), { file: `${NN}.txt`, page });
      const laid = layoutSheet(sheet, { page });
      const report = JSON.stringify({ report: layoutReport(laid, 96, laid.sheet ?? sheet), warnings });
      expect(report).not.toMatch(/Draw a DJ mixer/);
      expect(report).toMatch(/"w0, w1, w2, w3, w4, w5"/);
    }
  });
});
