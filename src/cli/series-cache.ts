// The series build's incremental cache, `<out>/.nanosheet/cache.json`: per chapter, the key it was built with
// (its input bytes, the options and this nanosheet's build) and what it wrote with byte sizes. A chapter whose
// key matches and whose files are all still there as written is not rebuilt; neither are the gallery and the
// book when no chapter changed. A missing or unreadable cache only means a full build.
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isAbsolute, join, relative } from "node:path";
import type { ChapterMeta } from "./series-child.js";
import { writeAllAtomic } from "./files.js";

export interface CacheEntry {
  key: string;
  meta: ChapterMeta;
  size?: { width: number; height: number };
  /** Paths relative to the output folder → byte size. */
  written: Record<string, number>;
  warnings: string[];
}

export interface CacheData {
  format: 1;
  chapters: Record<string, CacheEntry>;
  /** The gallery and book: the key of the whole series and the files written for it. */
  series?: { key: string; written: Record<string, number> };
}

export const cacheDir = (out: string): string => join(out, ".nanosheet");

/** This build of nanosheet: the version, and the bundle (or module) that runs, so a rebuild invalidates. */
export function buildFingerprint(version: string): string {
  const here = fileURLToPath(import.meta.url);
  const st = existsSync(here) ? statSync(here) : undefined;
  return `${version}:${st ? `${st.size}:${Math.round(st.mtimeMs)}` : "?"}`;
}

export function chapterKey(fingerprint: string, options: unknown, bytes: Buffer): string {
  return createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(options)).update("\0").update(bytes).digest("hex");
}

export async function loadCache(out: string): Promise<CacheData> {
  try {
    const data = JSON.parse(await readFile(join(cacheDir(out), "cache.json"), "utf8")) as CacheData;
    if (data.format === 1 && data.chapters && typeof data.chapters === "object") return data;
  } catch {
    // none yet, or unreadable: build everything
  }
  return { format: 1, chapters: {} };
}

export async function saveCache(out: string, data: CacheData): Promise<void> {
  await mkdir(cacheDir(out), { recursive: true });
  await writeAllAtomic([{ path: join(cacheDir(out), "cache.json"), data: `${JSON.stringify(data, null, 1)}\n` }]);
}

/** Absolute paths → paths relative to the output folder (the cache survives moving the folder). */
export function relativeSizes(out: string, written: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(written).map(([p, n]) => [relative(out, p), n]));
}

/** Every file still there with the size it was written with. */
export async function stillThere(out: string, written: Record<string, number>): Promise<boolean> {
  for (const [p, n] of Object.entries(written)) {
    const st = await stat(isAbsolute(p) ? p : join(out, p)).catch(() => undefined);
    if (!st || st.size !== n) return false;
  }
  return true;
}
