// A callout pasted as a quote (`> 💡 **Tip** …`, Obsidian's `> [!NOTE]`, read as `**Note:** …`) is no one's words:
// its note is drawn without the big quotation mark. A quote keeps the mark, signed or not.
import { describe, expect, it } from "vitest";
import { isCallout, layoutQuote } from "../src/blocks/quote/layout.js";
import type { BlockEnv } from "../src/blocks/types.js";
import type { Quote } from "../src/model/sheet.js";

const env = { fontPx: 16, minFontPx: 12, accent: "#5a7fb5", palette: ["#5a7fb5"], ink: "#1f2a44", seed: 3 } as BlockEnv;
const quote = (text: Quote["text"], cite?: string): Quote => ({ kind: "quote", text, ...(cite ? { cite } : {}) });
const marked = (q: Quote): boolean => layoutQuote(q, env, { width: 400, height: 300 }).marks.some((m) => m.kind === "text" && m.text === "\u201C");

describe("callouts pasted as quotes", () => {
  const tip = quote([{ text: "💡 " }, { text: "Tip", bold: true }, { text: " Common Crawl은 원재료일 뿐." }]);
  const note = quote([{ text: "Note:", bold: true }, { text: " 컨텍스트 윈도우는 유한합니다." }]);
  const said = quote([{ text: "The context window is a very finite and precious resource" }], "Andrej Karpathy");
  const unsigned = quote([{ text: "These models are just imitating their training set." }]);

  it("tells a callout by its opening emoji or bold label, when no one signs it", () => {
    expect([tip, note].map(isCallout)).toEqual([true, true]);
    expect([said, unsigned].map(isCallout)).toEqual([false, false]);
    // Signed, a quote that opens with a label is someone's words.
    expect(isCallout({ ...note, cite: "Karpathy" })).toBe(false);
    // A bold word that is no label opens a quote like any other.
    expect(isCallout(quote([{ text: "Fundamentally", bold: true }, { text: " what's happening…" }]))).toBe(false);
  });

  it("draws a callout without the quotation mark, and a quote with it", () => {
    expect([tip, note].map(marked)).toEqual([false, false]);
    expect([said, unsigned].map(marked)).toEqual([true, true]);
  });
});
