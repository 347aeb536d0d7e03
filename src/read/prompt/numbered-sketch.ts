// `1. 바이트 → BPE → 약 10만 어휘` / `2. 토큰 = …` / `3. …` typed in the takeaways box of the drawing: the list
// the box will hold, sketched short. Once the plan's own numbered takeaways fill the box, drawing both gives
// two numbered lists one under the other (1–3, then badges 1–4) saying the same points twice; a designer draws
// the plan's list, which the sketch only stood in for. A box whose plan list is not numbered keeps its lines.
import type { Panel } from "../../model/sheet.js";

const NUMBERED = /^(\d{1,2})[.)]\s+\S/u;

/** For each lead line, whether it is part of a sketch of the panel's numbered list: a run of two lines or more
 * numbered 1, 2, 3 … in order, no longer than the takeaways list the plan put in the panel. */
export function sketchesNumberedList(texts: string[], panel: Panel): boolean[] {
  const out = texts.map(() => false);
  const list = panel.blocks.find((b) => b.kind === "bullets" && b.style === "takeaways");
  if (!list || list.kind !== "bullets") return out;
  const items = list.depths ? list.depths.filter((d) => d === 0).length : list.items.length;
  for (let k = 0; k < texts.length; k++) {
    if (Number(NUMBERED.exec(texts[k]!)?.[1]) !== 1) continue;
    let end = k + 1;
    while (end < texts.length && Number(NUMBERED.exec(texts[end]!)?.[1]) === end - k + 1) end++;
    if (end - k >= 2 && end - k <= items) for (let j = k; j < end; j++) out[j] = true;
    k = end - 1;
  }
  return out;
}
