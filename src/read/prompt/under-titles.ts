// Titles written under the boxes, as figure captions: the box holds a short description and the line right below
// its bottom border reads `  ↑ [A] 📉 LOSS CURVE` or `(A) 📉 LOSS CURVE`. Read from the box's first line, the
// description became the title and the caption was lost (outside every box) or cut into a margin note where it
// ran past the drawing's right edge. A caption counts as a title only when it is marked as one (a letter or
// number tag, or an up arrow before an emoji or capitals) and two or more boxes have one: one arrowed remark
// under one box (`↑ 여기가 제일 커야 함`) stays what it was.
import type { Face } from "./box-faces.js";
import { lineText } from "./box-faces.js";
import type { Grid, Placed } from "./box-grid.js";
import { runsOf } from "./box-captions.js";

/** An up arrow pointing at the box above. */
const ARROW = /^(?:[↑⬆▲△^]\uFE0F?\s*)/u;
/** A short tag naming the box: `[A]`, `(B)`, `[2]`, `(가)`. */
const TAG = /^[[(（]\s*[A-Za-z0-9가-힣]{1,2}\s*[\])）]\s*/u;
/** What a title opens with after an arrow alone: an emoji, or a word in capitals. */
const TITLE_START = /^(?:\p{Extended_Pictographic}|[A-Z0-9]{2,}\b)/u;

/** The caption titles found, by box, with the grid line each was written on. */
export function titlesUnder(grid: Grid, boxes: readonly Face[], all: readonly Face[]): Map<Face, { text: string; line: number }> {
  const found = new Map<Face, { text: string; line: number; run: Placed[] }>();
  for (const line of new Set(boxes.map((b) => b.bottom + 1))) {
    const above = boxes.filter((b) => b.bottom + 1 === line);
    // Only characters no box below the frames holds: a caption stands between boxes, not in one.
    const free = (grid.texts[line] ?? []).filter((c) => !boxes.some((b) => line >= b.top && line <= b.bottom && c.col >= b.left && c.col <= b.right));
    for (const run of runsOf(free)) {
      const from = run[0]!.col;
      const box = above.find((b) => from >= b.left - 2 && from <= b.right);
      const text = captionTitle(lineText(run).trim());
      if (box && text && !found.has(box)) found.set(box, { text, line, run });
    }
  }
  if (found.size < 2) return new Map();
  // Taken out of the grid and of any frame's text, so they are read once: as titles, not row text or notes.
  for (const { line, run } of found.values()) {
    const drop = (cs: Placed[]): Placed[] => cs.filter((c) => !run.includes(c));
    grid.texts[line] = drop(grid.texts[line] ?? []);
    for (const f of all) {
      const cs = f.text.get(line);
      if (cs) f.text.set(line, drop(cs));
      if (f.text.get(line)?.length === 0) f.text.delete(line);
    }
  }
  return new Map([...found].map(([b, { text, line }]) => [b, { text, line }]));
}

/** The title a caption gives, its arrow and tag taken off; undefined when the caption is not marked as a title. */
export function captionTitle(caption: string): string | undefined {
  const arrow = ARROW.exec(caption);
  let rest = caption.slice(arrow?.[0].length ?? 0);
  const tag = TAG.exec(rest);
  rest = rest.slice(tag?.[0].length ?? 0).trim();
  if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
  if (tag) return rest;
  return arrow && TITLE_START.test(rest) ? rest : undefined;
}
