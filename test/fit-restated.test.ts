// A box's drawn lines that its own blocks say again are the sketch of what the panel then draws: only when the page
// fits no other way are they left out, the panel's chart turned on its side and drawn wider, and the build says so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseFlowchart } from "../src/blocks/flowchart/layout.js";
import { INK } from "../src/blocks/types.js";
import { layoutSheet } from "../src/layout/index.js";
import { onlyHome, restates } from "../src/layout/restated.js";
import { panelsOf, type Flowchart, type Panel, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { FIXTURES_DIR, HAS_SEED, SEED_PATH } from "./fixtures/list.js";

const lines = (...texts: string[]) => texts.map((text) => [{ text }]);
const box = (lead: string[], said: string): Panel => ({ id: "p", title: "P", lead: lines(...lead), blocks: [{ kind: "bullets", style: "plain", items: [[{ text: said }]] }] }) as unknown as Panel;

describe("lead lines its blocks say again", () => {
  it("are most of whose words the blocks say, a Korean word with its particle too", () => {
    expect(restates(box(["풀이 생성", "정답 강화"], "풀이를 만들고 정답만 강화한다"))).toBe(true);
    expect(restates(box(["sample many", "keep the correct"], "We sample many solutions and keep the correct ones"))).toBe(true);
  });

  it("are not lines saying something the blocks do not, nor a single word", () => {
    expect(restates(box(["토큰 경계", "글자 단위"], "풀이를 만들고 정답만 강화한다"))).toBe(false);
    expect(restates(box(["풀이 생성", "토큰 경계", "글자 단위"], "풀이를 만든다"))).toBe(false);
    expect(restates(box(["강화"], "정답만 강화한다"))).toBe(false);
  });
});

const RL = join(FIXTURES_DIR, "prompts", "rl-practice-problems-double-grid-inline-h-marks.txt");
const read = async (): Promise<Sheet> => (await readSheet(readFileSync(RL, "utf8"), { file: RL })).sheet;
const sample = (s: Sheet): Panel => panelsOf(s).find((p) => p.id === "sample-reinforce")!;

describe("the RL practice chapter: SAMPLE & REINFORCE's loop in a low third of the top row", () => {
  it("at 16:9 fits: the box's sketch of the loop is left out, the build says so, and every other panel keeps its lines", async () => {
    const sheet = await read();
    expect(sample(sheet).lead.length).toBe(3);
    const laid = layoutSheet(sheet, { page: "16:9" });
    expect(laid.problems.filter((p) => p.kind === "overflow")).toEqual([]);
    const after = laid.sheet ?? sheet;
    expect(sample(after).lead).toEqual([]);
    for (const p of panelsOf(sheet).filter((x) => x.id !== "sample-reinforce")) expect(panelsOf(after).find((x) => x.id === p.id)!.lead).toEqual(p.lead);
    expect(laid.warnings.join("\n")).toMatch(/the drawn lines of "SAMPLE & REINFORCE" \(15개 풀이 생성 \/ 정답 맞힌 것만 강화 \/ → 반복\) are left out/);
  });

  it("at A4 keeps the lines: with the loop drawn on its side there is room for them, and every block stays home", async () => {
    const sheet = await read();
    const laid = layoutSheet(sheet, { page: "a4" });
    expect(laid.problems.filter((p) => p.kind === "overflow")).toEqual([]);
    expect(sample(laid.sheet ?? sheet).lead.length).toBe(3);
    expect(laid.warnings.join("\n")).not.toMatch(/drawn lines/);
    expect(laid.moves ?? []).toEqual([]);
  });

  it("keeps the lines where the page fits with them: without the chart, nothing is cut or said", async () => {
    const sheet = await read();
    const bare = { ...sheet, rows: sheet.rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => (p.id === "sample-reinforce" ? { ...p, blocks: p.blocks.filter((b) => b.kind !== "flowchart") } : p)) } : r)) };
    const laid = layoutSheet(bare, { page: "a4" });
    expect(laid.problems.filter((p) => p.kind === "overflow")).toEqual([]);
    expect(sample(laid.sheet ?? bare).lead.length).toBe(3);
    expect(laid.warnings.join("\n")).not.toMatch(/drawn lines/);
  });

  it("draws the top-down loop on its side, its labels on narrower lines, where only that fits a wide low space", async () => {
    const chart = sample(await read()).blocks.find((b): b is Flowchart => b.kind === "flowchart")!;
    // The page's last rescue (lines set closer) at the legible minimum, where auto-fit ends after every larger size.
    const env = { fontPx: 12, minFontPx: 12, accent: INK, palette: [INK], ink: INK, seed: 1, dense: true };
    const plan = chooseFlowchart(chart, env, { width: 490, height: 140 });
    expect(plan.layout.width).toBeLessThanOrEqual(490);
    expect(plan.layout.height).toBeLessThanOrEqual(140);
    // On its side: the prompt, the sampling and the check stand in one row.
    const y = (id: string) => { const n = plan.layout.nodes!.find((x) => x.id === id)!.box; return n.y + n.height / 2; };
    expect(Math.abs(y("P") - y("S"))).toBeLessThan(2);
    expect(Math.abs(y("S") - y("C"))).toBeLessThan(2);
  });
});

