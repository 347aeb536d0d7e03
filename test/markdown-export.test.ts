import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toMarkdown, toSheetMarkdown } from "../src/export/markdown.js";
import { parseMermaid } from "../src/mermaid/index.js";
import { DEFAULT_STYLE, type Block, type Sheet } from "../src/model/sheet.js";
import { readSheetMarkdown } from "../src/read/markdown/index.js";
import { ROOT_DIR, fixtures } from "./fixtures/list.js";

const EXAMPLE = join(ROOT_DIR, "examples", "neural-network-internals.sheet.md");
const files = [...fixtures().filter((f) => f.kind === "sheet").map((f) => [f.name, f.path]), ["example", EXAMPLE]];

async function load(path: string): Promise<Sheet> {
  return (await readSheetMarkdown(readFileSync(path, "utf8"))).sheet;
}

/** A sheet holding every block kind and the awkward text our writer must escape. */
function everyKind(): Sheet {
  const blocks: Block[] = [
    { kind: "paragraph", text: [{ text: "first is a block: " }, { text: "(가중치)", bold: true }, { text: "란 * _x_ `c` [l](u) | 1. <b>" }] },
    { kind: "paragraph", text: [{ text: "two\nlines" }] },
    { kind: "bullets", style: "plain", items: [[{ text: "- dash" }], [{ text: "# hash" }, { text: "bold", bold: true }]] },
    { kind: "bullets", style: "plain", items: [[{ text: "a second plain list right after" }]] },
    { kind: "bullets", style: "takeaways", items: [[{ text: "one" }], [{ text: "2. two" }]] },
    { kind: "bullets", style: "takeaways", items: [[{ text: "top" }], [{ text: "nested" }], [{ text: "deeper" }], [{ text: "top again" }]], depths: [0, 1, 2, 0] },
    { kind: "bullets", style: "checks", items: [[{ text: "[ ] check" }]] },
    { kind: "bullets", style: "checks", items: [[{ text: "ticked" }], [{ text: "open" }], [{ text: "under it" }]], depths: [0, 0, 1], done: [true, false, true] },
    { kind: "table", header: [[{ text: "a|b" }], [{ text: "h", bold: true }]], rows: [[[{ text: "x\ny" }], [{ text: "~8,000" }]], [[], [{ text: "z" }]]] },
    { kind: "quote", text: [{ text: "no cite" }] },
    { kind: "quote", text: [{ text: "with " }, { text: "cite", bold: true }], cite: "Andrej Karpathy" },
    {
      kind: "flowchart", direction: "BT",
      nodes: [
        { id: "A", label: 'In "x" <y> #quot;', shape: "stadium", caption: "입력" },
        { id: "B", label: "B", shape: "hexagon", classes: ["hot", "cold"] },
      ],
      edges: [{ from: "A", to: "B", kind: "open", stroke: "thick", label: "l|b" }, { from: "B", to: "A", kind: "arrow", stroke: "dotted" }],
      subgraphs: [{ id: "S", label: "Sub", nodes: ["A"] }],
      classDefs: [{ name: "hot", styles: { fill: "#f00" } }],
    },
    { kind: "mindmap", root: { label: "R", shape: "circle", children: [{ label: "a (b)", icon: "fa fa-x", children: [{ label: "deep", shape: "diamond", children: [] }] }] } },
    { kind: "knobs", knobs: [{ label: "k", caption: "c", value: 0.5 }, { label: "k2" }], result: "out" },
    { kind: "code", lang: "python", text: "def f(x):\n\treturn x  # ```fence``` inside\n\n<|im_end|>" },
    { kind: "code", text: "  no language, indented" },
    { kind: "code", lang: "text", text: "<|im_start|>user", caption: "What the server feeds the model (GPT-4o *style*):" },
  ];
  return {
    meta: { title: "T: a \"quoted\" # title", banner: "🍌 B", titleKr: "한국어", author: "A", sourceUrl: "https://x.y/z?a=1", series: "S", chapter: 2 },
    page: "16:9",
    rows: [
      { kind: "title", ratio: 12.5 },
      {
        kind: "panels", ratio: 87.5, panels: [
          { id: "no-lead", emoji: "🧪", title: "No Lead", width: 40, lead: [], blocks },
          { id: "custom-id", title: "제목만 한국어", lead: [[{ text: "lead " }, { text: "bold", bold: true }], [{ text: "second" }]], blocks: [{ kind: "paragraph", text: [{ text: "after lead" }] }] },
          { id: "source", emoji: "🎛️", title: "Source", lead: [[{ text: "a panel called Source" }]], blocks: [] },
        ],
      },
    ],
    style: { ...DEFAULT_STYLE, palette: ["#112233"], paper: "plain", seed: 42 },
    source: {
      summary: [{ text: "요약 " }, { text: "bold", bold: true }],
      paragraphs: [{ time: "20:30", text: "timed [x]" }, { text: "untimed" }, { time: "1:02:03", text: "long" }],
    },
  };
}

