// Hostile inputs through the library: each case once hung, crashed with a bare error, or wrote broken output.
// Every one must now end in an InputError naming the line (or a clean result), never a hang.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { drawSvg } from "../src/draw/index.js";
import { toMarkdown, toSheetMarkdown } from "../src/export/markdown.js";
import { balancedSplit } from "../src/layout/split.js";
import { splitMany } from "../src/layout/split.js";
import { MAX_DIAGRAM_NODES, MAX_NESTING, MAX_PANEL_CHARS, MAX_PANEL_ITEMS, MAX_PANELS, MAX_PARAGRAPH_MARKS } from "../src/read/limits.js";
import { MAX_INPUT_BYTES } from "../src/read/index.js";
import type { Flowchart } from "../src/model/sheet.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

/** A one-panel sheet; `frontmatter` lines go before `layout:`, `body` under the panel heading (line 13 on). */
function sheet(body: string, frontmatter = ""): string {
  return `---\nnanosheet: 1\ntitle: T\n${frontmatter}layout:\n  - { ratio: 10, title: true }\n  - { ratio: 90, panels: [a] }\n---\n\n# T\n\n## 🅰️ Alpha\n<!-- id: a -->\n\n${body}`;
}

async function inputError(text: string): Promise<InputError> {
  const err = await readSheet(text, { file: "in.sheet.md" }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.format()).not.toMatch(/\n/);
  expect(e.format()).toMatch(/^in\.sheet\.md:/);
  return e;
}

const RLHF = readFileSync(join(FIXTURES_DIR, "prompts", "rlhf.txt"), "utf8");

