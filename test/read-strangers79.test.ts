// Chapters written by others, read as their writers meant: a FineWeb chapter by a backend engineer who draws in
// Graphviz (```dot) and PlantUML (```plantuml) rather than Mermaid, whose layout is drawn with only `|` and `-`
// (no corners) and blank lines between rows, its heights a line `높이 = 1 : 3 : 2`, and one quote in English with
// its Korean translation on the next line in parentheses. Each rule is tested on a small input of its own and on
// the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { dotAsFlowchart } from "../src/read/prompt/dot.js";
import { plantUmlAsFlowchart } from "../src/read/prompt/plantuml.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const FW = "fineweb-dot-plantuml-pipe-dash-drawing";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${FW}.txt`), "utf8");
const blocksOf = (sheet: Sheet, title: RegExp): Block[] => panel(sheet, title).blocks;
const flow = (blocks: Block[]): Extract<Block, { kind: "flowchart" }> => {
  const f = blocks.find((b) => b.kind === "flowchart");
  if (!f || f.kind !== "flowchart") throw new Error(`no flowchart among ${blocks.map((b) => b.kind).join(", ")}`);
  return f;
};
const fenced = (lang: string, body: string[]): string[] => ["## 🅰️ Alpha", "- one", "```" + lang, ...body, "```", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a Graphviz (DOT) fence in the plan", () => {
  const dot = ["digraph p {", "  rankdir=LR; node [shape=box];", "  a -> b -> c;", '  a [label="URL 필터"];', '  subgraph cluster_out { label="결과"; d [label="Out\\n44TB"]; }', '  c -> d [label="15T"];', "}"];

  it("is drawn as the flowchart it describes, chains, labels and clusters kept", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, fenced("dot", dot)));
    const f = flow(blocksOf(sheet, /ALPHA/));
    expect(f.direction).toBe("LR");
    expect(f.nodes.map((n) => n.label)).toEqual(["URL 필터", "b", "c", "Out"]);
    expect(f.nodes[3]!.caption).toBe("44TB");
    expect(f.edges.map((e) => [e.from, e.to, e.label ?? ""].join(">"))).toEqual(["d0>d1>", "d1>d2>", "d2>d3>15T"]);
    expect(f.subgraphs?.map((s) => [s.label, s.nodes.join(",")])).toEqual([["결과", "d3"]]);
    expect(warnings.join("\n")).not.toMatch(/kept as code|not drawn/);
  });

  it("is read on one line too, with DOT's default ellipses and an undirected graph", () => {
    const r = dotAsFlowchart('graph g { x -- y -- z; y [shape=diamond]; }');
    expect("source" in r && r.source).toBe(['flowchart TB', '    d0("x")', '    d1{"y"}', '    d2("z")', "    d0 --- d1", "    d1 --- d2"].join("\n"));
  });

  it("past the common subset, stays code with one warning naming the line", async () => {
    const html = ["digraph p {", "  a -> b;", "  b [label=<<b>bold</b>>];", "}"];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, fenced("dot", html)));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("code");
    const said = warnings.filter((w) => /Graphviz/.test(w));
    expect(said).toHaveLength(1);
    // The fence opens on the plan's fourth line; `b [label=<…>]` is the block's third.
    const fence = promptDoc(TWO_BOXES, fenced("dot", html)).split("\n").indexOf("```dot") + 1;
    expect(said[0]).toMatch(new RegExp(`^line ${fence + 3}: .*HTML-like label.*kept as code`));
  });

  it("is found in a bare fence by its `digraph … {` opening", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, fenced("", ["digraph {", "  a -> b", "}"])));
    expect(flow(blocksOf(sheet, /ALPHA/)).nodes.map((n) => n.label)).toEqual(["a", "b"]);
    expect("source" in dotAsFlowchart("graph LR\n  A --> B")).toBe(false);
  });

  it("reads a long hostile block through", () => {
    const long = ["digraph g {", ...Array.from({ length: 2000 }, (_, k) => `  n${k} -> n${k + 1} [label="${"-".repeat(50)}"];`), "}"].join("\n");
    dotAsFlowchart(long);
    dotAsFlowchart("digraph g { " + "a -> ".repeat(5000));
    expect(dotAsFlowchart("digraph g { " + "{".repeat(100000))).toMatchObject({ what: expect.stringMatching(/nested/) });
  });
});

