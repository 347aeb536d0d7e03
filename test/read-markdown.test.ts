import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { DEFAULT_STYLE, panelsOf } from "../src/model/sheet.js";
import { Sheet } from "../src/model/schema.js";
import { readSheetMarkdown } from "../src/read/markdown/index.js";
import { sharesByNeed } from "../src/read/row-groups.js";
import { FIXTURES_DIR, ROOT_DIR, fixtures, warningMismatch } from "./fixtures/list.js";

const EXAMPLE = join(ROOT_DIR, "examples", "neural-network-internals.sheet.md");
const sheetFixtures = fixtures().filter((f) => f.kind === "sheet");

async function errorOf(text: string): Promise<InputError> {
  try {
    await readSheetMarkdown(text);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("valid sheets", () => {
  it("has fixtures", () => expect(sheetFixtures.length).toBeGreaterThanOrEqual(3));

  it.each([...sheetFixtures.map((f) => [f.name, f.path]), ["example", EXAMPLE]])("%s reads into a valid Sheet", async (_, path) => {
    const { sheet, warnings } = await readSheetMarkdown(readFileSync(path, "utf8"));
    expect(Sheet.safeParse(sheet).success).toBe(true);
    const fixture = sheetFixtures.find((f) => f.path === path);
    expect(fixture ? warningMismatch(fixture, warnings) : { unexpected: warnings, missing: [] }).toEqual({ unexpected: [], missing: [] });
    for (const row of sheet.rows) if (row.kind === "panels") expect(row.panels.length).toBeLessThanOrEqual(4);
  });

  it("reads the example like the seed's layout: 10/20/45/25 with every block kind", async () => {
    const { sheet } = await readSheetMarkdown(readFileSync(EXAMPLE, "utf8"));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 20, 45, 25]);
    expect(sheet.meta).toMatchObject({ title: "5. Neural Network Internals", chapter: 5, author: "Andrej Karpathy" });
    const kinds = new Set(panelsOf(sheet).flatMap((p) => p.blocks.map((b) => b.kind)));
    expect([...kinds].sort()).toEqual(["bullets", "flowchart", "knobs", "mindmap", "paragraph", "quote", "table"]);
    expect(sheet.source?.paragraphs[0]).toEqual({ time: "20:30", text: expect.stringContaining("컨텍스트") });
    expect(sheet.style).toEqual(DEFAULT_STYLE);
  });

  const minimal = (body: string, extra = ""): string =>
    `---\nnanosheet: 1\ntitle: T\n${extra}layout:\n  - { ratio: 100, panels: [a] }\n---\n\n## 🔢 A\n\n${body}\n`;

  it("takes the first paragraph as lead lines and later ones as paragraph blocks", async () => {
    const { sheet } = await readSheetMarkdown(minimal("**x** = one\ntwo\\\nthree\n\nlater **para**"));
    const panel = panelsOf(sheet)[0];
    expect(panel?.emoji).toBe("🔢");
    expect(panel?.lead).toEqual([[{ text: "x", bold: true }, { text: " = one" }], [{ text: "two" }], [{ text: "three" }]]);
    expect(panel?.blocks).toEqual([{ kind: "paragraph", text: [{ text: "later " }, { text: "para", bold: true }] }]);
  });

  it("`<!-- no lead -->` makes the first paragraph a block", async () => {
    const { sheet } = await readSheetMarkdown(minimal("<!-- no lead -->\n\nonly a paragraph"));
    expect(panelsOf(sheet)[0]).toMatchObject({ lead: [], blocks: [{ kind: "paragraph" }] });
  });

  it("reads list kinds, tables and quotes with cites", async () => {
    const { sheet } = await readSheetMarkdown(minimal("- a\n- b\n\n1. one\n2. two\n\n* [ ] check\n* [x] done\n\n| h1 | h2 |\n| --- | --- |\n| **c** | d |\n\n> said this\n> — Someone"));
    const blocks = panelsOf(sheet)[0]?.blocks;
    expect(blocks?.map((b) => (b.kind === "bullets" ? b.style : b.kind))).toEqual(["plain", "takeaways", "checks", "table", "quote"]);
    expect(blocks?.[3]).toEqual({ kind: "table", header: [[{ text: "h1" }], [{ text: "h2" }]], rows: [[[{ text: "c", bold: true }], [{ text: "d" }]]] });
    expect(blocks?.[4]).toEqual({ kind: "quote", text: [{ text: "said this" }], cite: "Someone" });
  });

  it("uses `<!-- id: x -->`, widths, page 16:9 and style overrides", async () => {
    const text = `---\nnanosheet: 1\ntitle: T\npage: "16:9"\nlayout:\n  - { ratio: 10, title: true }\n  - { ratio: 90, panels: [{ id: my-id, width: 30 }, b] }\nstyle:\n  seed: 3\n---\n\n## 한국어 제목\n<!-- id: my-id -->\n\nx\n\n## B\n\ny\n`;
    const { sheet } = await readSheetMarkdown(text);
    expect(sheet.page).toBe("16:9");
    expect(sheet.style).toEqual({ ...DEFAULT_STYLE, seed: 3 });
    expect(panelsOf(sheet).map((p) => [p.id, p.title, p.width])).toEqual([["my-id", "한국어 제목", 30], ["b", "B", undefined]]);
  });

  it("takes the title from the H1 when the frontmatter has none, and warns without `nanosheet: 1`", async () => {
    const { sheet, warnings } = await readSheetMarkdown("---\nlayout:\n  - { ratio: 100, panels: [a] }\n---\n\n# 📒 From H1\n\n## A\n\nx\n");
    expect(sheet.meta.title).toBe("From H1");
    expect(warnings[0]).toMatch(/nanosheet: 1/);
  });
});

