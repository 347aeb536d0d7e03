// Golden snapshots of diagram marks (rounded to 0.01 px), plus diagrams parsed from Mermaid text.
// UPDATE_GOLDEN=1 rewrites the files under test/golden/diagrams/; otherwise they must match exactly.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { layoutBlock } from "../src/blocks/index.js";
import { parseMermaid } from "../src/mermaid/index.js";
import type { Block } from "../src/model/sheet.js";
import type { BlockLayout } from "../src/blocks/types.js";
import { decision, ENV, expectSane, expectTextInsideOrClear, mindmap17, transformer } from "./diagram-helpers.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "golden", "diagrams");

function serialize(l: BlockLayout): string {
  const round = (_k: string, v: unknown): unknown => (typeof v === "number" ? Math.round(v * 100) / 100 : v);
  return JSON.stringify({ width: l.width, height: l.height, nodes: l.nodes, marks: l.marks }, round, 1) + "\n";
}

function golden(name: string, l: BlockLayout): void {
  const file = join(DIR, `${name}.json`);
  const text = serialize(l);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(file, "utf8"));
}

describe("diagram goldens", () => {
  const cases: [string, Block, { width: number; height: number }][] = [
    ["flowchart-transformer", transformer(), { width: 1300, height: 220 }],
    ["flowchart-snake", transformer(), { width: 700, height: 420 }],
    ["flowchart-decision", decision(), { width: 600, height: 500 }],
    ["mindmap", mindmap17(), { width: 640, height: 320 }],
    ["knobs", { kind: "knobs", knobs: [{ label: "Temperature", caption: "= 0.7 · 창의성", value: 0.7 }, { label: "Top-p" }, { label: "Top-k" }], result: "다른 예측" }, { width: 600, height: 200 }],
  ];
  for (const [name, block, space] of cases) it(name, () => golden(name, layoutBlock(block, ENV, space)));
});

describe("diagrams parsed from Mermaid", () => {
  const sources: [string, string, { width: number; height: number }][] = [
    [
      "flowchart with a loop",
      "flowchart LR\n  A[Input Tokens] --> B(Embedding)\n  B --> C{Attention?}\n  C -->|yes| D([MLP])\n  D -.-> E{{Softmax}}\n  E ==> F((Out))\n  D --> B",
      { width: 900, height: 260 },
    ],
    ["top-down with subgraph", "flowchart TD\n  subgraph S[Block]\n    a[Attention] --> m[MLP]\n  end\n  x[Input] --> a\n  m --> y[Output]\n  classDef hot fill:#ffe3e3,stroke:#c92a2a\n  class m hot", { width: 500, height: 500 }],
    ["mindmap", "mindmap\n  root((LLM))\n    구조\n      Attention\n      MLP\n    학습\n      역전파\n      AdamW\n    추론::icon(fa fa-bolt)\n      KV 캐시\n      샘플링", { width: 600, height: 300 }],
  ];
  for (const [name, code, space] of sources) {
    it(name, async () => {
      const block = await parseMermaid(code);
      const l = layoutBlock(block, ENV, space);
      expectSane(l, space);
      expectTextInsideOrClear(l);
      expect((l.nodes ?? []).length).toBeGreaterThan(3);
    });
  }
});
