// A chapter written by someone who keeps notes in AsciiDoc (Antora/Asciidoctor): a `= Title` header with an
// author line and `:attribute:` lines, `==` / `===` sections, `[source,mermaid]` over `----` blocks, a `....`
// literal block holding the layout drawing, `|===` tables (cells on one line or one a line), `[quote, Name, Work]`
// over `____` blocks, `NOTE:` and `[IMPORTANT]` + `====` admonitions, `. ` numbered lists, `*bold*`, `<<anchor>>`
// references and `//` comments; and a chart moved for room into a roomy panel, tagged with the panel it is about
// though the tag costs that panel one size step. Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { asciidoc, isAsciidocDocument } from "../src/read/asciidoc.js";
import { richText } from "../src/read/prompt/rich.js";
import { tagsFree } from "../src/layout/whose.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { kinds, panel, titles, TWO_BOXES } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "rlhf-asciidoc-antora-double-frame";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const blocks = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const quotes = (bs: Block[]): string[] => bs.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));

/** A small AsciiDoc prompt: header, a drawing of two boxes in a literal block, a plan of two sections. */
const DOC = (plan: string[], header: string[] = [":chapter: 9", ":chapter-title: Alpha Beta"]): string =>
  [
    "= Notes",
    "Jane Doe <jane@example.com>",
    ...header,
    "",
    "// a comment the sheet must not show",
    "== Source Text",
    "",
    "Some *source* words.",
    "",
    "== Layout Structure",
    "",
    "....",
    // The shared drawing's title and two boxes, without its takeaways row.
    ...TWO_BOXES.slice(0, 7),
    "....",
    "",
    "== Output Structure Plan",
    "",
    ...plan,
  ].join("\n");

describe("a prompt kept in AsciiDoc", () => {
  it("reads the header's attributes as the chapter's metadata, not the notes' author", async () => {
    const { sheet, warnings } = await readSheet(DOC(["=== 🅰️ Alpha", "* one", "=== 🅱️ Beta", "* two"], [":chapter: 9", ":chapter-title: Alpha Beta", ":speaker: Andrej Karpathy", ":lecture: Deep Dive into LLMs", ":toc: macro"]));
    expect(sheet.meta.title).toBe("Alpha Beta");
    expect(sheet.meta.chapter).toBe(9);
    expect(sheet.meta.author).toBe("Andrej Karpathy");
    expect(warnings.join("\n")).not.toMatch(/no metadata block/);
  });

  it("reads == sections, a literal block's drawing and * lists as the template's parts", async () => {
    const { sheet } = await readSheet(DOC(["=== 🅰️ Alpha", "* one *bold* point", "** nested", "=== 🅱️ Beta", ". first", ". second"]));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"]]);
    const a = panel(sheet, /ALPHA/);
    expect(kinds(a)).toContain("bullets");
    const list = a.blocks.find((b) => b.kind === "bullets");
    expect(list && list.kind === "bullets" ? list.depths : undefined).toEqual([0, 1]);
    expect(JSON.stringify(a.blocks)).not.toContain("*bold*");
  });

  it("draws a [source,mermaid] listing block as its chart", async () => {
    const { sheet } = await readSheet(DOC(["=== 🅰️ Alpha", "[source,mermaid]", "----", "flowchart LR", "  A[One] --> B[Two]", "----", "=== 🅱️ Beta", "* two"]));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("flowchart");
  });

  it("reads a |=== table whose cells are one a line, its columns from cols=", async () => {
    const table = ['[cols="1,1,1",options="header"]', "|===", "|Kind", "|Verifiable", "|Unverifiable", "|Example", "|math", "|jokes", "|==="];
    const { sheet } = await readSheet(DOC(["=== 🅰️ Alpha", ...table, "=== 🅱️ Beta", "* two"]));
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? [t.header.map(richText), t.rows.map((r) => r.map(richText))] : undefined).toEqual([["Kind", "Verifiable", "Unverifiable"], [["Example", "math", "jokes"]]]);
  });

  it("reads a |=== table with cells on one line and no header option as one with no header", async () => {
    const { sheet } = await readSheet(DOC(["=== 🅰️ Alpha", "|===", "|a |b", "|c |d", "|===", "=== 🅱️ Beta", "* two"]));
    const t = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "table");
    expect(t && t.kind === "table" ? t.rows.map((r) => r.map(richText)) : undefined).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("reads a [quote, Name, Work] block as a quote signed by the name", async () => {
    const { sheet } = await readSheet(DOC(["=== 🅰️ Alpha", "* one", "[quote, Andrej Karpathy, Deep Dive into LLMs]", "____", "Discriminating is easier than generating.", "____", "=== 🅱️ Beta", "* two"]));
    const q = panel(sheet, /ALPHA/).blocks.find((b) => b.kind === "quote");
    expect(q && q.kind === "quote" ? [richText(q.text), q.cite] : undefined).toEqual(["Discriminating is easier than generating.", "Andrej Karpathy"]);
  });

  it("writes admonitions with their label, and a <<ref>> as the section's title", () => {
    const out = asciidoc(DOC(["[[beta]]", "=== 2. 🅱️ Beta", "* see <<beta>>", "", "[IMPORTANT]", "====", "Stop early.", "====", "", "TIP: rank, don't score."])).split("\n");
    expect(out).toContain("- see Beta");
    expect(out).toContain("**Important:** Stop early.");
    expect(out).toContain("**Tip:** rank, don't score.");
    expect(out).not.toContain("// a comment the sheet must not show");
  });

  it("keeps every line in place and leaves Markdown and banner documents alone", () => {
    const doc = DOC(["=== 🅰️ Alpha", "|===", "|a |b", "|===", "=== 🅱️ Beta"]);
    expect(asciidoc(doc).split("\n").length).toBe(doc.split("\n").length);
    const md = "# Source Text\n\n== not a heading here\n\n# Layout Structure\n\n## Plan\n";
    expect(asciidoc(md)).toBe(md);
    const banner = "=== SOURCE ===\ntext\n=== LAYOUT ===\n[source]\n";
    expect(isAsciidocDocument(banner.split("\n"))).toBe(false);
  });

  it("reads a 2,000-line hostile variant, every line kept", () => {
    const hostile = ["= T", ":a: b", "", ...Array.from({ length: 500 }, (_, k) => [`== S${k}`, "|" + "*_".repeat(300), "|===", `[${"[".repeat(200)}`]).flat()].join("\n");
    expect(asciidoc(hostile).split("\n")).toHaveLength(hostile.split("\n").length);
  });
});

