// The code block: a character grid that keeps whitespace, breaks lines only between tokens (never inside a
// special token) with a visible continuation sign, laid out from the faces' own advances and sized by auto-fit.
import { describe, expect, it } from "vitest";
import { CONTINUATION, codeSourceLines, gridLines, type GridLine } from "../src/blocks/code/grid.js";
import { codePx, layoutCode } from "../src/blocks/code/layout.js";
import { MONO_CELL_EM, cellsOf } from "../src/fonts/cells.js";
import { advanceEm, measureRuns } from "../src/fonts/measure.js";
import type { Code } from "../src/model/sheet.js";
import type { TextMark } from "../src/model/positioned.js";
import { layoutSheet } from "../src/layout/index.js";
import { renderPdf } from "../src/export/pdf.js";
import { panel, sheetOf } from "./layout-helpers.js";

/** A grid line back as text: the sign and the text at their columns (counted in UTF-16 units: ASCII lines only). */
function show(line: GridLine): string {
  const sign = line.mark === undefined ? "" : " ".repeat(line.mark) + CONTINUATION;
  return sign.padEnd(line.col, " ") + line.text;
}

const TEMPLATE = "<|im_start|>system<|im_sep|>You are a helpful assistant<|im_end|>";

describe("the code grid", () => {
  it("expands tabs to stops of four and keeps inner whitespace; trims only trailing blanks and blank edge lines", () => {
    expect(codeSourceLines("\n\tif x:\n\t\treturn  a   # two spaces  \n\n")).toEqual(["    if x:", "        return  a   # two spaces"]);
  });

  it("leaves a line that fits alone, column for column", () => {
    const [line] = gridLines(["a  b\tc"].map((l) => codeSourceLines(l)[0]!), 40);
    expect(show(line!)).toBe("a  b    c".trimEnd());
    expect(line!.mark).toBeUndefined();
  });

  it("breaks a long line only between tokens, each piece after the first starting with the continuation sign", () => {
    const src = "logits = model(ids)[:, -1, :] / temperature  # last position only";
    const lines = gridLines([src], 24);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(24);
    expect(lines.slice(1).every((l) => l.mark === 0 && l.col === 2 && show(l).startsWith(`${CONTINUATION} `))).toBe(true);
    // Joined back, the words are the source's words: nothing cut inside one, nothing lost.
    const words = lines.map((l) => show(l).replace(CONTINUATION, "").trim()).join(" ").split(/\s+/);
    expect(words).toEqual(src.split(/\s+/));
  });

  it("never cuts a special token, even inside a word wider than the line", () => {
    const lines = gridLines([TEMPLATE], 20);
    const text = lines.map((l) => show(l).replace(CONTINUATION, "").trim());
    for (const special of ["<|im_start|>", "<|im_sep|>", "<|im_end|>"]) expect(text.some((t) => t.includes(special)), special).toBe(true);
    expect(text.join("").replace(/\s/g, "")).toBe(TEMPLATE.replace(/\s/g, ""));
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(20);
  });

  it("a wrapped line keeps its indent under the continuation sign", () => {
    const lines = gridLines(["        call(alpha, beta, gamma, delta, epsilon)"], 30);
    expect(lines[1]).toMatchObject({ mark: 8, col: 10 });
  });

  it("breaks a line before a comment's marker, never between the marker and its first word", () => {
    // The future-keep-track fixture's agent loop: `action = …(context)   # 다음에 할 일` in a narrow panel.
    const lines = gridLines(["    action = model.next_action(context)   # 다음에 할 일"], 44).map((l) => l.text);
    expect(lines).toEqual(["    action = model.next_action(context)", "# 다음에 할 일"]);
    expect(gridLines(["x = f(y)  // note here"], 12).map((l) => l.text)).toEqual(["x = f(y)", "// note", "here"]);
    // A `#` inside a word or an `#include` line is no comment marker standing apart.
    expect(gridLines(["a#b c"], 3).map((l) => l.text)).toEqual(["a#b", "c"]);
    expect(gridLines(["#include <stdio.h>"], 12).map((l) => l.text)).toEqual(["#include", "<stdio.h>"]);
  });

  it("gives emoji and Han two cells, Hangul one and a half, and the math-face signs one", () => {
    expect(["a", "한", "b", "🙂", "字", "|", CONTINUATION].map(cellsOf)).toEqual([1, 1.5, 1, 2, 2, 1, 1]);
    const [line] = gridLines(["a한b🙂c"], 40);
    expect(line).toMatchObject({ text: "a한b🙂c", col: 0, width: 6.5 });
    // Hangul is wrapped by its cells: seven syllables and a blank take 11.5 columns, more than ten; six fit in ten.
    expect(gridLines(["가나다라마 바사"], 10).map((l) => l.text)).toEqual(["가나다라마", "바사"]);
    expect(gridLines(["가나다 라마바"], 10).map((l) => l.text)).toEqual(["가나다 라마바"]);
  });

  it("sets a Korean comment's syllables side by side, not a cell apart", () => {
    // A syllable's cell is at most a quarter wider than the pen draws the average syllable of a comment.
    const px = 16;
    const [run] = measureRuns("모델이쓰는코드대화를템플릿에넣기", px, "normal", true);
    if (run?.kind !== "text") throw new Error("a Hangul run");
    const syllables = [...run.text];
    const mean = syllables.reduce((w, c) => w + advanceEm(run.face, c) * run.size, 0) / syllables.length;
    expect(cellsOf("모") * MONO_CELL_EM * px).toBeLessThan(mean * 1.25);
    expect(run.width).toBeCloseTo(syllables.length * cellsOf("모") * MONO_CELL_EM * px, 6);
  });
});

