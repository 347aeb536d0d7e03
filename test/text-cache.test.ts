// The measuring caches live as long as the process: a series child or the live preview lays out sheet after
// sheet, so each cache must stay bounded and still answer right after it starts over.
import { describe, expect, it } from "vitest";
import { TextCache } from "../src/fonts/cache.js";

describe("TextCache", () => {
  it("keeps at most `max` strings a kind and still answers what it holds", () => {
    const cache = new TextCache<string, number>(100);
    for (let i = 0; i < 250; i++) cache.set("hand", `word ${i}`, i);
    cache.set("kalam", "word 0", -1);
    // Started over at 100 and again at 200: the last 50 are there, the early ones are gone.
    expect(cache.get("hand", "word 249")).toBe(249);
    expect(cache.get("hand", "word 200")).toBe(200);
    expect(cache.get("hand", "word 199")).toBeUndefined();
    expect(cache.get("hand", "word 0")).toBeUndefined();
    // Kinds are separate maps: one kind starting over leaves the others.
    expect(cache.get("kalam", "word 0")).toBe(-1);
  });
});
