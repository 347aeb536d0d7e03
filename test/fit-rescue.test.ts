// The in-panel rescues auto-fit tries before it reports overflow at the minimum size: full-width items sharing
// rows (shelves), the lead beside the block after it, captions kept with what they caption, mind maps in
// columns, shorter flowchart arrows, a quote's cite on its last line; and diagram labels that never break a word.
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { arrange, fitPanel, type FitContext } from "../src/layout/fit.js";
import { placeArrangement } from "../src/layout/balance.js";
import { shelve } from "../src/layout/shelf.js";
import type { Item } from "../src/layout/stack.js";
import { measureLabel, measureList } from "../src/blocks/diagram/text.js";
import { layoutMindmap } from "../src/blocks/mindmap/layout.js";
import { layoutFlowchart } from "../src/blocks/flowchart/layout.js";
import { layoutQuote } from "../src/blocks/quote/layout.js";
import type { Block, Flowchart, MindNode, Mindmap, Panel } from "../src/model/sheet.js";
import { ENV, edge, expectSane, leaf, node } from "./diagram-helpers.js";
import { panel } from "./layout-helpers.js";
import { fixtures } from "./fixtures/list.js";

const ctx = (width: number, height: number): FitContext => ({ accent: "#1971c2", palette: ["#e8590c", "#1971c2", "#2f9e44", "#9c36b5"], seed: 3, minFontPx: 12, maxFontPx: 22, width, height });
const env12 = { ...ENV, fontPx: 12, minFontPx: 12 };

const chain = (labels: string[]): Flowchart => ({
  kind: "flowchart",
  direction: "LR",
  nodes: labels.map((l, i) => node(`n${i}`, l)),
  edges: labels.slice(1).map((_, i) => edge(`n${i}`, `n${i + 1}`)),
});

/** The words of every label of a fixture's mind maps and flowcharts. */
async function diagramLabels(): Promise<string[]> {
  const out = new Set<string>();
  const walk = (n: MindNode): void => {
    out.add(n.label);
    n.children.forEach(walk);
  };
  for (const f of fixtures()) {
    const { sheet } = await readSheet(f.text);
    for (const row of sheet.rows) {
      if (row.kind !== "panels") continue;
      for (const b of row.panels.flatMap((p) => p.blocks)) {
        if (b.kind === "mindmap") walk(b.root);
        if (b.kind === "flowchart") b.nodes.forEach((n) => out.add(n.label));
      }
    }
  }
  return [...out].filter((l) => l.trim() !== "");
}

describe("diagram labels", () => {
  it("break between words only, at every wrap width the diagrams use (a long word widens its label)", async () => {
    const labels = await diagramLabels();
    expect(labels.length).toBeGreaterThan(50);
    let widened = 0;
    for (const label of labels) {
      for (const em of [4, 5, 5.5, 7.5]) {
        const l = measureLabel(label, 12, 12 * em, true);
        const lines = l.lines.map((line) => line.pieces.map((p) => p.text).join("").trim());
        // A word past 2.5 wrap widths (`<|im_start|>assistant<|im_sep|>` at 4 em) may still split: nothing is lost.
        const huge = label.trim().split(/\s+/).some((w) => measureLabel(w, 12, Infinity, true).width > 2.5 * 12 * em);
        if (huge) expect(lines.join("").replace(/\s+/g, ""), `${label} at ${em} em`).toBe(label.replace(/\s+/g, ""));
        else expect(lines.join(" "), `${label} at ${em} em`).toBe(label.trim().split(/\s+/).join(" "));
        if (l.width > 12 * em + 0.5) widened++;
      }
    }
    // Some fixture words are wider than four ems: they widened their labels instead of breaking.
    expect(widened).toBeGreaterThan(0);
  });

  it("a list of joined leaves wraps at its joins: no line ends inside an item", () => {
    const items = ["helpful", "truthful", "harmless", "수백 페이지"];
    for (const width of [90, 120, 150, 200]) {
      const l = measureList(items, 12, width);
      const lines = l.lines.map((line) => line.pieces.map((p) => p.text).join("").trim());
      for (const line of lines) for (const part of line.split(" · ")) expect(items, `${part} at ${width}`).toContain(part);
      expect(lines.join(" · ")).toBe(items.join(" · "));
      expect(l.width).toBeLessThanOrEqual(width + 0.5);
    }
  });

  it("without keepWords (knob dials) a word wider than the box still splits, as before", () => {
    const l = measureLabel("spectrogram", 12, 30);
    expect(l.lines.length).toBeGreaterThan(1);
  });
});

