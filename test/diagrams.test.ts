import { describe, expect, it } from "vitest";
import { layoutFlowchart, chooseFlowchart } from "../src/blocks/flowchart/layout.js";
import { RETURN_RED } from "../src/blocks/flowchart/draw.js";
import { shapeBox } from "../src/blocks/flowchart/route.js";
import { layoutMindmap } from "../src/blocks/mindmap/layout.js";
import { layoutKnobs, knobValue, pointerAngle, POINTER_RED } from "../src/blocks/knobs/layout.js";
import { boxesOverlap, distanceToOutline, markBox, type Pt } from "../src/blocks/diagram/geometry.js";
import { cubicAt } from "../src/blocks/diagram/arrow.js";
import type { Box } from "../src/model/positioned.js";
import { shapeOutline } from "../src/blocks/diagram/shapes.js";
import type { Flowchart, Knobs, MindNode } from "../src/model/sheet.js";
import type { Space } from "../src/blocks/types.js";
import { decision, edge, ENV, expectSane, expectTextInsideOrClear, mindmap17, node, textsInside, transformer } from "./diagram-helpers.js";

/** Every route starts on its source's drawn border and ends on its target's (within a few px). */
function expectEdgesOnBorders(block: Flowchart, space: Space): void {
  const plan = chooseFlowchart(block, ENV, space);
  for (const r of plan.routes) {
    const ends: [Pt, Pt] = r.curve ? [r.curve[0], r.curve[3]] : [r.points[0]!, r.points[r.points.length - 1]!];
    const a = plan.placement.nodes.get(r.edge.from)!;
    const b = plan.placement.nodes.get(r.edge.to)!;
    expect(distanceToOutline(shapeOutline(a.m.shape, shapeBox(a)), ends[0]), `${r.edge.from}→${r.edge.to} start`).toBeLessThan(3);
    expect(distanceToOutline(shapeOutline(b.m.shape, shapeBox(b)), ends[1]), `${r.edge.from}→${r.edge.to} end`).toBeLessThan(3);
  }
}

const chain = (n: number): Flowchart => ({
  kind: "flowchart",
  direction: "LR",
  nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, `Step number ${i + 1}`, "rect", `단계 ${i + 1}`)),
  edges: Array.from({ length: n - 1 }, (_, i) => edge(`n${i}`, `n${i + 1}`)),
});

