// Running the CLI as a user does, for the CLI test files: `node bin/nanosheet.js` in a folder, its exit code and output.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT_DIR } from "./fixtures/list.js";

export const BIN = join(ROOT_DIR, "bin", "nanosheet.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function once(args: string[], cwd: string, input: string | undefined, timeout: number) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout, ...(input !== undefined ? { input } : {}) });
}

/**
 * A run that ends without an exit code (the process could not be started, or a signal from outside ended it)
 * is tried once more: on a loaded test machine that happens to a child that never reached our code, and a
 * second failure is reported with its cause in stderr. A hang is killed by the timeout both times, so it still fails.
 */
export function run(args: string[], cwd: string, input?: string, timeout = 60_000): Run {
  let r = once(args, cwd, input, timeout);
  if (r.status === null) r = once(args, cwd, input, timeout);
  const cause = r.status === null ? `\n[test: no exit code; signal ${r.signal ?? "none"}${r.error ? `, ${r.error.message}` : ""}]` : "";
  return { code: r.status, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + cause };
}

export function tmp(prefix = "nanosheet-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
