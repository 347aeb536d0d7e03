// The rows of a layout described in sentences, as the rows a box drawing gives: each box at the width the text
// states, sidebars said to run down through rows kept at their edge below, and what the items under a row say
// about its boxes as the lines a drawn box holds.
import type { DiagramBox, DiagramRow } from "./ascii-layout.js";
import type { ProseBox } from "./prose-boxes.js";
import type { ProseRow } from "./prose-layout.js";

// A fine grid: the widths the text states are drawn as stated, not rounded to a drawing's columns.
const COLUMNS = 1000;

/** Sidebars said to run through rows, placed in the first row they cover. */
export function placeSpans(rows: ProseRow[], spans: { box: ProseBox; line: number }[], warnings: string[]): Map<ProseRow, { box: ProseBox; span: number }[]> {
  const out = new Map<ProseRow, { box: ProseBox; span: number }[]>();
  const index = (n: number) => rows.findIndex((r) => r.number === n);
  const all = [
    ...spans.map((s) => ({ ...s, row: undefined as ProseRow | undefined })),
    ...rows.flatMap((row) => row.boxes.filter((b) => b.sidebar && b.rows).map((box) => ({ box, line: row.line, row }))),
  ];
  for (const s of all) {
    const [from, to] = s.box.rows!;
    const first = Number.isNaN(from) ? (s.row ? rows.indexOf(s.row) : -1) : index(from);
    const last = index(to);
    if (first < 0 || last <= first) {
      warnings.push(`line ${s.line}: the sidebar "${s.box.title}" names rows ${s.box.rows!.filter((v) => !Number.isNaN(v)).join("–")} that the layout does not have; it is drawn in one row`);
      continue;
    }
    if (s.row) s.row.boxes.splice(s.row.boxes.indexOf(s.box), 1);
    const list = out.get(rows[first]!) ?? [];
    list.push({ box: s.box, span: last - first + 1 });
    out.set(rows[first]!, list);
  }
  return out;
}

/** Columns a sidebar keeps in the rows below the one it starts in. */
export interface Reserved {
  left: number;
  right: number;
  until: number;
}

export function diagramRow(r: ProseRow, k: number, sidebars: Map<ProseRow, { box: ProseBox; span: number }[]>, kept: Reserved[], warnings: string[]): DiagramRow {
  const base = { line: r.line, headingFirst: false, lines: r.title ? 2 : r.big ? 7 : 4, left: 0, right: COLUMNS };
  if (r.title) return { ...base, texts: r.banner.map((text) => ({ text, line: r.line })), boxes: [] };
  const reserved = kept.filter((s) => s.until >= k);
  const own = sidebars.get(r) ?? [];
  const spanning = own.map((s) => ({ ...s.box, side: s.box.side ?? "right" }) as ProseBox);
  const boxes = [...spanning.filter((b) => b.side === "left"), ...r.boxes, ...spanning.filter((b) => b.side !== "left")];
  const takenPct = reserved.reduce((s, x) => s + ((x.right - x.left) * 100) / COLUMNS, 0);
  const widths = shares(boxes, 100 - takenPct, r.line, warnings);
  // The columns sidebars from above keep are at the edges; this row's boxes fill what is between.
  let x = Math.min(COLUMNS, ...reserved.filter((s) => s.left === 0).map((s) => s.right));
  if (!reserved.some((s) => s.left === 0)) x = 0;
  const out: DiagramBox[] = boxes.map((b, i) => {
    const w = (COLUMNS * widths[i]!) / 100;
    const span = own.find((s) => s.box.title === b.title)?.span ?? 1;
    const lines = [{ text: b.title, line: r.line }, ...(b.note ? [{ text: b.note, line: r.line }] : []), ...(notes.get(b) ?? [])];
    const box: DiagramBox = { line: r.line, lines, chains: [], nested: [], span, below: false, left: x, right: x + w, height: 4 };
    if (span > 1) kept.push({ left: box.left, right: box.right, until: k + span - 1 });
    x += w;
    return box;
  });
  return { ...base, texts: [], boxes: out };
}

/** What the items under a row say about its boxes, as the lines a drawn box would hold under its title. */
const notes = new WeakMap<ProseBox, { text: string; line: number }[]>();
const PLACE = /^(?:(왼쪽|왼편|좌측|left)|(가운데|중앙|middle|cent(?:er|re))|(오른쪽|오른편|우측|right))(?:\s*(?:칸|박스|box|panel|column|편|쪽))?\s*(?:[:：—–-]|에는|에|은|는)\s*/i;

/**
 * An item under a row that already names its boxes (`Row 2 (25%)：A | B` over `- 왼쪽 칸：…`): the box it names
 * by place gets it as a line of text, the one box of a row of one gets any item; a remark on a row of several
 * (`세 칸 모두 같은 너비`) is about the drawing, not a box's words.
 */
export function describeBox(row: ProseRow, unit: string, line: number): void {
  const place = PLACE.exec(unit);
  const named = row.boxes.slice(0, row.named);
  let box: ProseBox | undefined;
  let text = unit;
  if (place) {
    box = place[1] ? named[0] : place[3] ? named[named.length - 1] : named.length === 3 ? named[1] : undefined;
    text = unit.slice(place[0].length);
  } else if (named.length === 1) box = named[0];
  if (!box || !text.trim()) return;
  notes.set(box, [...(notes.get(box) ?? []), { text: text.trim(), line }]);
}

/** Each box's percent of the row: as stated, the rest shared by the boxes that state none. */
function shares(boxes: ProseBox[], free: number, line: number, warnings: string[]): number[] {
  const stated = boxes.reduce((s, b) => s + (b.width ?? 0), 0);
  const unset = boxes.filter((b) => b.width === undefined).length;
  // Stated percents are shares of the room this row's own boxes have (beside a sidebar from above, that room).
  const whole = unset === 0 ? stated : 100;
  if (stated >= 100 && unset > 0) {
    warnings.push(`line ${line}: the widths stated in this row add up to ${stated}% with ${unset} box(es) left without one; the boxes share the row equally`);
    return boxes.map(() => free / boxes.length);
  }
  // A box said to span two columns (`(두 칸 합침)`) takes two of the unstated boxes' equal shares.
  const cols = boxes.reduce((s, b) => s + (b.width === undefined ? (b.cols ?? 1) : 0), 0);
  const rest = unset ? (whole - stated) / cols : 0;
  return boxes.map((b) => ((b.width ?? rest * (b.cols ?? 1)) / (whole || 1)) * free);
}
