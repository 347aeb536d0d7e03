// Widths said as spans of a column grid, as a web designer sizes boxes (a 12-column grid): `LOSS CURVE가 col 8 /
// TRAINING LOG가 col 4`, `TIMELINE span-8, COST span-4`, `VOCAB 8/12`. Each box is named by its title's words,
// its span said after its name; a row whose boxes are all named so gets shares in proportion to their spans,
// the drawing's rough widths giving way to the numbers its writer chose.
import type { DiagramRow } from "./ascii-layout.js";

// A span after a box's name: `col 8`, `col-8`, `cols 8`, `span-8`, `span 8`, `span: 8`, `8/12`, `8 of 12`.
const SPAN = /(?<![\p{L}\p{N}])(?:col(?:umn)?s?|span)\s*[-:=]?\s*(\d{1,2})(?!\d)|(?<![\d.\/])(\d{1,2})\s*(?:\/|of)\s*(12|16|24)(?!\d)/iu;

const GRIDS = new Set([12, 16, 24]);
const GRID = /grid|그리드|격자/i;

/** A title less emoji and brackets, lowercased, as a sentence names the box. */
function nameOf(title: string): string {
  return title
    .replace(/[(（[][^)）\]]*[)）\]]/g, " ")
    .replace(/[^\p{L}\p{N}\s&+\-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Sets `widths` on each table row whose drawn boxes a line names one by one, each with its span. */
export function gridSpans(lines: { text: string; line: number }[], diagram: DiagramRow[], rows: { widths?: number[] }[]): void {
  const titled = diagram.map((r) => r.boxes.map((b) => nameOf(b.lines[0]?.text ?? "")));
  const all = titled.flat().filter((n) => n.length >= 3);
  for (const { text } of lines) {
    if (!SPAN.test(text)) continue;
    const lower = text.toLowerCase();
    // Where every box's name stands in the line: a box's span is said before the next name.
    const starts = all.flatMap((n) => {
      const k = lower.indexOf(n);
      return k >= 0 ? [k] : [];
    });
    titled.forEach((names, r) => {
      const row = rows[r];
      // A box stacked under another shares its column: its span is no share of the row.
      if (!row || row.widths || names.length < 2 || diagram[r]!.boxes.some((b) => b.below)) return;
      const spans = names.map((n) => {
        const k = n.length >= 3 ? lower.indexOf(n) : -1;
        if (k < 0) return undefined;
        const end = Math.min(lower.length, ...starts.filter((s) => s > k));
        const m = SPAN.exec(lower.slice(k + n.length, end));
        const n2 = m ? Number(m[1] ?? m[2]) : 0;
        return n2 > 0 ? n2 : undefined;
      });
      if (spans.some((s) => s === undefined)) return;
      const total = (spans as number[]).reduce((a, b) => a + b, 0);
      // `ALPHA in column 1, BETA in column 2` places boxes, not sizes them: spans fill a grid's width, or the
      // line says there is a grid and the numbers are no count of places.
      const places = (spans as number[]).every((s, i) => s === i + 1);
      if (!GRIDS.has(total) && (!GRID.test(text) || places)) return;
      row.widths = (spans as number[]).map((s) => Math.round((s / total) * 10000) / 10000);
    });
  }
}
