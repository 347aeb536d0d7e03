// Loading a prebuilt CommonJS bundle with V8's compiled-code cache (`<file>.cache`, written by `npm run build`).
// Node 20 has no compile cache of its own; compiling Mermaid's parsers again on every run cost ~0.3 s.
// The library only reads caches. It lists the scripts it loaded, and bin/nanosheet.js writes their caches
// when the build asks it to (NANOSHEET_WRITE_CODE_CACHE), so no library code ever writes a file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

/** Scripts loaded this run, for the launcher to store their compiled code after a build's warm-up run. */
export const LOADED_SCRIPTS = Symbol.for("nanosheet.loadedScripts");

export interface LoadedScript {
  script: vm.Script;
  cacheFile: string;
}

/** `require` a CommonJS bundle through vm.Script, with its code cache when there is one that matches. */
export function requireCached(file: string): unknown {
  const source = readFileSync(file, "utf8");
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const g = globalThis as Record<symbol, LoadedScript[] | undefined>;
  (g[LOADED_SCRIPTS] ??= []).push({ script, cacheFile });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
