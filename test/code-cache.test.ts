// The bundles nanosheet builds (the CLI, Mermaid's parsers) load through requireCached with V8's code cache.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOADED_SCRIPTS, requireCached, type LoadedScript } from "../src/code-cache.js";

describe("requireCached", () => {
  const dir = mkdtempSync(join(tmpdir(), "nanosheet-code-cache-"));
  const file = join(dir, "bundle.cjs");
  writeFileSync(file, `const path = require("node:path");\nexports.name = path.basename(__filename);\nexports.twice = (n) => n * 2;\n`);

  it("runs a CommonJS file with its own require, __filename and exports", () => {
    const mod = requireCached(file) as { name: string; twice(n: number): number };
    expect(mod.name).toBe("bundle.cjs");
    expect(mod.twice(21)).toBe(42);
  });

  it("lists the script so the launcher can store its compiled code, and uses that code next time", () => {
    requireCached(file);
    const loaded = (globalThis as Record<symbol, LoadedScript[]>)[LOADED_SCRIPTS]!;
    const last = loaded[loaded.length - 1]!;
    expect(last.cacheFile).toBe(`${file}.cache`);
    writeFileSync(last.cacheFile, last.cachedData());
    requireCached(file);
    const again = loaded[loaded.length - 1]!;
    expect(again.rejected).toBe(false);
  });

  it("ignores a cache that does not match the source (V8 rejects it, the code still runs)", () => {
    // A source this isolate has not compiled yet, so V8 must look at the cache it is given.
    const other = join(dir, "other.cjs");
    writeFileSync(other, `exports.twice = (n) => n + n; // ${Date.now()}\n`);
    writeFileSync(`${other}.cache`, Buffer.from("not a code cache"));
    const mod = requireCached(other) as { twice(n: number): number };
    expect(mod.twice(2)).toBe(4);
    const loaded = (globalThis as Record<symbol, LoadedScript[]>)[LOADED_SCRIPTS]!;
    expect(loaded[loaded.length - 1]!.rejected).toBe(true);
  });
});
