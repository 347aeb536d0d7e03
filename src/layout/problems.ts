// Checks over the placed marks: characters no face can draw, emoji without art, text below the legible size.
// Run over the marks (not the model) so diagram labels and chrome are checked the same way as body text.
import { DENSE_CODE, LEGIBLE_MIN_PX } from "../model/sheet.js";
import type { Mark, Problem } from "../model/positioned.js";
import { FACE_SPECS } from "../fonts/faces.js";
import { missingGlyphs } from "../fonts/measure.js";
import { hasEmoji } from "../draw/emoji.js";

export function markProblems(marks: Mark[], panel: string | undefined, where: string): Problem[] {
  const problems: Problem[] = [];
  const missing = new Set<string>();
  const emoji = new Set<string>();
  // The text furthest under its minimum, as a share of it, and the size it was drawn at.
  let worst = { share: Infinity, px: 0 };
  for (const m of marks) {
    if (m.kind === "text") {
      for (const ch of missingGlyphs(m.text)) missing.add(ch);
      // Faces are scaled to look alike; legibility is judged on the nominal size the scale was applied to, and
      // code on its fixed grid against its own minimum (model/sheet.ts DENSE_CODE), as the legible one.
      const nominal = m.size / FACE_SPECS[m.face].scale;
      const share = nominal / (m.cell === undefined ? LEGIBLE_MIN_PX : LEGIBLE_MIN_PX * DENSE_CODE);
      if (share < worst.share) worst = { share, px: nominal };
    } else if (m.kind === "emoji" && !hasEmoji(m.emoji)) emoji.add(m.emoji);
  }
  const at = panel ? { panel } : {};
  if (missing.size) {
    const list = [...missing].map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
    problems.push({ kind: "missing-glyph", ...at, message: `${where}: no bundled font draws ${list}` });
  }
  if (emoji.size) problems.push({ kind: "missing-emoji", ...at, message: `${where}: no emoji art for ${[...emoji].join(" ")}; drawn as a hand circle` });
  if (worst.share < 1 - 0.01 / LEGIBLE_MIN_PX) {
    problems.push({ kind: "small-text", ...at, message: `${where}: text drawn at ${worst.px.toFixed(1)} px, below the legible ${LEGIBLE_MIN_PX} px` });
  }
  return problems;
}
