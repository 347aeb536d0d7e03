#!/usr/bin/env node
// Starts the CLI as fast as Node allows. `npm run build` bundles it into one file, dist/nanosheet.cjs, and
// stores V8's compiled code for it in dist/nanosheet.cjs.cache: loading ~200 modules one by one and
// compiling them again on every run was about half a second of each cold build. V8 checks the cache
// against the source and its own version and ignores it when it does not match, so a stale or foreign
// cache only costs the time it saves. Without the bundle, the plain dist/ modules run instead.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const bundle = join(dist, "nanosheet.cjs");

async function run() {
  if (existsSync(bundle)) {
    // Mermaid's parsers may stay ES modules outside the bundles, and code in a vm.Script cannot call
    // import() itself: it uses this one (see src/mermaid/load.ts).
    globalThis[Symbol.for("nanosheet.import")] = (specifier) => import(specifier);
    const { requireCached, LOADED_SCRIPTS } = await import(pathToFileURL(join(dist, "code-cache.js")).href);
    const code = await requireCached(bundle).main(process.argv.slice(2));
    // `npm run build` sets this after bundling: the caches then hold the code a real build compiled, for
    // the CLI bundle and every bundle it loaded (Mermaid's parsers).
    if (process.env.NANOSHEET_WRITE_CODE_CACHE) {
      for (const { cachedData, cacheFile } of globalThis[LOADED_SCRIPTS] ?? []) {
        writeFileSync(`${cacheFile}.tmp`, cachedData());
        renameSync(`${cacheFile}.tmp`, cacheFile);
      }
    }
    return code;
  }
  const { main } = await import(pathToFileURL(join(dist, "cli", "main.js")).href);
  return main(process.argv.slice(2));
}

run().then(
  // exitCode rather than exit(): lets stdout drain when piped.
  (code) => (process.exitCode = code),
  (err) => {
    if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("main.js")) {
      process.stderr.write("nanosheet: not built yet — run `npm run build` first\n");
    } else {
      process.stderr.write(`nanosheet: ${err && err.stack ? err.stack : err}\n`);
    }
    process.exitCode = 1;
  },
);