describe("a PlantUML fence in the plan", () => {
  const seq = ["@startuml", "participant Crawler", 'participant "Common Crawl" as CC', "Crawler -> CC : 링크 따라가기", "CC --> CC : 저장", "CC <- Crawler : 다시", "@enduml"];

  it("draws a sequence diagram as a flowchart of its messages, aliases as their shown names", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, fenced("plantuml", seq)));
    const f = flow(blocksOf(sheet, /ALPHA/));
    expect(f.nodes.map((n) => n.label)).toEqual(["Crawler → Common Crawl: 링크 따라가기", "Common Crawl → Common Crawl: 저장", "Crawler → Common Crawl: 다시"]);
    expect(warnings.filter((w) => /PlantUML/.test(w))).toEqual([expect.stringMatching(/^line \d+: a PlantUML sequence diagram is drawn as a flowchart of its messages/)]);
  });

  it("draws an activity diagram as a top-down chain of its steps, arrow labels kept", () => {
    const r = plantUmlAsFlowchart(["@startuml", "start", ":URL 필터링;", "-> HTML;", ":텍스트 추출", "(본문만);", "stop", "@enduml"].join("\n"));
    expect("source" in r && r.source).toBe(['flowchart TD', '    a0(["start"])', '    a1["URL 필터링"]', '    a2["텍스트 추출<br/>(본문만)"]', '    a3(["stop"])', "    a0 --> a1", '    a1 -->|"HTML"| a2', "    a2 --> a3"].join("\n"));
  });

  it("past the common subset, stays code with one warning naming the line", async () => {
    const branchy = ["@startuml", "start", ":a;", "if (ok?) then (yes)", ":b;", "endif", "stop", "@enduml"];
    const doc = promptDoc(TWO_BOXES, fenced("plantuml", branchy));
    const { sheet, warnings } = await readSheet(doc);
    expect(kinds(panel(sheet, /ALPHA/))).toContain("code");
    const fence = doc.split("\n").indexOf("```plantuml") + 1;
    expect(warnings.filter((w) => /PlantUML/.test(w))).toEqual([expect.stringMatching(new RegExp(`^line ${fence + 4}: this PlantUML diagram has \`if \\(ok\\?\\) then \\(yes\\)\`.*kept as code`))]);
  });

  it("tells a sequence diagram's group `end` from an activity's", () => {
    const r = plantUmlAsFlowchart(["A -> B : go", "alt ok", "B -> A : yes", "else", "B -> A : no", "end"].join("\n"));
    expect("source" in r && r.kind).toBe("sequence");
  });
});

describe("the FineWeb chapter drawn in Graphviz and PlantUML", () => {
  it("reads the cornerless drawing's rows, the `높이 = 1 : 3 : 2` heights and the title row", async () => {
    const { sheet } = await readSheet(fixture());
    expect(titles(sheet).map((r) => r.map((t) => t.replace(/^\W+/u, "")))).toEqual([["title"], ["COMMON CRAWL", "FINEWEB 규모"], ["FINEWEB FILTERING PIPELINE"], ["LANGUAGE FILTER", "PII REMOVAL", "KEY TAKEAWAYS"]]);
    const [, a, b, c] = sheet.rows.map((r) => r.ratio);
    expect(b! / a!).toBeCloseTo(3, 1);
    expect(c! / a!).toBeCloseTo(2, 1);
  });

  it("draws the DOT pipeline and the PlantUML sequence as flowcharts, each in its own section's panel", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    const pipe = flow(blocksOf(sheet, /FILTERING PIPELINE/));
    expect(pipe.nodes.map((n) => n.label)).toEqual(["URL 필터링", "Text Extraction", "Language Filter", "Deduplication", "PII Removal", "FineWeb"]);
    expect(pipe.subgraphs?.[0]?.label).toBe("결과");
    expect(pipe.edges.at(-1)?.label).toBe("~15T tokens");
    const seq = flow(blocksOf(sheet, /COMMON CRAWL/));
    expect(seq.nodes[0]!.label).toBe("Crawler → Common Crawl: 시드 페이지에서 링크 따라가기");
    expect(blocksOf(sheet, /./).some((b) => b.kind === "code")).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/^line 95: a PlantUML sequence diagram is drawn as a flowchart/)]);
  });

  it("keeps the English quote with its translation on the next line as one quote", async () => {
    const { sheet } = await readSheet(fixture());
    const quotes = blocksOf(sheet, /TAKEAWAYS/).flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
    expect(quotes.join("\n")).toMatch(/We want large diversity of high quality documents[\s\S]*다양하고 질 좋은 문서를/);
  });
});

describe("a Graphviz fence added by hand to a sheet Markdown file", () => {
  it("is drawn as its flowchart there too", async () => {
    const md = ["---", "nanosheet: 1", "---", "# Title", "", "## 🅰️ Alpha", "", "```dot", "digraph { a -> b; }", "```", ""].join("\n");
    const { sheet } = await readSheet(md, { file: "x.sheet.md" });
    expect(flow(blocksOf(sheet, /Alpha/)).nodes.map((n) => n.label)).toEqual(["a", "b"]);
  });
});

describe("PlantUML and DOT readers on hostile input", () => {
  it("read 2,000 long lines through", () => {
    const pad = " ".repeat(400);
    const lines = Array.from({ length: 2000 }, (_, k) => [`note over a${pad}b`, `partition x${pad}y`, `A${pad}-${pad}`, `participant ${pad}x`][k % 4]!);
    plantUmlAsFlowchart(lines.join("\n"));
    plantUmlAsFlowchart(["start", ...lines].join("\n"));
    plantUmlAsFlowchart(lines.map((l) => `-> ${l}`).join("\n").replace(/^/, "start\n"));
    dotAsFlowchart(["digraph {", ...lines.map((l) => `a [label="${l}"]`), "}"].join("\n"));
  });
});
