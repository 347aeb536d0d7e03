// A drawing whose boxes hold only a key (`A`, `B`, `1`, `TITLE`) with a legend under it saying what each key
// stands for (`- A = 📚 교과서 비유`, `B: …`, `C — …`): a person sketching the page's shape first and naming
// its boxes after. Each box is titled by its legend line, as if the drawing said it; without the legend the
// panels were titled `A`, `B`, `C` and the plan, which names topics, matched none of them.
import type { RootContent } from "mdast";
import type { DiagramRow, TextLine } from "./ascii-layout.js";
import { plainText } from "./sections.js";

const KEY = "[A-Za-z]|\\d{1,2}|[\\u2460-\\u2473]|title|header|banner|제목|타이틀|헤더";
const LEGEND_LINE = new RegExp(`^\\s*(?:[-*+]\\s+)?[\\[(]?(${KEY})[\\])]?\\s*(?:=|:|：|—|–|-|→|->)\\s*(\\S.*)$`, "i");

/** The legend's key → title, from the list items and lines of the layout section outside the drawing. */
export function legendOf(nodes: readonly RootContent[]): Map<string, string> {
  const out = new Map<string, string>();
  const read = (text: string): void => {
    for (const line of text.split("\n")) {
      const m = LEGEND_LINE.exec(line);
      if (m && !out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), m[2]!.trim());
    }
  };
  for (const n of nodes) {
    if (n.type === "list") for (const item of n.children) read(plainText(item));
    else if (n.type === "paragraph") read(plainText(n));
  }
  return out;
}

/**
 * The drawing with each line that is only a legend key replaced by what the legend says it is. Applied only
 * when two keys or more stand alone in the drawing: one `A` line is as likely an axis as a key.
 */
export function withLegend(rows: DiagramRow[], nodes: readonly RootContent[]): DiagramRow[] {
  const legend = legendOf(nodes);
  if (legend.size < 2) return rows;
  // The key as drawn, bare or bracketed (`A`, `[A]`, `(1)`), as the legend writes it either way.
  const keyed = (t: TextLine) => legend.get(t.text.trim().replace(/^[[(]\s*(.+?)\s*[\])]$/, "$1").toLowerCase());
  const lines = rows.flatMap((r) => [...r.texts, ...r.boxes.flatMap((b) => b.lines)]);
  if (lines.filter(keyed).length < 2) return rows;
  const swap = (ts: TextLine[]): TextLine[] => ts.map((t) => ({ ...t, text: keyed(t) ?? t.text }));
  return rows.map((r) => ({ ...r, texts: swap(r.texts), boxes: r.boxes.map((b) => ({ ...b, lines: swap(b.lines) })) }));
}
