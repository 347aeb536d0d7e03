// Loading a prebuilt CommonJS bundle with V8's compiled-code cache (`<file>.cache`, written by `npm run build`).
// Node 20 has no compile cache of its own; compiling Mermaid's parsers again on every run cost ~0.3 s.
// The library only reads caches. It lists the scripts it loaded (the PDF worker hands its own back), and
// bin/nanosheet.js writes their caches when the build asks it to (NANOSHEET_WRITE_CODE_CACHE), so no library
// code ever writes a file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

/** Scripts loaded this run, for the launcher to store their compiled code after a build's warm-up run. */
export const LOADED_SCRIPTS = Symbol.for("nanosheet.loadedScripts");

export interface LoadedScript {
  cacheFile: string;
  /** True when V8 refused the cache it was given (stale or foreign), so the code compiled afresh. */
  rejected: boolean;
  /** V8's compiled code for the script as it is now (functions run so far included). */
  cachedData(): Buffer;
}

interface Loader {
  readFileSync: (file: string, encoding?: "utf8") => string | Buffer;
  Script: typeof vm.Script;
  createRequire: typeof createRequire;
  dirname: typeof dirname;
}

/**
 * Run a CommonJS file through vm.Script with `<file>.cache` when there is one that matches. Self-contained
 * (its modules passed in): the PDF worker runs it from its source text to load its own bundle.
 */
export function loadCached(file: string, lib: Loader): { exports: unknown; script: vm.Script } {
  const source = lib.readFileSync(file, "utf8") as string;
  let cachedData: Buffer | undefined;
  try {
    cachedData = lib.readFileSync(`${file}.cache`) as Buffer;
  } catch {
    cachedData = undefined;
  }
  const script = new lib.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, lib.createRequire(file), module, file, lib.dirname(file));
  return { exports: module.exports, script };
}

/** Note a script whose compiled code the launcher may store. */
export function listLoaded(entry: LoadedScript): void {
  const g = globalThis as Record<symbol, LoadedScript[] | undefined>;
  (g[LOADED_SCRIPTS] ??= []).push(entry);
}

/** `require` a CommonJS bundle through vm.Script, with its code cache when there is one that matches. */
export function requireCached(file: string): unknown {
  const { exports, script } = loadCached(file, { readFileSync, Script: vm.Script, createRequire, dirname });
  listLoaded({ cacheFile: `${file}.cache`, rejected: script.cachedDataRejected === true, cachedData: () => script.createCachedData() });
  return exports;
}
