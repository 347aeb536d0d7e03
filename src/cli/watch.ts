// `nanosheet build … --watch`: build once as usual, then rebuild an input on every save, one line per
// rebuild with its time. An input error is printed and the watch goes on; Ctrl-C stops it with exit code 0.
import { dirname, relative, resolve } from "node:path";
import type { Parsed } from "./args.js";
import { buildCommand, type Io } from "./commands.js";
import { clock } from "./serve.js";
import { untilStopped } from "./stop.js";

export async function watchBuild(p: Parsed, io: Io): Promise<number> {
  const [{ findInputs }, { watchFolder }] = await Promise.all([import("../serve/chapters.js"), import("../serve/watch.js")]);
  // A folder stands for the chapter files in it; each is built and watched as a file input.
  const files: { shown: string; path: string }[] = [];
  for (const input of p.positionals) {
    const found = await findInputs(resolve(io.cwd, input)).catch(() => undefined);
    if (!found || found.file) files.push({ shown: input, path: resolve(io.cwd, input) });
    else for (const c of found.chapters) files.push({ shown: relative(io.cwd, c.path) || c.name, path: c.path });
  }
  const once = (inputs: string[], lineIo: Io) => {
    const flags = new Map(p.flags);
    flags.delete("watch");
    return buildCommand({ flags, positionals: inputs }, lineIo);
  };
  await once(files.map((f) => f.shown), io);

  // Rebuilds run one at a time; a save during a rebuild queues that input once more.
  let queue = Promise.resolve();
  const queued = new Set<string>();
  const rebuild = (file: { shown: string; path: string }) => {
    if (queued.has(file.path)) return;
    queued.add(file.path);
    queue = queue.then(async () => {
      queued.delete(file.path);
      const wrote: string[] = [];
      const errors: string[] = [];
      const t0 = performance.now();
      const code = await once([file.shown], {
        ...io,
        out: (line) => wrote.push(line.replace(/^wrote /, "")),
        err: (line) => errors.push(line),
      });
      const ms = Math.round(performance.now() - t0);
      if (code === 0) io.out(`${clock()} rebuilt ${file.shown} in ${ms} ms → ${wrote.join(", ")}`);
      else io.err(`${clock()} ${file.shown} failed after ${ms} ms: ${errors[0] ?? "see above"}`);
      // What follows the first line (a render error's problem list, warnings) as `build` prints it.
      for (const line of errors.slice(code === 0 ? 0 : 1)) io.err(line);
    });
  };

  const byFolder = new Map<string, Map<string, { shown: string; path: string }>>();
  for (const f of files) {
    const folder = dirname(f.path);
    if (!byFolder.has(folder)) byFolder.set(folder, new Map());
    byFolder.get(folder)?.set(f.path.slice(folder.length + 1), f);
  }
  const watchers = [];
  for (const [folder, inFolder] of byFolder) {
    try {
      watchers.push(
        watchFolder(folder, (name) => inFolder.has(name), (names) => {
          for (const name of names.includes("") ? [...inFolder.keys()] : names) {
            const f = inFolder.get(name);
            if (f) rebuild(f);
          }
        }),
      );
    } catch {
      io.err(`${relative(io.cwd, folder) || "."}: cannot watch this folder (it does not exist or cannot be read)`);
    }
  }
  if (watchers.length === 0) return 1;
  io.err(`watching ${files.length} input${files.length === 1 ? "" : "s"} — Ctrl-C to stop`);

  await untilStopped();
  for (const w of watchers) w.close();
  await queue;
  return 0;
}