describe("a chart that left its panel for room kept home by leaving out the box lines its panel's blocks say again", () => {
  const BASE = join(FIXTURES_DIR, "prompts", "base-model-rounded-sidebar-bilingual-titles.txt");

  it("base-model at A4: TOKEN SIMULATOR keeps its loop, not the quotes sidebar, and the build says which lines went", async () => {
    const { sheet } = await readSheet(readFileSync(BASE, "utf8"), { file: BASE });
    const laid = layoutSheet(sheet, { page: "a4" });
    expect(laid.problems.filter((p) => p.kind === "overflow")).toEqual([]);
    expect(laid.panels.find((p) => p.id === "token-simulator")!.blocks.map((b) => b.kind)).toEqual(["flowchart", "bullets"]);
    expect(laid.panels.find((p) => p.id === "karpathy-says")!.blocks.every((b) => b.kind === "quote")).toBe(true);
    expect(laid.warnings.join("\n")).toMatch(/the drawn lines of "토큰 시뮬레이터 \/ TOKEN SIMULATOR" \(같은 프롬프트 → 매번 다른 답 \/ \(확률적 stochastic\)\) are left out/);
  });

  (HAS_SEED ? it : it.skip)("leaves out no lines where nothing has to leave: the seed, at A4 and 16:9", async () => {
    const { sheet } = await readSheet(readFileSync(SEED_PATH, "utf8"));
    for (const page of ["a4", "16:9"] as const) expect(layoutSheet(sheet, { page }).warnings.join("\n")).not.toMatch(/drawn lines/);
  });
});

describe("onlyHome", () => {
  const sheetWith = (where: Record<string, number[]>): Sheet =>
    ({ rows: [{ kind: "panels", ratio: 100, panels: Object.entries(where).map(([id, lines]) => ({ id, title: id, lead: [], blocks: lines.map((line) => ({ kind: "bullets", style: "plain", items: [], at: { line } })) })) }] }) as unknown as Sheet;
  const moved = [{ kind: "bullets" as const, line: 3, from: "a" }];

  it("is a page where the moved block is home and every other block stands where it stood", () => {
    expect(onlyHome(sheetWith({ a: [1], b: [2, 3] }), sheetWith({ a: [1, 3], b: [2] }), moved)).toBe(true);
  });

  it("is not one where keeping it home sent another block away, nor one where it was home already", () => {
    expect(onlyHome(sheetWith({ a: [1], b: [2, 3] }), sheetWith({ a: [3], b: [1, 2] }), moved)).toBe(false);
    expect(onlyHome(sheetWith({ a: [1, 3], b: [2] }), sheetWith({ a: [1, 3], b: [2] }), moved)).toBe(false);
  });
});
