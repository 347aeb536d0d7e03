// Every character of every fixture must be drawable: no tofu, no missing emoji.
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { drawnForm, isEmoji, measureRuns, missingGlyphs } from "../src/fonts/measure.js";
import { graphemes, lastGrapheme } from "../src/fonts/graphemes.js";
import { emojiKey, hasEmoji } from "../src/draw/emoji.js";
import { layoutSheet } from "../src/layout/index.js";
import { fixtures } from "./fixtures/list.js";

const icuGraphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
/** Model fields that are never drawn as text. */
const NOT_DRAWN = new Set(["kind", "id", "shape", "classes", "classDefs", "style", "direction", "stroke", "page", "from", "to", "nodes", "sourceUrl"]);

/** Every string of the drawn part of a sheet (meta and rows; the source text only goes to Markdown). */
function drawnText(value: unknown, key = ""): string[] {
  if (NOT_DRAWN.has(key)) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => drawnText(v));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => drawnText(v, k));
  return [];
}

describe("glyph coverage", () => {
  it("keys emoji the way @iconify-json/noto does", () => {
    expect(emojiKey("🎛️")).toBe("1f39b");
    expect(emojiKey("1️⃣")).toBe("0031-20e3");
    expect(hasEmoji("🍌")).toBe(true);
    expect(hasEmoji("🎛️")).toBe(true);
    expect(hasEmoji("1️⃣")).toBe(true);
    expect(hasEmoji("🍌\u200d🍌")).toBe(false);
  });

  it("draws a circled number no face has as the bracketed number, apart from the digits after it", () => {
    expect(["①", "⑳", "❸", "➀", "➓"].map(drawnForm)).toEqual(["(1)", "(20)", "(3)", "(1)", "(10)"]);
    // NFKC's plain `1` ran into the number after it: `① 10,000 토큰` read `1 10,000 토큰`.
    expect(measureRuns("① 10,000 토큰", 16).map((r) => r.text).join("")).toBe("(1) 10,000 토큰");
    expect(missingGlyphs("원인: ① 글자 ② 세기")).toEqual([]);
  });

  it("draws a character no face has in its plainer compatibility form, never as tofu", () => {
    // Full-width brackets and colon (a Korean or Japanese keyboard's) have no glyph in the bundled faces.
    expect(drawnForm("（")).toBe("(");
    expect(drawnForm("：")).toBe(":");
    expect(drawnForm("가")).toBe("가");
    expect(missingGlyphs("지능（들쭉날쭉）")).toEqual([]);
    // Drawn half-width, an opening bracket after a word gets the space it carried.
    const runs = measureRuns("INTELLIGENCE（들쭉날쭉）", 16);
    expect(runs.map((r) => r.text).join("")).toBe("INTELLIGENCE (들쭉날쭉)");
    // So does a colon or comma before the next word; a closing bracket keeps its particle.
    expect(measureRuns("STRAWBERRY：R은 몇 개？ 답，정답（3개）은", 16).map((r) => r.text).join("")).toBe("STRAWBERRY: R은 몇 개? 답, 정답 (3개)은");
    // A character with no plainer form is still reported.
    expect(missingGlyphs("\u0F00")).toEqual(["\u0F00"]);
  });

  it("draws the East Asian punctuation of Korean notes as the mark a pen would write, never as tofu", () => {
    const notes = "「마법 같다」고 말했다 · 『책』 《논문》 〈기사〉 【주의】 〔참고〕 A・B 20〜25% ※ 주의";
    expect(missingGlyphs(notes)).toEqual([]);
    const drawn = measureRuns(notes, 16).map((r) => r.text).join("");
    expect(drawn).toBe("“마법 같다”고 말했다 · ‘책’ «논문» ‹기사› [주의] [참고] A·B 20~25% * 주의");
    expect(measureRuns("그는「안녕」", 16).map((r) => r.text).join("")).toBe("그는 “안녕”");
  });

  for (const fx of fixtures()) {
    (fx.tofu ? it.fails : it)(`${fx.name}: every character has a glyph and every emoji has art`, async () => {
      const { sheet } = await readSheet(fx.text, { file: fx.path });
      const text = [...drawnText(sheet.meta), ...drawnText(sheet.rows)].join("\n");
      expect(missingGlyphs(text)).toEqual([]);
      // An emoji asked for as text (`✔︎`, U+FE0E) is drawn by the face that has it: only what is drawn as art needs art.
      const emoji = [...icuGraphemes.segment(text)].map((s) => s.segment).filter((e) => isEmoji(e) && measureRuns(e, 16).some((r) => r.kind === "emoji"));
      expect(emoji.filter((e) => !hasEmoji(e))).toEqual([]);
      const ps = layoutSheet(sheet);
      expect(ps.problems.filter((p) => p.kind === "missing-glyph" || p.kind === "missing-emoji")).toEqual([]);
    });
  }
});