describe("shelves", () => {
  const item = (width: number, height: number, over: Partial<Item> = {}): Item => ({ kind: "flowchart", lead: false, layout: { width, height, marks: [] }, center: true, ...over });

  it("puts items that fit the width side by side, the shortest total height", () => {
    const s = shelve([item(300, 60), item(300, 60), item(900, 40)], 1000, 20, 10);
    expect(s.shelves).toEqual([2, 1]);
    expect(s.height).toBeCloseTo(60 + 10 + 40);
  });

  it("keeps the lead lines on a row of their own unless asked to set them beside", () => {
    const items = [item(100, 30, { kind: "paragraph", lead: true, center: false }), item(300, 60), item(300, 60)];
    expect(shelve(items, 1000, 20, 10).shelves).toEqual([1, 2]);
    expect(shelve(items, 1000, 20, 10, true).shelves[0]).toBeGreaterThan(1);
  });

  it("fits two short loops and a lead in a low, wide panel that overflows with one item a row", () => {
    const p: Panel = panel("loops", [chain(["Batch", "Forward", "Loss", "Update"]), chain(["프롬프트", "모델", "토큰 선택", "추가"])], { lead: [[{ text: "파라미터 고정, 생성만" }]] });
    const c = ctx(700, 75);
    const stacked = arrange(p, 12, { n: 1 }, { ...c, tight: true });
    expect(stacked.height).toBeGreaterThan(c.height);
    const fit = fitPanel(p, c);
    expect(fit.fits).toBe(true);
    expect(fit.shelves).toBe(true);
    const a = arrange(p, fit.px, fit.choice, { ...c, tight: true, shelves: true });
    const blocks = placeArrangement(a, { x: 0, y: 0, width: c.width, height: c.height }).filter((b) => b.kind === "flowchart");
    expect(blocks).toHaveLength(2);
    const [l, r] = blocks.map((b) => b.box) as [{ x: number; y: number; width: number; height: number }, { x: number; y: number; width: number; height: number }];
    // Side by side: one row band, no overlap, both inside the content box.
    expect(l.x + l.width).toBeLessThanOrEqual(r.x);
    expect(Math.abs(l.y + l.height / 2 - (r.y + r.height / 2))).toBeLessThan(1);
    for (const b of [l, r]) expect(b.y + b.height).toBeLessThanOrEqual(c.height + 0.5);
  });
});

/** A four-branch map of twelve leaves (deepseek-r1-mermaid-plan's), for the low-box variants. */
const DEEPSEEK_MAP: Mindmap = {
  kind: "mindmap",
  root: leaf("DeepSeek-R1", [
    leaf("Reinforcement Learning", [leaf("practice problems"), leaf("정답으로 검증"), leaf("수천 번 시도")]),
    leaf("Emergent Thinking", [leaf("wait, let me re-check"), leaf("backtracking"), leaf("응답이 길어짐")]),
    leaf("Open", [leaf("open weights"), leaf("MIT license"), leaf("논문 공개")]),
    leaf("Where to Use", [leaf("chat.deepseek.com DeepThink"), leaf("together.ai")]),
  ]),
};

describe("mind map in columns", () => {
  const map = DEEPSEEK_MAP;
  const space = { width: 560, height: 110 };

  it("is drawn only when pressed for room (the tight rescue), shorter than the radial map there", () => {
    const radial = layoutMindmap(map, env12, space);
    const cols = layoutMindmap(map, { ...env12, tight: true }, space);
    expect(radial.height).toBeGreaterThan(space.height);
    expect(cols.height).toBeLessThan(radial.height - 10);
    expectSane(cols, space, env12);
    // Every node drawn, root first; the branches' boxes in one row, left to right in the document's order.
    expect(cols.nodes?.map((n) => n.label)).toEqual(["DeepSeek-R1", "Reinforcement Learning", "practice problems", "정답으로 검증", "수천 번 시도", "Emergent Thinking", "wait, let me re-check", "backtracking", "응답이 길어짐", "Open", "open weights", "MIT license", "논문 공개", "Where to Use", "chat.deepseek.com DeepThink", "together.ai"]);
    const branches = ["Reinforcement Learning", "Emergent Thinking", "Open", "Where to Use"].map((l) => cols.nodes!.find((n) => n.label === l)!.box);
    for (let i = 1; i < branches.length; i++) {
      expect(branches[i]!.x).toBeGreaterThan(branches[i - 1]!.x + branches[i - 1]!.width);
      expect(branches[i]!.y).toBeCloseTo(branches[0]!.y, 5);
    }
  });

  it("leaves a map with icons to the radial layout", () => {
    const iconic: Mindmap = { ...map, root: { ...map.root, children: [{ ...map.root.children[0]!, icon: "💡" }, ...map.root.children.slice(1)] } };
    const tight = layoutMindmap(iconic, { ...env12, tight: true }, space);
    expect(tight.marks.some((m) => m.kind === "emoji")).toBe(true);
  });
});