describe("layoutCode", () => {
  const env = { fontPx: 16, minFontPx: 12, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#22304a", seed: 3 };
  const block: Code = { kind: "code", lang: "python", text: `def chat():\n    return "${TEMPLATE}"` };

  it("sets each line as fixed-advance runs on the inline code's cell, blanks kept, every run on the grid", () => {
    const px = codePx(env.fontPx, env.minFontPx);
    const cell = MONO_CELL_EM * px;
    const out = layoutCode(block, env, { width: 2000, height: 400 });
    const runs = out.marks.filter((m): m is TextMark => m.kind === "text");
    expect(runs.every((r) => r.cell === cell)).toBe(true);
    // Not one mark per character: the runs of a line, joined, are the line as written, indent included.
    expect(runs.length).toBeLessThan(20);
    const byLine = new Map<number, TextMark[]>();
    for (const r of runs) byLine.set(r.y, [...(byLine.get(r.y) ?? []), r]);
    expect([...byLine.values()].map((l) => l.map((r) => r.text).join(""))).toEqual(block.text.split("\n"));
    // Each run starts where the one before it ends, on a cell boundary, as wide as its cells.
    const pad = runs[0]!.x;
    for (const line of byLine.values()) {
      for (let i = 1; i < line.length; i++) expect(line[i]!.x).toBeCloseTo(line[i - 1]!.x + line[i - 1]!.width, 6);
      for (const r of line) expect((r.x - pad) / cell - Math.round((r.x - pad) / cell)).toBeCloseTo(0, 6);
    }
    // `|` is set in the math face so it cannot be read as an `l`.
    const bars = runs.filter((r) => r.text.includes("|"));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((r) => r.face === "math" && /^\|+$/.test(r.text))).toBe(true);
  });

  it("stays within a narrow width by wrapping, with the continuation sign drawn", () => {
    const out = layoutCode(block, env, { width: 220, height: 400 });
    expect(out.width).toBeLessThanOrEqual(220);
    const glyphs = out.marks.filter((m): m is TextMark => m.kind === "text");
    for (const g of glyphs) expect(g.x + g.width, g.text).toBeLessThanOrEqual(220 + 0.5);
    expect(glyphs.some((g) => g.text === CONTINUATION && g.face === "math")).toBe(true);
  });

  it("is sized by auto-fit like other blocks: a long listing gets a smaller size than a short one, and fits", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `    step_${i} = model(tokens[${i}])  # 토큰 ${i}`).join("\n");
    const fitted = (n: number) =>
      layoutSheet(sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 90, panels: [panel("code", [{ kind: "code", text: lines(n) }])] }])).panels[0]!;
    const short = fitted(4);
    const long = fitted(26);
    expect(long.fontPx).toBeLessThan(short.fontPx);
    expect(long.overflow).toBe(false);
    const block = long.blocks[0]!;
    expect(block.box.x + block.box.width).toBeLessThanOrEqual(long.box.x + long.box.width);
    expect(block.box.y + block.box.height).toBeLessThanOrEqual(long.box.y + long.box.height);
  });
});

describe("a code block in the PDF", () => {
  it("extracts line by line, in order, with its blanks: one text run per line, not one per character", async () => {
    const long = "tokens = tokenizer.encode(prompt, allowed_special={'<|im_start|>', '<|im_end|>'}) + [eos] * padding_length + list(range(vocab_size, vocab_size + extra))  # 끝";
    const text = ["def chat(messages):", "    # 대화를 템플릿에 넣기  (Hangul, two blanks)", '    return "<|im_start|>user " + messages[0] + "<|im_end|>"', long].join("\n");
    const laid = layoutSheet(sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 90, panels: [panel("code", [{ kind: "code", text }])] }]));
    const pdf = await renderPdf(laid);
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.flatMap((it) => ("str" in it && it.str !== "" ? [it] : []));
    await doc.destroy();
    // The page's lines as pdf.js reads them: its items grouped by baseline, top to bottom, left to right.
    const rows = new Map<number, { x: number; str: string }[]>();
    for (const it of items) {
      const y = Math.round(it.transform[5] as number);
      rows.set(y, [...(rows.get(y) ?? []), { x: it.transform[4] as number, str: it.str }]);
    }
    const lines = [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r.sort((a, b) => a.x - b.x).map((i) => i.str).join("").trim());
    // pdf.js, like pdftotext, reads a run of blanks as one space and drops the indent; the words and the blanks
    // between them are the source's, in order, and the wrapped line reads on after its continuation sign.
    const plain = (s: string): string => s.trim().replace(/\s+/g, " ");
    const read = lines.join("\n");
    for (const line of text.split("\n").slice(0, 3)) expect(lines, line).toContain(plain(line));
    expect(read).toContain(`\n${CONTINUATION} `);
    expect(read.replaceAll(`\n${CONTINUATION} `, " ")).toContain(plain(long));
  });
});
