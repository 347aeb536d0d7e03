// Temp files of the atomic writes: their names, removal on SIGINT/SIGTERM, and sweeping the ones a killed
// process (SIGKILL, power loss) left behind.
import { rmSync } from "node:fs";
import { lstat, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/** `<output>.<pid>.tmp`; only outputs nanosheet writes match STALE below. */
export function tempName(path: string): string {
  return `${path}.${process.pid}.tmp`;
}

const STALE = /\.(md|svg|png|pdf|json)\.(\d+)\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove regular files named like our temp files whose writing process is gone. */
export async function sweepStaleTemps(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(STALE.exec(name)?.[2]);
    if (!(pid > 0) || alive(pid)) continue;
    const path = join(folder, name);
    if ((await lstat(path).catch(() => undefined))?.isFile()) await rm(path, { force: true }).catch(() => {});
  }
}

const live = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, so the shell sees an interrupted run (exit status 130 or 143).
  process.kill(process.pid, signal);
}

/**
 * Remove these temp files if the process is interrupted before `release` is called. The handler is
 * installed only while temp files exist, so an interruption at any other time keeps the default behaviour.
 */
export function cleanupOnSignal(paths: readonly string[]): () => void {
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  for (const p of paths) live.add(p);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const p of paths) live.delete(p);
    if (live.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
