// The CLI bundle swaps a few pure-JS helpers for native ones (scripts/bundle-shims/); each must behave
// exactly like the package it replaces.
import { createRequire } from "node:module";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const tinyInflate = require("tiny-inflate") as (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const shim = require("../scripts/bundle-shims/tiny-inflate.cjs") as typeof tinyInflate;

describe("tiny-inflate shim", () => {
  const text = new TextEncoder().encode("가나다 Unicode trie data ".repeat(500));
  const packed = new Uint8Array(deflateRawSync(text));

  it("fills a buffer of the exact size like tiny-inflate", () => {
    const a = tinyInflate(packed, new Uint8Array(text.length));
    const b = shim(packed, new Uint8Array(text.length));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(text))).toBe(true);
  });

  it("returns only the filled part of a larger buffer, like tiny-inflate", () => {
    const a = tinyInflate(packed, new Uint8Array(text.length + 100));
    const b = shim(packed, new Uint8Array(text.length + 100));
    expect(b.length).toBe(text.length);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("decodes data deflated twice (how unicode-trie ships its tables) the same way", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const inner = deflateRawSync(bytes);
    const outer = new Uint8Array(deflateRawSync(inner));
    const viaTiny = tinyInflate(tinyInflate(outer, new Uint8Array(bytes.length)), new Uint8Array(bytes.length));
    const viaShim = shim(shim(outer, new Uint8Array(bytes.length)), new Uint8Array(bytes.length));
    expect(Buffer.from(viaShim).equals(Buffer.from(viaTiny))).toBe(true);
    expect(Buffer.from(viaShim).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("brotli shim (no WOFF2 decoder in the bundles)", () => {
  const decompress = require("../scripts/bundle-shims/brotli/decompress.js") as () => never;

  it("refuses WOFF2 with a clear message instead of decoding", () => {
    expect(() => decompress()).toThrow("WOFF2 fonts are not supported");
  });

  it("is never needed: every face nanosheet ships is a WOFF (zlib), not a WOFF2 (brotli)", async () => {
    const { FACE_IDS, FACE_SPECS, fontPath } = await import("../src/fonts/faces.js");
    const { readFileSync } = await import("node:fs");
    for (const id of FACE_IDS) expect(readFileSync(fontPath(FACE_SPECS[id])).subarray(0, 4).toString("latin1"), id).toBe("wOFF");
  });
});
