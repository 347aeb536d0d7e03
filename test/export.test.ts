// Structural checks on the PNG and PDF exporters, on a hand-made page (independent of read/layout/draw)
// and, when the pipeline is in place, on every fixture.
import { describe, expect, it } from "vitest";
import * as zlib from "node:zlib";
import { constants, deflateRawSync, deflateSync, inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { renderPdf, pagePoints, startPdfWorker } from "../src/export/pdf.js";
import { pdfPathOps } from "../src/export/pdf-doc.js";
import { fastSubset, lightPost } from "../src/export/pdf-fonts.js";
import { pagePixels, pngWorkerSpec, renderPng, renderPngJob, startPngWorker } from "../src/export/png.js";
import { adler32, pngFromZlib, zlibFromParts } from "../src/export/png-encode.js";
import { pngBands } from "../src/export/png-bands.js";
import { svgParts } from "../src/draw/index.js";
import pixelmatch from "pixelmatch";
import { layoutReport } from "../src/export/report.js";
import type { FaceId, PageGeometry, PositionedSheet } from "../src/model/positioned.js";
import type { DrawnPage, DrawOp } from "../src/draw/page.js";
import { emojiArt } from "../src/draw/emoji.js";
import { glyphRun } from "../src/fonts/glyphs.js";
import { loadFace } from "../src/fonts/faces.js";
import { inOrder, matchSnapshot, pdfFacts, pngSize } from "./export-helpers.js";

const PX = 96 / 25.4;
function page(size: "a4" | "16:9"): PageGeometry {
  const [widthMm, heightMm] = size === "a4" ? [297, 210] : [338.67, 190.5];
  return { size, widthMm, heightMm, width: widthMm * PX, height: heightMm * PX, margin: 8 * PX };
}

/** Two panels side by side, for the PNG (the PDF's page below has the same panels and their text). */
function handSvg(g: PageGeometry): string {
  const w = g.width;
  const h = g.height;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#fdfbf5"/>`,
    `<rect x="40" y="40" width="${w / 2 - 60}" height="${h - 80}" fill="#fff4e6" stroke="#e8590c" stroke-width="3"/>`,
    `<rect x="${w / 2 + 20}" y="40" width="${w / 2 - 60}" height="${h - 80}" fill="#e7f5ff" stroke="#1c7ed6" stroke-width="3"/>`,
    `<circle cx="${w / 4}" cy="${h / 2}" r="80" fill="#2f9e44"/>`,
    `</svg>`,
  ].join("\n");
}

const RUNS: [number, number, FaceId, number, string, boolean][] = [
  [60, 90, "title", 28, "Alpha panel", false],
  [60, 130, "latin", 18, "Weights are knobs", true],
  [60, 170, "hand", 22, "가중치는 손잡이다", false],
  [0.5, 90, "title", 28, "Beta panel", false],
  [0.5, 130, "latin", 18, "Gradient descent turns them", false],
  [0.5, 170, "title", 24, "Fifty official flows", false],
];

/** The same two panels as a drawn page: pen paths, text runs in reading order (one bold), an emoji. */
function handPage(g: PageGeometry): DrawnPage {
  const w = g.width;
  const h = g.height;
  const box = (x: number, fill: string, stroke: string): DrawOp => ({
    kind: "pen",
    paths: [
      { d: `M${x} 40h${w / 2 - 60}v${h - 80}h${-(w / 2 - 60)}Z`, stroke: "none", fill, fillOpacity: 0.8, round: false },
      { d: `M${x} 40h${w / 2 - 60}v${h - 80}h${-(w / 2 - 60)}Z`, stroke, strokeWidth: 3, round: true, dash: "6 3" },
    ],
  });
  const text = ([x, y, face, size, t, bold]: (typeof RUNS)[number]): DrawOp => ({ kind: "text", x: x < 1 ? w * x + 40 : x, y, face, size, text: t, width: 100, color: "#222", bold, run: glyphRun(face, t) });
  const art = emojiArt("🧠")!;
  return {
    page: g,
    paper: { fill: "#fdfbf5", lines: [{ d: `M0 20H${w}M0 40H${w}`, stroke: "#a9c4e6", strokeWidth: 0.5, strokeOpacity: 0.55 }] },
    title: undefined,
    panels: [
      { id: "a", ops: [box(40, "#fff4e6", "#e8590c"), ...RUNS.slice(0, 3).map(text), { kind: "emoji", x: 200, y: 200, size: 32, key: art.key }] },
      { id: "b", ops: [box(w / 2 + 20, "#e7f5ff", "#1c7ed6"), ...RUNS.slice(3).map(text)] },
    ],
    emoji: { [art.key]: art },
  };
}

