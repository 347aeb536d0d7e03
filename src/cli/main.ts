// The process entry (bin/nanosheet.js imports this): the one place that reads argv and sets the exit code.
import { runCli } from "./run.js";

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
// exitCode rather than exit(): lets stdout drain when piped.
process.exitCode = code;
