// The CLI tests spawn bin/nanosheet.js, which runs dist/. Rebuild dist when any source file is newer,
// so `npm test` after editing (or on a fresh clone, where `prepare` already built) tests the current code.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT_DIR } from "./fixtures/list.js";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

export function ensureDist(): void {
  const entry = join(ROOT_DIR, "dist", "cli", "main.js");
  // bin/nanosheet.js runs the bundle when there is one, so it must be as new as the sources too.
  const bundle = join(ROOT_DIR, "dist", "nanosheet.cjs");
  const newest = newestMtime(join(ROOT_DIR, "src"));
  const stale = [entry, bundle].some((f) => !existsSync(f) || newest > statSync(f).mtimeMs);
  if (!stale) return;
  try {
    execFileSync(process.execPath, [join(ROOT_DIR, "scripts", "build.mjs")], { cwd: ROOT_DIR, stdio: "pipe" });
  } catch {
    // Type errors still emit JavaScript; `npm run typecheck` is where they fail. Only a missing build is fatal.
  }
  if (!existsSync(entry)) throw new Error("the build did not produce dist/cli/main.js");
}