describe("sheet Markdown written by hand, from the example alone", () => {
  const text = readFileSync(join(FIXTURES_DIR, "sheets", "hallucinations-by-hand.sheet.md"), "utf8");

  it("is read as sheet Markdown without `nanosheet: 1`, its panels in rows in document order", async () => {
    const { sheet } = await readSheetMarkdown(text);
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : "title"))).toEqual([
      "title",
      ["Why models hallucinate", "Tool use: web search"],
      ["Memory types", "Takeaways"],
    ]);
    // The rows share the page by need: the chart and the sub-headed list above, a table and three points below.
    const [title, top, bottom] = sheet.rows.map((r) => r.ratio);
    expect(title).toBe(10);
    expect(top! + bottom!).toBe(90);
    expect(top).toBeGreaterThan(bottom!);
  });

  it("shares rows by need, keeping a light row at least 60% of an equal share", () => {
    expect(sharesByNeed([300, 100], 90)).toEqual([63, 27]);
    expect(sharesByNeed([1000, 10, 10], 90)).toEqual([54, 18, 18]);
    expect(sharesByNeed([0, 0], 90)).toEqual([45, 45]);
    const shares = sharesByNeed([123, 456, 78], 90);
    expect(shares.reduce((s, r) => s + r, 0)).toBeCloseTo(90, 9);
  });

  it("takes the one short line under the title as its tagline", async () => {
    const { sheet } = await readSheetMarkdown(text);
    expect(sheet.meta.tagline).toBe("모델은 모르는 것도 자신 있게 말한다 — 그래서 도구를 쥐여 준다");
    const two = await errorOf("---\ntitle: T\n---\n\n# T\n\none line\n\nanother paragraph\n\n## A\n\nx\n");
    expect(two.message).toMatch(/before the first `##` section/);
  });

  it("draws a ### sub-heading as a bold line, and a rule between sections is no warning", async () => {
    const { sheet, warnings } = await readSheetMarkdown(text);
    const why = panelsOf(sheet)[0]!;
    const sub = why.blocks.find((b) => b.kind === "paragraph");
    expect(sub?.kind === "paragraph" && sub.text).toEqual([{ text: "해결책 1: 모른다고 말하기", bold: true }]);
    expect(warnings.some((w) => /rule/.test(w))).toBe(false);
    const inside = await readSheetMarkdown("---\ntitle: T\n---\n\n## A\n\nx\n\n---\n\ny\n");
    expect(inside.warnings.some((w) => /a --- rule inside a panel is ignored/.test(w))).toBe(true);
  });

  it("gives a Korean heading an id by its place, and takes layout entries written as panel titles", async () => {
    const text = "---\ntitle: T\nlayout:\n  - { ratio: 10, title: true }\n  - { ratio: 90, panels: [\"🧠 토큰화란?\", Vocab Size] }\n---\n\n## 📦 Vocab size\n\n- 100k\n\n## 🧠 토큰화란?\n\n- 텍스트 → 토큰\n";
    const { sheet } = await readSheetMarkdown(text);
    const row = sheet.rows[1];
    expect(row?.kind === "panels" && row.panels.map((p) => [p.id, p.title])).toEqual([["panel-2", "토큰화란?"], ["vocab-size", "Vocab size"]]);
    const e = await errorOf(text.replace("Vocab Size", "Vocabulary"));
    expect(e.message).toMatch(/unknown panel id 'Vocabulary'; sections are: vocab-size, panel-2/);
  });

  it("keeps tokens in angle brackets in a mermaid label, and drops HTML tags for looks", async () => {
    const { sheet } = await readSheetMarkdown(text);
    const chart = panelsOf(sheet)[1]!.blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" && chart.nodes.find((n) => n.id === "S")?.label).toBe("<SEARCH_START> 검색어 <SEARCH_END>");
    const styled = await readSheetMarkdown('---\ntitle: T\n---\n\n## A\n\n```mermaid\nflowchart LR\n  a["<b>bold</b> <span style=\'color:red\'>red</span>"] --> b\n```\n');
    const f = panelsOf(styled.sheet)[0]!.blocks[0];
    expect(f?.kind === "flowchart" && f.nodes[0]?.label).toBe("bold red");
  });
});

