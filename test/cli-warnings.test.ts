// The terminal shows the first few warnings of a kind and counts the rest; other kinds are never crowded out.
import { describe, expect, it } from "vitest";
import { shownWarnings } from "../src/cli/warnings.js";

describe("shownWarnings", () => {
  it("prints every warning when no kind repeats past three", () => {
    const w = ['line 3: an image is not drawn on the sheet, nor its alt text "GPU"', "line 9: no metadata block", 'line 4: an image is not drawn on the sheet, nor its alt text "rack"'];
    expect(shownWarnings(w)).toEqual(w);
  });

  it("counts the rest of a kind repeated many times, keeping the other kinds and their order", () => {
    const pics = Array.from({ length: 50 }, (_, i) => `line ${i + 10}: an image is not drawn on the sheet, nor its alt text "pic ${i}"`);
    const shown = shownWarnings(["line 1: no metadata block", ...pics, 'line 80: a quote "x" has no panel']);
    expect(shown).toHaveLength(6);
    expect(shown.slice(0, 4)).toEqual(["line 1: no metadata block", ...pics.slice(0, 3)]);
    expect(shown[4]).toBe('line 80: a quote "x" has no panel');
    expect(shown[5]).toMatch(/^47 more like "an image is not drawn on the sheet, nor its alt text "pic 0""$/);
  });

  it("tells kinds apart by their words, not by their lines, numbers or quoted text", () => {
    const a = Array.from({ length: 5 }, (_, i) => `line ${i}: panel "p${i}" is ${i * 7} px too tall`);
    const b = Array.from({ length: 5 }, (_, i) => `line ${i}: panel "p${i}" is ${i * 7} px too wide`);
    const shown = shownWarnings([...a, ...b]);
    expect(shown.filter((l) => l.startsWith("2 more like"))).toHaveLength(2);
  });
});

describe("the build's report", () => {
  it("keeps every warning, the reader's too, however many of a kind", async () => {
    const { buildSheet } = await import("../src/build.js");
    const pics = Array.from({ length: 8 }, (_, i) => `![rack ${i}](rack${i}.png)`);
    const doc = ["# Output Structure Plan", "## 🖥️ COMPUTE", "- 8×H100 node", ...pics, ""].join("\n");
    const built = await buildSheet(doc, { formats: ["svg"] });
    expect(built.report.warnings).toEqual(built.warnings);
    expect(built.report.warnings.filter((w) => /an image is not drawn/.test(w))).toHaveLength(8);
    expect(shownWarnings(built.warnings).filter((w) => /an image is not drawn/.test(w))).toHaveLength(4);
  });
});