describe("mind map in rows (the page's last rescue)", () => {
  const map = DEEPSEEK_MAP;
  // Lower than the map in columns gets at 12 px.
  const space = { width: 480, height: 90 };
  const rescue = { ...env12, tight: true, joinLeaves: true };

  it("is written only when the page allows it, and then fits where columns cannot", () => {
    const cols = layoutMindmap(map, rescue, space);
    expect(cols.height).toBeGreaterThan(space.height);
    const rows = layoutMindmap(map, { ...rescue, mapRows: true }, space);
    expect(rows.height).toBeLessThanOrEqual(space.height + 0.5);
    expectSane(rows, space, env12);
  });

  it("one line per branch: branches stacked in order, each list of leaves to its right and complete", () => {
    const rows = layoutMindmap(map, { ...rescue, mapRows: true }, space);
    const box = (label: string) => rows.nodes!.find((n) => n.label === label)!.box;
    const branches = map.root.children;
    branches.forEach((b, i) => {
      const list = box(b.children.map((c) => c.label).join(" · "));
      expect(list.x).toBeGreaterThan(box(b.label).x + box(b.label).width - 0.5);
      // The list starts on the branch's line.
      expect(Math.abs(list.y - box(b.label).y)).toBeLessThan(env12.fontPx);
      if (i > 0) expect(box(b.label).y).toBeGreaterThan(box(branches[i - 1]!.label).y + 10);
    });
  });

  it("writes a deeper node with its children in brackets, so no word is lost", () => {
    const deep: Mindmap = { ...map, root: { ...map.root, children: [leaf("Reinforcement Learning", [leaf("practice", [leaf("problems"), leaf("answers")]), leaf("수천 번 시도")]), ...map.root.children.slice(1)] } };
    const out = layoutMindmap(deep, { ...rescue, mapRows: true }, space);
    expect(out.nodes!.map((n) => n.label)).toContain("practice (problems, answers) · 수천 번 시도");
  });

  it("leaves a map with icons to the radial layout", () => {
    const iconic: Mindmap = { ...map, root: { ...map.root, children: [{ ...map.root.children[0]!, icon: "💡" }, ...map.root.children.slice(1)] } };
    const out = layoutMindmap(iconic, { ...rescue, mapRows: true }, space);
    expect(out.marks.some((m) => m.kind === "emoji")).toBe(true);
  });
});

describe("tight flowcharts and quotes", () => {
  it("a snake of steps takes shorter arrows when pressed for room, so more steps fit a row", () => {
    const c = chain(["Text", "UTF-8 Encoding", "Raw Bits (0/1)", "Bytes (256 symbols)", "BPE Merges", "Tokens (100,277)"]);
    const space = { width: 316, height: 110 };
    const plain = layoutFlowchart(c, env12, space);
    const tight = layoutFlowchart(c, { ...env12, tight: true }, space);
    expect(tight.height).toBeLessThan(plain.height - 10);
    expectSane(tight, space, env12);
  });

  it("a quote's cite goes on its last line when pressed for room and it fits there", () => {
    const q: Block = { kind: "quote", text: [{ text: "You're not talking to a magical AI, you're talking to a statistical simulation of a human labeler" }], cite: "Andrej Karpathy" };
    if (q.kind !== "quote") throw new Error("quote");
    const space = { width: 330, height: 200 };
    const plain = layoutQuote(q, env12, space);
    const tight = layoutQuote(q, { ...env12, tight: true }, space);
    // One cite line (at the 12 px legible minimum) less, half a pad more below the words.
    expect(plain.height - tight.height).toBeCloseTo(12 * 1.4 - 12 * 0.45 * 0.5, 1);
    const texts = tight.marks.filter((m) => m.kind === "text");
    const cite = texts.filter((m) => m.kind === "text" && m.text.includes("Karpathy"));
    const last = texts.filter((m) => !cite.includes(m)).at(-1)!;
    expect(cite).toHaveLength(1);
    if (cite[0]!.kind !== "text" || last.kind !== "text") throw new Error("text");
    // On the last line: the same baseline, right of its words, inside the note.
    expect(cite[0]!.y).toBeCloseTo(last.y, 1);
    expect(cite[0]!.x).toBeGreaterThan(last.x + last.width);
    expect(cite[0]!.x + cite[0]!.width).toBeLessThanOrEqual(tight.width);
  });
});
