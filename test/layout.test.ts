import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { gutterFor, widthShares } from "../src/layout/page.js";
import { readSheet } from "../src/read/index.js";
import { fixtures } from "./fixtures/list.js";
import { LEGIBLE_MIN_PX, type PanelRow, type Sheet } from "../src/model/sheet.js";
import { translateMark, type PositionedSheet } from "../src/model/positioned.js";
import { bullets, geometryFaults, panel, para, quote, sheetOf, table } from "./layout-helpers.js";

const basic: Sheet = sheetOf([
  { kind: "title", ratio: 10 },
  { kind: "panels", ratio: 20, panels: [panel("a", [para("파라미터는 조절 가능한 숫자들")]), panel("b", [quote], { width: 0.6 })] },
  { kind: "panels", ratio: 45, panels: [panel("c", [para("트랜스포머는 토큰 시퀀스를 받아 다음 토큰을 예측합니다"), table, bullets(3)])] },
  { kind: "panels", ratio: 25, panels: [panel("d", [bullets(2, "checks")]), panel("e", [table]), panel("f", [bullets(4, "takeaways")])] },
]);

function checkRows(sheet: Sheet, ps: PositionedSheet): void {
  const areaH = ps.page.height - 2 * ps.page.margin;
  const total = sheet.rows.reduce((s, r) => s + r.ratio, 0);
  sheet.rows.forEach((row, i) => {
    const got = ps.rows[i]!.height / areaH;
    expect(Math.abs(got - row.ratio / total) / (row.ratio / total)).toBeLessThan(0.005);
  });
  const areaW = ps.page.width - 2 * ps.page.margin;
  const slotW = (id: string): number => ps.panels.find((p) => p.id === id)!.box.width + gutterFor(ps.page);
  sheet.rows.forEach((row, r) => {
    if (row.kind !== "panels") return;
    // Panels spanning down from rows above keep their columns; this row's columns share the rest.
    const held = sheet.rows.slice(0, r).flatMap((above, k) =>
      above.kind === "panels" ? above.panels.filter((p) => k + (p.rowSpan ?? 1) - 1 >= r).map((p) => slotW(p.id)) : [],
    );
    const free = (areaW - held.reduce((a, b) => a + b, 0)) / areaW;
    const leads = row.panels.filter((p, i) => i === 0 || !p.below);
    const shares = widthShares({ ...row, panels: leads });
    let column = -1;
    row.panels.forEach((p, i) => {
      if (i === 0 || !p.below) column++;
      const slot = slotW(p.id) / areaW;
      expect(Math.abs(slot - shares[column]! * free) / shares[column]!).toBeLessThan(0.005);
    });
  });
}