describe("errors name the file line and give a hint", () => {
  const cases: [string, RegExp, number][] = [
    ["yaml-error", /^frontmatter YAML: .*indented/, 7],
    ["ratios", /layout ratios add up to 95, not 100/, 5],
    ["unknown-panel", /^unknown panel id 'x'; sections are: a, b$/, 7],
    ["unplaced-section", /section 'orphan' is not placed in the layout/, 14],
    ["duplicate-id", /duplicate panel id 'a' \(also at line 10\)/, 14],
    ["bad-rowspan", /panel `rowSpan` must be a whole number of rows/, 7],
    ["bad-mermaid", /^mermaid: Parse error on line 3 of the block: expecting .*got 'PS'/, 17],
    ["unsupported-mermaid", /unsupported mermaid diagram type 'gitGraph'/, 13],
    ["portrait", /portrait pages are not supported/, 4],
    ["unknown-page", /unknown page 'letter'/, 4],
    ["unknown-key", /unknown frontmatter key 'colour'/, 5],
    ["bad-style", /^style\.palette\.0: /, 8],
    ["h1-in-panel", /level-1 heading inside a panel/, 11],
  ];
  it.each(cases)("%s", async (name, message, line) => {
    const e = await errorOf(readFileSync(join(FIXTURES_DIR, "bad", `${name}.sheet.md`), "utf8"));
    expect(e.message).toMatch(message);
    expect(e.where.line).toBe(line);
    expect(e.hint).toBeTruthy();
  });

  it("rejects a file without frontmatter", async () => {
    expect((await errorOf("# Title\n\n## A\n")).where.line).toBe(1);
  });
});

describe("mermaid types drawn otherwise, in sheet Markdown as in a prompt", () => {
  const sheetWith = (body: string[]): string =>
    ["---", "nanosheet: 1", "title: T", "layout:", "  - { ratio: 10, title: true }", "  - { ratio: 90, panels: [a] }", "---", "", "## A", "", "```mermaid", ...body, "```", ""].join("\n");
  it("a pie is a table, a sequence diagram a flowchart, each with a warning naming its line", async () => {
    const pie = await readSheetMarkdown(sheetWith(["pie", '  "Web" : 3', '  "Code" : 1']));
    const table = pie.sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).flatMap((p) => p.blocks)[0];
    expect(table?.kind).toBe("table");
    expect(pie.warnings.some((w) => /^line 11: a pie chart is drawn as a table/.test(w))).toBe(true);
    const seq = await readSheetMarkdown(sheetWith(["sequenceDiagram", "  User->>Model: 질문", "  Model->>User: 답"]));
    const chart = seq.sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).flatMap((p) => p.blocks)[0];
    expect(chart?.kind === "flowchart" && chart.nodes.map((n) => n.label)).toEqual(["User → Model: 질문", "Model → User: 답"]);
  });
});