describe("renderPng", () => {
  it("is a PNG of exactly A4 at 300 dpi: 3508×2480", () => {
    const png = renderPng(handSvg(page("a4")), page("a4"));
    expect(pngSize(png)).toEqual({ width: 3508, height: 2480 });
  });

  it("sizes the 16:9 page from its millimetres", () => {
    const g = page("16:9");
    const png = renderPng(handSvg(g), g, 150);
    expect(pngSize(png)).toEqual(pagePixels(g, 150));
    expect(pagePixels(g, 300)).toEqual({ width: 4000, height: 2250 });
  });

  it("makes the rows the report promises where the page comes out half a pixel tall (16:9 at 45 dpi: 337.5)", () => {
    const g = page("16:9");
    for (const dpi of [45, 51, 133]) expect(pngSize(renderPng(handSvg(g), g, dpi)), `${dpi} dpi`).toEqual(pagePixels(g, dpi));
  });

  it("matches its snapshot at 60 dpi", () => {
    const png = renderPng(handSvg(page("a4")), page("a4"), 60);
    expect(matchSnapshot("handmade-a4-60dpi", png).diffRatio).toBeLessThanOrEqual(0.005);
  });

  it("encodes exactly the pixels resvg's own encoder would (a valid PNG any decoder reads)", () => {
    const svg = handSvg(page("a4"));
    const image = new Resvg(svg, { fitTo: { mode: "width", value: 248 }, background: "#ffffff", font: { loadSystemFonts: false } }).render();
    const ours = PNG.sync.read(renderPng(svg, page("a4"), 21.2), { checkCRC: true });
    const theirs = PNG.sync.read(image.asPng());
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
  });

  it("joins separately deflated parts into one valid zlib stream with the right checksum", () => {
    const rows = (seed: number, n: number) => Buffer.from(Array.from({ length: n * 17 }, (_, i) => (i * seed + (i >> 5)) & 0xff));
    const pixels = [rows(7, 3), rows(13, 5), rows(3, 1)];
    // 17 bytes a row is not RGBA; the parts here are plain deflate input, checked through zlib itself.
    const parts = pixels.map((raw) => ({ data: deflateRawSync(raw, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }), adler: adler32(raw), length: raw.length }));
    for (const raw of pixels) expect(adler32(raw)).toBe(deflateSync(raw).readUInt32BE(deflateSync(raw).length - 4));
    const png = pngFromZlib(1, 1, zlibFromParts(parts));
    const idat = png.subarray(png.indexOf("IDAT") + 4, png.indexOf("IEND") - 8);
    expect(inflateSync(idat).equals(Buffer.concat(pixels))).toBe(true);
  });

  it("writes the same chunk checksums with zlib's crc32 as with its own table", () => {
    const raw = Buffer.from(Array.from({ length: 4 * 64 * 64 + 64 }, (_, i) => (i * 31 + (i >> 7)) & 0xff));
    const stream = deflateSync(raw, { level: 1 });
    const own = pngFromZlib(64, 64, stream);
    const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    if (crc32) expect(pngFromZlib(64, 64, stream, crc32).equals(own)).toBe(true);
    // Every chunk's CRC (type and data) as PNG defines it: checked against an independent bitwise CRC-32.
    const bitwise = (bytes: Uint8Array): number => {
      let c = 0xffffffff;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    for (let at = 8; at < own.length; ) {
      const length = own.readUInt32BE(at);
      expect(own.readUInt32BE(at + 8 + length)).toBe(bitwise(own.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });
});

describe("PNG worker", () => {
  it("never lets resvg load the machine's fonts (it would scan and parse every installed font)", () => {
    const { code } = pngWorkerSpec();
    const made = code.match(/new Resvg\(/g) ?? [];
    expect(made.length).toBeGreaterThan(0);
    expect(code.match(/new Resvg\([^;]*loadSystemFonts: false/g)?.length).toBe(made.length);
  });
});

describe("PNG in bands", () => {
  const g = page("a4");
  const drawn = handPage(g);
  const svg = svgParts(drawn);

  it("splits the page into two bands whose seam keeps clear of every emoji, each without the other's emoji", () => {
    const job = pngBands(svg, drawn, 100);
    expect(job.bands).toHaveLength(2);
    expect(job.bands.reduce((n, b) => n + b.rows, 0)).toBe(pagePixels(g, 100).height);
    const seam = job.bands[0]!.rows / (job.width / Math.round(g.width * 100) / 100);
    const emoji = drawn.panels[0]!.ops.find((o) => o.kind === "emoji")!;
    expect(seam < emoji.y - 2 || seam > emoji.y + (emoji as { size: number }).size + 2).toBe(true);
    const uses = job.bands.map((b) => (b.svg.match(/<use href="#emoji-/g) ?? []).length);
    expect(uses.sort()).toEqual([0, 1]);
    // An emoji right on the middle row moves the seam off it.
    const onSeam = { ...drawn, panels: [{ id: "m", ops: [{ ...emoji, y: g.height / 2 - 16 }] }] } as DrawnPage;
    const moved = pngBands(svgParts(onSeam), onSeam, 100);
    const at = moved.bands[0]!.rows * (g.width / job.width);
    expect(at < g.height / 2 - 18 || at > g.height / 2 + 18).toBe(true);
  });

  it("keeps the seam off a pen stroke running along it (a table's rule), but not off a stroke crossing it", () => {
    const mid = g.height / 2;
    const rule = { kind: "pen", paths: [{ d: `M40 ${mid} C200 ${mid + 0.4}, 400 ${mid - 0.3}, 600 ${mid + 0.2}`, stroke: "#222", strokeWidth: 1.5, round: true }] };
    const across = { kind: "pen", paths: [{ d: `M300 ${mid - 200} C301 ${mid - 60}, 299 ${mid + 60}, 300 ${mid + 200}`, stroke: "#222", strokeWidth: 1.5, round: true }] };
    const seamOf = (ops: unknown[]): number => {
      const p = { ...drawn, title: undefined, panels: [{ id: "m", ops }] } as DrawnPage;
      const job = pngBands(svgParts(p), p, 100);
      return job.bands[0]!.rows * (g.width / job.width);
    };
    expect(Math.abs(seamOf([across]) - mid)).toBeLessThan(1);
    const off = seamOf([rule]);
    expect(off < mid - 0.4 - 0.75 - 2 || off > mid + 0.4 + 0.75 + 2).toBe(true);
    // The band seam on the rule drew it darker in the lower band's first row; off it, the bands make the whole page.
    const p = { ...drawn, title: undefined, panels: [{ id: "m", ops: [rule] }] } as DrawnPage;
    const banded = PNG.sync.read(renderPngJob(pngBands(svgParts(p), p, 60)));
    const whole = PNG.sync.read(renderPngJob(pngBands(svgParts(p), p, 60, 1)));
    expect(pixelmatch(banded.data, whole.data, null, whole.width, whole.height, { threshold: 0.1 })).toBe(0);
  });

  it("draws the same page as one band of the whole page, seam included", () => {
    const banded = PNG.sync.read(renderPngJob(pngBands(svg, drawn, 60)), { checkCRC: true });
    const whole = PNG.sync.read(renderPngJob(pngBands(svg, drawn, 60, 1)));
    expect([banded.width, banded.height]).toEqual([whole.width, whole.height]);
    const diff = pixelmatch(banded.data, whole.data, null, whole.width, whole.height, { threshold: 0.1 });
    expect(diff / (whole.width * whole.height)).toBeLessThan(0.001);
  });

  it("makes the same bytes on the worker (bands at once, deflated chunk by chunk) as in process (one after the other)", async () => {
    // At 300 dpi each band's rows go to zlib in ~17 chunks through three reused buffers; at 60 dpi in one.
    for (const dpi of [60, 300]) {
      const job = pngBands(svg, drawn, dpi);
      expect((await startPngWorker().render(job)).equals(renderPngJob(job)), `${dpi} dpi`).toBe(true);
    }
  });
});

describe("renderPdf", () => {
  it("is a one-page PDF of the exact A4 landscape size with the text extractable in order", async () => {
    const pdf = await renderPdf(handPage(page("a4")));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const facts = await pdfFacts(pdf);
    expect(facts.pages).toBe(1);
    expect(facts.mediaBox[2]).toBeCloseTo(841.89, 1);
    expect(facts.mediaBox[3]).toBeCloseTo(595.28, 1);
    const order = inOrder(facts.items, ["Alpha panel", "Weights are knobs", "가중치는 손잡이다", "Beta panel", "Gradient descent"]);
    expect(order).toEqual({ ok: true });
  });

  it("puts each text run's baseline where the page has it, in points", async () => {
    const g = page("a4");
    const drawn = handPage(g);
    const facts = await pdfFacts(await renderPdf(drawn));
    const k = 72 / 96;
    for (const op of drawn.panels.flatMap((p) => p.ops)) {
      if (op.kind !== "text") continue;
      const at = facts.placed.find((it) => it.str.replace(/\s+/g, "") === op.text.replace(/\s+/g, ""));
      expect(at, op.text).toBeDefined();
      expect(at!.x).toBeCloseTo(op.x * k, 0);
      expect(at!.y).toBeCloseTo((g.height - op.y) * k, 0);
    }
  });

  it("sets each run's glyphs at the advances layout shaped; a ligature still reads as its letters", async () => {
    const drawn = handPage(page("a4"));
    const facts = await pdfFacts(await renderPdf(drawn));
    const k = 72 / 96;
    let ligatures = 0;
    for (const op of drawn.panels.flatMap((p) => p.ops)) {
      if (op.kind !== "text") continue;
      if (op.run.length < [...op.text].length) ligatures++;
      const at = facts.placed.find((it) => it.str === op.text);
      expect(at, op.text).toBeDefined();
      const shaped = op.run.reduce((sum, g) => sum + g.xAdvance, 0);
      expect(at!.width, op.text).toBeCloseTo((shaped / loadFace(op.face).unitsPerEm) * op.size * k, 1);
    }
    expect(ligatures).toBeGreaterThan(0);
  });

  it("embeds each face used once, as a subset", async () => {
    const pdf = (await renderPdf(handPage(page("a4")))).toString("latin1");
    const names = [...pdf.matchAll(/\/BaseFont \/([A-Z]{6}\+[^/\s>]+)/g)].map((m) => m[1]!.slice(7));
    expect(new Set(names).size).toBe(3);
    expect(names.some((n) => /NanumPen/i.test(n))).toBe(true);
    expect(pdf).not.toContain("Helvetica");
  });

  it("uses the 16:9 page size", async () => {
    const g = page("16:9");
    const facts = await pdfFacts(await renderPdf(handPage(g)));
    expect(facts.mediaBox[2]).toBeCloseTo(pagePoints(g).width, 1);
    expect(facts.mediaBox[3]).toBeCloseTo(pagePoints(g).height, 1);
  });

  it("is byte-identical across runs (no clock in the file)", async () => {
    const drawn = handPage(page("a4"));
    const [a, b] = await Promise.all([renderPdf(drawn), renderPdf(drawn)]);
    expect(a.equals(b)).toBe(true);
  });

  it("makes the same bytes on a worker thread as in process", async () => {
    const drawn = handPage(page("a4"));
    const worker = startPdfWorker();
    const warnings: string[] = [];
    const [a, b] = await Promise.all([worker.render(drawn, { title: "T", onWarning: (m) => warnings.push(m) }), renderPdf(drawn, { title: "T" })]);
    expect(a.equals(b)).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe("layoutReport", () => {
  const positioned: PositionedSheet = {
    page: page("a4"),
    paper: "grid",
    rows: [{ index: 0, y: 30, height: 96, ratio: 0.2 }],
    title: undefined,
    panels: [
      {
        id: "alpha",
        title: "Alpha",
        row: 0,
        box: { x: 30, y: 30, width: 96, height: 48 },
        accent: "#e8590c",
        fontPx: 16,
        minFontPx: 12,
        overflow: false,
        overflowPx: 0,
        marks: [],
        blocks: [{ kind: "flowchart", box: { x: 30, y: 40, width: 96, height: 30 }, marks: [], nodes: [{ id: "a", label: "A", box: { x: 40, y: 50, width: 9.6, height: 19.2 } }] }],
      },
    ],
    problems: [{ kind: "small-text", panel: "alpha", message: "text below 12px" }],
    warnings: ["a warning"],
  };

  it("keeps the documented keys and scales coordinates to the dpi", () => {
    const r = layoutReport(positioned, 300);
    expect(Object.keys(r)).toEqual(["page", "rows", "panels", "warnings", "problems"]);
    expect(r.page).toEqual({ width: 3508, height: 2480 });
    expect(r.rows).toEqual([{ index: 0, y: 93.75, height: 300, ratio: 0.2 }]);
    const p = r.panels[0];
    expect(Object.keys(p ?? {})).toEqual(["id", "title", "row", "x", "y", "width", "height", "fontPx", "minFontPx", "overflow", "nodes", "fill", "blocks"]);
    expect(p).toMatchObject({ x: 93.75, width: 300, height: 150, fontPx: 16, minFontPx: 12 });
    expect(p?.nodes).toEqual([{ id: "a", label: "A", x: 125, y: 156.25, width: 30, height: 60 }]);
    expect(r.problems).toEqual(positioned.problems);
    expect(r.warnings).toEqual(["a warning"]);
  });
});

// Real fixtures, once read/layout/draw are in place (they land separately; until then this block skips).
const pipeline = await import("../src/build.js").catch(() => undefined);
const { fixtures } = await import("./fixtures/list.js");
const { panelsOf } = await import("../src/model/sheet.js");
// Two sheet fixtures get PNG snapshots: the sheet reader is settled, the prompt reader still re-plans layouts.
const SNAPSHOTS = new Set(fixtures().filter((f) => f.kind === "sheet").slice(0, 2).map((f) => f.name));

describe.skipIf(!pipeline)("exports of every fixture", () => {
  const all = fixtures();
  it.each(all.map((f) => [f.name, f] as const))("%s: PNG size, PDF page and text order", async (_n, fx) => {
    const build = pipeline!.buildSheet;
    const { outputs, positioned, sheet } = await build(fx.text, {
      file: fx.path,
      formats: ["svg", "png", "pdf"],
      dpi: 60,
      allowOverflow: true,
    });
    const png = outputs.png as Buffer;
    expect(pngSize(png)).toEqual(pagePixels(positioned.page, 60));
    const facts = await pdfFacts(outputs.pdf as Buffer);
    expect(facts.pages).toBe(1);
    expect(facts.mediaBox[2]).toBeCloseTo(pagePoints(positioned.page).width, 1);
    expect(facts.mediaBox[3]).toBeCloseTo(pagePoints(positioned.page).height, 1);
    // Emoji are drawn as art, not text: a title's trailing ❓ is not in the PDF's text.
    const titles = panelsOf(sheet).map((p) => p.title.replace(/\p{Extended_Pictographic}|\uFE0F/gu, "").trim());
    expect(inOrder(facts.items, titles)).toEqual({ ok: true });
    // The worker's PNG, rendered in bands, is the same image as the in-process one and as a whole-page render.
    const { pngBands } = await import("../src/export/png-bands.js");
    const { drawPage, svgParts } = await import("../src/draw/index.js");
    const drawn = drawPage(positioned);
    const parts = svgParts(drawn);
    expect(renderPngJob(pngBands(parts, drawn, 60)).equals(png)).toBe(true);
    // Each band leaves out the panels it does not reach, and draws the same pixels as with all of them.
    expect(renderPngJob(pngBands(parts, drawn, 60, 2, Infinity)).equals(png)).toBe(true);
    const whole = PNG.sync.read(renderPngJob(pngBands(parts, drawn, 60, 1)));
    const diff = pixelmatch(PNG.sync.read(png).data, whole.data, null, whole.width, whole.height, { threshold: 0.1 });
    expect(diff / (whole.width * whole.height)).toBeLessThan(0.001);
    if (SNAPSHOTS.has(fx.name)) expect(matchSnapshot(`${fx.name}-60dpi`, png).diffRatio).toBeLessThanOrEqual(0.005);
  });
});

describe("lightPost", () => {
  it("gives pdfkit the same post header fontkit decodes, without the glyph names", async () => {
    const { FACE_IDS, loadFace } = await import("../src/fonts/faces.js");
    const fontkit = (await import("fontkit")).default ?? (await import("fontkit"));
    for (const id of FACE_IDS) {
      const full = (fontkit as unknown as { create(b: Buffer): { post: Record<string, unknown> } }).create(loadFace(id).data).post;
      const light = (fontkit as unknown as { create(b: Buffer): Parameters<typeof lightPost>[0] & { post: Record<string, unknown> } }).create(loadFace(id).data);
      lightPost(light);
      for (const k of ["version", "italicAngle", "underlinePosition", "underlineThickness", "isFixedPitch"]) expect(light.post[k], `${id} ${k}`).toBe(full[k]);
      expect(light.post["names"]).toBeUndefined();
    }
  });
});

describe("fastSubset", () => {
  it("makes the same subset bytes as fontkit's own subsetting, composite glyphs included", async () => {
    const { FACE_IDS, loadFace } = await import("../src/fonts/faces.js");
    const fontkit = (await import("fontkit")).default ?? (await import("fontkit"));
    type Font = Omit<Parameters<typeof fastSubset>[0], "createSubset"> & { numGlyphs: number; createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array } };
    let composites = 0;
    for (const id of FACE_IDS) {
      const open = () => (fontkit as unknown as { create(b: Buffer): Font }).create(loadFace(id).data);
      const [plain, fast] = [open(), open()];
      fastSubset(fast);
      // A spread over the whole face, the glyphs a page uses most (low ids), and every composite glyph.
      const glyf = fast._getTableStream("glyf");
      const base = glyf.pos;
      const ids = [...Array(plain.numGlyphs).keys()].filter((g) => {
        const at = plain.loca!.offsets[g]!;
        glyf.pos = base + at;
        const first = at < plain.loca!.offsets[g + 1]! ? glyf.readBuffer(1)[0]! : 0;
        if (first & 0x80) composites++;
        return g < 200 || g % 37 === 0 || first & 0x80;
      });
      const [a, b] = [plain.createSubset(), fast.createSubset()];
      for (const g of ids) expect(b.includeGlyph(g), `${id} glyph ${g}`).toBe(a.includeGlyph(g));
      expect(Buffer.from(b.encode()).equals(Buffer.from(a.encode())), id).toBe(true);
    }
    // The faces have composite glyphs, so the path that hands them to fontkit is exercised.
    expect(composites).toBeGreaterThan(0);
  });
});

describe("pdfPathOps", () => {
  // What pdfkit's own SVG-path parser writes for a path: its path() on a document that only records.
  const viaPdfkit = async (d: string): Promise<string> => {
    const PDFDocument = (await import("pdfkit")).default;
    const out: string[] = [];
    const recorder = Object.assign(Object.create(PDFDocument.prototype), { addContent: (op: string) => (out.push(op), recorder) });
    recorder.path(d);
    return out.join("\n");
  };

  it("writes the operators pdfkit's parser writes, for every pen path and grid of fifty fixtures spread over the list", async () => {
    const { readSheet } = await import("../src/read/index.js");
    const { layoutSheet } = await import("../src/layout/index.js");
    const { drawPage } = await import("../src/draw/index.js");
    let paths = 0;
    // A fixed number of fixtures, evenly spread, so the run does not grow with every chapter added (all of them took
    // six minutes on a loaded two-core machine); each brings thousands of pen paths of every kind the pen draws.
    const all = fixtures();
    const step = Math.max(1, Math.floor(all.length / 50));
    for (const fx of all.filter((_, i) => i % step === 0)) {
      const drawn = drawPage(layoutSheet((await readSheet(fx.text, { file: fx.path })).sheet));
      const ds = [...drawn.paper.lines.map((l) => l.d), ...[...(drawn.title ?? []), ...drawn.panels.flatMap((p) => p.ops)].flatMap((o) => (o.kind === "pen" ? o.paths.map((p) => p.d) : []))];
      for (const d of ds) {
        const ops = pdfPathOps(d);
        expect(ops, `${fx.name}: ${d.slice(0, 60)}`).toBeDefined();
        expect(ops).toBe(await viaPdfkit(d));
        paths++;
      }
    }
    expect(paths).toBeGreaterThan(500);
  }, 240_000);

  it("follows SVG's implicit repeats and closes back to the subpath's start", async () => {
    for (const d of ["M1 2 3 4 5 6", "M0 0L10 0 10 10Z V5 H2", "M-1.5-2C1 2 3 4 5 6 7 8 9 10 11 12", "M.5 .25L3 4"]) {
      expect(pdfPathOps(d), d).toBe(await viaPdfkit(d));
    }
  });

  it("writes what pdfkit writes for numbers in any spelling, or leaves the path to pdfkit", async () => {
    // Our pen paths spell numbers the way pdfkit writes them, and those are copied as they stand; any other
    // spelling is read and rounded. Random paths over odd spellings must still match pdfkit exactly.
    const spellings = ["0", "-0", "00", "7", "-7", "12.5", "12.50", "0.125", ".5", "-.5", "5.", "-5.", "1234567.25", "1234567890.5", "3.1415926", "-0.0", "0.0000001", "999999.999999", "2.000001"];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const nums = (k: number): string => Array.from({ length: k }, () => spellings[rand(spellings.length)]).join(rand(2) ? " " : ",");
    let compared = 0;
    for (let t = 0; t < 400; t++) {
      let d = `M${nums(2)}`;
      for (let k = 0; k < 4; k++) {
        const cmd = ["L", "H", "V", "C", "Z", ""][rand(6)]!;
        d += cmd === "C" ? `C${nums(6)}` : cmd === "L" || cmd === "" ? `${cmd}${nums(2)}` : cmd === "Z" ? "Z M1 1" : `${cmd}${nums(1)}`;
      }
      const ops = pdfPathOps(d);
      if (ops === undefined) continue;
      expect(ops, d).toBe(await viaPdfkit(d));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
    // An exponent reads as a command letter: such a path goes to pdfkit whole.
    expect(pdfPathOps("M1e3 5L2 2")).toBeUndefined();
  });

  it("leaves relative, arc and quadratic commands to pdfkit's parser", () => {
    for (const d of ["M0 0h10v10z", "M0 0A5 5 0 0 1 10 10", "M0 0Q5 5 10 0", "M0 0L1", "5 5L1 1"]) expect(pdfPathOps(d), d).toBeUndefined();
  });
});
