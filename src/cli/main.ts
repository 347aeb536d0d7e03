// The process entry (bin/nanosheet.js imports this): the one place that reads argv and sets the exit code.
import module from "node:module";

// Node ≥ 22.1 can cache compiled modules on disk; loading the dependencies is about a third of a cold build.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import("./run.js");

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
// exitCode rather than exit(): lets stdout drain when piped.
process.exitCode = code;
