import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import type { Flowchart, Knobs, Mindmap } from "../src/model/sheet.js";
import { parseMermaid, toMermaid } from "../src/mermaid/index.js";
import { parseWithPublicApi } from "../src/mermaid/load.js";

async function flow(code: string): Promise<Flowchart> {
  const b = await parseMermaid(code);
  if (b.kind !== "flowchart") throw new Error(`expected a flowchart, got ${b.kind}`);
  return b;
}

async function roundTrip(block: Flowchart | Mindmap | Knobs): Promise<void> {
  expect(await parseMermaid(toMermaid(block))).toEqual(block);
}

async function errorOf(code: string, blockLine?: number): Promise<InputError> {
  try {
    await parseMermaid(code, blockLine);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("flowchart", () => {
  it.each([
    ["LR", "LR"], ["RL", "RL"], ["TB", "TB"], ["BT", "BT"], ["TD", "TB"],
  ] as const)("direction %s → %s", async (given, want) => {
    expect((await flow(`flowchart ${given}\n  A --> B`)).direction).toBe(want);
    expect((await flow(`graph ${given}\n  A --> B`)).direction).toBe(want);
  });

  it("reads a block whose lines end in spaces (an editor's or a paste's) as without them", async () => {
    const plain = 'flowchart LR\n  k1(("knob"))\n  class k1 value-30\n  r["out"]\n  k1 --> r\n  classDef knob fill:#fff3bf,stroke:#e8590c';
    const spaced = plain.split("\n").map((l, i) => l + (i % 2 ? "  " : "\t")).join("\n");
    expect(await flow(spaced)).toEqual(await flow(plain));
  });

  it("defaults to TB without a direction", async () => {
    expect((await flow("flowchart\n  A --> B")).direction).toBe("TB");
  });

  it("reads every shape; other Mermaid shapes become rect", async () => {
    const f = await flow("flowchart LR\n a[sq] --> b(ro) --> c([st]) --> d((ci)) --> e{di} --> f{{hx}} --> g>odd] --> h[(db)]\n i");
    expect(f.nodes.map((n) => [n.id, n.shape, n.label])).toEqual([
      ["a", "rect", "sq"], ["b", "round", "ro"], ["c", "stadium", "st"], ["d", "circle", "ci"],
      ["e", "diamond", "di"], ["f", "hexagon", "hx"], ["g", "rect", "odd"], ["h", "rect", "db"], ["i", "rect", "i"],
    ]);
  });

  it("reads arrow/open edges with normal, dotted and thick strokes", async () => {
    const f = await flow("flowchart LR\n A --> B\n A --- C\n A -.-> D\n A -.- E\n A ==> F\n A === G\n A ~~~ H");
    expect(f.edges.map((e) => `${e.to}:${e.kind}:${e.stroke}`)).toEqual([
      "B:arrow:normal", "C:open:normal", "D:arrow:dotted", "E:open:dotted", "F:arrow:thick", "G:open:thick",
    ]);
  });

  it("reads edge labels in both spellings", async () => {
    const f = await flow('flowchart LR\n A -->|yes| B\n B -- no --> C\n C -.->|"a #quot;q#quot; | b"| D\n D ==>|thick| E');
    expect(f.edges.map((e) => e.label)).toEqual(["yes", "no", 'a "q" | b', "thick"]);
  });

  it("expands chains and &", async () => {
    const f = await flow("flowchart LR\n A --> B --> C\n D & E --> F & G");
    expect(f.edges.map((e) => `${e.from}${e.to}`)).toEqual(["AB", "BC", "DF", "DG", "EF", "EG"]);
  });

  it("reads subgraphs, classDef, :::class and class statements", async () => {
    const f = await flow(
      'flowchart TB\n subgraph S ["Stage #quot;1#quot;"]\n  A\n  B\n end\n subgraph T\n  C\n end\n A:::hot --> B\n class B,C cold\n classDef hot fill:#f00,stroke:#333\n classDef cold fill:#00f',
    );
    expect(f.subgraphs).toEqual([
      { id: "S", label: 'Stage "1"', nodes: ["A", "B"] },
      { id: "T", label: "T", nodes: ["C"] },
    ]);
    expect(f.nodes.map((n) => n.classes)).toEqual([["hot"], ["cold"], ["cold"]]);
    expect(f.classDefs).toEqual([
      { name: "hot", styles: { fill: "#f00", stroke: "#333" } },
      { name: "cold", styles: { fill: "#00f" } },
    ]);
  });

  it("normalises labels: <br/> splits label and caption, tags and entities, markdown strings", async () => {
    const f = await flow('flowchart LR\n A["Attention<br/>어디에 집중"] --> B["<b>bold</b> a #amp; b &lt; c"]\n C["`**md** string`"]');
    expect(f.nodes[0]).toMatchObject({ label: "Attention", caption: "어디에 집중" });
    expect(f.nodes[1]?.label).toBe("bold a & b < c");
    expect(f.nodes[2]?.label).toBe("md string");
  });

  it("writes back what it reads (round trip)", async () => {
    await roundTrip(await flow(
      'flowchart RL\n subgraph S ["Loop"]\n  M{{"Model<br/>고정"}}\n  A(["Append"])\n end\n In["In #quot;x#quot; <y>"] ==> M\n M --> O((Out)) -.->|"next"| A\n A -.-> M\n O === Z{"stop?"}\n O --- W("w")\n classDef hot fill:#f00\n M:::hot\n class M extra',
    ));
  });
});

describe("knobs", () => {
  const code =
    'flowchart LR\n  k1(("Temperature<br/>다양성")):::knob\n  k2(("Top-p")):::knob\n  class k2 value-40\n  r["다른 예측"]\n  k1 --> r\n  k2 --> r\n  classDef knob fill:#fff';

  it("reads knob nodes in order and the node they point to", async () => {
    expect(await parseMermaid(code)).toEqual({
      kind: "knobs",
      knobs: [{ label: "Temperature", caption: "다양성" }, { label: "Top-p", value: 0.4 }],
      result: "다른 예측",
    });
  });

  it("round-trips, with and without a result", async () => {
    await roundTrip({ kind: "knobs", knobs: [{ label: "w0", caption: "bias", value: 0.25 }, { label: "w1" }], result: "Loss ↓" });
    await roundTrip({ kind: "knobs", knobs: [{ label: "only" }] });
  });

  it("writes knobs as a plain Mermaid flowchart with :::knob circles", () => {
    const out = toMermaid({ kind: "knobs", knobs: [{ label: "a" }], result: "r" });
    expect(out).toMatch(/^flowchart LR/);
    expect(out).toContain('k1(("a")):::knob');
    expect(out).toContain("k1 --> result");
    expect(out).toMatch(/classDef knob /);
  });

  it("refuses a knob diagram with several result nodes", async () => {
    const e = await errorOf("flowchart LR\n a((x)):::knob --> b\n a --> c", 3);
    expect(e.message).toMatch(/at most one result node/);
  });
});

describe("mindmap", () => {
  const code = [
    "mindmap",
    "  root((NN))",
    "    Parameters",
    "      ::icon(fa fa-book)",
    "      [수십억 개]",
    "        (깊이 3)",
    "          {{깊이 4}}",
    "            깊이 5",
    "    )cloud(",
    "    ))bang((",
    '    id1["quoted (x) #quot;y#quot;"]',
  ].join("\n");

  it("reads any depth, every shape and icons", async () => {
    const m = await parseMermaid(code);
    expect(m).toEqual({
      kind: "mindmap",
      root: {
        label: "NN", shape: "circle",
        children: [
          {
            label: "Parameters", icon: "fa fa-book",
            children: [{ label: "수십억 개", shape: "rect", children: [{ label: "깊이 3", shape: "round", children: [
              { label: "깊이 4", shape: "hexagon", children: [{ label: "깊이 5", children: [] }] },
            ] }] }],
          },
          { label: "cloud", shape: "stadium", children: [] },
          { label: "bang", shape: "diamond", children: [] },
          { label: 'quoted (x) "y"', shape: "rect", children: [] },
        ],
      },
    });
  });

  it("round-trips, including bare labels that hold brackets", async () => {
    await roundTrip((await parseMermaid(code)) as Mindmap);
    await roundTrip({ kind: "mindmap", root: { label: "a (b) [c] {d}", children: [{ label: "x < y", icon: "mdi mdi-brain", children: [] }] } });
  });
});

describe("errors", () => {
  it("names unsupported diagram types", async () => {
    const e = await errorOf("%% a comment\nsequenceDiagram\n  A->>B: hi", 10);
    expect(e.message).toBe("unsupported mermaid diagram type 'sequenceDiagram'; nanosheet draws flowchart and mindmap");
    expect(e.where.line).toBe(12);
  });

  it("carries Mermaid's own syntax message, with the line mapped to the file", async () => {
    const e = await errorOf("flowchart LR\n  A --> B\n  B --> (C", 20);
    expect(e.message).toMatch(/^mermaid: Parse error on line 3 of the block: expecting .* got 'PS'$/);
    expect(e.message).not.toContain("\n");
    expect(e.where.line).toBe(23);
    expect(e.hint).toBeTruthy();
  });

  it("maps lines without a block line to the code itself", async () => {
    const e = await errorOf("flowchart LR\n  E{{x]");
    expect(e.where.line).toBe(2);
  });

  it("locates mindmap structure errors", async () => {
    const e = await errorOf("mindmap\n  root\n    a\n  b", 5);
    expect(e.message).toMatch(/only one root/);
    expect(e.where.line).toBe(9);
  });

  it("rejects an empty block", async () => {
    await expect(parseMermaid("  \n", 1)).rejects.toThrow(/empty mermaid block/);
  });
});

describe("loading", () => {
  it("parses in parallel and leaves no DOM shim behind", async () => {
    const r = await Promise.all([parseMermaid("mindmap\n  a\n    b"), parseMermaid("flowchart LR\n A-->B"), parseMermaid("mindmap\n  c")]);
    expect(r.map((x) => x.kind)).toEqual(["mindmap", "flowchart", "mindmap"]);
    expect((globalThis as Record<string, unknown>)["window"]).toBeUndefined();
  });

  it("falls back to mermaidAPI.getDiagramFromText when the chunks are missing", async () => {
    const db = await parseWithPublicApi("flowchart LR\n A-->B");
    expect([...(db.getVertices?.()?.keys() ?? [])]).toEqual(["A", "B"]);
  });
});

describe("mermaid comments", () => {
  it("reads a flowchart with %% comment lines anywhere, as Mermaid does, and keeps line numbers", async () => {
    const { parseMermaid } = await import("../src/mermaid/index.js");
    const code = ["%% top", "flowchart LR", "  %% a comment", "  A[Prompt] & B[System] --> C((Model))", "    %% indented", "  C ==> D"].join("\n");
    const chart = await parseMermaid(code, 10);
    expect(chart.kind === "flowchart" && chart.nodes.map((n) => n.label)).toEqual(["Prompt", "System", "Model", "D"]);
    const bad = await parseMermaid(["flowchart LR", "  %% fine", "  A --> B", "  B -->> C"].join("\n"), 10).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as InputError).where.line).toBe(14);
  });
});
