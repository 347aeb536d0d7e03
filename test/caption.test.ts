// A caption (a short line before a diagram, table or code) titles its chart: one notion of it (caption.ts), and
// wherever layout sets the two, in a single column, in columns, on shelves or in the rescue layouts, the
// caption's box sits close above the chart's drawn marks, centred over a diagram or on the left edge of a table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { arrange, fitPanel, type FitContext } from "../src/layout/fit.js";
import { placeArrangement } from "../src/layout/balance.js";
import { CAPTION_OF, isCaption } from "../src/layout/caption.js";
import type { Block, Flowchart, Panel, Sheet } from "../src/model/sheet.js";
import type { Box, Mark, PositionedBlock } from "../src/model/positioned.js";
import { fixtures, HAS_SEED, ROOT_DIR, SEED_PATH } from "./fixtures/list.js";
import { bounds, panel, para, sheetOf, table } from "./layout-helpers.js";
import { edge, node } from "./diagram-helpers.js";

/** Where the pen draws a mark: curves by points along them (a control point is not ink). */
function ink(marks: Mark[]): Box {
  const pts: [number, number][] = [];
  for (const m of marks) {
    if (m.kind !== "path") {
      const b = bounds(m);
      pts.push([b.x, b.y], [b.x + b.width, b.y + b.height]);
      continue;
    }
    let at: [number, number] = [0, 0];
    for (const [, cmd, args] of m.d.matchAll(/([MLQC])([^MLQCZ]*)/g)) {
      const n = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
      const ctrl: [number, number][] = [];
      for (let i = 0; i + 1 < n.length; i += 2) ctrl.push([n[i]!, n[i + 1]!]);
      if (cmd === "M" || cmd === "L") ctrl.forEach((p) => pts.push(p));
      else for (let t = 0; t <= 1.0001; t += 0.02) pts.push(bezier([at, ...ctrl], t));
      at = ctrl[ctrl.length - 1] ?? at;
    }
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/** De Casteljau: a point of the Bézier curve through these control points. */
function bezier(ps: [number, number][], t: number): [number, number] {
  let q = ps;
  while (q.length > 1) q = q.slice(1).map((p, i) => [q[i]![0] + (p[0] - q[i]![0]) * t, q[i]![1] + (p[1] - q[i]![1]) * t]);
  return q[0]!;
}

const centred = (caption: Block, chart: Block): boolean => caption.kind === "paragraph" && ["flowchart", "mindmap", "knobs"].includes(chart.kind);

/**
 * The faults of caption `blocks[k]` over `blocks[k + 1]` as placed: its box must end above the chart's ink, at
 * most 0.7 body sizes above it, and be centred over the drawing (a paragraph over a diagram) or start at its
 * left edge (over a table or code, or a list item).
 */
function captionFaults(placed: PositionedBlock[], blocks: Block[], k: number, px: number): string[] {
  const cap = placed.find((b) => b.src === k);
  const chart = placed.find((b) => b.src === k + 1);
  if (!cap || !chart) return [`caption ${k} or its chart not placed`];
  const drawn = ink(chart.marks);
  const faults: string[] = [];
  const bottom = cap.box.y + cap.box.height;
  if (bottom > drawn.y + 0.5) faults.push(`caption ends at ${bottom.toFixed(1)}, below the chart's top ${drawn.y.toFixed(1)}`);
  if (drawn.y - bottom > px * 0.7) faults.push(`caption ${(drawn.y - bottom).toFixed(1)} px above the chart (${px} px text)`);
  if (centred(blocks[k]!, blocks[k + 1]!)) {
    const off = cap.box.x + cap.box.width / 2 - (drawn.x + drawn.width / 2);
    if (Math.abs(off) > 1) faults.push(`caption centre ${off.toFixed(1)} px off the drawing's centre`);
  } else {
    // A list's pen dots wobble a little past its box; the pointer over a moved list starts where the list does.
    const left = blocks[k + 1]!.kind === "bullets" ? chart.box.x : drawn.x;
    if (Math.abs(cap.box.x - left) > 1) faults.push(`caption left edge ${(cap.box.x - left).toFixed(1)} px off the chart's`);
  }
  return faults;
}

const inputs = (): { name: string; text: string }[] => {
  const examples = join(ROOT_DIR, "examples");
  return [
    ...fixtures(),
    ...(HAS_SEED ? [{ name: "seed", text: readFileSync(SEED_PATH, "utf8") }] : []),
    ...(existsSync(examples) ? readdirSync(examples).map((f) => ({ name: f, text: readFileSync(join(examples, f), "utf8") })) : []),
  ];
};

describe("one notion of a caption", () => {
  const chain: Flowchart = { kind: "flowchart", direction: "LR", nodes: [node("a", "프롬프트"), node("b", "모델")], edges: [edge("a", "b")] };
  const line = (text: string, bold = false): Block => ({ kind: "paragraph", text: [{ text, ...(bold ? { bold: true } : {}) }] });
  const item = (...items: string[]): Block => ({ kind: "bullets", style: "plain", items: items.map((t) => [{ text: t }]) });

  it("a short title line or a one-item lead-in list captions the diagram, table or code after it", () => {
    expect(isCaption(line("추론", true), chain)).toBe(true);
    expect(isCaption(line("Training loop:"), table)).toBe(true);
    expect(isCaption(item("토큰 흐름 추적:"), table)).toBe(true);
    expect(isCaption(item("Pretraining vs Post-training:"), chain)).toBe(true);
  });

  it("a sentence, a point of its own, a longer list or a long line does not, nor anything before text", () => {
    expect(isCaption(line("모델은 고정됩니다."), chain)).toBe(false);
    expect(isCaption(item("포인트: 지속적 자아 없음, 매번 새로 시작"), chain)).toBe(false);
    expect(isCaption(item("토큰 흐름 추적:", "샘플:"), table)).toBe(false);
    expect(isCaption(line("a line that runs on well past forty characters"), chain)).toBe(false);
    expect(isCaption(line("추론", true), line("텍스트"))).toBe(false);
    expect(isCaption(line("추론", true), undefined)).toBe(false);
  });
});

describe("a caption titles its chart on every fixture", () => {
  it("sits close above the chart's drawing, centred over a diagram or on a table's left edge", async () => {
    let count = 0;
    const kinds = new Set<string>();
    const faults: string[] = [];
    for (const f of inputs()) {
      const { sheet } = await readSheet(f.text);
      const laid = layoutSheet(sheet);
      const after = laid.sheet ?? sheet;
      const panels = after.rows.flatMap((r) => (r.kind === "panels" ? r.panels : []));
      for (const pp of laid.panels) {
        const blocks = panels.find((p) => p.id === pp.id)!.blocks;
        blocks.forEach((b, k) => {
          if (!isCaption(b, blocks[k + 1])) return;
          count++;
          kinds.add(`${centred(b, blocks[k + 1]!) ? "centred" : "left"}${b.at?.reason?.startsWith(CAPTION_OF) ? " moved" : ""}`);
          faults.push(...captionFaults(pp.blocks, blocks, k, pp.fontPx).map((x) => `${f.name} ${pp.id}: ${x}`));
        });
      }
    }
    expect(faults).toEqual([]);
    // The fixtures hold captions of both kinds, and one that moved along with its chart.
    expect(count).toBeGreaterThanOrEqual(5);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["centred", "centred moved", "left"]));
    // Every fixture laid out: half a minute on a loaded two-core machine, and more with each fixture added.
  }, 240_000);
});