describe("flowchart", () => {
  const cases: [string, Flowchart, Space][] = [
    ["transformer, wide", transformer(), { width: 1300, height: 220 }],
    ["transformer, half width", transformer(), { width: 700, height: 420 }],
    ["decision TB with subgraph", decision(), { width: 600, height: 500 }],
    ["transformer RL", transformer("RL"), { width: 1300, height: 300 }],
    ["transformer BT", transformer("BT"), { width: 500, height: 900 }],
    ["long chain, narrow", chain(9), { width: 520, height: 600 }],
  ];
  for (const [name, block, space] of cases) {
    it(`${name}: fits, no overlaps, labels inside, edges on borders`, () => {
      const l = layoutFlowchart(block, ENV, space);
      expectSane(l, space);
      expectTextInsideOrClear(l);
      expect(l.nodes).toHaveLength(block.nodes.length);
      for (const n of l.nodes ?? []) expect(textsInside(l.marks, n.box).replace(/\s+/g, "")).toBe(n.label.replace(/\s+/g, ""));
      expectEdgesOnBorders(block, space);
    });
  }

  it("a long chain in a narrow space snakes into rows instead of shrinking below the minimum", () => {
    const space = { width: 520, height: 600 };
    const plan = chooseFlowchart(chain(9), ENV, space);
    expect(plan.placement.rows).toBeGreaterThan(1);
    expect(plan.sizes.px).toBeGreaterThanOrEqual(ENV.minFontPx);
    expect(plan.layout.width).toBeLessThanOrEqual(space.width);
  });

  it("a chain that fits stays on one row at the body size", () => {
    const plan = chooseFlowchart(chain(3), ENV, { width: 1200, height: 200 });
    expect(plan.placement.rows).toBe(1);
    expect(plan.sizes.px).toBe(ENV.fontPx);
  });

  it("draws a back edge as a red curved return arrow over the row", () => {
    const plan = chooseFlowchart(transformer(), ENV, { width: 1300, height: 220 });
    const back = plan.routes.find((r) => r.back);
    expect(back?.curve).toBeDefined();
    const [a, c1, c2, b] = back!.curve!;
    expect(Math.min(c1[1], c2[1])).toBeLessThan(Math.min(a[1], b[1]));
    expect(plan.layout.marks.some((m) => m.kind === "path" && m.style.stroke === RETURN_RED && m.d.includes("C"))).toBe(true);
  });

  it("on a snake's last row, a return arrow arcs under the row, clear of the row above, its label under it", () => {
    const block = chain(9);
    // A loop within the last steps (7 → 5 "no") lands on the snake's last row.
    block.edges.push({ ...edge("n7", "n5"), label: "no" });
    const plan = chooseFlowchart(block, ENV, { width: 520, height: 600 });
    expect(plan.placement.rows).toBeGreaterThan(1);
    const last = plan.placement.rows - 1;
    const a = plan.placement.nodes.get("n7")!;
    const b = plan.placement.nodes.get("n5")!;
    expect([a.row, b.row]).toEqual([last, last]);
    const back = plan.routes.find((r) => r.back && r.edge.from === "n7")!;
    const bottom = Math.max(a.cy + a.m.outerH / 2, b.cy + b.m.outerH / 2);
    const [, c1, c2] = back.curve!;
    expect(Math.min(c1[1], c2[1])).toBeGreaterThan(bottom);
    expect(back.labelSide).toBe("below");
    // The row above keeps its own space: no node there reaches down to the arc.
    for (const n of plan.placement.nodes.values()) if (n.row < last) expect(n.cy + n.m.outerH / 2).toBeLessThan(Math.min(a.cy, b.cy));
  });

  it("honours classDef fill and stroke, dotted and thick strokes", () => {
    const l = layoutFlowchart(decision(), ENV, { width: 600, height: 500 });
    expect(l.marks.some((m) => m.kind === "ellipse" && m.style.fill === "#ffe3e3" && m.style.stroke === "#c92a2a")).toBe(true);
    expect(l.marks.some((m) => m.kind === "path" && m.style.strokeLineDash !== undefined)).toBe(true);
    expect(l.marks.some((m) => m.kind === "path" && (m.style.strokeWidth ?? 0) > 2.5)).toBe(true);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(layoutFlowchart(transformer(), ENV, { width: 900, height: 300 }))).toBe(JSON.stringify(layoutFlowchart(transformer(), ENV, { width: 900, height: 300 })));
  });
});

describe("mind map", () => {
  it("root + 4 branches + 12 leaves: 17 distinct, non-overlapping nodes", () => {
    const space = { width: 640, height: 320 };
    const l = layoutMindmap(mindmap17(), ENV, space);
    expect(l.nodes).toHaveLength(17);
    expectSane(l, space);
    expectTextInsideOrClear(l);
    const keys = new Set((l.nodes ?? []).map((n) => `${n.box.x},${n.box.y}`));
    expect(keys.size).toBe(17);
  });

  it("balances the branches two a side and keeps labels readable when narrow", () => {
    const space = { width: 420, height: 300 };
    const l = layoutMindmap(mindmap17(), ENV, space);
    expectSane(l, space);
    const root = l.nodes![0]!;
    const cx = root.box.x + root.box.width / 2;
    const level1 = l.nodes!.filter((n) => ["Parameters", "Transformer", "Training", "Key Insight"].includes(n.label));
    expect(level1.filter((n) => n.box.x > cx)).toHaveLength(2);
    expect(level1.filter((n) => n.box.x + n.box.width < cx)).toHaveLength(2);
  });

  it("draws emoji icons as emoji and other icons as a dot", () => {
    const l = layoutMindmap(mindmap17(), ENV, { width: 640, height: 320 });
    expect(l.marks.some((m) => m.kind === "emoji" && m.emoji === "💡")).toBe(true);
    expect(l.marks.filter((m) => m.kind === "ellipse" && m.style.fillStyle === "solid").length).toBeGreaterThanOrEqual(2);
  });
});

