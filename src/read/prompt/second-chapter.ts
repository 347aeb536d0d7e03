// Several prompts pasted into one file: the first is read alone, and the build says where the next one begins.
import type { PromptDoc } from "./sections.js";

/**
 * Where a second chapter begins, when several prompts were pasted into one file: a second source text (or role
 * definition) once the plan or the layout has come. Other parts may come twice (quotes after the plan).
 */
export function secondChapter(doc: PromptDoc): number | undefined {
  const seen = new Set<string>();
  for (const s of doc.sections) {
    if (s.kind === "other") continue;
    if ((s.kind === "source" || s.kind === "role") && seen.has(s.kind) && (seen.has("plan") || seen.has("layout"))) return s.line;
    seen.add(s.kind);
  }
  return undefined;
}
