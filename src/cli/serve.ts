// `nanosheet serve <file|folder>`: a live preview on 127.0.0.1. Builds every chapter once, then rebuilds the
// one that was saved and tells the open pages; stops on Ctrl-C (or SIGTERM) with exit code 0.
import { spawn } from "node:child_process";
import { basename, join, resolve } from "node:path";
import { UsageError, stringFlag, type Parsed } from "./args.js";
import { parsePage, type Io } from "./commands.js";
import { FileError, outputName } from "./files.js";
import { reportError } from "./report-error.js";
import { untilStopped } from "./stop.js";

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 4173;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`bad --port "${value}" (use a number from 0 to 65535; 0 picks a free one)`, "serve");
  return n;
}

export async function serveCommand(p: Parsed, io: Io): Promise<number> {
  if (p.positionals.length !== 1) throw new UsageError("serve takes one input file or folder", "serve");
  const input = p.positionals[0] as string;
  const port = parsePort(stringFlag(p, "port"));
  const page = parsePage(stringFlag(p, "page"), "serve");
  const [{ findInputs, isChapterFile, listChapters }, { Preview }, { startServer }, { watchFolder }, { buildSheet }] = await Promise.all([
    import("../serve/chapters.js"),
    import("../serve/preview.js"),
    import("../serve/server.js"),
    import("../serve/watch.js"),
    import("../build.js"),
  ]);
  const inputs = await findInputs(resolve(io.cwd, input)).catch(() => {
    throw new FileError(input, "cannot read (no such file or directory)");
  });
  const preview = new Preview({
    // Errors name a chapter as `build` would for the same path typed from here.
    shown: (c) => (inputs.file ? input : join(input, c.name)),
    build: (text, opts) => buildSheet(text, opts),
    errorLines: (err) => {
      const lines: string[] = [];
      reportError(err, { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: io.cwd, debug: false });
      return lines;
    },
    page,
  });

  let server;
  try {
    server = await startServer({ preview, port, outputName: (name) => outputName(name) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") io.err(`nanosheet: port ${port} is in use — pass --port <n> to use another (0 picks a free one)`);
    else if (code === "EACCES") io.err(`nanosheet: not allowed to listen on port ${port} — pass --port <n> above 1023`);
    else throw err;
    return 1;
  }

  const count = inputs.chapters.length;
  io.out(`serving ${input}${inputs.file ? "" : ` (${count} chapter${count === 1 ? "" : "s"})`} at ${server.url} — Ctrl-C to stop`);
  if (p.flags.has("open")) openBrowser(server.url, io);
  const stopped = untilStopped();

  // Each rebuild gets a short line here too, as in `build --watch`; the page shows the rest.
  preview.onChange((view) => {
    if (!view) return;
    const what = view.error ? (view.error[0] ?? "does not build") : `ok${view.problems.length ? `, ${view.problems.length} problem${view.problems.length === 1 ? "" : "s"}` : ""}`;
    io.err(`${clock()} ${view.name}: ${what} (${view.buildMs} ms)`);
  });
  const watcher = watchFolder(inputs.root, inputs.file ? (name) => name === basename(inputs.file as string) : isChapterFile, (names) => {
    void (async () => {
      // A new file in the folder joins the list and builds there; the others that changed rebuild here.
      const added = inputs.file ? [] : await preview.setChapters(await listChapters(inputs.root).catch(() => inputs.chapters));
      const known = new Set(preview.names().filter((n) => !added.includes(n)));
      const changed = names.includes("") ? [...known] : names.filter((n) => known.has(n));
      await Promise.all(changed.map((n) => preview.rebuild(n)));
    })();
  });
  // Listening before the first builds: a port in use is said at once, and a page opened early fills in.
  void preview.setChapters(inputs.chapters);

  await stopped;
  watcher.close();
  await server.close();
  io.err("stopped");
  return 0;
}

export function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** The desktop's own opener; when there is none the URL printed above is the way in. */
function openBrowser(url: string, io: Io): void {
  const command = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  const child = spawn(command, [url], { stdio: "ignore", detached: true });
  child.on("error", () => io.err(`could not start ${command}; open ${url} yourself`));
  child.unref();
}