describe("graphemes", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  const exact = (s: string) => Array.from(segmenter.segment(s), (g) => g.segment);
  it("splits exactly as Intl.Segmenter does, fast path or not", () => {
    const samples = [
      "파라미터 = DJ 노브 → 확률 ≠ 정답",
      "Attention Block: ×, ÷, ≈ and café",
      "🍌 CHEAT SHEET 🎛️ knobs ⚡️ and ✓ done ❤",
      "👩‍💻 codes, 🇰🇷 flag, 👍🏽 thumbs, 1️⃣ keycap",
      "e\u0301 combining, 한\u11AB jamo tail, a\r\nb",
      "",
      "🧠",
    ];
    for (const s of samples) expect(graphemes(s), s).toEqual(exact(s));
    for (const s of samples.filter(Boolean)) expect(lastGrapheme(s), s).toBe(exact(s).pop());
  });

  it("agrees with Intl.Segmenter on every fixture's text", () => {
    for (const f of fixtures()) for (const line of f.text.split("\n")) expect(graphemes(line)).toEqual(exact(line));
  });
});

describe("unshaped symbol faces", () => {
  it("measure and draw one glyph per code point with its own advance, in step with each other", async () => {
    const { FACE_SPECS, loadFace } = await import("../src/fonts/faces.js");
    const { advanceEm } = await import("../src/fonts/measure.js");
    const { layoutGlyphs } = await import("../src/fonts/glyphs.js");
    for (const id of ["math", "symbols"] as const) {
      expect(FACE_SPECS[id].unshaped).toBe(true);
      const face = loadFace(id);
      expect(face.plain).toBe(true);
      const text = id === "math" ? "→ ≠ ↑" : "✓ ✔";
      const cps = [...text].map((c) => c.codePointAt(0)!);
      const units = cps.reduce((s, cp) => s + face.font.glyphForCodePoint(cp).advanceWidth, 0);
      expect(advanceEm(id, text)).toBeCloseTo(units / face.unitsPerEm, 9);
      const drawn = layoutGlyphs(id, text).glyphs;
      // Spaces have no outline to draw.
      expect(drawn.map((g) => g.ref)).toEqual(cps.filter((cp) => cp !== 32).map((cp) => `${id}-${face.font.glyphForCodePoint(cp).id}`));
    }
  });
});

describe("glyph outlines", () => {
  it("reads from glyf and hmtx the very path data and advance fontkit's decoder gives, for every glyph of the Latin faces and a spread of the rest", async () => {
    const { FACE_IDS, loadFace } = await import("../src/fonts/faces.js");
    const { glyphAdvance, glyphOutline } = await import("../src/fonts/sfnt.js");
    // fontkit's path, rounded to whole units the way the glyph cache keeps it.
    const whole = (d: string) => d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
    let composites = 0;
    for (const id of FACE_IDS) {
      const face = loadFace(id);
      const count = (face.font as unknown as { numGlyphs: number }).numGlyphs;
      const step = count > 1000 ? 17 : 1;
      for (let g = 0; g < count; g += step) {
        const glyph = face.font.getGlyph(g) as unknown as { path: { toSVG(): string }; advanceWidth: number; _decode(): { numberOfContours: number } | null };
        expect(glyphAdvance(face.data, g), `${id} glyph ${g} advance`).toBe(glyph.advanceWidth);
        if ((glyph._decode()?.numberOfContours ?? 0) < 0) composites++;
        expect(glyphOutline(face.data, g), `${id} glyph ${g}`).toBe(whole(glyph.path.toSVG()));
      }
    }
    // Accented Latin letters are built from components: that path is covered too.
    expect(composites).toBeGreaterThan(10);
  });

  it("leaves a face without glyf to fontkit", async () => {
    const { glyphAdvance, glyphOutline } = await import("../src/fonts/sfnt.js");
    const otf = Buffer.alloc(12);
    otf.write("OTTO", 0, "latin1");
    expect(glyphOutline(otf, 1)).toBeUndefined();
    expect(glyphAdvance(otf, 1)).toBeUndefined();
  });
});

