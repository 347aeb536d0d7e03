// A plan section that names its box by the spreadsheet range the layout gave it (`A2:B3 영역에는 …`, `## C3 칸 —
// …`, `[D3] …`): the writer who laid the page out as merged ranges points at a box the same way, in the title or
// in the line opening the section, and its words may say nothing of the box's title. The range is the box's
// number in the drawing's reading order (positions.ts places a section by it), as `②번 칸` would be.
import { rangesInOrder } from "./cell-ranges.js";
import type { Plan } from "./plan.js";
import type { PromptDoc, Section } from "./sections.js";

/** A range or one cell opening a line, with a word for a box or a particle after it: `A2:B3 영역에는`, `C3 칸:`, `[D3]`. */
const RANGE_REF = /^[\s#>*\-\d.)]*\[?\s*([A-L][1-9]\d?)(?:\s*[:~–-]\s*([A-L][1-9]\d?))?\s*\]?\s*(영역|칸|셀|범위|박스|자리|area|cell|range|box)?(?:에는|에서는|에|은|는|의)?(?=[\s:：,—–-]|$)/i;

/** The range a line opens with, written as the layout writes it (`A2:B3`, `C3`); a lone cell only with a box word or brackets. */
export function rangeRef(line: string): string | undefined {
  const m = RANGE_REF.exec(line.length > 300 ? line.slice(0, 300) : line);
  if (!m) return undefined;
  if (!m[2] && !m[3] && !/^[\s#>*\-\d.)]*\[/.test(line)) return undefined;
  return (m[2] ? `${m[1]}:${m[2]}` : m[1]!).toUpperCase();
}

/** Sets `box` on each plan section naming a range of the layout and no box by number. `boxes`: the drawing's count. */
export function rangeBoxes(doc: PromptDoc, layout: Section | undefined, plan: Plan, boxes: number): void {
  if (!layout) return;
  const next = doc.sections[doc.sections.indexOf(layout) + 1];
  const order = rangesInOrder(doc.lines.slice(layout.line, next ? next.line - 1 : doc.lines.length));
  if (!order) return;
  const names = order.top ? order.names.slice(1) : order.names;
  if (names.length !== boxes) return;
  plan.sections.forEach((s, k) => {
    if (s.box !== undefined) return;
    const end = plan.sections[k + 1]?.line ?? doc.lines.length + 1;
    const opening = doc.lines.slice(s.line, end - 1).find((l) => l.trim() !== "");
    const ref = rangeRef(s.title) ?? rangeRef(doc.lines[s.line - 1] ?? "") ?? (opening ? rangeRef(opening) : undefined);
    const at = ref ? names.indexOf(ref) : -1;
    if (at >= 0) s.box = at + 1;
  });
}
