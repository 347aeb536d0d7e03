#!/usr/bin/env node
// Starts the CLI as fast as Node allows. `npm run build` bundles it into one file, dist/nanosheet.cjs, and
// stores V8's compiled code for it in dist/nanosheet.cjs.cache: loading ~200 modules one by one and
// compiling them again on every run was about half a second of each cold build. V8 checks the cache
// against the source and its own version and ignores it when it does not match, so a stale or foreign
// cache only costs the time it saves. Without the bundle, the plain dist/ modules run instead.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const bundle = join(dist, "nanosheet.cjs");
const cacheFile = `${bundle}.cache`;

function loadBundle() {
  const source = readFileSync(bundle, "utf8");
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // Mermaid's diagram parsers stay ES modules outside the bundle, and code in a vm.Script cannot call
  // import() itself: it uses this one (see src/mermaid/load.ts).
  globalThis[Symbol.for("nanosheet.import")] = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dist);
  return { main: module.exports.main, script };
}

async function run() {
  if (existsSync(bundle)) {
    const { main, script } = loadBundle();
    const code = await main(process.argv.slice(2));
    // `npm run build` sets this after bundling: the cache then holds the code a real build compiled.
    const out = process.env.NANOSHEET_WRITE_CODE_CACHE;
    if (out) {
      writeFileSync(`${out}.tmp`, script.createCachedData());
      renameSync(`${out}.tmp`, out);
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