describe("cmap and ligatures read from the tables (opentype.ts)", () => {
  it("maps every code point of the Basic Multilingual Plane (and a spread above it) to fontkit's glyph", async () => {
    const { FACE_IDS, loadFace } = await import("../src/fonts/faces.js");
    const { cmapOf } = await import("../src/fonts/opentype.js");
    for (const id of FACE_IDS) {
      const face = loadFace(id);
      const cmap = cmapOf(face.data)!;
      expect(cmap, id).toBeDefined();
      const wrong: string[] = [];
      for (let cp = 0; cp < 0x30000; cp += cp < 0x10000 ? 1 : 7) {
        if (cmap(cp) !== face.font.glyphForCodePoint(cp).id) wrong.push(cp.toString(16));
      }
      expect(wrong, id).toEqual([]);
    }
  });

  it("calls a face plain exactly when fontkit lists no features for it", async () => {
    const { FACE_IDS, FACE_SPECS, loadFace } = await import("../src/fonts/faces.js");
    for (const id of FACE_IDS) {
      const face = loadFace(id);
      expect(face.shaper.plain, id).toBe(face.font.availableFeatures.length === 0);
      expect(face.plain, id).toBe(FACE_SPECS[id].unshaped === true || face.font.availableFeatures.length === 0);
    }
    expect(loadFace("latin").plain).toBe(false);
  });

  it("sets every string of every fixture, and ligature bait, with fontkit's glyphs and advances", async () => {
    const { loadFace } = await import("../src/fonts/faces.js");
    const { glyphAdvance } = await import("../src/fonts/sfnt.js");
    const { drawPage } = await import("../src/draw/index.js");
    const strings = new Set<string>();
    for (const fx of fixtures()) {
      const drawn = drawPage(layoutSheet((await readSheet(fx.text, { file: fx.path })).sheet));
      for (const o of [...(drawn.title ?? []), ...drawn.panels.flatMap((p) => p.ops)]) {
        if (o.kind !== "text") continue;
        strings.add(o.text);
        for (const word of o.text.split(/( +)/)) if (word) strings.add(word);
      }
    }
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const a of printable) for (const b of ["f", "i", "l", "t"]) strings.add(`f${b}${a}`).add(`${a}f${b}`);
    for (const s of ["office", "affluent", "fjord", "1/2", "3.5%", "—", "“quoted”…", "Ünïcödé ×÷ ½", "© 2024 — ½ × ¾", "ﬁ", "a\u00adb", "x\u2044y", "e\u0301"]) strings.add(s);
    for (let cp = 0xa0; cp <= 0xff; cp++) strings.add(`f${String.fromCharCode(cp)}fi`);
    let own = 0;
    let ligatures = 0;
    for (const id of ["latin", "title"] as const) {
      const face = loadFace(id);
      for (const s of strings) {
        const mine = face.shaper.shape(s);
        if (!mine) continue;
        own++;
        const run = face.font.layout(s);
        // fontkit's glyph objects are cached per id, so their codePoints are whatever the first use gave: ours
        // are compared with the string instead.
        const got = mine.map((g) => ({ id: g.id, x: g.mark ? 0 : glyphAdvance(face.data, g.id) }));
        const want = run.glyphs.map((g, i) => ({ id: g.id, x: run.positions[i]!.xAdvance }));
        expect(got, `${id} ${JSON.stringify(s)}`).toEqual(want);
        expect(mine.flatMap((g) => g.codePoints)).toEqual([...s].map((c) => c.codePointAt(0)));
        expect(run.positions.every((p) => !p.xOffset && !p.yOffset)).toBe(true);
        if (mine.length < [...s].length) ligatures++;
      }
    }
    // Most strings are set from the tables, ligatures included; the rest (marks, soft hyphens, a fraction slash) go to fontkit.
    // Counted against the strings these two Latin faces can set at all: how many Hangul strings the fixtures draw
    // says nothing about the tables.
    const latin = [...strings].filter((s) => !/\p{Script=Hangul}/u.test(s)).length;
    expect(own).toBeGreaterThan(latin);
    expect(ligatures).toBeGreaterThan(50);
    for (const s of ["a\u00adb", "x\u2044y", "e\u0301", "가"]) expect(loadFace("latin").shaper.shape(s), s).toBeUndefined();
    // It lays out every fixture once: its time grows with the fixture list, past the default on a busy machine.
  }, 240_000);
});

describe("a bar is not an l", () => {
  it("draws `|` in a face whose bar reaches below the baseline and above the capitals, unlike its `l`", async () => {
    const { faceFor } = await import("../src/fonts/measure.js");
    const { loadFace } = await import("../src/fonts/faces.js");
    const fk = await import("fontkit");
    const fontkit = ((fk as { default?: unknown }).default ?? fk) as unknown as { create(b: Buffer): { glyphForCodePoint(c: number): { bbox: { minY: number; maxY: number } } } };
    for (const weight of ["normal", "bold"] as const) {
      const bar = fontkit.create(loadFace(faceFor("|", weight)).data).glyphForCodePoint(0x7c).bbox;
      const ell = fontkit.create(loadFace(faceFor("l", weight)).data).glyphForCodePoint(0x6c).bbox;
      expect(bar.minY, weight).toBeLessThan(ell.minY - 100);
      expect(bar.maxY, weight).toBeGreaterThan(ell.maxY);
    }
  });
});
