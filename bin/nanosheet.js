#!/usr/bin/env node
// Starts the CLI as fast as Node allows. `npm run build` bundles it into one file, dist/nanosheet.cjs, and
// stores V8's compiled code for it in dist/nanosheet.cjs.cache: loading ~200 modules one by one and
// compiling them again on every run was about half a second of each cold build. V8 checks the cache
// against the source and its own version and ignores it when it does not match, so a stale or foreign
// cache only costs the time it saves. Without the bundle, the plain dist/ modules run instead.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";

// V8 compiles optimised code and marks and sweeps the heap on a pool of helper threads (four by default).
// With two cores, and the two export workers busy beside this thread, the helpers only take turns with the
// threads doing the work; doing that work in line made cold builds ~5% faster here (15 interleaved runs,
// BENCHMARKS.md). Set before the CLI loads, so every isolate (this one and the workers) starts with them.
if (availableParallelism() <= 2) {
  for (const flag of ["--no-concurrent-recompilation", "--no-concurrent-marking", "--no-concurrent-sweeping"]) v8.setFlagsFromString(flag);
}

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const bundle = join(dist, "nanosheet.cjs");

/**
 * The PNG and PDF workers take ~0.2 s of CPU to boot and load their libraries. A build would start them only
 * once the CLI bundle is loaded and the input read, and they would then compete with reading and layout for
 * the two cores; started here, they boot while this thread loads the bundle. The build takes them over when
 * their source and data are what it would start itself (src/export/worker.ts), else starts its own.
 */
function prestartWorkers(argv) {
  if (argv[0] !== "build" || argv.includes("--help") || argv.includes("-h") || isSeries(argv)) return;
  let specs;
  try {
    specs = JSON.parse(readFileSync(join(dist, "workers.json"), "utf8"));
  } catch {
    return;
  }
  // Written for another copy of nanosheet (a directory copied after its build): its workers would load that
  // copy's libraries, and two copies of resvg's native module in one process crash it at exit.
  if (specs.dist !== dist) return;
  const at = argv.findIndex((a) => a === "--format" || a.startsWith("--format="));
  const formats = at < 0 ? "png,pdf" : argv[at].startsWith("--format=") ? argv[at].slice(9) : (argv[at + 1] ?? "");
  const pool = [];
  for (const kind of ["png", "pdf"]) {
    if (!formats.split(",").includes(kind) || !specs[kind]) continue;
    const worker = new Worker(specs[kind].code, { eval: true, workerData: specs[kind].data });
    worker.unref();
    pool.push({ ...specs[kind], worker });
  }
  globalThis[Symbol.for("nanosheet.prestartedWorkers")] = pool;
}

/** A series build (a folder, a glob or several files) renders in its own pool of processes instead. */
function isSeries(argv) {
  const inputs = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (/^(-o|--out|--format|--page|--dpi|-j|--jobs)$/.test(a)) i++;
    else if (a === "--") inputs.push(...argv.slice(i + 1));
    else if (!a.startsWith("-")) inputs.push(a);
    if (a === "--") break;
  }
  return inputs.length > 1 || inputs.some((a) => /[*?[{]/.test(a) || statSync(a, { throwIfNoEntry: false })?.isDirectory());
}

async function run() {
  if (existsSync(bundle)) {
    prestartWorkers(process.argv.slice(2));
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
