// Drawing: byte-identical output, sound SVG structure, and golden SVGs for a few fixtures
// (UPDATE_GOLDEN=1 rewrites them after an intended visual change; look at the PNGs before committing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { layoutSheet } from "../src/layout/index.js";
import { drawPage, drawSvg, svgOf } from "../src/draw/index.js";
import { buildEmojiIndex, emojiArt, useEmojiIndex } from "../src/draw/emoji.js";
import { readSheet } from "../src/read/index.js";
import { fixtures, FIXTURES_DIR } from "./fixtures/list.js";
import { bullets, panel, para, quote, sheetOf, table } from "./layout-helpers.js";
import type { Block } from "../src/model/sheet.js";

const GOLDEN_DIR = join(FIXTURES_DIR, "..", "golden");
// Text-only sheets built here change only when this stage does; one fixture also covers diagrams (it changes
// with the diagram blocks too: look at the PNG, then UPDATE_GOLDEN=1).
// The stranger-written chapters too: what their reader fixes made of them stays put.
const GOLDEN = [
  "inference", "jagged-intelligence-mixed-five", "sft-to-rl-heavy-sparse", "grand-summary-dense-crlf", "base-vs-assistant-fewshot",
  "introduction-row-list", "nn-io-pipes-only", "rl-practice-table-layout", "pretraining-to-post-bulleted", "working-memory-mermaid-layout",
  "multimodal-tokens-heavy-toml", "thinking-models-six-boxes",
  // Layouts given as YAML or a CSS grid, and in sentences; Korean in a code block.
  "tool-use-yaml-layout", "deepseek-r1-grid-areas", "post-training-prose-sidebar",
  // A layout given as a Markdown table with `(colspan N)` cells; heavy lines with a dashed split and `w=` widths.
  "tokenization-korean-table-drawing-colspan", "sft-heavy-lines-dashed-split-widths",
  // A layout as an outline of rows with tree branches; a title row with a date stamped beside the banner.
  "base-model-hyperbolic-chatty-outline-rows", "tokens-to-think-teacher-rounded-date-box",
];

const sheet = sheetOf([
  { kind: "title", ratio: 1 },
  { kind: "panels", ratio: 3, panels: [panel("a", [para("파라미터 = DJ 노브"), bullets(3, "takeaways")]), panel("b", [table, quote], { emoji: "🧠" })] },
  { kind: "panels", ratio: 3, panels: [panel("c", [bullets(3, "checks")], { emoji: "🍌\u200d🍌" })] },
]);

/** A nested <svg> outside the canvas aborts resvg, so the SVG never has one. */
function structure(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect((svg.match(/<svg\b/g)?.length ?? 0) - 1).toBe(0);
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const refs = [...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.filter((r) => !ids.has(r))).toEqual([]);
  const urls = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
  expect(urls.filter((r) => !ids.has(r))).toEqual([]);
  // Short failure messages: a full SVG is hundreds of KB.
  expect(svg.match(/NaN|undefined|Infinity/g) ?? []).toEqual([]);
  // Coordinates are rounded to 0.01 px (scale factors outside the emoji bodies may carry more digits).
  const outside = svg.replace(/<defs>.*<\/defs>/s, "").replace(/scale\([^)]*\)/g, "");
  expect((outside.match(/\d\.\d{3,}/g) ?? []).slice(0, 5)).toEqual([]);
}

