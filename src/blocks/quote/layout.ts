// A quotable insight as a pastel sticky note: a big accent quote mark, the words in ink, the cite small under it.
// A callout pasted as a quote is the same note without the mark.
import type { Quote } from "../../model/sheet.js";
import { LEGIBLE_MIN_PX } from "../../model/sheet.js";
import { translateMarks, type Mark } from "../../model/positioned.js";
import type { LayoutBlock } from "../types.js";
import { lineMetrics, measureRuns } from "../../fonts/measure.js";
import { lineMarks, plain, wrapRich } from "../../layout/wrap.js";
import { highlighterFor, shade, tint } from "../../layout/color.js";

/** A callout's opening: an emoji people open a tip or warning with, or a bold label such as `Note:` or `참고`. */
const CALLOUT_EMOJI = /^\s*(?:💡|⚠️?|ℹ️?|📝|❗|❕|🚨|🔔|📢)/u;
const CALLOUT_LABEL = /^(?:note|tip|hint|warning|caution|important|info|참고|주의|팁|노트|메모|경고|힌트)\s*[:：]?$/i;

/**
 * A callout pasted as a quote (`> 💡 **Tip** …`, `> [!NOTE]`): no one's words, so no quote mark. Told by having no
 * cite and opening with a callout's emoji or a bold label; the note is drawn the same, its words where the mark was.
 */
export function isCallout(block: Quote): boolean {
  if (block.cite) return false;
  const first = block.text.find((s) => s.text.trim() !== "");
  return !!first && (CALLOUT_EMOJI.test(first.text) || (first.bold === true && CALLOUT_LABEL.test(first.text.trim())));
}

export const layoutQuote: LayoutBlock<Quote> = (block, env, space) => {
  const px = env.fontPx;
  const lh = lineMetrics(px).height;
  const pad = px * 0.45;
  const callout = isCallout(block);
  const markW = callout ? px * 0.15 : px * 0.9;
  const innerMax = Math.max(px * 2, space.width - 2 * pad - markW);
  const lines = wrapRich(block.text, innerMax, px);
  const textW = Math.max(...lines.map((l) => l.width), 0);
  const citePx = Math.max(LEGIBLE_MIN_PX, px * 0.82);
  const citeLines = block.cite ? wrapRich(plain(`— ${block.cite}`), space.width - 2 * pad, citePx) : [];
  const citeLh = lineMetrics(citePx).height;
  const citeW = Math.max(0, ...citeLines.map((l) => l.width));
  const noteW = Math.min(space.width, Math.max(textW + markW, citeW) + 2 * pad);
  // Pressed for room, a one-line cite that fits after the last line of words goes there, right-aligned.
  const last = lines[lines.length - 1];
  const inline = env.tight === true && citeLines.length === 1 && last !== undefined && markW + last.width + px + citeW <= noteW - 2 * pad;
  const noteH = lines.length * lh + (inline ? pad * 2 : pad * (citeLines.length ? 1.5 : 2) + citeLines.length * citeLh);
  const seed = env.seed;
  const fill = tint(env.accent, 0.86);
  // A sticky note: slightly uneven corners and a folded shadow edge, so it reads as paper on paper.
  const marks: Mark[] = [
    { kind: "polygon", points: [[1, 2], [noteW - 1, 0.5], [noteW - 0.5, noteH - 1], [1.5, noteH - 0.5]], style: { seed, stroke: shade(env.accent, 0.05), strokeWidth: 1, fill, fillStyle: "solid", roughness: 0.9 } },
  ];
  const qRuns = callout ? [] : measureRuns("\u201C", px * 1.6, "bold");
  let qx = pad * 0.6;
  for (const r of qRuns) {
    if (r.kind !== "text") continue;
    marks.push({ kind: "text", x: qx, y: pad + px * 1.05, size: r.size, face: r.face, text: r.text, width: r.width, color: env.accent });
    qx += r.width;
  }
  const style = { color: env.ink, boldColor: shade(env.accent, 0.15), highlight: highlighterFor(env.accent) };
  lines.forEach((line, i) => marks.push(...lineMarks(line, pad + markW, pad + i * lh, px, { ...style, seed: seed + 5 + i })));
  // On the last line, the cite's baseline meets the words' baseline.
  const citeTop = inline ? pad + (lines.length - 1) * lh + (lineMetrics(px).baseline - lineMetrics(citePx).baseline) : pad + lines.length * lh;
  citeLines.forEach((line, i) => {
    const x = noteW - pad - line.width;
    marks.push(...translateMarks(lineMarks(line, 0, 0, citePx, { color: shade(env.accent, 0.3), seed: seed + 40 + i }), x, citeTop + i * citeLh));
  });
  return { width: noteW, height: noteH, marks };
};
