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

/** A hang would be killed by the timeout and show as code null. */
export function run(args: string[], cwd: string, input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmp(prefix = "nanosheet-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
