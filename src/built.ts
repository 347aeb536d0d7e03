// Files `npm run build` leaves in dist/ for a fast start (the emoji index, unpacked faces, Mermaid's parser
// bundle). This module sits at the root of src/, so it compiles to dist/built.js and, bundled, runs from
// dist/nanosheet.cjs: in both cases "./" is dist/. Run from src/ (the tests), nothing is found and callers
// compute what they need instead.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The path of a build artifact, `name` relative to dist/, when the build made it. */
export function builtFile(name: string): string | undefined {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(file) ? file : undefined;
}