describe("drawSvg", () => {
  const ps = layoutSheet(sheet);

  it("is deterministic: two draws of two layouts are byte-identical", () => {
    expect(drawSvg(layoutSheet(sheet))).toBe(drawSvg(ps));
    expect(JSON.stringify(drawPage(layoutSheet(sheet)))).toBe(JSON.stringify(drawPage(ps)));
  });

  it("is a single well-formed SVG whose references all resolve", () => {
    const svg = drawSvg(ps);
    structure(svg);
    expect(svg.includes('width="297mm" height="210mm" viewBox="0 0 1122.52 793.7"')).toBe(true);
    expect(/<path id="g-hand-\d+"/.test(svg)).toBe(true);
    expect(svg.includes('<g id="emoji-1f9e0" clip-path="url(#emoji-1f9e0-clip)">')).toBe(true);
    const png = new Resvg(svg, { fitTo: { mode: "width", value: 600 } }).render().asPng();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("clips emoji art to its viewBox (Noto's 📦 keeps stray boxes and a white sheet outside it)", () => {
    const boxed = layoutSheet(sheetOf([{ kind: "panels", ratio: 1, panels: [panel("p", [para("FineWeb 규모")], { emoji: "📦" })] }]));
    const svg = drawSvg(boxed);
    const art = emojiArt("📦")!;
    expect(svg).toContain(`<clipPath id="emoji-1f4e6-clip"><rect x="${art.left}" y="${art.top}" width="${art.width}" height="${art.height}"/></clipPath>`);
    expect(svg).toContain('<g id="emoji-1f4e6" clip-path="url(#emoji-1f4e6-clip)">');
    // The art really does reach outside its box: without the clip the page would show it.
    expect(art.body).toMatch(/M-\d/);
  });

  it("draws a missing emoji as a hand circle, not tofu, and reports it", () => {
    expect(ps.problems.some((p) => p.kind === "missing-emoji" && p.panel === "c")).toBe(true);
    expect(drawSvg(ps).includes("emoji-1f34c-200d-1f34c")).toBe(false);
  });

  it("draws the page as plain data the SVG and the PDF share: pen paths, text runs, emoji by key", () => {
    const drawn = drawPage(ps);
    expect(drawSvg(ps)).toBe(svgOf(drawn));
    const ops = [...(drawn.title ?? []), ...drawn.panels.flatMap((p) => p.ops)];
    const texts = ops.flatMap((o) => (o.kind === "text" ? [o] : []));
    const marks = [ps.title?.marks ?? [], ...ps.panels.map((p) => [...p.marks, ...p.blocks.flatMap((b) => b.marks)])].flat();
    // Every text run as placed, in the same order: the PDF's reading order is the layout's.
    expect(texts.map(({ run: _, ...mark }) => mark)).toEqual(marks.filter((m) => m.kind === "text"));
    // Each carries its glyphs as shaped, blanks included: one per character in these faces, whose only
    // feature is a Latin ligature, with the same glyph ids the SVG's outlines are defined by.
    const svg = svgOf(drawn);
    for (const t of texts) {
      expect(t.run.flatMap((g) => g.codePoints), t.text).toEqual([...t.text].map((c) => c.codePointAt(0)));
      for (const g of t.run) if (t.text.trim()) expect(svg.includes(`id="g-${t.face}-${g.id}"`) || g.codePoints.every((c) => c === 32)).toBe(true);
    }
    expect(texts.some((t) => t.bold)).toBe(true);
    // Emoji art is carried once per key, for every emoji op; the missing 🍌‍🍌 is a pen circle instead.
    const keys = ops.flatMap((o) => (o.kind === "emoji" ? [o.key] : []));
    expect(keys).toContain("1f9e0");
    expect(Object.keys(drawn.emoji).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(drawn.emoji)).not.toContain("1f34c-200d-1f34c");
    // Pen paths are rounded like the SVG's and carry their opacity.
    const paths = ops.flatMap((o) => (o.kind === "pen" ? o.paths : []));
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => /\d\.\d{3}/.test(p.d))).toEqual([]);
    expect(paths.some((p) => p.fillOpacity !== undefined && p.fillOpacity < 1)).toBe(true);
    expect(drawn.paper.lines).toHaveLength(2);
  });

  it("renders overflowing content drawn anyway, even off the page, without crashing resvg", () => {
    // 👻's art is clipped: off-canvas it would abort resvg, so draw leaves off-page emoji out.
    const ghostly: Block = { kind: "paragraph", text: [{ text: "👻 ".repeat(400) }] };
    const over = sheetOf([{ kind: "panels", ratio: 4, panels: [panel("top", [para("위")])] }, { kind: "panels", ratio: 1, panels: [panel("full", [bullets(60), quote, ghostly])] }]);
    const out = layoutSheet(over);
    expect(out.panels[1]!.overflow).toBe(true);
    const svg = drawSvg(out);
    structure(svg);
    const png = new Resvg(svg, { fitTo: { mode: "width", value: 400 } }).render().asPng();
    expect(png.length).toBeGreaterThan(1000);
  });

  it("draws a 16:9 page at its size", () => {
    const svg = drawSvg(layoutSheet(sheet, { page: "16:9" }));
    expect(svg.includes('width="338.67mm" height="190.5mm" viewBox="0 0 1280 720"')).toBe(true);
  });
});

function golden(name: string, svg: string): void {
  structure(svg);
  const file = join(GOLDEN_DIR, `${name}.svg`);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
  }
  // Compare sizes first so a mismatch reports briefly rather than dumping 300 KB of SVG.
  const want = readFileSync(file, "utf8");
  expect(svg.length).toBe(want.length);
  expect(svg === want).toBe(true);
}

describe("golden SVGs", () => {
  it("text blocks, A4", () => golden("text-blocks-a4", drawSvg(layoutSheet(sheet))));
  it("text blocks, 16:9", () => golden("text-blocks-16x9", drawSvg(layoutSheet(sheet, { page: "16:9" }))));
  for (const fx of fixtures().filter((f) => GOLDEN.includes(f.name))) {
    it(`${fx.name} matches test/golden/${fx.name}.svg`, async () => {
      const { sheet: s } = await readSheet(fx.text, { file: fx.path });
      golden(fx.name, drawSvg(layoutSheet(s)));
    });
  }
});

describe("emoji art lookup", () => {
  // The build's byte index and a scan of the whole icons.json must find the same art, aliases included.
  const sample = ["🧠", "⚙️", "🎛️", "💡", "🔥", "✅", "👍🏽", "😀", "1️⃣", "🍌"];

  it("reads the same art through the byte index as by scanning icons.json", () => {
    const idx = buildEmojiIndex();
    const section = (name: string) => idx.split(`\n#${name}\n`)[1]!.split("\n#")[0]!.split("\n").filter(Boolean);
    expect(section("icons").length).toBeGreaterThan(3000);
    expect(section("aliases").length).toBeGreaterThan(100);
    expect(section("chars").length).toBeGreaterThan(3000);
    try {
      useEmojiIndex(null);
      const scanned = sample.map((e) => emojiArt(e));
      useEmojiIndex(idx);
      const indexed = sample.map((e) => emojiArt(e));
      expect(scanned.every((a) => a !== undefined)).toBe(true);
      expect(indexed).toEqual(scanned);
    } finally {
      useEmojiIndex(null);
    }
  });
});