describe("toSheetMarkdown → readSheetMarkdown round trip", () => {
  it.each(files)("%s", async (_, path) => {
    const sheet = await load(path);
    expect((await readSheetMarkdown(toSheetMarkdown(sheet))).sheet).toEqual(sheet);
  });

  it("a constructed sheet with every block kind and awkward text", async () => {
    const sheet = everyKind();
    const md = toSheetMarkdown(sheet);
    const back = await readSheetMarkdown(md);
    expect(back.warnings).toEqual([]);
    expect(back.sheet).toEqual(sheet);
    expect(md).toContain("<!-- id: custom-id -->");
    expect(md).toContain("<!-- no lead -->");
  });

  it("a captioned code block first in a panel keeps its caption (not read back as the lead)", async () => {
    const sheet: Sheet = {
      meta: { title: "Code" }, page: "a4", style: DEFAULT_STYLE,
      rows: [{ kind: "panels", ratio: 100, panels: [{ id: "c", title: "C", lead: [], blocks: [{ kind: "code", lang: "sh", text: "ls -la", caption: "List it:" }] }] }],
    };
    expect((await readSheetMarkdown(toSheetMarkdown(sheet))).sheet).toEqual(sheet);
  });

  it("writes every panel's id under its heading, so renaming a heading keeps the layout valid", async () => {
    const md = toSheetMarkdown(everyKind());
    for (const id of ["no-lead", "custom-id", "source"]) expect(md).toContain(`<!-- id: ${id} -->`);
    const renamed = md.replace("## 🧪 No Lead", "## 🧪 A Quite Different Title");
    const back = await readSheetMarkdown(renamed);
    expect(back.sheet.rows[1]?.kind === "panels" && back.sheet.rows[1].panels[0]?.id).toBe("no-lead");
  });

  it("a minimal sheet (no meta extras, default style, no source)", async () => {
    const sheet: Sheet = {
      meta: { title: "Minimal" }, page: "a4", style: DEFAULT_STYLE,
      rows: [{ kind: "panels", ratio: 100, panels: [{ id: "only", title: "Only", lead: [[{ text: "x" }]], blocks: [] }] }],
    };
    const md = toSheetMarkdown(sheet);
    expect(md).not.toContain("style:");
    expect((await readSheetMarkdown(md)).sheet).toEqual(sheet);
  });

  it("is stable: writing what was read gives the same text", async () => {
    const md = toSheetMarkdown(await load(EXAMPLE));
    expect(toSheetMarkdown((await readSheetMarkdown(md)).sheet)).toBe(md);
  });
});

/** Lines outside fenced code blocks. */
function prose(md: string): string[] {
  let fenced = false;
  return md.split("\n").filter((l) => {
    if (l.startsWith("```")) fenced = !fenced;
    return !fenced && !l.startsWith("```");
  });
}

function mermaidBlocks(md: string): { code: string; line: number }[] {
  return [...md.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => ({ code: m[1] ?? "", line: md.slice(0, m.index).split("\n").length }));
}

