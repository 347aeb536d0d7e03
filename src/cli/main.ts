// The process entry: bin/nanosheet.js calls `main` (from the bundled CLI when it is built, else from here).
// The one place that wires argv and the standard streams to the CLI.
import { runCli } from "./run.js";

export function main(argv: string[]): Promise<number> {
  return runCli(argv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  });
}