describe("a caption titles its chart in every arrangement", () => {
  const ctx = (width: number, height: number): FitContext => ({ accent: "#1971c2", palette: ["#e8590c", "#1971c2", "#2f9e44", "#9c36b5"], seed: 3, minFontPx: 12, maxFontPx: 22, width, height });
  /** A chain with a loop back from its last node to its second, drawn as an arc over the chain. */
  const chainOf = (labels: string[]): Flowchart => ({
    kind: "flowchart",
    direction: "LR",
    nodes: labels.map((l, i) => node(`n${i}`, l)),
    edges: [...labels.slice(1).map((_, i) => edge(`n${i}`, `n${i + 1}`)), edge(`n${labels.length - 1}`, "n1")],
  });
  const title = (text: string): Block => ({ kind: "paragraph", text: [{ text, bold: true }] });
  const leadIn: Block = { kind: "bullets", style: "plain", items: [[{ text: "Pretraining vs Post-training:" }]] };
  const text: Block = { kind: "bullets", style: "plain", items: Array.from({ length: 2 }, (_, i) => [{ text: `항목 ${i + 1}: 설명이 조금 깁니다` }]) };

  const check = (p: Panel, c: FitContext, choice: Parameters<typeof arrange>[2], px: number, ctxOver: Partial<FitContext> = {}): PositionedBlock[] => {
    const a = arrange(p, px, choice, { ...c, ...ctxOver });
    const placed = placeArrangement(a, { x: 0, y: 0, width: c.width, height: c.height });
    const faults = p.blocks.flatMap((b, k) => (isCaption(b, p.blocks[k + 1]) ? captionFaults(placed, p.blocks, k, px) : []));
    expect(faults).toEqual([]);
    return placed;
  };

  it("in one column, over a chart whose box is wider than its drawing", () => {
    const p = panel("one", [para("위의 설명"), title("추론"), chainOf(["프롬프트", "모델", "토큰 선택", "추가"])]);
    const placed = check(p, ctx(900, 300), { n: 1 }, 14);
    const chart = placed.find((b) => b.src === 2)!;
    // The chart's box is wider than its drawing (dagre's margins); the caption follows the drawing.
    expect(ink(chart.marks).width).toBeLessThan(chart.box.width);
  });

  it("on shelves: two captioned loops side by side in a low, wide panel", () => {
    const p = panel("shelves", [title("추론"), chainOf(["프롬프트", "모델", "토큰 선택", "추가"]), title("학습"), chainOf(["Batch", "Forward", "Loss", "Update"])]);
    const c = ctx(900, 95);
    const fit = fitPanel(p, c);
    expect(fit.shelves).toBe(true);
    const placed = check(p, c, fit.choice, fit.px, { tight: true, shelves: true });
    const [a, b] = [placed.find((x) => x.src === 1)!.box, placed.find((x) => x.src === 3)!.box];
    expect(a.x + a.width).toBeLessThanOrEqual(b.x);
  });

  it("on shelves: the lead lines beside a captioned chart, the chart laid out again in the width left", () => {
    const p = panel("beside", [title("추론"), chainOf(["프롬프트", "모델", "토큰 선택", "추가", "다시"])], { lead: [[{ text: "파라미터 고정, 생성만 하는 단계" }], [{ text: "두 번째 줄" }]] });
    const c = ctx(600, 80);
    const fit = fitPanel(p, c);
    expect(fit.shelves).toBe(true);
    const placed = check(p, c, fit.choice, fit.px, { tight: true, shelves: true });
    const lead = placed.find((b) => b.src === undefined)!.box;
    for (const src of [0, 1]) {
      const b = placed.find((x) => x.src === src)!.box;
      expect(lead.x + lead.width, `block ${src}`).toBeLessThanOrEqual(b.x);
      expect(b.x + b.width, `block ${src}`).toBeLessThanOrEqual(c.width + 0.5);
    }
  });

  it("in two columns: a lead-in list stays over its table", () => {
    const p = panel("cols", [text, leadIn, table]);
    for (const choice of [{ n: 2 }, { n: 2, split: 0.36 }]) {
      const placed = check(p, ctx(760, 260), choice, 13);
      expect(placed.find((b) => b.src === 1)!.box.x).toBeGreaterThan(placed.find((b) => b.src === 0)!.box.x);
    }
  });

  it("in the rescue that flows a flowchart into a column beside text", () => {
    const p = panel("flow", [text, title("Agent loop"), chainOf(["생각", "도구 호출", "결과 관찰"])]);
    check(p, ctx(760, 260), { n: 2, flow: true }, 13, { tight: true, shelves: true });
  });
});

