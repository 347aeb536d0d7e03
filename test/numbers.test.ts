// Numbers written into paths: text2 must give exactly String(round2(n)), the text every SVG was written with
// before, or pages would change by a digit here and there.
import { describe, expect, it } from "vitest";
import { round2, text2 } from "../src/model/positioned.js";
import { rng } from "./random.js";


describe("text2", () => {
  it("writes the same text as String(round2(n)) for page coordinates, sizes and fractions", () => {
    const next = rng(7);
    const scales = [0.05, 1, 30, 1200, 1e5];
    const misses: string[] = [];
    for (let i = 0; i < 300_000 && misses.length < 5; i++) {
      const n = (next() - 0.3) * scales[i % scales.length]!;
      if (text2(n) !== String(round2(n))) misses.push(`${n}: ${text2(n)} vs ${String(round2(n))}`);
    }
    expect(misses).toEqual([]);
  });

  it("agrees on the edges: zeros, halves, whole numbers, tiny and huge values", () => {
    const edges = [0, -0, 0.004, -0.004, 0.005, -0.005, 0.015, -0.015, 1.005, 2.675, -2.675, 0.1, 0.01, -0.01, 10, -10, 100.5, 123456.785, 1e6, 1e14, 1e16, -1e21, 1e-9, NaN, Infinity, -Infinity];
    for (const n of edges) expect(text2(n), String(n)).toBe(String(round2(n)));
  });
});
