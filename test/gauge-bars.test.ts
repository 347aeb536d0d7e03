// Every bar the reader takes for a gauge is drawn as a bar: the gauge reader and the table cell read the same
// glyphs (model/bar-glyphs.ts), so no gauge is left as a run of glyphs that wraps in a narrow column.
import { describe, expect, it } from "vitest";
import { BAR_FILL } from "../src/model/bar-glyphs.js";
import { barOf } from "../src/blocks/table/bar.js";
import { gaugeTable } from "../src/read/prompt/gauges.js";

const cells = (text: string) => {
  const t = gaugeTable(text);
  return t?.kind === "table" ? t.rows.map((r) => r[1]!) : [];
};

describe("gauges typed in any bar glyph", () => {
  for (const [glyph, share] of Object.entries(BAR_FILL)) {
    const empty = share === 0;
    it(`${glyph} reads as a gauge and draws as a bar`, () => {
      // A bar of the glyph alone, and one beside the track people draw it on.
      const bars = cells(`정확도  ${glyph.repeat(6)}${empty ? "" : "░░░░"} 60%\n속도  ${glyph.repeat(3)} 30%`);
      expect(bars).toHaveLength(2);
      for (const b of bars) expect(barOf(b), `${glyph}`).toBeDefined();
    });
  }

  it("fills a bar by what its glyphs cover: full, eighths, empty track", () => {
    const [full, eighths, squares] = cells("a ████░░░░ 50%\nb ▉▉▉▉ 88%\nc ▪▪▫▫ 50%");
    expect(barOf(full!)!.fill).toBeCloseTo(0.5, 5);
    expect(barOf(eighths!)!.fill).toBeCloseTo(7 / 8, 5);
    expect(barOf(squares!)!.fill).toBeCloseTo(0.5, 5);
  });

  it("draws a bracketed ASCII bar by its marks", () => {
    const [a] = cells("coding [#######---] 70%\nmath [##--------] 20%");
    expect(barOf(a!)!.fill).toBeCloseTo(0.7, 5);
  });
});
