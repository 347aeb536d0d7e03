// A small argv parser: each command declares its flags, anything else is a usage error (exit 2).
// Hand-written rather than util.parseArgs so every mistake gets one short line in our own words.

export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose help to point at, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}

export interface FlagSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  /** True when the flag takes a value (`--dpi 300` or `--dpi=300`). */
  value: boolean;
}

export interface Parsed {
  flags: Map<string, string | true>;
  positionals: string[];
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], command?: string): Parsed {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = key.startsWith("--") ? byLong.get(key.slice(2)) : byShort.get(key.slice(1));
    if (!spec) throw new UsageError(`unknown option ${key}`, command);
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`option --${spec.name} takes no value`, command);
      flags.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    // `--dpi -5` is a bad value, not a missing one: a negative number is taken as the value and checked.
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("-") && value !== "-" && !/^-[\d.]/.test(value))) {
      throw new UsageError(`option --${spec.name} needs a value`, command);
    }
    if (flags.has(spec.name)) throw new UsageError(`option --${spec.name} given twice`, command);
    flags.set(spec.name, value);
  }
  return { flags, positionals };
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === "string" ? v : undefined;
}
