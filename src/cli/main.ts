// The process entry: bin/nanosheet.js calls `main` (from the bundled CLI when it is built, else from here).
// The one place that wires argv and the standard streams to the CLI.
import { runCli } from "./run.js";

export function main(argv: string[]): Promise<number> {
  return runCli(argv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    live: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
  });
}

/**
 * The export workers' source and data exactly as this build of the CLI starts them: `npm run build` writes
 * them to dist/workers.json for bin/nanosheet.js to start early (their source differs once bundled).
 */
export async function workerSpecs(): Promise<Record<"png" | "pdf", { code: string; data: unknown }>> {
  const [{ pngWorkerSpec }, { pdfWorkerSpec }] = await Promise.all([import("../export/png.js"), import("../export/pdf-worker.js")]);
  return { png: pngWorkerSpec(), pdf: pdfWorkerSpec() };
}
