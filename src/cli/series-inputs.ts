// A series build's inputs: folders (every prompt document and sheet Markdown directly in them, told by
// content), globs expanded here (quoted globs work without a shell: `'chapters/*.txt'`, `**`, `?`, `[ab]`,
// `{a,b}`) and plain files, ordered by the frontmatter's `chapter`, then by path.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { detectInputKind } from "../read/index.js";
import { decodeInput } from "../read/encoding.js";
import { UsageError } from "./args.js";
import { outputName } from "./files.js";

export interface Chapter {
  /** Absolute path, the path as messages show it, and the outputs' base name. */
  path: string;
  shown: string;
  name: string;
  bytes: Buffer;
  /** From the frontmatter, for ordering (the build reads it properly). */
  number?: number;
  parent?: string;
  /** From the frontmatter: names a chapter that fails before its title is read. */
  title?: string;
}

const MAGIC = /[*?[{]/;

export const isGlob = (arg: string): boolean => MAGIC.test(arg);

/** True when a build's inputs make a series: a folder, a glob, or more than one file. */
export async function isSeriesInput(inputs: readonly string[], cwd: string): Promise<boolean> {
  // `npm run build` builds both examples in one process to store the compiled code of both readers.
  if (process.env["NANOSHEET_WRITE_CODE_CACHE"]) return false;
  if (inputs.length > 1) return true;
  const only = inputs[0];
  if (only === undefined) return false;
  if (isGlob(only)) return true;
  return (await stat(resolve(cwd, only)).catch(() => undefined))?.isDirectory() === true;
}

/** A glob pattern as a RegExp over one path segment (`*`, `?`, `[…]`, `{a,b}`). */
function segmentRegExp(seg: string): RegExp {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = seg.indexOf("]", i + 2);
      if (end < 0) re += "\\[";
      else {
        const body = seg.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = end;
      }
    } else if (c === "{") {
      const end = seg.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${seg.slice(i + 1, end).split(",").map((s) => s.replace(/[.+^$()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")).join("|")})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

async function entries(dir: string): Promise<{ name: string; dir: boolean }[]> {
  const list = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return list.filter((e) => !e.name.startsWith(".")).map((e) => ({ name: e.name, dir: e.isDirectory() }));
}

/** Files matching `pattern` (relative to `cwd` unless absolute); hidden files and folders are skipped. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const abs = resolve(cwd, pattern);
  const segs = abs.split(sep);
  const first = segs.findIndex((s) => MAGIC.test(s));
  const base = segs.slice(0, first).join(sep) || sep;
  const out: string[] = [];
  const walk = async (dir: string, rest: string[]): Promise<void> => {
    const [seg, ...more] = rest;
    if (seg === undefined) return;
    if (seg === "**") {
      await walk(dir, more);
      for (const e of await entries(dir)) if (e.dir) await walk(join(dir, e.name), rest);
      return;
    }
    const re = segmentRegExp(seg);
    for (const e of await entries(dir)) {
      if (!re.test(e.name)) continue;
      if (more.length === 0 && !e.dir) out.push(join(dir, e.name));
      else if (more.length > 0 && e.dir) await walk(join(dir, e.name), more);
    }
  };
  await walk(base, segs.slice(first));
  return [...new Set(out)].sort();
}

function decodedOrRaw(bytes: Buffer): string {
  try {
    return decodeInput(bytes).text;
  } catch {
    return bytes.toString("utf8");
  }
}

function isChapterText(text: string): boolean {
  try {
    detectInputKind(text.replace(/^\uFEFF/, ""));
    return true;
  } catch {
    return false;
  }
}

const frontValue = (text: string, key: string): string | undefined =>
  new RegExp(`^\\s*${key}\\s*:\\s*["']?([^"'\\n]+?)["']?\\s*$`, "m").exec(text.slice(0, 20000))?.[1];

/** Files a user may have meant as chapters: those that are not are named, so none is dropped unseen. */
const TEXT_FILE = /\.(txt|md|markdown|ipynb)$/i;

/**
 * Expand and read every input; folders and globs keep only files that are chapters by content. `skipped`
 * lists the text files (.txt, .md, .ipynb notebooks) they held that are not.
 */
export async function collectChapters(inputs: readonly string[], cwd: string): Promise<{ chapters: Chapter[]; folder?: string; skipped: string[] }> {
  const picked: { path: string; filter: boolean }[] = [];
  let folder: string | undefined;
  for (const arg of inputs) {
    const abs = resolve(cwd, arg);
    if (isGlob(arg) && !(await stat(abs).catch(() => undefined))) {
      const found = await expandGlob(arg, cwd);
      if (found.length === 0) throw new UsageError(`no files match ${arg}`, "build");
      picked.push(...found.map((path) => ({ path, filter: true })));
    } else if ((await stat(abs).catch(() => undefined))?.isDirectory()) {
      folder ??= basename(abs);
      for (const e of await entries(abs)) if (!e.dir) picked.push({ path: join(abs, e.name), filter: true });
    } else picked.push({ path: abs, filter: false });
  }
  const seen = new Map<string, string>();
  const chapters: Chapter[] = [];
  const skipped: string[] = [];
  for (const { path, filter } of picked) {
    if (chapters.some((c) => c.path === path)) continue;
    const shown = relative(cwd, path).startsWith("..") ? path : relative(cwd, path);
    // A file that cannot be read is still a chapter: its build reports the error in the summary.
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    // A Korean CP949 or UTF-16 chapter in the folder is still a chapter: its bytes are told as its build reads them.
    const text = decodedOrRaw(bytes);
    if (filter && !isChapterText(text)) {
      if (TEXT_FILE.test(path)) skipped.push(shown);
      continue;
    }
    const name = outputName(path);
    const clash = seen.get(name);
    if (clash) throw new UsageError(`${clash} and ${shown} would both write ${name}.* — rename one of them`, "build");
    seen.set(name, shown);
    const n = Number(frontValue(text, "chapter"));
    const parent = frontValue(text, "parent") ?? frontValue(text, "series");
    const title = frontValue(text, "title");
    chapters.push({ path, shown, name, bytes, ...(Number.isFinite(n) && frontValue(text, "chapter") ? { number: n } : {}), ...(parent ? { parent } : {}), ...(title ? { title } : {}) });
  }
  if (chapters.length === 0) throw new UsageError(`no prompt documents or sheet Markdown files found in ${inputs.join(" ")}`, "build");
  chapters.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { chapters, ...(folder ? { folder } : {}), skipped: skipped.sort() };
}
