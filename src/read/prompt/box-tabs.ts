// How wide a tab is in the editor a drawing was typed in. Drawings mixing tabs into spaces were aligned on
// their writer's screen, at 4 columns a tab as often as at 8; read at the wrong width, every line with a tab
// drifts by whole tab stops and its boxes fall apart. The width that stands the tabbed lines' borders on the
// columns the other lines' borders use is the one the writer saw.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-grid.js";

const BORDER = /^[|+\u2500-\u257F]$/u;
/** 8 first: a drawing its widths do not tell apart is read as before. */
const WIDTHS = [8, 4, 2];

/** The columns of a line's border characters with its tabs `tab` columns wide. */
function borderColumns(line: string, tab: number): number[] {
  const out: number[] = [];
  let col = 0;
  for (const g of graphemes(line)) {
    if (g === "\t") col = (Math.floor(col / tab) + 1) * tab;
    else {
      if (BORDER.test(g)) out.push(col);
      col += displayWidth(g);
    }
  }
  return out;
}

/** The tab width that lines the drawing's tabbed lines' borders up with its other lines'. */
export function tabWidth(lines: readonly string[]): number {
  const tabbed = lines.filter((l) => l.includes("\t"));
  if (tabbed.length === 0) return 8;
  const plain = new Set(lines.filter((l) => !l.includes("\t")).flatMap((l) => borderColumns(l, 8)));
  if (plain.size === 0) return 8;
  let best = 8;
  let bestScore = -1;
  for (const tab of WIDTHS) {
    const cols = tabbed.flatMap((l) => borderColumns(l, tab));
    const score = cols.filter((c) => plain.has(c)).length / Math.max(1, cols.length);
    // Clearly better only: a stray border or two says nothing of the writer's editor.
    if (score > bestScore + 0.1) [best, bestScore] = [tab, score];
  }
  return best;
}
