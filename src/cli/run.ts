// Command dispatch: argv in, exit code out. Output goes through `io`, so this never touches process state.
import { readFileSync } from "node:fs";
import { UsageError, parseFlags, type FlagSpec } from "./args.js";
import { buildCommand, checkCommand, importCommand, type Io } from "./commands.js";
import { COMMAND_HELP, TOOL_HELP } from "./help.js";
import { reportError } from "./report-error.js";

const COMMON: FlagSpec[] = [
  { name: "help", short: "h", value: false },
  { name: "debug", value: false },
];
const FLAGS: Record<string, FlagSpec[]> = {
  build: [
    ...COMMON,
    { name: "out", short: "o", value: true },
    { name: "format", value: true },
    { name: "page", value: true },
    { name: "dpi", value: true },
    { name: "report", value: false },
    { name: "allow-overflow", value: false },
    // A series (a folder, a glob or several files): src/cli/series.ts.
    { name: "jobs", short: "j", value: true },
    { name: "quiet", short: "q", value: false },
    { name: "force", value: false },
    { name: "consistent", value: false },
    { name: "watch", value: false },
  ],
  import: [...COMMON, { name: "out", short: "o", value: true }],
  check: [...COMMON, { name: "page", value: true }],
  serve: [...COMMON, { name: "port", value: true }, { name: "open", value: false }, { name: "page", value: true }],
};

/** The package's version: the nearest package.json above this module (src/cli, dist/cli or the bundle in dist). */
export function version(): string {
  for (const up of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { name?: string; version: string };
      if (pkg.name === "nanosheet") return pkg.version;
    } catch {
      // not at this level
    }
  }
  return "unknown";
}

export async function runCli(argv: readonly string[], io: Omit<Io, "debug">): Promise<number> {
  const ctx: Io = { ...io, debug: argv.includes("--debug") };
  // `--debug` may come before the command too; every command also accepts it as its own flag.
  const args = argv[0] === "--debug" ? argv.slice(1) : argv;
  try {
    const [command, ...rest] = args;
    if (command === undefined) {
      io.err(TOOL_HELP.trimEnd());
      return 2;
    }
    if (command === "--help" || command === "-h") return print(io, TOOL_HELP);
    if (command === "--version" || command === "-V") return print(io, version());
    if (command === "help") {
      const topic = rest[0];
      if (topic === undefined) return print(io, TOOL_HELP);
      const text = COMMAND_HELP[topic];
      if (!text) throw new UsageError(`no command "${topic}"`);
      return print(io, text);
    }
    // A series build's pool process (src/cli/series-pool.ts), not for users.
    if (command === "__series-child") return await (await import("./series-child.js")).serveChild();
    if (command.startsWith("-")) throw new UsageError(`unknown option ${command}`);
    const specs = FLAGS[command];
    if (!specs) throw new UsageError(`unknown command "${command}"`);
    const parsed = parseFlags(rest, specs, command);
    if (parsed.flags.has("help")) return print(io, COMMAND_HELP[command] ?? TOOL_HELP);
    if (command === "build") return await buildCommand(parsed, ctx);
    if (command === "import") return await importCommand(parsed, ctx);
    if (command === "serve") return await (await import("./serve.js")).serveCommand(parsed, ctx);
    return await checkCommand(parsed, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`nanosheet: ${err.message}`);
      io.err(err.command ? `see nanosheet ${err.command} --help` : "see nanosheet --help");
      return 2;
    }
    return reportError(err, ctx);
  }
}

function print(io: Omit<Io, "debug">, text: string): number {
  io.out(text.trimEnd());
  return 0;
}