describe("a panel added below the source section", () => {
  const sheet = (layout: string) =>
    `---\nnanosheet: 1\ntitle: T\n${layout}---\n\n## 🧠 A\n\n- a\n\n## 📜 Source\n\n**Summary**: 요약\n\n[1:00] 원문\n\n## 🆕 MY NOTES\n\n- 나중에 다시 볼 것\n`;

  it("keeps the source the source when the layout places the new panel", async () => {
    const { sheet: s } = await readSheetMarkdown(sheet("layout:\n  - { ratio: 100, panels: [a, my-notes] }\n"));
    expect(panelsOf(s).map((p) => p.id)).toEqual(["a", "my-notes"]);
    expect(s.source?.summary?.map((r) => r.text).join("")).toBe("요약");
  });

  it("names the new panel, not the source, when the layout leaves it out", async () => {
    const err = await readSheetMarkdown(sheet("layout:\n  - { ratio: 100, panels: [a] }\n")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as Error).message)).toMatch(/'my-notes' is not placed in the layout/);
  });
});

describe("slips a hand-written sheet makes", () => {
  const md = [
    "---",
    "title: T",
    'chapter: "11"',
    "layout:",
    "  - { ratio: 100, panels: [why, memory, takeaways] }",
    "---",
    "",
    "##🤔 Why?",
    "<!-- id: why -->",
    "- a",
    "",
    "## 🧠 Memory",
    "<!-- id: memory -->",
    "| | Parameters | Context |",
    "|--|--|--|",
    "| 비유 | 기억 | 펼친 책 |",
    "Tip: **붙여넣어라**",
    "",
    "## 📌 Takeaways",
    "<!-- id: takeaways -->",
    "- [x] done",
    "- [ ] not yet",
    "",
    "```",
    "##not a heading in code",
    "```",
  ].join("\n");

  it("reads a quoted chapter number, a heading without its space, and a line typed right under a table", async () => {
    const { sheet, warnings } = await readSheetMarkdown(md);
    expect(sheet.meta.chapter).toBe(11);
    const panels = panelsOf(sheet);
    expect(panels.map((p) => [p.id, p.emoji, p.title])).toEqual([["why", "🤔", "Why?"], ["memory", "🧠", "Memory"], ["takeaways", "📌", "Takeaways"]]);
    const memory = panels[1]!.blocks;
    expect(memory.map((b) => b.kind)).toEqual(["table", "paragraph"]);
    expect(memory[0]?.kind === "table" && memory[0].rows.length).toBe(1);
    expect(memory[1]?.kind === "paragraph" && memory[1].text).toEqual([{ text: "Tip: " }, { text: "붙여넣어라", bold: true }]);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^line 8: a heading needs a space/), expect.stringMatching(/^line 17: a line right under a table/)]));
    const code = panels[2]!.blocks.find((b) => b.kind === "code");
    expect(code?.kind === "code" && code.text).toBe("##not a heading in code");
  });

  it("keeps which boxes of a checklist are ticked, and draws an empty box for `- [ ]`", async () => {
    const { sheet } = await readSheetMarkdown(md);
    const list = panelsOf(sheet)[2]!.blocks[0];
    expect(list?.kind === "bullets" && [list.style, list.done]).toEqual(["checks", [true, false]]);
    const { layoutBullets } = await import("../src/blocks/bullets/layout.js");
    const env = { fontPx: 14, accent: "#1971c2", ink: "#222", seed: 1 } as Parameters<typeof layoutBullets>[1];
    const ticks = (b: typeof list) => layoutBullets(b as never, env, { width: 300, height: 200 }).marks.filter((m) => m.kind === "polyline").length;
    expect(ticks(list)).toBe(1);
    expect(ticks({ ...list!, done: undefined } as never)).toBe(2);
  });
});