describe("layoutSheet", () => {
  const ps = layoutSheet(basic);

  it("gives rows their height ratios and panels their width shares", () => {
    checkRows(basic, ps);
    expect(widthShares(basic.rows[1] as PanelRow)).toEqual([0.4, 0.6]);
  });

  it("reads a width beside a panel with none as the percent it says, and a small one as a weight", () => {
    const row = (...widths: (number | undefined)[]): PanelRow => ({
      kind: "panels",
      ratio: 0.5,
      panels: widths.map((width, i) => ({ id: `p${i}`, title: `P${i}`, lead: [], blocks: [], ...(width === undefined ? {} : { width }) })),
    });
    const near = (got: number[], want: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, 9));
    near(widthShares(row(60, undefined)), [0.6, 0.4]);
    near(widthShares(row(50, undefined, undefined)), [0.5, 0.25, 0.25]);
    near(widthShares(row(2, 1, undefined)), [2 / 4.5, 1 / 4.5, 1.5 / 4.5]);
    near(widthShares(row(0.3, undefined)), [0.3, 0.7]);
    near(widthShares(row(60, 60, undefined)), [1 / 3, 1 / 3, 1 / 3]);
  });

  it("keeps every mark inside its panel and text from overlapping", () => {
    expect(geometryFaults(ps)).toEqual([]);
  });

  it("geometry checks catch a stray mark and overlapping text", () => {
    const broken = structuredClone(ps);
    const p = broken.panels[0]!;
    const text = p.blocks[0]!.marks.find((m) => m.kind === "text")!;
    p.blocks[0]!.marks.push({ ...text }, { ...text, x: p.box.x + p.box.width + 20 });
    const faults = geometryFaults(broken);
    expect(faults.some((f) => f.includes("outside"))).toBe(true);
    expect(faults.some((f) => f.includes("overlaps"))).toBe(true);
  });

  it("fits fonts within the style range, one size family across the page", () => {
    const sizes = ps.panels.map((p) => p.fontPx);
    for (const px of sizes) {
      expect(px).toBeGreaterThanOrEqual(basic.style.minFontPx);
      expect(px).toBeLessThanOrEqual(basic.style.maxFontPx);
      expect((px * 2) % 1).toBe(0);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.min(...sizes) * 1.35 + 0.5);
    expect(ps.problems).toEqual([]);
  });

  it("draws the title row: banner swash, banner text, subtitle, source URL", () => {
    const marks = ps.title!.marks;
    expect(marks.some((m) => m.kind === "highlight")).toBe(true);
    const texts = marks.filter((m) => m.kind === "text").map((m) => (m.kind === "text" ? m.text : ""));
    expect(texts.join("")).toContain("Test");
    expect(texts.join("")).toContain("https://example.com/x");
  });

  it("reports an overfull panel as overflow with its id and how far over", () => {
    const full = sheetOf([{ kind: "panels", ratio: 1, panels: [panel("tiny", [bullets(80)]), panel("ok", [para("짧은 글")])] }, { kind: "panels", ratio: 4, panels: [panel("big", [para("x")])] }]);
    const out = layoutSheet(full);
    const p = out.panels.find((x) => x.id === "tiny")!;
    expect(p.overflow).toBe(true);
    expect(p.overflowPx).toBeGreaterThan(0);
    expect(p.fontPx).toBe(full.style.minFontPx);
    expect(out.problems.filter((x) => x.kind === "overflow").map((x) => x.panel)).toEqual(["tiny"]);
  });

  it("lays out a 16:9 page when asked, overriding the sheet", () => {
    const wide = layoutSheet(basic, { page: "16:9" });
    expect(wide.page.size).toBe("16:9");
    expect(wide.page.width).toBeCloseTo(1280, 0);
    expect(wide.page.height).toBeCloseTo(720, 0);
    checkRows(basic, wide);
    expect(geometryFaults(wide)).toEqual([]);
    expect(layoutSheet(basic).page.width).toBeCloseTo(1122.52, 1);
  });

  it("reports text below the legible size and emoji without art", () => {
    const small = sheetOf([{ kind: "panels", ratio: 1, panels: [panel("s", [para("작은 글")], { emoji: "🍌\u200d🍌" })] }], {
      style: { ...basic.style, minFontPx: 9, maxFontPx: 9 },
    });
    const kinds = layoutSheet(small).problems.map((p) => p.kind);
    expect(kinds).toContain("small-text");
    expect(kinds).toContain("missing-emoji");
    expect(LEGIBLE_MIN_PX).toBe(12);
  });

  it("is pure: the same sheet lays out the same", () => {
    expect(JSON.stringify(layoutSheet(basic))).toBe(JSON.stringify(ps));
  });
});

describe("fixtures", () => {
  for (const fx of fixtures()) {
    it(`${fx.name}: rows, panel boxes, marks inside, no overlapping text`, async () => {
      const { sheet } = await readSheet(fx.text, { file: fx.path });
      const ps = layoutSheet(sheet);
      checkRows(ps.sheet ?? sheet, ps);
      expect(geometryFaults(ps)).toEqual([]);
      for (const p of ps.panels) {
        expect(p.fontPx).toBeGreaterThanOrEqual(sheet.style.minFontPx);
        expect(p.fontPx).toBeLessThanOrEqual(sheet.style.maxFontPx);
      }
      // A fixture flagged `tofu` reports its missing glyphs (the glyph tests hold it to that); nothing else.
      expect(ps.problems.filter((p) => p.kind !== "overflow" && !(fx.tofu && p.kind === "missing-glyph"))).toEqual([]);
    });
  }
});

describe("translateMark", () => {
  it("shifts every x and y of a path, keeping Z and rounding to hundredths", () => {
    const m = translateMark({ kind: "path", d: "M 1 2 L3,4.005 C 0 0, 1 1, 2 2 Z M-1 -2 Q 5 6 7 8Z", style: { seed: 1 } }, 10, -0.5);
    expect(m.kind === "path" && m.d).toBe("M11 1.5L13 3.51C10 -0.5 11 0.5 12 1.5Z M9 -2.5Q15 5.5 17 7.5Z");
  });
  it("shifts points and boxes without touching the original", () => {
    const line = { kind: "line" as const, x1: 0, y1: 0, x2: 5, y2: 5, style: { seed: 1 } };
    expect(translateMark(line, 1, 2)).toMatchObject({ x1: 1, y1: 2, x2: 6, y2: 7 });
    expect(line.x1).toBe(0);
  });
});
