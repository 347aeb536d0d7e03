// A short line of text just before a diagram, table or code block titles it (`**추론**`, "Training loop:"):
// layout keeps the two together, and a block moved to another panel takes its caption along.
import type { Block } from "../model/sheet.js";

/** Kinds a caption can title. */
const CAPTIONED = new Set<Block["kind"]>(["flowchart", "mindmap", "knobs", "table", "code"]);

/** Longest caption, in characters: a title, not a sentence. */
const MAX_CAPTION = 40;

/** Whether `blocks[k]` captions `blocks[k + 1]`. */
export function captionsNext(blocks: readonly Block[], k: number): boolean {
  const block = blocks[k];
  const next = blocks[k + 1];
  if (block?.kind !== "paragraph" || !next || !CAPTIONED.has(next.kind)) return false;
  const text = block.text.map((s) => s.text).join("");
  return text.length > 0 && text.length <= MAX_CAPTION && !text.includes("\n");
}
