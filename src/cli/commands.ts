// The three commands. Each returns its exit code; errors propagate to run.ts, which prints them.
import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Format } from "../build.js";
import { pageSizeOf, type PageSize } from "../model/sheet.js";
import { UsageError, stringFlag, type Parsed } from "./args.js";
import { STDIN, ensureDir, outputName, readInputBytes, writeAllAtomic, type OutFile } from "./files.js";
import { shownWarnings } from "./warnings.js";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  debug: boolean;
  /** Redraws the one live progress line (set when stderr is a terminal); "" clears it. */
  live?: ((text: string) => void) | undefined;
}

const ALL_FORMATS: readonly Format[] = ["md", "svg", "png", "pdf"];

export function parseFormats(value: string | undefined, command: string): Format[] {
  if (value === undefined) return [...ALL_FORMATS];
  const parts = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) throw new UsageError("--format needs at least one of md,svg,png,pdf", command);
  for (const p of parts) {
    if (!(ALL_FORMATS as readonly string[]).includes(p)) {
      throw new UsageError(`unknown format "${p}" in --format (use md,svg,png,pdf)`, command);
    }
  }
  // Keep a fixed order so output lines do not depend on how the user spelled the list.
  return ALL_FORMATS.filter((f) => parts.includes(f));
}

export function parsePage(value: string | undefined, command: string): PageSize | undefined {
  if (value === undefined) return undefined;
  const size = pageSizeOf(value);
  if (size) return size;
  throw new UsageError(`unknown page "${value}" for --page (use a4 or 16:9)`, command);
}

export function parseDpi(value: string | undefined, command: string): number {
  if (value === undefined) return 300;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 24 || n > 1200) {
    throw new UsageError(`bad --dpi "${value}" (use a whole number from 24 to 1200)`, command);
  }
  return n;
}

function needInputs(p: Parsed, command: string): string[] {
  if (p.positionals.length === 0) throw new UsageError(`${command} needs at least one input file`, command);
  if (p.positionals.includes("-") && (p.flags.has("watch") || p.positionals.length > 1)) {
    throw new UsageError("standard input (-) is one chapter read once: give it alone, without --watch", command);
  }
  return p.positionals.map((i) => (i === "-" ? STDIN : i));
}

/** Runs every input even when one fails, so one bad chapter does not hide the others' results. */
async function eachInput(inputs: string[], io: Io, fn: (input: string) => Promise<number>): Promise<number> {
  let code = 0;
  for (const input of inputs) {
    try {
      code = Math.max(code, await fn(input));
    } catch (err) {
      const { reportError } = await import("./report-error.js");
      code = Math.max(code, reportError(await namingInput(err, input), io));
    }
  }
  return code;
}

/** Every message names its input: render errors from the export stages (PNG, PDF) know no file. */
async function namingInput(err: unknown, input: string): Promise<unknown> {
  const { InputError, RenderError } = await import("../errors.js");
  if (err instanceof InputError) return err.inFile(input);
  if (err instanceof RenderError && !err.message.startsWith(`${input}:`)) {
    const named = new RenderError(`${input}: ${err.message}`, err.problems);
    named.stack = err.stack;
    return named;
  }
  return err;
}

