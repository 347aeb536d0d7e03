// The Output Structure Plan in each form it is written in, on small inline documents: ```mermaid blocks,
// code fences, loop chains, outlines, lists and prose, and a warning with a line for whatever is not drawn.
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { panelsOf, type Block, type Flowchart, type MindNode, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { chainFlowchart, loopTarget } from "../src/read/prompt/chain.js";
import { layoutBullets } from "../src/blocks/bullets/layout.js";
import { layoutCode } from "../src/blocks/code/layout.js";
import { REF_PX, blockHeights } from "../src/read/prompt/room.js";

/** A prompt document in the template with no layout diagram (panels come from the plan) and this plan. */
function doc(plan: string): string {
  return ["# Source Text", "---", 'title: "Plan forms"', "---", "", "## Plan forms", "", "Some source text.", "", "# Output Structure Plan", "", plan, ""].join("\n");
}

/** The 1-based line of the first line of `doc(plan)` that contains `needle`. */
function lineOf(plan: string, needle: string): number {
  return doc(plan).split("\n").findIndex((l) => l.includes(needle)) + 1;
}

const blocks = (sheet: Sheet): Block[] => panelsOf(sheet).flatMap((p) => p.blocks);
// Content only: where a block landed and why (`at`) is placement's business, tested with the report.
const ofKind = <K extends Block["kind"]>(sheet: Sheet, kind: K) =>
  blocks(sheet)
    .filter((b): b is Extract<Block, { kind: K }> => b.kind === kind)
    .map(({ at: _at, ...b }) => b as Extract<Block, { kind: K }>);
const planWarnings = (warnings: string[]) => warnings.filter((w) => !/no # Layout Structure/.test(w));
const labels = (n: MindNode): string[] => [n.label, ...n.children.flatMap(labels)];
const edgeLabels = (f: Flowchart) => f.edges.map((e) => `${f.nodes.find((n) => n.id === e.from)?.label}>${f.nodes.find((n) => n.id === e.to)?.label}`);

describe("```mermaid blocks in the plan", () => {
  const plan = [
    "## 1. 🗺️ Overview (Mind Map)",
    "```mermaid",
    "mindmap",
    "  root((Tokens))",
    "    BPE",
    "      merges",
    "    Vocabulary",
    "```",
    "",
    "## 2. 💡 Flow",
    "- Create a Mermaid flowchart:",
    "  ```mermaid",
    "  graph BT",
    "    A[Text] --> B{Known?}",
    "    B -->|yes| C[Token id]:::hot",
    "    B -->|no| D[Split]",
    "    subgraph S [Tokenizer]",
    "      B",
    "    end",
    "  ```",
  ].join("\n");

  it("are read with Mermaid's parser: mind map, then a flowchart with its direction, decision, labels, subgraph and classes", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const [map] = ofKind(sheet, "mindmap");
    expect(labels(map!.root)).toEqual(["Tokens", "BPE", "merges", "Vocabulary"]);
    const [flow] = ofKind(sheet, "flowchart");
    expect(flow!.direction).toBe("BT");
    expect(flow!.nodes.find((n) => n.id === "B")?.shape).toBe("diamond");
    expect(flow!.edges.map((e) => e.label ?? "")).toEqual(["", "yes", "no"]);
    expect(flow!.subgraphs?.[0]).toMatchObject({ label: "Tokenizer", nodes: ["B"] });
    expect(flow!.nodes.find((n) => n.id === "C")?.classes).toEqual(["hot"]);
  });

  it("through readSheet too", async () => {
    const { sheet } = await readSheet(doc(plan));
    expect(ofKind(sheet, "flowchart")).toHaveLength(1);
    expect(ofKind(sheet, "mindmap")).toHaveLength(1);
  });

  it("are reported, not dropped, by the synchronous reader that has no parsed blocks", () => {
    const { warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([
      `line ${lineOf(plan, "```mermaid")}: this mermaid block was not parsed (read the document with readSheet) and is not drawn`,
      `line ${lineOf(plan, "  ```mermaid")}: this mermaid block was not parsed (read the document with readSheet) and is not drawn`,
    ]);
  });

  it("a block Mermaid rejects is one InputError naming the file line and the fix", async () => {
    const bad = "## 1. Flow\n```mermaid\nflowchart LR\n  A --> B\n  B -->> C[\n```";
    const err = await readSheet(doc(bad), { file: "ch.txt" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.where.file).toBe("ch.txt");
    expect(e.where.line).toBe(lineOf(bad, "B -->> C["));
    expect(e.format()).not.toContain("\n");
    expect(e.format()).toMatch(/^ch\.txt:\d+: mermaid: .* — check the block/);
  });
});

describe("code fences in the plan", () => {
  const plan = "## 1. 💬 Chat template\n```text\n<|im_start|>user\n\tHello  there<|im_end|>\n```\n\n## 2. Loop\n```\nwhile True: step()\n```";

  it("become code blocks with their language and their text as written", () => {
    const { sheet, warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    // Matched as a subset: placement may note where each block came from.
    const code = ofKind(sheet, "code");
    expect(code).toMatchObject([
      { kind: "code", lang: "text", text: "<|im_start|>user\n\tHello  there<|im_end|>" },
      { kind: "code", text: "while True: step()" },
    ]);
    expect(code[1]!.lang).toBeUndefined();
  });

  it("are estimated by the room planner on the grid layout uses: the same wrapped rows, the same height", () => {
    const text = [
      "def chat(messages):",
      "    # 대화를 템플릿에 넣기: 한 글자가 두 칸",
      '    return "<|im_start|>user " + messages[0]["content"] + "<|im_end|>"  # special tokens stay whole',
      "ids = enc.encode(text, allowed_special={'<|endoftext|>', '<|im_start|>', '<|im_end|>'})",
    ].join("\n");
    const block: Block = { kind: "code", text };
    const env = { fontPx: REF_PX, minFontPx: 1, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#111111", seed: 1 };
    for (const width of [260, 420, 900]) {
      const laid = layoutCode(block, env, { width, height: 2000 });
      expect(blockHeights(block, width)[0], `width ${width}`).toBeCloseTo(laid.height, 1);
    }
    // The narrow widths really wrap: more rows than source lines.
    expect(layoutCode(block, env, { width: 260, height: 2000 }).height).toBeGreaterThan(layoutCode(block, env, { width: 900, height: 2000 }).height);
  });

  it("an empty fence is reported with its line", () => {
    const empty = "## 1. Notes\n- a point\n\n```python\n```";
    expect(planWarnings(readPromptDocument(doc(empty)).warnings)).toEqual([`line ${lineOf(empty, "```python")}: an empty code block is not drawn`]);
  });
});

describe("loop chains", () => {
  const chain = (steps: string[]) => edgeLabels(chainFlowchart(steps));

  it.each([
    [["Prefix", "Model", "Sample", "Model (loop)"], ["Prefix>Model", "Model>Sample", "Sample>Model"]],
    [["Prefix", "Model", "Sample", "back to Model"], ["Prefix>Model", "Model>Sample", "Sample>Model"]],
    [["입력", "모델", "샘플", "모델로 돌아감"], ["입력>모델", "모델>샘플", "샘플>모델"]],
    [["Prefix", "Model", "Sample", "↺ Model"], ["Prefix>Model", "Model>Sample", "Sample>Model"]],
    [["Prefix", "Model", "Sample", "Model ↺"], ["Prefix>Model", "Model>Sample", "Sample>Model"]],
    [["Prefix", "Model", "Sample ↻ Model"], ["Prefix>Model", "Model>Sample", "Sample>Model"]],
    [["Prefix", "Model", "Sample", "↻"], ["Prefix>Model", "Model>Sample", "Sample>Prefix"]],
    [["Batch", "Forward", "Loss", "Update Parameters ↻"], ["Batch>Forward", "Forward>Loss", "Loss>Update Parameters", "Update Parameters>Batch"]],
  ])("%j draws an edge back to the node it names", (steps, edges) => {
    const flow = chainFlowchart(steps);
    expect(flow.nodes.some((n) => /loop|↺|↻|돌아감|back to/.test(n.label))).toBe(false);
    expect(chain(steps)).toEqual(edges);
  });

  it("a plain chain has no back edge, and a step merely named like a loop stays a step", () => {
    expect(chain(["A", "B", "C"])).toEqual(["A>B", "B>C"]);
    expect(loopTarget("Loop unrolling")).toBeUndefined();
  });

  it("a return to a step not in the chain is kept as a step, with a warning", () => {
    const warned: string[] = [];
    const flow = chainFlowchart(["Read", "Write", "back to Start"], (m) => warned.push(m));
    expect(edgeLabels(flow)).toEqual(["Read>Write", "Write>Start", "Start>Read"]);
    expect(warned).toHaveLength(1);
  });

  it("in a plan flow section, a named chain puts its name above the chart", () => {
    const plan = "## 1. 🔁 Generation Loop (Flowchart)\n- Inference loop: Prefix → Model → Sample → Model (loop)";
    const { sheet, warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const [flow] = ofKind(sheet, "flowchart");
    expect(flow!.nodes.map((n) => n.label)).toEqual(["Prefix", "Model", "Sample"]);
    expect(edgeLabels(flow!)).toContain("Sample>Model");
    expect(ofKind(sheet, "paragraph").map((p) => p.text)).toContainEqual([{ text: "Inference loop", bold: true }]);
  });

  it("a chain written as a plain line of a flow section is a chart too", () => {
    const { sheet } = readPromptDocument(doc("## 1. Pipeline\nText → Tokens → IDs ↺ Tokens"));
    expect(edgeLabels(ofKind(sheet, "flowchart")[0]!)).toEqual(["Text>Tokens", "Tokens>IDs", "IDs>Tokens"]);
  });
});

describe("a return arrow sketched in a layout box", () => {
  const DOC = "# Source Text\n---\ntitle: \"Loop\"\n---\n\n## Loop\n\nSome words.\n\n# Layout Structure\n\n```\n┌──────────────────────────────────────────┐\n│  🍌 LOOP 🍌                              │\n├──────────────────────────────────────────┤\n│  ┌────────────────────────────────────┐  │\n│  │ 🔁 THE LOOP                        │  │\n│  │  Prompt → Sample → Update          │  │\n│  │   ↑________ next batch ______|     │  │\n│  └────────────────────────────────────┘  │\n└──────────────────────────────────────────┘\n```\n\n| 영역 | 비율 |\n|------|------|\n| 상단 | 20% |\n| 하단 | 80% |\n\n# Output Structure Plan\n\n## 1. 🔁 The Loop (Flowchart)\n- Prompt → Sample → Update → back to Prompt\n";

  it("is the chart's back edge, not a line of text", () => {
    const { sheet, warnings } = readPromptDocument(DOC);
    expect(warnings).toEqual([]);
    const [loop] = panelsOf(sheet);
    expect(loop!.lead).toEqual([]);
    expect(edgeLabels(ofKind(sheet, "flowchart")[0]!)).toEqual(["Prompt>Sample", "Sample>Update", "Update>Prompt"]);
  });

  it("a plan with no sections at all beside a layout diagram is reported, not silently left out", () => {
    const at = DOC.indexOf("## 1. 🔁");
    const noSections = `${DOC.slice(0, at)}- Prompt then sample\n- Update the weights\n`;
    const line = noSections.split("\n").indexOf("- Prompt then sample") + 1;
    expect(readPromptDocument(noSections).warnings).toContainEqual(
      `line ${line}: the Output Structure Plan has no sections, so none of it is drawn; start each section with a "## 1. 🗺️ Title" heading`,
    );
  });
});

describe("chains outside flow sections", () => {
  it("a chain named as a chart, or one that loops back, is a chart; a sentence with arrows stays a bullet", () => {
    const plan = [
      "## 1. 🎲 One Sampling Step",
      "- Flowchart: Probabilities → Coin → Token → back to Probabilities",
      "- Mermaid flowchart: Question → Answer",
      "- 학습: Batch → Forward → Loss → Update ↻",
      "- 매 단계 동전 던지기 → 조금 다른 토큰 → 그 뒤 전체가 달라짐",
      "- 같은 prefix를 두 번 넣어도 결과가 다름 ↺",
    ].join("\n");
    const { sheet, warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const charts = ofKind(sheet, "flowchart");
    expect(charts.map((c) => c.nodes.map((n) => n.label))).toEqual([
      ["Probabilities", "Coin", "Token"],
      ["Question", "Answer"],
      ["Batch", "Forward", "Loss", "Update"],
    ]);
    expect(edgeLabels(charts[2]!)).toContain("Update>Batch");
    // The chart-naming words are an instruction; a real name is drawn above its chart.
    expect(ofKind(sheet, "paragraph").map((p) => p.text.map((s) => s.text).join(""))).toEqual(["학습"]);
    expect(ofKind(sheet, "bullets")[0]!.items.map((r) => r.map((s) => s.text).join(""))).toEqual([
      "매 단계 동전 던지기 → 조금 다른 토큰 → 그 뒤 전체가 달라짐",
      "같은 prefix를 두 번 넣어도 결과가 다름 ↺",
    ]);
  });
});

describe("lists, outlines and prose", () => {
  it("Level outlines outside a mind-map section, as list items or as plain lines, become mind maps", () => {
    const listed = "## 1. Overview\n- Level 1: \"Data\", \"Model\"\n- Level 2:\n  - Data → \"FineWeb\", \"Filtering\"";
    const lines = "## 1. Overview\nRoot: Pretraining\nLevel 1: Data, Model\nLevel 2:\nModel → GPT-2, Llama";
    const a = ofKind(readPromptDocument(doc(listed)).sheet, "mindmap")[0]!;
    expect(labels(a.root)).toEqual(["Overview", "Data", "FineWeb", "Filtering", "Model"]);
    const b = ofKind(readPromptDocument(doc(lines)).sheet, "mindmap")[0]!;
    expect(labels(b.root)).toEqual(["Pretraining", "Data", "Model", "GPT-2", "Llama"]);
  });

  it("branches written straight under the Root line (`\"SFT\" → \"OLMo\", ...`) are level 1 with their children", () => {
    const plan = '## 1. Identity (Mind Map)\n- Root: "Identity"\n  - "Default" → "인터넷 통계"\n  - "SFT" → "OLMo", "240 conversations"\n  - "System message"';
    const { sheet, warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const map = ofKind(sheet, "mindmap")[0]!;
    expect(map.root.children.map((c) => [c.label, c.children.map((k) => k.label)])).toEqual([
      ["Default", ["인터넷 통계"]],
      ["SFT", ["OLMo", "240 conversations"]],
      ["System message", []],
    ]);
  });

  it("a line of a mind-map outline that is no Root/Level line is reported", () => {
    const plan = "## 1. Map (Mind Map)\n- Root: \"X\"\n- Level 1: \"A\", \"B\"\n- Style: radial";
    const { warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([`line ${lineOf(plan, "Style: radial")}: "Style: radial" is not a Root: or Level N: line of the mind map and is not drawn`]);
  });

  it("nested bullets are drawn indented under their parent, and only top-level items are numbered", () => {
    const env = { fontPx: 16, minFontPx: 12, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#22304a", seed: 3 };
    const text = (t: string) => [{ text: t }];
    const list = { kind: "bullets" as const, style: "takeaways" as const, items: [text("first"), text("detail"), text("second")], depths: [0, 1, 0] };
    const out = layoutBullets(list, env, { width: 400, height: 300 });
    const xOf = (t: string) => out.marks.find((m) => m.kind === "text" && m.text === t);
    const x = (t: string) => (xOf(t) as { x: number }).x;
    expect(x("detail")).toBeGreaterThan(x("first"));
    expect(x("second")).toBe(x("first"));
    // Badges show 1 and 2: the nested item is not counted.
    const digits = out.marks.filter((m) => m.kind === "text" && /^\d$/.test(m.text)).map((m) => (m as { text: string }).text);
    expect(digits).toEqual(["1", "2"]);
  });

  it("bullets at any depth all become items; numbered lists keep their numbers", () => {
    const plan = "## 1. Notes\n- one\n  - one.a\n    - one.a.i\n- two\n\n## 2. Steps\n1. first\n2. second";
    const { sheet } = readPromptDocument(doc(plan));
    const [notes, steps] = ofKind(sheet, "bullets");
    expect(notes!.items.map((r) => r.map((s) => s.text).join(""))).toEqual(["one", "one.a", "one.a.i", "two"]);
    expect(notes!.depths).toEqual([0, 1, 2, 0]);
    expect(notes!.style).toBe("plain");
    expect(steps!.depths).toBeUndefined();
    expect(steps!.style).toBe("takeaways");
  });

  it("prose-only sections are paragraphs; ### sub-headings are bold lines; a framing line before a list is not content", () => {
    const plan = "## 1. Why it matters\nModels read tokens, not letters.\n\nSo spelling is hard.\n\n### Example\nList these:\n\n- strawberry";
    const { sheet, warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([]);
    const texts = ofKind(sheet, "paragraph").map((p) => p.text.map((s) => s.text).join(""));
    expect(texts).toEqual(["Models read tokens, not letters.", "So spelling is hard.", "Example"]);
  });

  it("a plan without headings takes bold-only lines as its section titles; with none, it says nothing was drawn", () => {
    const bold = "**1. 🧮 Arithmetic**\n\n- tokens are not digits\n\n**2. 📌 Key Takeaways**\n\n- use code";
    const { sheet, warnings } = readPromptDocument(doc(bold));
    expect(planWarnings(warnings)).toEqual([]);
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(["Arithmetic", "Key Takeaways"]);
    const none = "- just a list\n- with no sections";
    expect(() => readPromptDocument(doc(none))).toThrow(InputError);
  });

  it("what is not drawn is reported with its line: an unnumbered section among numbered ones, raw HTML, text before the first section", () => {
    const plan = "Intro words the writer left here.\n\n## 1. A\n- a\n\n<div>raw</div>\n\n## Notes for the artist\n- keep it tidy";
    const { warnings } = readPromptDocument(doc(plan));
    expect(planWarnings(warnings)).toEqual([
      `line ${lineOf(plan, "Intro words")}: text before the first plan section is not drawn; put it under a ## section`,
      `line ${lineOf(plan, "## Notes")}: plan section "Notes for the artist" is not numbered like the others and is not drawn; number it to draw it`,
      `line ${lineOf(plan, "<div>")}: raw HTML in the Output Structure Plan is not drawn`,
    ]);
  });
});

describe("a quote inside a list item", () => {
  const plan = ["## 1. 🧰 Why tools?", "- Knowledge cutoff", '- > "Knowledge in the parameters is a vague recollection." — Andrej Karpathy', "- Context window = working memory"].join("\n");

  it("is drawn as a quote after the item before it, the items after it still a list", () => {
    const { sheet, warnings } = readPromptDocument(doc(plan));
    const kinds = blocks(sheet).map((b) => b.kind);
    expect(kinds).toEqual(["bullets", "quote", "bullets"]);
    const [quote] = ofKind(sheet, "quote");
    expect(quote?.text.map((r) => r.text).join("")).toBe("Knowledge in the parameters is a vague recollection.");
    expect(quote?.cite).toBe("Andrej Karpathy");
    expect(planWarnings(warnings)).toEqual([]);
  });
});

describe("a line typed right under a table", () => {
  it("ends the table and is drawn as the text it is, not a one-cell row", () => {
    const plan = ["## 1. 🧠 Memory", "| | A | B |", "|--|--|--|", "| x | 1 | 2 |", "Tip: **붙여넣어라**"].join("\n");
    const { sheet } = readPromptDocument(doc(plan));
    expect(blocks(sheet).map((b) => b.kind)).toEqual(["table", "paragraph"]);
    expect(ofKind(sheet, "table")[0]?.rows).toHaveLength(1);
    expect(ofKind(sheet, "paragraph")[0]?.text).toEqual([{ text: "Tip: " }, { text: "붙여넣어라", bold: true }]);
  });
});
