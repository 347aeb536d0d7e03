// The gallery embeds only the slices of our pen face that its text needs, so Korean renders on a system with no
// Korean face and the page stays small.
import { describe, expect, it } from "vitest";
import { EMBEDDED_FAMILY, embeddedFaceCss } from "../src/fonts/web.js";

const rangesOf = (css: string): [number, number][] =>
  [...css.matchAll(/unicode-range:([^}]+)\}/g)].flatMap((m) =>
    m[1]!.split(",").map((r): [number, number] => {
      const [a, b] = r.replace(/^U\+/i, "").split("-");
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    }),
  );

describe("embeddedFaceCss", () => {
  it("embeds nothing for ASCII text", () => {
    expect(embeddedFaceCss("GPT-2 Training · 5 chapters")).toBe("");
  });

  it("embeds the slices that cover every Korean character shown, as woff2 data URIs, and no others", () => {
    const text = "7. GPT-2 훈련 · 환각과 도구 사용 · 비율/ratio";
    const css = embeddedFaceCss(text);
    const rules = css.split("\n");
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule).toContain(`font-family:"${EMBEDDED_FAMILY}"`);
      expect(rule).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\("woff2"\)/);
    }
    const ranges = rangesOf(css);
    for (const ch of text.replace(/[^\p{Script=Hangul}]/gu, "")) {
      const cp = ch.codePointAt(0)!;
      expect(ranges.some(([a, b]) => cp >= a && cp <= b), `${ch} covered`).toBe(true);
    }
    // Declared for East Asian characters only: a slice that also holds Latin leaves Latin to the page's face.
    expect(ranges.every(([a]) => a >= 0x1100)).toBe(true);
    expect(css).toMatch(/size-adjust:122%/);
    // Fewer slices for less text: one word needs only the slices of its own syllables.
    expect(embeddedFaceCss("훈련").split("\n").length).toBeLessThan(rules.length);
    // The same text gives the same bytes.
    expect(embeddedFaceCss(text)).toBe(css);
  });
});
