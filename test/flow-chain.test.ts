// A plain chain is laid out without dagre (src/blocks/flowchart/chain.ts). Its numbers must be dagre's own,
// bit for bit, in every direction and at every size, or SVGs would change with the shortcut; and any graph
// that is not a plain chain must be left to dagre.
import { describe, expect, it } from "vitest";
import type { Flowchart, FlowEdge } from "../src/model/sheet.js";
import { chainLayout } from "../src/blocks/flowchart/chain.js";
import { dagreRanked } from "../src/blocks/flowchart/place.js";
import { measureNodes, type MeasuredNode, type Sizes } from "../src/blocks/flowchart/measure.js";

/** A small deterministic PRNG, so a failure names a case that can be run again. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ["Input", "Embedding", "Layer Norm", "Attention Block", "MLP", "Logits → Softmax", "토큰 시퀀스", "다음 토큰", "…"];
const DIRECTIONS = ["LR", "RL", "TB", "BT"] as const;
const SHAPES = ["rect", "round", "stadium", "circle", "diamond", "hexagon"] as const;

function edge(from: string, to: string, label?: string): FlowEdge {
  return { from, to, kind: "arrow", stroke: "normal", ...(label ? { label } : {}) };
}

/** A chain of n nodes declared in a shuffled order, its edges shuffled too, some nodes with captions. */
function randomChain(seed: number): Flowchart {
  const r = rng(seed);
  const n = 1 + Math.floor(r() * 9);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const nodes = ids.map((id) => ({ id, label: pick(WORDS), shape: pick(SHAPES), ...(r() < 0.4 ? { caption: pick(WORDS) } : {}) }));
  const edges = ids.slice(1).map((id, i) => edge(ids[i]!, id));
  const shuffle = <T,>(xs: T[]): T[] => xs.map((x) => [r(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  return { kind: "flowchart", direction: pick(DIRECTIONS), nodes: shuffle(nodes), edges: shuffle(edges) };
}

function sizes(px: number): Sizes {
  return { px, capPx: Math.max(12, px * 0.82), edgePx: Math.max(12, px * 0.82), wrap: px * 7.5 };
}

function both(block: Flowchart, px: number): { chain: ReturnType<typeof chainLayout>; dagre: ReturnType<typeof dagreRanked> } {
  const s = sizes(px);
  const measured: Map<string, MeasuredNode> = measureNodes(block, s);
  const forward = block.edges.map((_, i) => i);
  const labels = block.edges.map(() => undefined);
  return {
    chain: chainLayout(block, measured, forward, () => false, px * 2),
    dagre: dagreRanked(block, measured, s, false, forward, labels, px * 2),
  };
}

describe("chain layout", () => {
  it("gives dagre's exact coordinates for plain chains in every direction and at many sizes", () => {
    let compared = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const block = randomChain(seed);
      for (const px of [12, 14.5, 17, 21.5, 26]) {
        const { chain, dagre } = both(block, px);
        expect(chain, `seed ${seed} px ${px}`).toBeDefined();
        expect([...chain!.nodes], `seed ${seed} px ${px}`).toEqual([...dagre.nodes]);
        expect([...chain!.edges], `seed ${seed} px ${px}`).toEqual([...dagre.edges]);
        compared++;
      }
    }
    expect(compared).toBe(600);
  });

  it("leaves every graph that is not a plain chain to dagre", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const base: Flowchart = {
      kind: "flowchart",
      direction: "LR",
      nodes: ids.map((id) => ({ id, label: id.toUpperCase(), shape: "rect" })),
      edges: ids.slice(1).map((id, i) => edge(ids[i]!, id)),
    };
    const s = sizes(16);
    const measured = measureNodes(base, s);
    const cases: [string, FlowEdge[], (i: number) => boolean][] = [
      ["a branch", [...base.edges, edge(ids[0]!, ids[2]!)], () => false],
      ["two chains", base.edges.filter((e) => e.from !== ids[1]), () => false],
      ["a self loop", [...base.edges.slice(1), edge(ids[1]!, ids[1]!)], () => false],
      ["a labelled edge", base.edges, (i) => i === 0],
      ["a merge", [...base.edges.filter((e) => e.from !== ids[0]), edge(ids[0]!, ids[2]!)], () => false],
    ];
    expect(chainLayout(base, measured, base.edges.map((_, i) => i), () => false, 32), "the chain itself").toBeDefined();
    for (const [name, edges, labelled] of cases) {
      const block = { ...base, edges };
      expect(chainLayout(block, measured, edges.map((_, i) => i), labelled, 32), name).toBeUndefined();
    }
  });
});
