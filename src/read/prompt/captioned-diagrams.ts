// Diagrams gathered under a heading of their own, each captioned with the box it is for (`## Diagrams` with
// `Flowchart for Card A:` over a mermaid flowchart, `Pie chart for Card B:` over a pie). The heading only files
// them; the caption is the writer pointing at a box. Each drawing goes to the section the caption names (by its
// label or its title), the caption is left out, and a heading left with nothing goes.
import type { Block } from "../../model/sheet.js";
import { boxNumber } from "./box-number.js";
import type { Plan, PlanSection } from "./plan.js";
import { richText } from "./rich.js";

const TEXT: Block["kind"][] = ["paragraph", "bullets", "quote"];
/** `Flowchart for Card A:`, `Pie chart for the Temperature card:`, `Table (for Box 2):`: a short caption ending in a colon. */
const CAPTION = /^(?:[\p{L}\p{N}-]+\s+){0,3}?(?:[(（]\s*)?(?:for|in|goes\s+(?:in|into)|→)\s+(?:the\s+)?(.{1,60}?)\s*(?:[)）]\s*)?[:：]$/iu;

/** Moves each captioned drawing into the section its caption names; sections emptied so are dropped. */
export function captionedDiagrams(plan: Plan): void {
  for (const section of [...plan.sections]) {
    const moves: { blocks: Block[]; to: PlanSection; caption: Block }[] = [];
    const { blocks } = section;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k]!;
      if (b.kind !== "paragraph") continue;
      const m = CAPTION.exec(richText(b.text).trim());
      const to = m ? namedSection(plan, section, m[1]!) : undefined;
      if (!to) continue;
      // The drawings under the caption, up to the next text.
      const drawn: Block[] = [];
      for (let j = k + 1; j < blocks.length && !TEXT.includes(blocks[j]!.kind); j++) drawn.push(blocks[j]!);
      if (drawn.length > 0) moves.push({ blocks: drawn, to, caption: b });
    }
    if (moves.length === 0) continue;
    for (const move of moves) {
      section.blocks = section.blocks.filter((b) => b !== move.caption && !move.blocks.includes(b));
      move.to.blocks.push(...move.blocks);
    }
    if (section.blocks.length === 0) plan.sections = plan.sections.filter((s) => s !== section);
  }
}

/** The other section a caption names: by the box label its title opened with (`Card A`), else by its whole title. */
function namedSection(plan: Plan, from: PlanSection, words: string): PlanSection | undefined {
  const box = boxNumber(words.replace(/\s+(?:card|box|panel)$/i, ""));
  const others = plan.sections.filter((s) => s !== from);
  if (box && box.rest === words) return others.find((s) => s.box === box.box);
  if (box) return undefined;
  const title = words.toLowerCase().replace(/\s+(?:card|box|panel|section)$/i, "").trim();
  const hits = others.filter((s) => s.title.toLowerCase().trim() === title);
  return hits.length === 1 ? hits[0] : undefined;
}
