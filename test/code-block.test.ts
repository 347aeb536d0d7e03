// The code block: a character grid that keeps whitespace, breaks lines only between tokens (never inside a
// special token) with a visible continuation sign, laid out from the faces' own advances and sized by auto-fit.
import { describe, expect, it } from "vitest";
import { CONTINUATION, codeSourceLines, gridLines, type GridLine } from "../src/blocks/code/grid.js";
import { cellWidth, codePx, layoutCode } from "../src/blocks/code/layout.js";
import { textWidth } from "../src/fonts/measure.js";
import type { Code } from "../src/model/sheet.js";
import type { TextMark } from "../src/model/positioned.js";
import { layoutSheet } from "../src/layout/index.js";
import { panel, sheetOf } from "./layout-helpers.js";

/** A grid line back as text: each cell at its column (counted in UTF-16 units: ASCII lines only), blanks between. */
function show(line: GridLine): string {
  let out = "";
  for (const c of line.cells) {
    out = out.padEnd(c.col, " ") + c.text;
  }
  return out;
}

const TEMPLATE = "<|im_start|>system<|im_sep|>You are a helpful assistant<|im_end|>";

describe("the code grid", () => {
  it("expands tabs to stops of four and keeps inner whitespace; trims only trailing blanks and blank edge lines", () => {
    expect(codeSourceLines("\n\tif x:\n\t\treturn  a   # two spaces  \n\n")).toEqual(["    if x:", "        return  a   # two spaces"]);
  });

  it("leaves a line that fits alone, column for column", () => {
    const [line] = gridLines(["a  b\tc"].map((l) => codeSourceLines(l)[0]!), 40);
    expect(show(line!)).toBe("a  b    c".trimEnd());
    expect(line!.continued).toBe(false);
  });

  it("breaks a long line only between tokens, each piece after the first starting with the continuation sign", () => {
    const src = "logits = model(ids)[:, -1, :] / temperature  # last position only";
    const lines = gridLines([src], 24);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(24);
    expect(lines.slice(1).every((l) => l.continued && l.cells[0]?.text === CONTINUATION && l.cells[0]?.mark)).toBe(true);
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
    expect(lines[1]?.cells[0]).toMatchObject({ text: CONTINUATION, col: 8 });
  });

  it("gives Hangul and emoji two cells", () => {
    const [line] = gridLines(["a한b🙂c"], 40);
    expect(line!.cells.map((c) => [c.text, c.col])).toEqual([["a", 0], ["한", 1], ["b", 3], ["🙂", 4], ["c", 6]]);
  });
});

describe("layoutCode", () => {
  const env = { fontPx: 16, minFontPx: 12, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#22304a", seed: 3 };
  const block: Code = { kind: "code", lang: "python", text: `def chat():\n    return "${TEMPLATE}"` };

  it("measures its grid from the Latin hand's own advance and sets every glyph in its cell", () => {
    const px = codePx(env.fontPx, env.minFontPx);
    expect(cellWidth(px)).toBeCloseTo(textWidth("0", px) * 1.2, 6);
    const out = layoutCode(block, env, { width: 2000, height: 400 });
    const glyphs = out.marks.filter((m): m is TextMark => m.kind === "text");
    expect(glyphs.map((g) => g.text).join("")).toBe(block.text.replace(/\s/g, ""));
    // `|` is set in the math face so it cannot be read as an `l`.
    expect(glyphs.filter((g) => g.text === "|").every((g) => g.face === "math")).toBe(true);
  });

  it("stays within a narrow width by wrapping, with the continuation sign drawn", () => {
    const out = layoutCode(block, env, { width: 220, height: 400 });
    expect(out.width).toBeLessThanOrEqual(220);
    const glyphs = out.marks.filter((m): m is TextMark => m.kind === "text");
    for (const g of glyphs) expect(g.x + g.width, g.text).toBeLessThanOrEqual(220 + 0.5);
    expect(glyphs.some((g) => g.text === CONTINUATION)).toBe(true);
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
