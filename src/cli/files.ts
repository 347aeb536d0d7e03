// Filesystem side of the CLI: reading inputs, naming outputs, and writing them atomically.
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";

/** A file the CLI could not read or write; printed as `path: message`, exit 1. */
export class FileError extends Error {
  override name = "FileError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a parent path is not a directory";
    case "ENOTEMPTY":
    case "EEXIST":
      return "a directory is in the way";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

/** Read `path`; errors name the file as the user typed it (`shown`). */
export async function readInput(path: string, shown = path): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new FileError(shown, `cannot read (${reason(err)})`);
  }
}

/** `chapter5.sheet.md` → `chapter5`; `notes.txt` → `notes`; other names keep their extension off too. */
export function outputName(input: string): string {
  const base = basename(input);
  const stripped = base.replace(/\.(sheet\.md|md|txt)$/i, "");
  return stripped === "" ? "sheet" : stripped;
}

export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new FileError(dir, `cannot create the output directory (${reason(err)})`);
  }
}

export interface OutFile {
  path: string;
  data: string | Buffer;
  /** How messages name the file (relative to the cwd when under it). */
  shown?: string;
}

/**
 * Write every file to `<path>.<pid>.tmp` first and rename only once all of them are on disk, so a failure
 * (disk full, a directory in the way) leaves neither a half-written output nor a half-updated set.
 */
export async function writeAllAtomic(files: readonly OutFile[], protect: readonly string[] = []): Promise<void> {
  const guarded = new Set(protect.map((p) => resolve(p)));
  for (const f of files) {
    if (guarded.has(resolve(f.path))) {
      throw new FileError(f.shown ?? f.path, "refusing to overwrite the input file — choose another output with -o");
    }
  }
  const tmps = files.map((f) => ({ ...f, tmp: `${f.path}.${process.pid}.tmp` }));
  const cleanup = () => Promise.all(tmps.map((t) => rm(t.tmp, { force: true, recursive: false }).catch(() => {})));
  // One phase over every file; any failure removes all temp files before it is reported.
  const phase = async (op: (t: (typeof tmps)[number]) => Promise<unknown>): Promise<void> => {
    for (const t of tmps) {
      try {
        await op(t);
      } catch (err) {
        await cleanup();
        throw err instanceof FileError ? err : new FileError(t.shown ?? t.path, `cannot write (${reason(err)})`);
      }
    }
  };
  await phase((t) => writeFile(t.tmp, t.data));
  // A directory in the way would fail its rename after earlier ones succeeded; find it before renaming any.
  await phase(async (t) => {
    if ((await stat(t.path).catch(() => undefined))?.isDirectory()) throw new FileError(t.shown ?? t.path, "cannot write (a directory is in the way)");
  });
  await phase((t) => rename(t.tmp, t.path));
}
