// A lone schematic in a roomy panel is drawn larger than the body text (layout/grow.ts); text keeps the body size,
// and a panel already well filled keeps its diagrams at body size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { arrangeAt, fitPanel, type FitContext } from "../src/layout/fit.js";
import { grown } from "../src/layout/grow.js";
import { layoutSheet } from "../src/layout/index.js";
import type { Panel } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const ctx = (width: number, height: number): FitContext => ({ accent: "#1971c2", palette: ["#e8590c", "#1971c2", "#2f9e44"], seed: 3, minFontPx: 12, maxFontPx: 22, width, height });
const chain = (labels: string[]): Panel["blocks"][number] => ({
  kind: "flowchart",
  direction: "LR",
  nodes: labels.map((label, i) => ({ id: `n${i}`, label, shape: "rect" })),
  edges: labels.slice(1).map((_, i) => ({ from: `n${i}`, to: `n${i + 1}`, kind: "arrow" as const, stroke: "normal" as const })),
});
const panel = (blocks: Panel["blocks"]): Panel => ({ id: "p", title: "P", lead: [], blocks });
const growOf = (p: Panel, c: FitContext, px: number): number => {
  const fit = fitPanel(p, c);
  return grown(p, px, fit.choice, c, arrangeAt(p, px, fit.choice, c)).grow;
};

describe("a lone schematic in a roomy panel", () => {
  it("grows a four-step chain in a page-wide band, and draws it wider than at body size", () => {
    const p = panel([chain(["Sample Answers", "Human Ranking", "Reward Model", "RL Update"])]);
    const c = ctx(1000, 260);
    const g = growOf(p, c, 18);
    expect(g).toBeGreaterThanOrEqual(1.2);
    const fit = fitPanel(p, c);
    const width = (x: FitContext): number => arrangeAt(p, 18, fit.choice, x).top[0]!.layout.width;
    expect(width({ ...c, grow: g })).toBeGreaterThan(width(c) * 1.15);
  });

  it("keeps body size for a diagram in a panel already well filled, and for a panel of text alone", () => {
    const full = panel([chain(["Sample Answers", "Human Ranking", "Reward Model", "RL Update"]), { kind: "paragraph", text: [{ text: "보상 모델은 사람 순위를 흉내 내는 별도의 신경망이다. ".repeat(6) }] }]);
    expect(growOf(full, ctx(600, 260), 16)).toBe(1);
    const text = panel([{ kind: "paragraph", text: [{ text: "짧은 한 줄" }] }]);
    expect(growOf(text, ctx(1000, 260), 18)).toBe(1);
  });

  it("draws the RLHF pipeline band of the rlhf chapter larger than its body size, its body size evened with the page", async () => {
    const path = join(FIXTURES_DIR, "prompts", "rlhf.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    const laid = layoutSheet(sheet);
    const band = laid.panels.find((p) => p.id === "rlhf-pipeline")!;
    const block = band.blocks.find((b) => b.kind === "flowchart")!;
    const nodes = block.nodes ?? [];
    expect(nodes.length).toBe(4);
    // Node boxes hold one line of label: at body size they are about 2 body lines tall; grown, clearly more.
    const tallest = Math.max(...nodes.map((n) => n.box.height));
    expect(tallest).toBeGreaterThan(band.fontPx * 2.4);
  });
});