describe("toMarkdown: the strict cheat sheet", () => {
  const EMOJI_HEADING = /^#{1,6} \p{Extended_Pictographic}/u;

  it.each([...files, ["every-kind", ""]])("%s: emoji on every heading, every mermaid block parses", async (_, path) => {
    const md = toMarkdown(path ? await load(path) : everyKind());
    const headings = prose(md).filter((l) => /^#{1,6} /.test(l));
    expect(headings.length).toBeGreaterThan(3);
    for (const h of headings) expect(h).toMatch(EMOJI_HEADING);
    expect(headings.filter((h) => h.startsWith("# "))).toHaveLength(1);
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) await expect(parseMermaid(b.code, b.line)).resolves.toBeTruthy();
  });

  it("lists each key concept once, with the definition its own panel gives and the space before a bold word", () => {
    const def = (term: string, ...rest: { text: string; bold?: boolean }[]) => [{ text: term, bold: true }, ...rest];
    const sheet: Sheet = {
      ...everyKind(),
      rows: [
        { kind: "title", ratio: 10 },
        {
          kind: "panels", ratio: 90, panels: [
            { id: "out", title: "Output", lead: [], blocks: [{ kind: "bullets", style: "plain", items: [def("출력", { text: " = 어휘 크기만큼의 숫자" })] }] },
            { id: "keys", emoji: "📌", title: "Takeaways", lead: [], blocks: [{ kind: "bullets", style: "takeaways", items: [def("출력", { text: " = 다음 토큰의 " }, { text: "probability distribution", bold: true }), def("훈련", { text: " = 확률을 " }, { text: "조금씩", bold: true }, { text: " 올리기" })] }] },
          ],
        },
      ],
    };
    const md = toMarkdown(sheet);
    const rows = md.split("\n").filter((l) => l.startsWith("| **"));
    expect(rows).toEqual(["| **출력** | 어휘 크기만큼의 숫자 | 📌 Output |", "| **훈련** | 확률을 **조금씩** 올리기 | 📌 Takeaways |"]);
    // The Where column names a panel by the emoji its heading carries (its place's, when it has none).
    expect(md).toContain("## 📌 Output");
  });

  it("follows the seed's plan on the example", async () => {
    const sheet = await load(EXAMPLE);
    const md = toMarkdown(sheet);
    const headings = prose(md).filter((l) => l.startsWith("#"));
    expect(headings[0]).toBe("# 🍌 NANO BANANA CHEAT SHEET: NEURAL NETWORK INTERNALS 🍌");
    expect(headings[1]).toBe("## 🗺️ Topic Overview");
    expect(headings).toContain("## 📚 Key Concepts");
    expect(headings).toContain("## 📌 Key Takeaways");
    expect(headings[headings.length - 1]).toBe("## 📜 Source");
    // meta line right under the title
    expect(md.split("\n")[2]).toMatch(/^\*\*5\. Neural Network Internals\*\* · 5\. 신경망 내부 구조 · 👤 Andrej Karpathy/);
    // the overview mindmap comes first, then the flowchart and the knobs visual
    const kinds = await Promise.all(mermaidBlocks(md).map(async (b) => (await parseMermaid(b.code)).kind));
    expect(kinds[0]).toBe("mindmap");
    expect(kinds).toContain("flowchart");
    expect(kinds).toContain("knobs");
    // tables (concepts, transformer blocks, brain vs network), bold concepts, quotes as blockquotes
    expect(prose(md).filter((l) => /^\| (-|:)/.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(md).toContain("| 상태 | 동적, **기억 있음** | 고정, **상태 없음** |");
    expect(md).toMatch(/^> Think of these parameters as kind of like knobs on a DJ set\n>\n> — Andrej Karpathy$/m);
    expect(md).toMatch(/^1\. 파라미터 = \*\*DJ 노브\*\*/m);
    // source at the end: summary, then timestamped paragraphs folded away
    expect(md).toMatch(/<details>\n<summary>📜 Source text \(timestamped\)<\/summary>\n\n\*\*\[20:30]\*\* /);
    expect(md.trimEnd().endsWith("</details>")).toBe(true);
  });

  it("does not repeat the overview mindmap in its panel and skips a panel left empty", async () => {
    const md = toMarkdown(await load(EXAMPLE));
    expect(mermaidBlocks(md).filter((b) => b.code.startsWith("mindmap"))).toHaveLength(1);
    expect(prose(md).filter((l) => l === "## 🗺️ Topic Overview")).toHaveLength(1);
  });

  it("builds an overview mindmap from panels when the sheet has none", async () => {
    const sheet = everyKind();
    const row = sheet.rows[1];
    if (row?.kind === "panels") row.panels[0]!.blocks = row.panels[0]!.blocks.filter((b) => b.kind !== "mindmap");
    const first = mermaidBlocks(toMarkdown(sheet))[0];
    const overview = await parseMermaid(first?.code ?? "");
    expect(overview.kind).toBe("mindmap");
    if (overview.kind === "mindmap") expect(overview.root.children.map((c) => c.label)).toEqual(["No Lead", "제목만 한국어", "Source"]);
  });
});
