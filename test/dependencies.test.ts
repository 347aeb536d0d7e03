// What we rely on inside our dependencies, beyond their public API. Each is pinned to an exact version in
// package.json; an update that changes one of these shapes must fail here, loudly, before it fails in a PDF
// or a Mermaid parse. If this fails after an update: re-check src/export/pdf-fonts.ts (fontkit internals) or
// scripts/build.mjs and src/mermaid/load.ts (Mermaid's chunk names), then update the pin.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACE_IDS, loadFace } from "../src/fonts/faces.js";
import { ROOT_DIR } from "./fixtures/list.js";

const require = createRequire(import.meta.url);
const PINNED = ["fontkit", "pdfkit", "svg-to-pdfkit", "mermaid", "@dagrejs/dagre"];

describe("pinned dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { dependencies: Record<string, string> };

  it.each(PINNED)("%s is pinned to an exact version, and that version is installed", (name) => {
    const wanted = pkg.dependencies[name];
    expect(wanted, `${name} must be an exact version (we use its internals)`).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(join(ROOT_DIR, "node_modules", name, "package.json"), "utf8")) as { version: string };
    expect(installed.version, `installed ${name}`).toBe(wanted);
  });
});

describe("fontkit internals used by src/export/pdf-fonts.ts", () => {
  it("a TrueType font keeps its table directory, its byte stream and its decoded-table cache", async () => {
    const fontkit = ((await import("fontkit")) as { default?: unknown }).default ?? (await import("fontkit"));
    for (const id of FACE_IDS) {
      const font = (fontkit as { create(b: Buffer): Record<string, unknown> }).create(loadFace(id).data) as {
        directory?: { tables?: Record<string, { offset?: unknown }> };
        stream?: { buffer?: unknown };
        _tables?: unknown;
        loca?: { offsets?: unknown };
        hmtx?: unknown;
        _getTableStream?: unknown;
        getGlyph(id: number): { _getTableMetrics?: unknown };
        createSubset(): Record<string, unknown>;
      };
      expect(typeof font.directory?.tables?.["post"]?.offset, `${id}: font.directory.tables.post.offset`).toBe("number");
      expect(font.stream?.buffer, `${id}: font.stream.buffer`).toBeInstanceOf(Uint8Array);
      expect(typeof font._tables, `${id}: font._tables`).toBe("object");
      expect(Array.isArray(font.loca?.offsets), `${id}: font.loca.offsets`).toBe(true);
      expect(font.hmtx, `${id}: font.hmtx`).toBeTruthy();
      expect(typeof font._getTableStream, `${id}: font._getTableStream`).toBe("function");
      expect(typeof font.getGlyph(1)._getTableMetrics, `${id}: glyph._getTableMetrics`).toBe("function");
      const subset = font.createSubset() as { _addGlyph?: unknown; glyf?: unknown; loca?: { offsets?: unknown }; hmtx?: { metrics?: unknown }; offset?: unknown; includeGlyph(g: number): number; encode(): Uint8Array };
      expect(typeof subset._addGlyph, `${id}: subset._addGlyph`).toBe("function");
      // The tables fastSubset appends to exist while the subset encodes (encode() sets them up, then adds glyphs).
      subset.includeGlyph(1);
      subset.encode();
      expect(Array.isArray(subset.glyf), `${id}: subset.glyf`).toBe(true);
      expect(Array.isArray(subset.loca?.offsets), `${id}: subset.loca.offsets`).toBe(true);
      expect(Array.isArray(subset.hmtx?.metrics), `${id}: subset.hmtx.metrics`).toBe(true);
      expect(typeof subset.offset, `${id}: subset.offset`).toBe("number");
    }
  });
});

describe("Mermaid chunks used by scripts/build.mjs and src/mermaid/load.ts", () => {
  const chunks = join(dirname(require.resolve("mermaid")), "chunks", "mermaid.core");
  // The same patterns as CHUNK_PATTERNS in src/mermaid/load.ts and the build script.
  const patterns = { flow: /^flowDiagram-[\w-]+\.mjs$/, mindmap: /^mindmap-definition-[\w-]+\.mjs$/ };

  it.each(Object.entries(patterns))("exactly one %s chunk exports the diagram definition", (_kind, re) => {
    expect(existsSync(chunks), chunks).toBe(true);
    const found = readdirSync(chunks).filter((f) => re.test(f));
    expect(found, `chunks matching ${re}`).toHaveLength(1);
    expect(readFileSync(join(chunks, found[0]!), "utf8")).toMatch(/export\s*\{[^}]*\bas diagram\b|export\s*\{[^}]*\bdiagram\b/);
  });

  it("a chunk still holds the getConfig() the build patches", () => {
    const source = readdirSync(chunks)
      .filter((f) => /^chunk-[\w-]+\.mjs$/.test(f))
      .some((f) => readFileSync(join(chunks, f), "utf8").includes("return assignWithDepth_default({}, currentConfig);"));
    expect(source, "Mermaid's getConfig() changed: update GET_CONFIG in scripts/build.mjs").toBe(true);
  });
});
