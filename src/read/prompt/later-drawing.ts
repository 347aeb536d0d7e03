// A drawing sent after the prompt as a change: people who ask for a layout and then change their mind often
// append a follow-up (`--- (수정 요청) --- … 수정한 구조는 이렇게요:`) below the image request, with the new drawing,
// rather than editing the layout section. That drawing, not the one under # Layout Structure, is the layout.
import type { Code } from "mdast";
import { NEWER, OLDER } from "./drawing-choice.js";
import type { RatioTable } from "./ratios.js";
import { lineOf, plainText, type PromptDoc, type Section } from "./sections.js";

/** Words saying what the drawing is of: the page's layout, not a diagram for a panel. */
const LAYOUT = /\b(?:layout|structure|boxes?|grid|arrangement)\b|구조|레이아웃|배치|박스|칸|틀/i;

/**
 * The last box drawing in a section after `layoutSec` (not the plan's: drawings there are the panels' content)
 * whose lead-in — the words since the section's start or the drawing before it — calls it the newer layout,
 * with a note saying it replaces the one at `was`. Undefined when no later drawing is so called.
 */
export function laterDrawing(doc: PromptDoc, layoutSec: Section, isArt: (c: Code) => boolean, was: Code | undefined): { code: Code; note: string; revised: true } | undefined {
  let found: Code | undefined;
  for (const sec of doc.sections.slice(doc.sections.indexOf(layoutSec) + 1)) {
    if (sec.kind === "plan" || sec.kind === "layout") continue;
    let lead: string[] = [sec.title];
    for (const n of sec.nodes) {
      if (n.type !== "code") {
        lead.push(plainText(n));
        continue;
      }
      // The last two parts before it: the request itself, and the line that introduces the drawing.
      const said = lead.slice(-3).join(" ");
      if (isArt(n) && NEWER.test(said) && LAYOUT.test(said) && !OLDER.test(said)) found = n;
      lead = [];
    }
  }
  if (!found) return undefined;
  const before = was ? `, not the one at line ${lineOf(was)} under the layout section` : "";
  return { code: found, note: `line ${lineOf(found)}: a revised drawing follows the prompt; it is read as the layout${before}`, revised: true };
}

const STALE = "the ratio table was written for the drawing the revision replaced";

/** The ratio table, unless it was written for the drawing the revision replaced: more rows than the revised
 * drawing has (the writer dropped a box and did not rewrite the shares). Then the drawing's own heights size it. */
export function unlessStale(table: RatioTable | undefined, rows: number, warnings: string[]): RatioTable | undefined {
  if (!table || table.rows.length <= rows) return table;
  warnings.push(`line ${table.line}: ${STALE} (${table.rows.length} rows for the revised drawing's ${rows}); its rows are sized as drawn`);
  return undefined;
}

/** With the stale table said, the usual `no layout ratio table found` note would contradict it: only one stays. */
export function oneRatioNote(warnings: string[], line: number): void {
  if (!warnings.some((w) => w.includes(`: ${STALE} (`))) return;
  const k = warnings.findIndex((w) => w.startsWith(`line ${line}: no layout ratio table`));
  if (k >= 0) warnings.splice(k, 1);
}