export async function buildCommand(p: Parsed, io: Io): Promise<number> {
  const inputs = needInputs(p, "build");
  if (p.flags.has("watch")) return (await import("./watch.js")).watchBuild(p, io);
  if (await (await import("./series-inputs.js")).isSeriesInput(inputs, io.cwd)) {
    const out = stringFlag(p, "out");
    if (out !== undefined && FILE_FORMAT.test(out) && !(await isDir(resolve(io.cwd, out)))) {
      throw new UsageError(`-o ${out} names one file, but a series writes a folder of chapters: give a folder`, "build");
    }
    return (await import("./series.js")).seriesCommand(p, io);
  }
  const target = await outFile(p, inputs, io.cwd);
  const formats = target ? [target.format] : parseFormats(stringFlag(p, "format"), "build");
  const page = parsePage(stringFlag(p, "page"), "build");
  const dpi = parseDpi(stringFlag(p, "dpi"), "build");
  const outDir = target ? dirname(target.path) : resolve(io.cwd, stringFlag(p, "out") ?? ".");
  const { buildSheet } = await import("../build.js");
  return eachInput([...new Set(inputs)], io, async (input) => {
    const inputPath = inputPathOf(input, io.cwd);
    const text = await readInputBytes(inputPath, input);
    const result = await buildSheet(text, {
      file: input,
      formats,
      ...(page ? { page } : {}),
      dpi,
      allowOverflow: p.flags.has("allow-overflow"),
    });
    const name = target?.name ?? outputName(input);
    const files: OutFile[] = [];
    const add = (file: string, data: string | Buffer) => {
      const path = join(outDir, file);
      files.push({ path, data, shown: relativeOut(path, io.cwd) });
    };
    for (const f of formats) {
      const data = result.outputs[f];
      if (data !== undefined) add(target ? basename(target.path) : `${name}.${f}`, data);
    }
    if (p.flags.has("report")) add(`${name}.report.json`, `${JSON.stringify(result.report, null, 2)}\n`);
    await ensureDir(outDir, relativeOut(outDir, io.cwd) || ".");
    await writeAllAtomic(files, [inputPath]);
    for (const f of files) io.out(`wrote ${f.shown}`);
    for (const w of shownWarnings(result.warnings)) io.err(`${input}: warning: ${w}`);
    if (io.debug) {
      const t = Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)}ms`);
      io.err(`${input}: timings: ${t.join(", ")}`);
    }
    return 0;
  });
}

export async function importCommand(p: Parsed, io: Io): Promise<number> {
  const inputs = needInputs(p, "import");
  if (inputs.length > 1) throw new UsageError("import takes exactly one input file", "import");
  const input = inputs[0] as string;
  const [{ readSheet }, { toSheetMarkdown }] = await Promise.all([
    import("../read/index.js"),
    import("../export/markdown.js"),
  ]);
  return eachInput([input], io, async () => {
    const text = await readInputBytes(inputPathOf(input, io.cwd), input);
    const read = await readSheet(text, { file: input });
    const { warnings } = read;
    // Blocks placed by meaning may move when their panel overflows or for balance: write them where the page has them.
    const movable = read.sheet.rows.some((r) => r.kind === "panels" && r.panels.some((q) => q.blocks.some((b) => b.at?.alternatives || b.at?.matches)));
    const sheet = movable ? ((await import("../layout/index.js")).layoutSheet(read.sheet).sheet ?? read.sheet) : read.sheet;
    const out = resolve(io.cwd, stringFlag(p, "out") ?? `${outputName(input)}.sheet.md`);
    const shown = relativeOut(out, io.cwd);
    await writeAllAtomic([{ path: out, data: toSheetMarkdown(sheet), shown }], [inputPathOf(input, io.cwd)]);
    io.out(`wrote ${shown}`);
    for (const w of shownWarnings(warnings)) io.err(`${input}: warning: ${w}`);
    return 0;
  });
}

export async function checkCommand(p: Parsed, io: Io): Promise<number> {
  const inputs = needInputs(p, "check");
  const page = parsePage(stringFlag(p, "page"), "check");
  const [{ readSheet }, { layoutSheet }, { overflowLines, formatProblem }] = await Promise.all([
    import("../read/index.js"),
    import("../layout/index.js"),
    import("../build.js"),
  ]);
  return eachInput(inputs, io, async (input) => {
    const text = await readInputBytes(inputPathOf(input, io.cwd), input);
    const { sheet, warnings } = await readSheet(text, { file: input, ...(page ? { page } : {}) });
    const positioned = layoutSheet(sheet, page ? { page } : {});
    const lines = [
      ...overflowLines(positioned),
      ...positioned.problems.filter((q) => q.kind !== "overflow").map(formatProblem),
    ];
    for (const w of shownWarnings([...warnings, ...positioned.warnings])) io.err(`${input}: warning: ${w}`);
    for (const line of lines) io.out(`${input}: ${line}`);
    if (lines.length === 0) io.out(`${input}: ok`);
    return lines.length > 0 ? 1 : 0;
  });
}

/** `-` is standard input, as in most command-line tools (`cat ch.txt | nanosheet build - -o out`). */
function inputPathOf(input: string, cwd: string): string {
  return input === STDIN ? STDIN : resolve(cwd, input);
}

const FILE_FORMAT = /\.(svg|png|pdf|md)$/i;

/**
 * `-o sheet.png` names the one file to write, its format told by the extension (as `-o` does in most
 * converters); a name without one of those extensions, or an existing folder, is the output folder.
 */
async function outFile(p: Parsed, inputs: string[], cwd: string): Promise<{ path: string; format: Format; name: string } | undefined> {
  const out = stringFlag(p, "out");
  const ext = out?.match(FILE_FORMAT)?.[1]?.toLowerCase() as Format | undefined;
  if (out === undefined || ext === undefined) return undefined;
  const path = resolve(cwd, out);
  if (await isDir(path)) return undefined;
  const format = stringFlag(p, "format");
  if (format !== undefined && parseFormats(format, "build").join() !== ext) {
    throw new UsageError(`-o ${out} writes ${ext} only, but --format asks for ${format}: drop --format or give a folder`, "build");
  }
  return { path, format: ext, name: basename(out).replace(/\.(sheet\.md|svg|png|pdf|md)$/i, "") || "sheet" };
}

const isDir = (path: string): Promise<boolean> => stat(path).then((s) => s.isDirectory(), () => false);

/** Paths under the cwd print relative (short lines); others print as they are. */
function relativeOut(path: string, cwd: string): string {
  const base = resolve(cwd);
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