describe(`${NAME}: the fixture read as its writer meant`, () => {
  it("has the title row, the pipeline and one row of four boxes at 15/50/35", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(titles(sheet)).toEqual([["title"], ["RLHF PIPELINE"], ["WHY RLHF?", "UPSIDE", "DOWNSIDE", "TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => Math.round(r.ratio))).toEqual([15, 50, 35]);
    expect(sheet.meta.title).toBe("RLHF — Reinforcement Learning from Human Feedback");
    expect(sheet.meta.chapter).toBe(17);
    expect(warnings).toEqual([]);
  });

  it("puts each chart, table and quote in its section's panel", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /PIPELINE/))).toEqual(["flowchart", "table", "quote"]);
    expect(kinds(panel(sheet, /WHY/))).toEqual(["bullets", "table"]);
    expect(kinds(panel(sheet, /DOWNSIDE/))).toContain("flowchart");
    expect(quotes(blocks(sheet))).toEqual(["The reward model is a simulator of human preferences.", "It's a lot easier to discriminate than to generate.", "RLHF is not RL in the magical sense."]);
    expect(JSON.stringify(sheet)).not.toMatch(/\|===|____|\[source|<<|>>|Antora/);
  });
});

describe("a moved figure's pointer may cost a panel well above the page's smallest text one size step", () => {
  const page = (sizes: [string, number][]): PositionedSheet => ({ panels: sizes.map(([id, fontPx]) => ({ id, fontPx, overflow: 0 })) }) as unknown as PositionedSheet;
  const before = page([["pipeline", 16.5], ["downside", 12.5], ["upside", 13]]);

  it("keeps the tag when the big panel gives one step and stays above the rest", () => {
    expect(tagsFree(before, page([["pipeline", 16], ["downside", 12.5], ["upside", 13]]))).toBe(true);
  });

  it("drops it for two steps, or for a step taken from a panel at the page's smallest text", () => {
    expect(tagsFree(before, page([["pipeline", 15.5], ["downside", 12.5], ["upside", 13]]))).toBe(false);
    expect(tagsFree(before, page([["pipeline", 16.5], ["downside", 12], ["upside", 13]]))).toBe(false);
    expect(tagsFree(before, page([["pipeline", 16.5], ["downside", 12.5], ["upside", 12.5]]))).toBe(false);
  });

  it("tags the Downside chart moved into the pipeline panel on 16:9", async () => {
    const { layoutSheet } = await import("../src/layout/index.js");
    const { sheet } = await readSheet(fixture());
    const laid = layoutSheet(sheet, { page: "16:9" });
    const pipe = (laid.sheet ?? sheet).rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => /PIPELINE/.test(p.title))!;
    const texts = pipe.blocks.map((b) => (b.kind === "paragraph" ? richText(b.text) : b.kind));
    const at = texts.indexOf("↓ ⚠️ DOWNSIDE");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(texts[at + 1]).toBe("flowchart");
  });
});
