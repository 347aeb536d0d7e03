// Turning a thrown error into what the user sees: one line (plus a problem list for RenderError),
// never a stack trace unless --debug. Returns the exit code.
import { InputError, RenderError } from "../errors.js";
import { FileError } from "./files.js";
import type { Io } from "./commands.js";

export function reportError(err: unknown, io: Io): number {
  if (err instanceof InputError) {
    io.err(err.format());
  } else if (err instanceof RenderError) {
    io.err(err.message);
    for (const p of err.problems) io.err(`  ${p}`);
    if (err.problems.length > 0 && /does not fit/.test(err.message)) {
      io.err("  shorten the text, give the panel more room, or pass --allow-overflow to draw it anyway");
    }
  } else if (err instanceof FileError) {
    io.err(err.message);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    io.err(`nanosheet: internal error: ${message}${io.debug ? "" : " (rerun with --debug for the stack trace)"}`);
  }
  if (io.debug && err instanceof Error && err.stack) io.err(err.stack);
  return 1;
}