describe("mind map, room around level-1 labels", () => {
  const shaped = (): { kind: "mindmap"; root: MindNode } => {
    const m = mindmap17();
    return { ...m, root: { ...m.root, children: m.root.children.map((c) => ({ ...c, shape: "rect" as const })) } };
  };
  const level1 = ["Parameters", "Transformer", "Training", "Key Insight"];

  for (const [name, block, space] of [
    ["underlined, roomy", mindmap17(), { width: 640, height: 320 }],
    ["boxed, narrow", shaped(), { width: 420, height: 300 }],
    ["boxed, wide", shaped(), { width: 700, height: 300 }],
  ] as const) {
    it(`${name}: level-1 words clear of leaf labels and of the start of leaf curves`, () => {
      const env = { ...ENV, fontPx: 16 };
      const l = layoutMindmap(block, env, space);
      expectSane(l, space, env);
      const nodes = l.nodes ?? [];
      const l1 = nodes.filter((n) => level1.includes(n.label));
      const leaves = nodes.filter((n) => n.id !== "root" && !level1.includes(n.label));
      expect(l1).toHaveLength(4);
      const words = (box: Box): Box[] => l.marks.filter((m) => m.kind === "text" || m.kind === "emoji").map(markBox).filter((t) => t.x >= box.x - 0.5 && t.x + t.width <= box.x + box.width + 0.5 && t.y + t.height > box.y && t.y < box.y + box.height);
      // Leaf curves are the thin pen paths; their first third is where they fan out of the parent.
      const starts = l.marks.flatMap((m) => {
        if (m.kind !== "path" || m.style.strokeWidth !== 1.6) return [];
        const n = (m.d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
        const [a, c1, c2, b] = [0, 2, 4, 6].map((k) => [n[k]!, n[k + 1]!] as Pt);
        return [[0, 0.1, 0.2, 0.33].map((t) => cubicAt(a!, c1!, c2!, b!, t))];
      });
      expect(starts).toHaveLength(12);
      for (const n of l1) {
        for (const t of words(n.box)) {
          for (const leafBox of leaves) expect(boxesOverlap(t, leafBox.box, 2), `${n.label} words touch leaf ${leafBox.label}`).toBe(false);
          for (const seg of starts) for (const p of seg) expect(p[0] > t.x - 3 && p[0] < t.x + t.width + 3 && p[1] > t.y && p[1] < t.y + t.height, `a leaf curve runs into "${n.label}"`).toBe(false);
        }
      }
      // Leaves keep off the block's left and right edges (the panel border).
      for (const b of leaves) {
        expect(b.box.x).toBeGreaterThanOrEqual(env.fontPx * 0.4);
        expect(b.box.x + b.box.width).toBeLessThanOrEqual(l.width - env.fontPx * 0.4);
      }
    });
  }
});

describe("knobs", () => {
  const knobs: Knobs = {
    kind: "knobs",
    knobs: [{ label: "Temperature", caption: "= 0.7 · 창의성", value: 0.7 }, { label: "Top-p", caption: "누적 확률" }, { label: "Top-k" }, { label: "Penalty", value: 0 }],
    result: "다른 예측",
  };

  it("one dial per knob plus the result box, pointers at their values over a 270° sweep", () => {
    const space = { width: 640, height: 220 };
    const l = layoutKnobs(knobs, ENV, space);
    expectSane(l, space);
    expect(l.nodes?.map((n) => n.id)).toEqual(["knob1", "knob2", "knob3", "knob4", "result"]);
    const pointers = l.marks.filter((m) => m.kind === "line" && m.style.stroke === POINTER_RED);
    expect(pointers).toHaveLength(4);
    pointers.forEach((m, i) => {
      if (m.kind !== "line") throw new Error("not a line");
      const got = Math.atan2(m.y2 - m.y1, m.x2 - m.x1);
      const want = pointerAngle(knobValue(knobs.knobs[i]!, i));
      expect(Math.abs(Math.atan2(Math.sin(got - want), Math.cos(got - want)))).toBeLessThan(1e-6);
    });
    expect(knobValue({ label: "x" }, 1)).toBe(0.7);
    expect(pointerAngle(0.5)).toBeCloseTo((3 * Math.PI) / 2);
  });

  it("wraps to two rows when narrow instead of breaking words", () => {
    const space = { width: 330, height: 320 };
    const l = layoutKnobs(knobs, ENV, space);
    expectSane(l, space);
    const ys = new Set(l.nodes!.filter((n) => n.id.startsWith("knob")).map((n) => Math.round(n.box.y)));
    expect(ys.size).toBe(2);
    expect(l.marks.some((m) => m.kind === "text" && m.text.startsWith("Temperat") && m.text !== "Temperature")).toBe(false);
  });
});

describe("knobs, sized from the space", () => {
  const four: Knobs = {
    kind: "knobs",
    knobs: [{ label: "w0", caption: "bias" }, { label: "w1", caption: "x1의 무게" }, { label: "w2", caption: "x2의 무게" }, { label: "w3", caption: "…수십억 개" }],
    result: "다른 예측 (next token)",
  };
  const dial = (l: ReturnType<typeof layoutKnobs>): number => l.nodes!.find((n) => n.id === "knob1")!.box.width;

  it("dials grow with the space, within bounds relative to the font", () => {
    const env = { ...ENV, fontPx: 12, minFontPx: 12 };
    const sizes = [
      { width: 492, height: 54 },
      { width: 600, height: 80 },
      { width: 1200, height: 260 },
    ].map((space) => {
      const l = layoutKnobs(four, env, space);
      expectSane(l, space, env);
      expect(l.height).toBeLessThanOrEqual(space.height + 1e-6);
      return dial(l);
    });
    expect(sizes[1]!).toBeGreaterThan(sizes[0]! * 1.2);
    expect(sizes[2]!).toBeGreaterThan(sizes[1]! * 1.2);
    // Never a pea, never a dinner plate: 1 to 3.2 ems of radius, ticks reaching 1.32 radii out.
    expect(sizes[0]!).toBeGreaterThanOrEqual(2 * 1.32 * 12 - 1e-6);
    expect(sizes[2]!).toBeLessThanOrEqual(2 * 1.32 * 3.2 * 12 + 1e-6);
  });

  it("a short, wide space (the 20% row under two lead lines) fits the height hint without shrinking the words", () => {
    const env = { ...ENV, fontPx: 12, minFontPx: 12 };
    const space = { width: 492, height: 54 };
    const l = layoutKnobs(four, env, space);
    expectSane(l, space, env);
    expect(l.height).toBeLessThanOrEqual(space.height);
    for (const m of l.marks) if (m.kind === "text") expect(m.size).toBeGreaterThanOrEqual(12 - 1e-6);
  });

  it("the height is honest: every mark lies inside the reported box, whatever the space", () => {
    for (const space of [{ width: 237, height: 92 }, { width: 330, height: 40 }, { width: 160, height: 400 }, { width: 1400, height: 600 }]) {
      const l = layoutKnobs(four, ENV, space);
      expectSane(l, space);
    }
  });
});

describe("flowchart, last resort", () => {
  it("a chain too long even for snake rows turns into a column that fits", () => {
    const space = { width: 200, height: 300 };
    const l = layoutFlowchart(chain(12), ENV, space);
    expectSane(l, space);
    expectTextInsideOrClear(l);
  });
});

describe("flowchart nodes in the order they are written", () => {
  // Dagre's crossing reduction set this fan-out right to left (풀이 3, 2, 1); a mirror turns it back.
  const fan = (direction: Flowchart["direction"]): Flowchart => ({
    kind: "flowchart",
    direction,
    nodes: [node("P", "문제 prompt"), node("S1", "풀이 1 ❌"), node("S2", "풀이 2 ✅"), node("S3", "풀이 3 ❌"), node("T", "정답 풀이 강화")],
    edges: [edge("P", "S1"), edge("P", "S2"), edge("P", "S3"), edge("S2", "T")],
  });

  it.each(["TB", "LR"] as const)("%s: a rank reads 1, 2, 3 across", (direction) => {
    const l = layoutFlowchart(fan(direction), ENV, { width: 900, height: 600 });
    const at = (id: string): number => {
      const b = l.nodes!.find((n) => n.id === id)!.box;
      return direction === "LR" ? b.y : b.x;
    };
    expect(at("S1")).toBeLessThan(at("S2"));
    expect(at("S2")).toBeLessThan(at("S3"));
  });
});

describe("mind map icons", () => {
  it("draws an icon font's class name as the emoji that shows the same thing, an emoji as itself, else a dot", async () => {
    const { iconEmoji } = await import("../src/blocks/mindmap/icons.js");
    const { iconKind } = await import("../src/blocks/mindmap/tree.js");
    expect(["fa fa-book", "fa-solid fa-brain", "fas fa-robot", "mdi mdi-robot-outline", "mdi mdi-book-open-page-variant", "🚀", "bi bi-lightbulb"].map(iconEmoji)).toEqual(["📖", "🧠", "🤖", "🤖", "📖", "🚀", "💡"]);
    expect(iconKind("fa fa-not-an-icon-we-know")).toBe("dot");
    expect(iconKind("fa fa-book")).toBe("emoji");
    expect(iconKind("  ")).toBeUndefined();
  });

  it("has art for every emoji it draws an icon as", async () => {
    const src = (await import("node:fs")).readFileSync(new URL("../src/blocks/mindmap/icons.ts", import.meta.url), "utf8");
    const { hasEmoji } = await import("../src/draw/emoji.js");
    const emoji = [...src.matchAll(/: "([^"a-z-]+)"/g)].map((m) => m[1]!);
    expect(emoji.length).toBeGreaterThan(50);
    expect(emoji.filter((e) => !hasEmoji(e))).toEqual([]);
  });
});

describe("two groups side by side in one flowchart", () => {
  // Two chains, each a subgraph of its own (`사람이 보는 것` letter by letter, `모델이 보는 것` token by token).
  const letters = "strawberry".split("");
  const block: Flowchart = {
    kind: "flowchart",
    direction: "LR",
    nodes: [...letters.map((l, i) => node(`L${i}`, l)), node("T1", "str"), node("T2", "aw"), node("T3", "berry")],
    edges: [...letters.slice(1).map((_, i) => edge(`L${i}`, `L${i + 1}`)), edge("T1", "T2"), edge("T2", "T3")],
    subgraphs: [
      { id: "a", label: "사람이 보는 것", nodes: letters.map((_, i) => `L${i}`) },
      { id: "b", label: "모델이 보는 것", nodes: ["T1", "T2", "T3"] },
    ],
  };
  it("draws each group's frame, label included, clear of the other group's frame and nodes", () => {
    const l = layoutFlowchart(block, ENV, { width: 1000, height: 160 });
    const frames = l.marks.filter((m): m is Extract<typeof m, { kind: "rect" }> => m.kind === "rect" && (m.style?.strokeLineDash?.length ?? 0) > 0);
    expect(frames.length).toBe(2);
    const [a, b] = frames.map((f): Box => ({ x: f.x, y: f.y, width: f.width, height: f.height }));
    expect(boxesOverlap(a!, b!, 0.5)).toBe(false);
    expectSane(l, { width: 1000, height: 160 });
  });
  it("stacks the two groups where there is height, and sets them side by side in a low, wide space", () => {
    const ys = (space: Space): { letters: number[]; tokens: number[] } => {
      const nodes = chooseFlowchart(block, ENV, space).layout.nodes ?? [];
      const centre = (id: string): number => {
        const b = nodes.find((n) => n.id === id)!.box;
        return b.y + b.height / 2;
      };
      return { letters: letters.map((_, i) => centre(`L${i}`)), tokens: ["T1", "T2", "T3"].map(centre) };
    };
    const tall = ys({ width: 1000, height: 400 });
    expect(Math.min(...tall.tokens)).toBeGreaterThan(Math.max(...tall.letters) + 10);
    // Too low for the stack at the body size: one line, both groups at the same height, the text kept large.
    const low: Space = { width: 1600, height: 110 };
    const plan = chooseFlowchart(block, ENV, low);
    expect(plan.sizes.px).toBe(ENV.fontPx);
    const across = ys(low);
    expect(Math.abs(across.tokens[0]! - across.letters[0]!)).toBeLessThan(1);
    const frames = plan.layout.marks.filter((m): m is Extract<typeof m, { kind: "rect" }> => m.kind === "rect" && (m.style?.strokeLineDash?.length ?? 0) > 0);
    expect(frames.length).toBe(2);
    expect(boxesOverlap(frames[0]!, frames[1]!, 0.5)).toBe(false);
    expectSane(plan.layout, low);
  });
});

describe("a loop whose steps are a group, wrapped in a narrow panel", () => {
  // `subgraph Step [P → N → D → S]`, `subgraph Loop [S → A → P]`: Mermaid keeps P and S in the first group, so
  // the loop's group holds A alone. Wrapped into rows, the step group's frame would run around A or over the
  // loop's label; a person draws it in one row, smaller, rather than frames over boxes.
  const block: Flowchart = {
    kind: "flowchart",
    direction: "LR",
    nodes: [node("P", "Prefix tokens"), node("N", "Neural network"), node("D", "Probability vector"), node("S", "Sample 1 token"), node("A", "Append to sequence")],
    edges: [edge("P", "N"), edge("N", "D"), edge("D", "S"), edge("S", "A"), edge("A", "P")],
    subgraphs: [
      { id: "Step", label: "One inference step (한 단계)", nodes: ["P", "N", "D", "S"] },
      { id: "Loop", label: "Autoregressive loop (자기회귀 반복)", nodes: ["A"] },
    ],
  };
  it("draws no group's frame over a box that is not its member", () => {
    for (const width of [360, 480, 620]) {
      const plan = chooseFlowchart(block, ENV, { width, height: 260 });
      const frames = plan.layout.marks.filter((m): m is Extract<typeof m, { kind: "rect" }> => m.kind === "rect" && (m.style?.strokeLineDash?.length ?? 0) > 0);
      const boxes = plan.layout.nodes ?? [];
      const loop = frames.find((f) => boxes.some((n) => n.id === "A" && f.x <= n.box.x + 1 && f.x + f.width >= n.box.x + n.box.width - 1 && f.width < n.box.width * 2));
      for (const f of frames.filter((x) => x !== loop)) {
        const over = boxes.filter((n) => n.id === "A" && boxesOverlap({ x: f.x, y: f.y, width: f.width, height: f.height }, n.box, 0.5));
        expect(over, `width ${width}`).toEqual([]);
      }
    }
  });
});

describe("a top-down decision chart with a caption, in a narrow column", () => {
  // The thinking-models chapter's `언제 쓰나` chart: only with its caption tucked beside `Thinking model` does it
  // fit the column's width; from there the labels go beside their arrows, and the chart fits the height too.
  const block: Flowchart = {
    kind: "flowchart",
    direction: "TB",
    nodes: [
      node("Q", "새 질문"),
      node("H", "질문이 어렵나?", "diamond"),
      node("G", "GPT-4o로 바로"),
      node("M", "수학/코드/논리?", "diamond"),
      node("T", "Thinking model", "rect", "(o1 / o3 / R1)"),
      node("C", "답이 맞나?", "diamond"),
      node("E", "끝"),
    ],
    edges: [
      edge("Q", "H"),
      edge("H", "G", { label: "아니오" }),
      edge("H", "M", { label: "예" }),
      edge("M", "T", { label: "예" }),
      edge("M", "G", { label: "아니오" }),
      edge("G", "C"),
      edge("C", "E", { label: "예" }),
      edge("C", "T", { label: "아니오" }),
    ],
  };
  it("fits a column its untucked chart is too wide for at the least size", () => {
    const env = { ...ENV, fontPx: 12, tight: true };
    const space: Space = { width: 227, height: 367 };
    const plan = chooseFlowchart(block, env, space);
    expect(plan.layout.width).toBeLessThanOrEqual(space.width);
    expect(plan.layout.height).toBeLessThanOrEqual(space.height);
    expectSane(plan.layout, space, env);
  });
});

describe("a top-down chart of three groups, too tall for a low panel at any size", () => {
  // Search as a tool: the model's group asks `Do I know this?`, the tool's group searches, the context window's
  // answers. In a low panel even on its side it runs out; the page's last rescue draws the shortest arrangement
  // that fits the width (on its side in two rows), with no group's frame over another's boxes.
  const block: Flowchart = {
    kind: "flowchart",
    direction: "TB",
    nodes: [
      node("Q", "User question"),
      node("K", "Do I know this?", "diamond"),
      node("A", "Answer from memory"),
      node("S", "emit SEARCH_START query SEARCH_END"),
      node("B", "Bing / Google search"),
      node("P", "Text of result pages"),
      node("W", "Pasted into the tokens"),
      node("G", "Answer with sources"),
    ],
    edges: [edge("Q", "K"), edge("K", "A", { label: "yes" }), edge("K", "S", { label: "not sure" }), edge("S", "B"), edge("B", "P"), edge("P", "W"), edge("W", "G")],
    subgraphs: [
      { id: "M", label: "🤖 Model (parameters)", nodes: ["Q", "K", "A", "S"] },
      { id: "T", label: "🌐 Tool", nodes: ["B", "P"] },
      { id: "C", label: "🪟 Context window (working memory)", nodes: ["W", "G"] },
    ],
  };
  it("runs out of the space less than the upright chart would", async () => {
    const { framesCoverOthers } = await import("../src/blocks/flowchart/place.js");
    const env = { ...ENV, fontPx: 12, tight: true };
    const space: Space = { width: 420, height: 185 };
    const upright = chooseFlowchart(block, env, space);
    const rescued = chooseFlowchart(block, { ...env, dense: true }, space);
    expect(rescued.layout.width).toBeLessThanOrEqual(space.width);
    expect(rescued.layout.height).toBeLessThan(upright.layout.height * 0.75);
    expect(framesCoverOthers(block, rescued.placement, rescued.sizes)).toBe(false);
  });
});
