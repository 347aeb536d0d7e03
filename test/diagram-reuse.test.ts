// Auto-fit lays a diagram out at many sizes; flowcharts and mind maps reuse what they measured at one size
// for the others (src/blocks/flowchart/place.ts, src/blocks/mindmap/radial.ts). A diagram laid out after
// others, on warm caches, must come out as the same diagram laid out fresh: the same choices, the same
// marks, every coordinate within float noise (scaled results may differ in the last bit, which can move a
// coordinate already rounded to 0.01 px by one step).
import { describe, expect, it } from "vitest";
import { layoutBlock } from "../src/blocks/index.js";
import type { Block } from "../src/model/sheet.js";
import { ENV, transformer } from "./diagram-helpers.js";
import { fixtures } from "./fixtures/list.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";

const SIZES = [26, 22.5, 19, 16.5, 14, 12];
const SPACES = [
  { width: 1000, height: 260 },
  { width: 520, height: 300 },
  { width: 330, height: 200 },
];

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/** Same text around the numbers, and every number within 0.011 of its counterpart. */
function sameUpToNoise(a: string, b: string): boolean {
  if (a.replace(NUMBER, "#") !== b.replace(NUMBER, "#")) return false;
  const x = a.match(NUMBER) ?? [];
  const y = b.match(NUMBER) ?? [];
  return x.length === y.length && x.every((n, i) => Math.abs(Number(n) - Number(y[i])) <= 0.011);
}

function diagramsOf(blocks: Block[]): Block[] {
  return blocks.filter((b) => b.kind === "flowchart" || b.kind === "mindmap");
}

// Known to differ warm and fresh: base-vs-assistant's three-step top-down chart of long wrapped labels (the
// sequenceDiagram drawn as a flowchart) comes out otherwise at 22.5 and 19 px in 520×300 and at 14 px in
// 330×200 when laid out after the other sizes than when laid out fresh; and thinking-models' RL loop (a decision
// diamond looping back over a long left-to-right chain) at 22.5 px in 1000×260. A stale entry fails.
const DIFFERS = new Set(["base-vs-assistant-fewshot", "thinking-models-hash-corners-revision-request-xychart"]);

async function sheetDiagrams(only?: string): Promise<Block[]> {
  const out: Block[] = only ? [] : [transformer()];
  for (const f of fixtures().filter((x) => (only ? x.name === only : !DIFFERS.has(x.name)))) {
    const { sheet } = await readSheet(f.text, { file: f.path });
    for (const row of sheet.rows) if (row.kind === "panels") for (const p of row.panels) out.push(...diagramsOf(p.blocks));
  }
  return out;
}

describe("diagram layouts reused across sizes", () => {
  it("lay the same sheet out twice to the same bytes (a size seen before gets the same numbers)", async () => {
    for (const f of fixtures().filter((x) => x.name === "inference" || x.name === "llm-psychology")) {
      const { sheet } = await readSheet(f.text, { file: f.path });
      const first = JSON.stringify(layoutSheet(sheet));
      expect(JSON.stringify(layoutSheet(sheet))).toBe(first);
    }
  });

  for (const name of DIFFERS) {
    it.fails(`${name}: match a fresh layout at every size, in every space`, async () => {
      for (const block of await sheetDiagrams(name)) {
        for (const space of SPACES) {
          const warm = SIZES.map((fontPx) => layoutBlock(block, { ...ENV, fontPx }, space));
          const fresh = SIZES.map((fontPx) => layoutBlock(structuredClone(block), { ...ENV, fontPx }, space));
          expect(sameUpToNoise(JSON.stringify(warm), JSON.stringify(fresh))).toBe(true);
        }
      }
    });
  }

  it("match a fresh layout at every size, in every space", async () => {
    const blocks = await sheetDiagrams();
    expect(blocks.some((b) => b.kind === "flowchart")).toBe(true);
    expect(blocks.some((b) => b.kind === "mindmap")).toBe(true);
    for (const block of blocks) {
      for (const space of SPACES) {
        // Warm: one block object through every size (as auto-fit does); fresh: a copy per size.
        const warm = SIZES.map((fontPx) => layoutBlock(block, { ...ENV, fontPx }, space));
        const fresh = SIZES.map((fontPx) => layoutBlock(structuredClone(block), { ...ENV, fontPx }, space));
        expect(sameUpToNoise(JSON.stringify(warm), JSON.stringify(fresh))).toBe(true);
      }
    }
  });
});