describe("a caption goes along with its chart", () => {
  it("when a chart placed by room goes back to the panel it is about, for balance", () => {
    const loop: Block = { ...{ kind: "flowchart", direction: "LR", nodes: [node("a", "프롬프트"), node("b", "모델"), node("c", "추가")], edges: [edge("a", "b"), edge("b", "c")] }, at: { line: 12, reason: "room", matches: ["y"] } } as Block;
    const cap: Block = { kind: "paragraph", text: [{ text: "추론", bold: true }], at: { line: 11, reason: "room", matches: ["y"] } };
    const sheet: Sheet = sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 45, panels: [panel("x", [para("multiply, add, divide"), cap, loop]), panel("y", [para("the generation loop")])] },
      { kind: "panels", ratio: 45, panels: [panel("z", [para("the rest")])] },
    ]);
    const laid = layoutSheet(sheet);
    expect(laid.moves).toEqual([{ from: "x", to: "y", kind: "flowchart", line: 12, balance: true }]);
    const y = laid.sheet!.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === "y")!;
    expect(y.blocks.map((b) => [b.kind, b.at?.reason])).toEqual([
      ["paragraph", undefined],
      ["paragraph", `${CAPTION_OF}x)`],
      ["flowchart", "balance (moved from x)"],
    ]);
    const x = laid.sheet!.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === "x")!;
    expect(x.blocks).toHaveLength(1);
    const py = laid.panels.find((p) => p.id === "y")!;
    expect(captionFaults(py.blocks, y.blocks, 1, py.fontPx)).toEqual([]);
  });
});
