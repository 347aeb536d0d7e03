// Checks over the placed marks: characters no face can draw, emoji without art, text below the legible size.
// Run over the marks (not the model) so diagram labels and chrome are checked the same way as body text.
import { LEGIBLE_MIN_PX } from "../model/sheet.js";
import type { Mark, Problem } from "../model/positioned.js";
import { FACE_SPECS } from "../fonts/faces.js";
import { missingGlyphs } from "../fonts/measure.js";
import { hasEmoji } from "../draw/emoji.js";

export function markProblems(marks: Mark[], panel: string | undefined, where: string): Problem[] {
  const problems: Problem[] = [];
  const missing = new Set<string>();
  const emoji = new Set<string>();
  let smallest = Infinity;
  for (const m of marks) {
    if (m.kind === "text") {
      for (const ch of missingGlyphs(m.text)) missing.add(ch);
      // Faces are scaled to look alike; legibility is judged on the nominal size the scale was applied to.
      smallest = Math.min(smallest, m.size / FACE_SPECS[m.face].scale);
    } else if (m.kind === "emoji" && !hasEmoji(m.emoji)) emoji.add(m.emoji);
  }
  const at = panel ? { panel } : {};
  if (missing.size) {
    const list = [...missing].map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
    problems.push({ kind: "missing-glyph", ...at, message: `${where}: no bundled font draws ${list}` });
  }
  if (emoji.size) problems.push({ kind: "missing-emoji", ...at, message: `${where}: no emoji art for ${[...emoji].join(" ")}; drawn as a hand circle` });
  if (smallest < LEGIBLE_MIN_PX - 0.01) {
    problems.push({ kind: "small-text", ...at, message: `${where}: text drawn at ${smallest.toFixed(1)} px, below the legible ${LEGIBLE_MIN_PX} px` });
  }
  return problems;
}