describe("hangs and blow-ups", () => {
  it("range-checks numeric style values on their line (maxFontPx 1e308 used to loop forever)", async () => {
    const e = await inputError(sheet("hello\n", "style: { maxFontPx: 1e308 }\n"));
    expect(e.where.line).toBe(4);
    expect(e.message).toMatch(/maxFontPx is 1e\+308; it must be between \d+ and \d+/);
    expect((await inputError(sheet("hello\n", "style:\n  minFontPx: 0.0001\n"))).where.line).toBe(5);
    expect((await inputError(sheet("hello\n", "style: { minFontPx: 20, maxFontPx: 14 }\n"))).message).toMatch(/below/);
    // A 1e308 share left its neighbour a sliver whose text was drawn outside the box, and `check` said ok.
    const widths = `---\nnanosheet: 1\ntitle: T\nlayout:\n  - { ratio: 100, panels: [{ id: a, width: 1e308 }, { id: b, width: 0.0000001 }] }\n---\n\n## A\n<!-- id: a -->\n\nx\n\n## B\n<!-- id: b -->\n\ny\n`;
    const w = await inputError(widths);
    expect(w.where.line).toBe(5);
    expect(w.message).toMatch(/width` is 1e\+308; it must be a share of the row/);
  });

  it("lays out 2,000 one-line bullets in one panel (the column split was cubic)", async () => {
    const items = Array.from({ length: 2000 }, (_, i) => `- item ${i}`).join("\n");
    const { sheet: s } = await readSheet(sheet(`${items}\n`));
    const positioned = layoutSheet(s);
    const panel = positioned.panels[0]!;
    // Far too much for one page: a clear overflow, not a hang.
    expect(panel.overflow).toBe(true);
    expect(panel.overflowPx).toBeGreaterThan(1000);
  });

  it("reads a 1,000-item plan section of a prompt document", async () => {
    const items = Array.from({ length: 1000 }, (_, i) => `- 항목 ${i} point`).join("\n");
    const text = RLHF.replace("- 너무 오래 돌리지 말 것\n", `- 너무 오래 돌리지 말 것\n${items}\n`);
    const positioned = layoutSheet((await readSheet(text)).sheet);
    expect(positioned.panels.some((p) => p.overflow)).toBe(true);
  });

  it("splits long panels into columns like the exhaustive search does", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const exhaustive = balancedSplit; // m ≤ 40 takes the exhaustive path
    const tallest = (groups: number[][], h: number[], gap: number) =>
      Math.max(...groups.map((g) => g.reduce((s, k) => s + h[k]!, 0) + gap * Math.max(0, g.length - 1)));
    for (let t = 0; t < 200; t++) {
      const m = 3 + Math.floor(rand() * 30);
      const h = Array.from({ length: m }, () => Math.round(rand() * 100) + 5);
      for (const n of [2, 3]) {
        const fast = splitMany(h, n, 6);
        expect(fast.flat()).toEqual(h.map((_, i) => i));
        expect(fast.every((g) => g.length > 0)).toBe(true);
        expect(tallest(fast, h, 6)).toBeCloseTo(tallest(exhaustive(Array.from({ length: n }, () => h), n, 6), h, 6), 6);
      }
    }
  });

  it("refuses an input over the size limit, naming the size and the limit (10 MB took minutes)", async () => {
    const line = "[00:01] 긴 원문 텍스트 and some English words to make a long source line here.\n";
    const big = RLHF.replace("## 9. RLHF\n", `## 9. RLHF\n\n${line.repeat(Math.ceil(10e6 / Buffer.byteLength(line)))}`);
    const err = await readSheet(big, { file: "big.txt" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toMatch(/^big\.txt:1: the file is 10\.\d MB; nanosheet reads inputs of at most 1 MB/);
    expect(MAX_INPUT_BYTES).toBe(1_000_000);
  });

  it("caps mind-map depth before Mermaid parses it (900 levels overflowed the stack)", async () => {
    let mm = "```mermaid\nmindmap\n  root((R))\n";
    for (let i = 1; i < 900; i++) mm += `${" ".repeat(2 + i)}n${i}\n`;
    const e = await inputError(sheet(`${mm}\`\`\`\n`));
    expect(e.message).toMatch(new RegExp(`more than ${MAX_NESTING} levels`));
    expect(e.where.line).toBe(13 + 2 + MAX_NESTING + 1);
  });

  it("caps subgraph depth before Mermaid parses it (1,000 levels took over a minute)", async () => {
    const fc = `\`\`\`mermaid\nflowchart LR\n${"subgraph s\n".repeat(1000)}a --> b\n${"end\n".repeat(1000)}\`\`\`\n`;
    const e = await inputError(sheet(fc));
    expect(e.message).toMatch(/subgraphs nest more than/);
  });

  it("caps list and quote nesting before remark parses them", async () => {
    const list = Array.from({ length: 600 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n");
    expect((await inputError(sheet(`${list}\n`))).message).toMatch(/lists are nested more than/);
    expect((await inputError(sheet(`${">".repeat(3000)} x\n`))).message).toMatch(/quotes are nested more than/);
  });

  it("refuses a paragraph of more emphasis marks than MAX_PARAGRAPH_MARKS on its first line (32,000 took a quarter of a minute)", async () => {
    const marks = Array.from({ length: 400 }, () => "*_".repeat(40)).join("\n");
    const e = await inputError(sheet(`first paragraph\n\n${marks}\n`));
    expect(e.message).toMatch(new RegExp(`more than ${MAX_PARAGRAPH_MARKS} \`\\*\` and \`_\` marks`));
    expect(e.where.line).toBe(16);
    // The same marks in a code fence, or split into paragraphs, are read.
    const fenced = Array.from({ length: 100 }, () => "*_".repeat(40)).join("\n");
    await expect(readSheet(sheet(`\`\`\`\n${fenced}\n\`\`\`\n`), { file: "in.sheet.md" })).resolves.toBeDefined();
    const split = Array.from({ length: 3 }, () => Array.from({ length: 50 }, () => "*_".repeat(40)).join("\n")).join("\n\n");
    await expect(readSheet(sheet(`${split}\n`), { file: "in.sheet.md" })).resolves.toBeDefined();
  });

  it("caps blocks per panel and nodes per diagram", async () => {
    const items = Array.from({ length: MAX_PANEL_ITEMS + 1 }, (_, i) => `- ${i}`).join("\n");
    const e = await inputError(sheet(`${items}\n`));
    expect(e.message).toMatch(/holds 2001 blocks, items and rows; one panel holds at most 2000/);
    expect(e.where.line).toBe(11);
    const nodes = Array.from({ length: MAX_DIAGRAM_NODES + 1 }, (_, i) => `  n${i} --> n${i + 1}`).join("\n");
    expect((await inputError(sheet(`\`\`\`mermaid\nflowchart LR\n${nodes}\n\`\`\`\n`))).message).toMatch(/a diagram holds at most 150/);
  });

  it("refuses a panel of more text than a whole page holds before fitting it (140,000 characters took a minute)", async () => {
    const line = "토큰 하나하나의 확률을 **조금씩** 올린다 and `nudge` the parameters";
    const lines = Math.ceil(MAX_PANEL_CHARS / 40);
    const e = await inputError(sheet(`${Array.from({ length: lines }, (_, i) => `${i} ${line}`).join("\n")}\n`));
    expect(e.message).toMatch(/^panel "[a-z0-9-]+" holds \d+ characters of text; one panel holds at most 20000 \(a whole page holds about half that/);
    expect(e.where.line).toBe(11);
    // A long panel that a page can hold is read.
    await expect(readSheet(sheet(`${Array.from({ length: 40 }, (_, i) => `${i} ${line}`).join("\n")}\n`))).resolves.toBeDefined();
  });

  it("refuses a page of more than MAX_PANELS panels on its layout line", async () => {
    const ids = Array.from({ length: MAX_PANELS + 1 }, (_, i) => `p${i}`);
    const doc = `---\nnanosheet: 1\ntitle: T\nlayout:\n  - { ratio: 10, title: true }\n  - { ratio: 90, panels: [${ids.join(", ")}] }\n---\n\n# T\n\n${ids.map((id) => `## ${id}\n<!-- id: ${id} -->\n\n- x\n`).join("\n")}`;
    const e = await inputError(doc);
    expect(e.message).toBe(`the layout has ${MAX_PANELS + 1} panels; one page holds at most ${MAX_PANELS}`);
    expect(e.where.line).toBe(4);
  });
});

describe("wrong or unsafe output", () => {
  it("checks classDef colours and widths on the classDef's line", async () => {
    const chart = (def: string) => sheet(`\`\`\`mermaid\nflowchart LR\n  a[A]:::x --> b[B]\n  classDef x ${def}\n\`\`\`\n`);
    for (const def of ["color:a&b", "stroke-width:1e308px", "fill:#zzz"]) {
      const e = await inputError(chart(def));
      expect(e.where.line).toBe(17);
      expect(e.message).toMatch(/classDef x/);
    }
    const ok = await readSheet(chart("fill:#fff3bf,stroke:darkred,stroke-width:2px,color:#333"));
    expect(ok.sheet.rows[1]).toBeDefined();
  });

  it("escapes every attribute the SVG writer fills from the input", async () => {
    const { sheet: s } = await readSheet(sheet("```mermaid\nflowchart LR\n  a[A]:::x --> b[B]\n```\n"));
    // A sheet built in code bypasses the reader's checks: the writer must still produce well-formed XML.
    const row = s.rows[1]!;
    if (row.kind !== "panels") throw new Error("expected a panel row");
    const panel = row.panels[0]!;
    panel.id = `a"&<b>`;
    const chart = panel.blocks[0] as Flowchart;
    chart.classDefs = [{ name: "x", styles: { fill: 'red" onload="x', stroke: "a&b", color: "<b>", "stroke-width": "1e308px" } }];
    const svg = drawSvg(layoutSheet(s));
    expect(svg).not.toMatch(/onload="|stroke="a&b"|Infinity/);
    expect(() => new Resvg(svg, { fitTo: { mode: "width", value: 200 } }).render()).not.toThrow();
  });

  it("writes a non-http(s)/mailto source URL as plain text, with a warning", async () => {
    const r = await readSheet(sheet("hello\n", 'sourceUrl: "javascript:alert(3)"\n'));
    expect(r.warnings.join("\n")).toMatch(/line 4: the source URL "javascript:alert\(3\)" is not an http\(s\) or mailto link/);
    for (const md of [toMarkdown(r.sheet), toSheetMarkdown(r.sheet)]) expect(md).not.toMatch(/\]\(javascript:/i);
    expect(toMarkdown(r.sheet)).toContain("javascript:alert(3)");
    const safe = await readSheet(sheet("hello\n", "sourceUrl: https://example.com/x\n"));
    expect(safe.warnings.join("\n")).not.toMatch(/source URL/);
    expect(toMarkdown(safe.sheet)).toContain("](https://example.com/x)");
  });

  it("reports a YAML alias bomb in sheet frontmatter on its line (was a bare 'Excessive alias count')", async () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [k, prev] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"]] as const) rows.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    const e = await inputError(`---\nnanosheet: 1\n${rows.join("\n")}\nlayout:\n  - { ratio: 100, panels: [a] }\n---\n\n## A\n<!-- id: a -->\n\nhi\n`);
    expect(e.message).toMatch(/alias/);
    expect(e.where.line).toBe(4);
  });
});

describe("smaller", () => {
  it("refuses negative and exponent ratios on their row", async () => {
    for (const bad of ["-10%", "10e5%", "150%"]) {
      const text = RLHF.replace("| Top | 10% |", `| Top | ${bad} |`);
      const err = await readSheet(text, { file: "r.txt" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).format()).toMatch(/^r\.txt:65: ratio table row .* (has no height ratio|which is not a share of the page)/);
    }
  });

  it("accepts U+FFFD in valid text", async () => {
    const r = await readSheet(sheet("a replacement character \uFFFD here\n"));
    expect(r.sheet.rows).toHaveLength(2);
  });

  it("accepts %%{init}%% before a flowchart and a mindmap, with a warning", async () => {
    for (const kind of ["flowchart LR\n  a --> b", "graph TD\n  a --> b", "mindmap\n  root((R))\n    c"]) {
      const r = await readSheet(sheet(`\`\`\`mermaid\n%%{init: {'theme': 'dark'}}%%\n${kind}\n\`\`\`\n`));
      expect(r.warnings.join("\n")).toMatch(/line 15: a mermaid %%\{…\}%% directive is ignored/);
    }
  });

  it("says a CR-only file has old Mac line endings", async () => {
    const e = await inputError(sheet("hello\n").replace(/\n/g, "\r"));
    expect(e.message).toMatch(/carriage return alone/);
    expect(e.where.line).toBe(1);
  });
});
