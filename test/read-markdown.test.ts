import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { DEFAULT_STYLE, panelsOf } from "../src/model/sheet.js";
import { Sheet } from "../src/model/schema.js";
import { readSheetMarkdown } from "../src/read/markdown/index.js";
import { FIXTURES_DIR, ROOT_DIR, fixtures } from "./fixtures/list.js";

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
    expect(warnings).toEqual([]);
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

describe("errors name the file line and give a hint", () => {
  const cases: [string, RegExp, number][] = [
    ["yaml-error", /^frontmatter YAML: .*indented/, 7],
    ["ratios", /layout ratios add up to 95, not 100/, 5],
    ["unknown-panel", /^unknown panel id 'x'; sections are: a, b$/, 7],
    ["unplaced-section", /section 'orphan' is not placed in the layout/, 14],
    ["duplicate-id", /duplicate panel id 'a' \(also at line 10\)/, 14],
    ["bad-rowspan", /panel `rowSpan` must be a whole number of rows/, 7],
    ["bad-mermaid", /^mermaid: Parse error on line 3 of the block: expecting .*got 'PS'/, 17],
    ["unsupported-mermaid", /unsupported mermaid diagram type 'gantt'/, 13],
    ["portrait", /portrait pages are not supported/, 4],
    ["unknown-page", /unknown page 'letter'/, 4],
    ["unknown-key", /unknown frontmatter key 'colour'/, 5],
    ["bad-style", /^style\.palette\.0: /, 8],
    ["sub-heading", /level-3 heading inside a panel/, 11],
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
