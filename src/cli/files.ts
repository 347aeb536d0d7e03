// Filesystem side of the CLI: reading inputs, naming outputs, and writing them atomically.
import { renameSync } from "node:fs";
import { lstat, mkdir, open, rm, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { InputError } from "../errors.js";
import { MAX_INPUT_BYTES } from "../read/index.js";
import { decodeInput } from "../read/encoding.js";
import { cleanupOnSignal, sweepStaleTemps, tempName } from "./temp.js";

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

/**
 * Read `path`'s bytes; errors name the file as the user typed it (`shown`). The size is checked before reading,
 * so a huge file costs no memory. What the bytes say is the library's decodeInput (readSheet takes the bytes).
 */
export async function readInputBytes(path: string, shown = path): Promise<Uint8Array> {
  const tooBig = (size: string) =>
    new InputError(
      `the file is ${size} MB; nanosheet reads inputs of at most ${MAX_INPUT_BYTES / 1e6} MB`,
      { file: shown, line: 1 },
      "one input is one chapter: split it, or shorten its source text",
    );
  let bytes: Buffer;
  try {
    if (path === STDIN) bytes = await readStdin(MAX_INPUT_BYTES + 1);
    else {
      const info = await stat(path);
      if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooBig((info.size / 1e6).toFixed(1));
      bytes = await readAtMost(path, MAX_INPUT_BYTES + 1);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new FileError(shown, `cannot read (${reason(err)})`);
  }
  // A pipe or device has no size to check up front: read one byte past the limit to know.
  if (bytes.length > MAX_INPUT_BYTES) throw tooBig(`over ${MAX_INPUT_BYTES / 1e6}`);
  return bytes;
}

/** Read `path` as text (UTF-8, UTF-16 with a byte-order mark, or Korean CP949); bytes that are none of them are an error on their line. */
export async function readInput(path: string, shown = path): Promise<string> {
  const bytes = await readInputBytes(path, shown);
  try {
    return decodeInput(bytes).text;
  } catch (err) {
    throw err instanceof InputError ? err.inFile(shown) : err;
  }
}

/** Standard input as a stream: a pipe from another process is a socket here, which `/dev/stdin` cannot open. */
async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(Math.min(1 << 16, limit - total)), 0, Math.min(1 << 16, limit - total), null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}

/** How standard input (`-` on the command line) is named in messages and passed as a path. */
export const STDIN = "<stdin>";

/** `chapter5.sheet.md` → `chapter5`; `notes.txt` → `notes`; `prompt.ipynb` (a notebook holding the prompt) → `prompt`. */
export function outputName(input: string): string {
  if (input === STDIN) return "sheet";
  const base = basename(input);
  const stripped = base.replace(/\.(sheet\.md|md|txt|ipynb)$/i, "");
  return stripped === "" ? "sheet" : stripped;
}

/**
 * Create the output folder and its missing parents one level at a time. (Node's recursive mkdir retries
 * forever where a parent exists but refuses children, e.g. under /proc.)
 */
export async function ensureDir(dir: string, shown = dir): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await stat(at).catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? undefined : err));
    if (info instanceof Error) throw new FileError(shown, `cannot create the output folder (${reason(info)})`);
    if (info) {
      if (!info.isDirectory()) {
        throw new FileError(shown, at === resolve(dir) ? "-o names a file, not a folder (give a folder to write the outputs into)" : `cannot create the output folder (${at} is not a folder)`);
      }
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) {
    try {
      await mkdir(at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST" && (await stat(at).catch(() => undefined))?.isDirectory()) continue;
      const code = (err as NodeJS.ErrnoException).code;
      throw new FileError(shown, `cannot create the output folder (${code === "ENOENT" ? `${dirname(at)} does not accept new folders` : reason(err)})`);
    }
  }
}

/** What is at an output path, when it is something we must not replace. */
async function notOurs(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info || info.isFile()) return undefined;
  if (info.isDirectory()) return "a directory is in the way";
  if (info.isSymbolicLink()) return "it is a symbolic link; nanosheet replaces only regular files";
  return "it is not a regular file (a device, FIFO or socket); nanosheet replaces only regular files";
}

/** Write a new temp file; O_EXCL means a link planted at its name is never followed. */
async function writeNew(path: string, data: string | Buffer): Promise<void> {
  const fh = await open(path, "wx", 0o644).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== "EEXIST") throw err;
    await rm(path, { force: true });
    return open(path, "wx", 0o644);
  });
  try {
    await fh.writeFile(data);
  } finally {
    await fh.close();
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
 * (disk full, a directory in the way) or an interruption leaves neither a half-written output nor a
 * half-updated set. Temp files are removed on SIGINT/SIGTERM, and ones left by a dead process are swept.
 */
export async function writeAllAtomic(files: readonly OutFile[], protect: readonly string[] = []): Promise<void> {
  const guarded = new Set(protect.map((p) => resolve(p)));
  for (const f of files) {
    if (guarded.has(resolve(f.path))) {
      throw new FileError(f.shown ?? f.path, "refusing to overwrite the input file — choose another output with -o");
    }
  }
  for (const f of files) {
    const why = await notOurs(f.path);
    if (why) throw new FileError(f.shown ?? f.path, `cannot write (${why})`);
  }
  for (const folder of new Set(files.map((f) => dirname(f.path)))) await sweepStaleTemps(folder);
  const tmps = files.map((f) => ({ ...f, tmp: tempName(f.path) }));
  const release = cleanupOnSignal(tmps.map((t) => t.tmp));
  const cleanup = () => Promise.all(tmps.map((t) => rm(t.tmp, { force: true, recursive: false }).catch(() => {}))).then(release);
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
  await phase((t) => writeNew(t.tmp, t.data));
  // Something not ours in the way would fail a rename after earlier ones succeeded; check again just before.
  await phase(async (t) => {
    const why = await notOurs(t.path);
    if (why) throw new FileError(t.shown ?? t.path, `cannot write (${why})`);
  });
  // Renamed synchronously, back to back: a SIGINT/SIGTERM handler cannot run between two renames, so an
  // interrupted set is all old (temp files removed) or all new.
  for (const t of tmps) {
    try {
      renameSync(t.tmp, t.path);
    } catch (err) {
      await cleanup();
      throw new FileError(t.shown ?? t.path, `cannot write (${reason(err)})`);
    }
  }
  release();
}
