// The box diagram in `# Layout Structure`, drawn in any box characters (Unicode light, heavy, double,
// rounded; ASCII `+-=|*`; mixtures). `box-grid.ts` straightens hand-drawn drift, `box-faces.ts` finds the
// boxes; here they become rows: a row starts at every top border of a frame cell, a box whose sides cross
// a row separator spans those rows, and boxes drawn one under another in a column are stacked.
import { boxSketch } from "./box-sketch.js";
import { InputError } from "../../errors.js";
import { findFaces, lineText, marginNotes, type Face } from "./box-faces.js";
import { alignBands } from "./box-bands.js";
import { buildGrid, type Placed } from "./box-grid.js";
import { captionsUnder } from "./box-captions.js";
import { chainsOf, clean, labelOf, textLines } from "./box-lines.js";
import { sampleLines } from "./box-samples.js";
import { takeBoxMermaid, type BoxCharts } from "./box-mermaid.js";
import type { Flowchart } from "../../model/sheet.js";
import { runsOf } from "./box-repair.js";
import { hashBoxes } from "./plain-boxes.js";
import { stackedLast, staggeredTops } from "./staggered-rows.js";
import { titlesUnder } from "./under-titles.js";

export interface TextLine {
  text: string;
  line: number;
}

export interface DiagramBox {
  line: number;
  /** Non-empty text lines at the box's own depth (nested boxes and arrow chains excluded). */
  lines: TextLine[];
  /** Arrow chains written inside the box (`A → B → C`), as node labels. */
  chains: string[][];
  /** How many of `lines` (its title first) come before each chain, as `chains`: where it goes back as text. */
  chainsBefore?: number[];
  /** Labels of little boxes drawn inside this one, left to right, top to bottom. */
  nested: string[];
  /** A Mermaid flowchart pasted into the box, parsed ahead (box-charts.ts) and taken out of `lines` (box-mermaid.ts). */
  sketch?: Flowchart;
  /** Each little box's lines when it is a sample of labelled lines (box-samples.ts), as `nested`. */
  nestedLines?: (string[] | undefined)[];
  /** The file line of each little box's top border, as `nested` (before empty labels are dropped). */
  nestedAt?: number[];
  /** A sketch drawn in the box with ASCII strokes, as typed (box-sketch.ts), taken out of `lines`. */
  drawing?: string;
  /** How many diagram rows the box runs down through (a sidebar or tall column: 2 or more). */
  span: number;
  /** Drawn under the box before it, in the same column of the row. */
  below: boolean;
  /** Left and right border columns as drawn (display columns, drift straightened). */
  left: number;
  right: number;
  /** Height in diagram lines, borders included. */
  height: number;
  /** Its width written exactly rather than sketched (a design tool's frame in px): its share of the row's. */
  width?: number;
}

export interface DiagramRow {
  line: number;
  /** Text written inside the row but outside every box. */
  texts: TextLine[];
  boxes: DiagramBox[];
  /** Whether the first outside text comes before the first box (a heading over the box). */
  headingFirst: boolean;
  /** Words written beside the drawing on the row's lines (its top border included): remarks such as widths. */
  notes?: TextLine[];
  /** Lines the row takes in the drawing, its top border included. */
  lines: number;
  /** Left and right edges of the row as drawn. */
  left: number;
  right: number;
}

const HINT = "draw each box with a closed border (┌─┐ │ │ └─┘ or +-+ | | +-+); rows are split by ├───┤ or +---+";

/** `code` is the code block's text; `firstLine` the file line of its first line. Guesses go to `warnings`.
 * `charts`: the Mermaid charts typed in its boxes, parsed ahead by their text. */
export function parseDiagram(code: string, firstLine: number, warnings: string[] = [], charts?: BoxCharts): DiagramRow[] {
  // Text lines drifting under straight `+---+` border lines are put back on the borders' junctions (box-bands.ts).
  const lines = alignBands(hashBoxes(code).split(/\r?\n/));
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const grid = buildGrid(lines, firstLine);
  const cells = findFaces(grid);
  if (cells.length === 0) {
    const first = lines.findIndex((l) => l.trim());
    throw new InputError("the layout diagram has no closed box", { line: firstLine + Math.max(0, first) }, HINT);
  }
  for (const w of runsOf(grid.warnings)) warnings.push(`line ${w.line}: ${w.message}`);
  const units = cells.flatMap((c) => (titledCell(c, cells) ? [c] : unitsOf(c, warnings, firstLine)));
  const tops = staggeredTops(bandTops(cells, units), units);
  // Titles written under the boxes as captions go first in their boxes' lines.
  const under = titlesUnder(grid, units, cells);
  const titleOf = (f: Face): TextLine[] => {
    const t = under.get(f);
    return t ? [{ text: t.text, line: firstLine + t.line }] : [];
  };
  // A line right above a box's top is that box's heading; one right above a frame's separator is the row above's.
  const cellTops = new Set(cells.map((c) => c.top));
  const bandOf = (line: number): number => {
    let k = 0;
    while (k + 1 < tops.length && tops[k + 1]! <= line + (cellTops.has(tops[k + 1]!) ? 0 : 1)) k++;
    return k;
  };
  const lastBand = (bottom: number): number => {
    let k = 0;
    while (k + 1 < tops.length && tops[k + 1]! < bottom - 1) k++;
    return k;
  };
  const end = Math.max(...cells.map((c) => c.bottom));
  const rows: DiagramRow[] = tops.map((top, k) => ({
    line: firstLine + top + 1,
    texts: [],
    boxes: [],
    headingFirst: false,
    lines: (tops[k + 1] ?? end) - top,
    left: Infinity,
    right: -Infinity,
  }));
  const placed = units.map((u) => ({ u, first: bandOf(u.top), last: stackedLast(u, lastBand(u.bottom), units, (v) => bandOf(v.top), bandOf(u.top)) }));
  // Boxes closed over boxes opened on the next line (`+---+` under `+---+`), no border shared: each row runs to
  // the line the next opens on, so the last runs one line past its own bottom border too, and equal boxes get
  // equal rows.
  const bottomOf = (k: number): number => Math.max(-1, ...placed.filter((p) => p.last === k).map((p) => p.u.bottom));
  const stacked = tops.length > 1 && tops.slice(1).every((next, k) => bottomOf(k) === next - 1);
  if (stacked && bottomOf(tops.length - 1) === end) rows[rows.length - 1]!.lines += 1;
  for (const { u, first, last } of placed) {
    for (let k = first; k <= last; k++) {
      rows[k]!.left = Math.min(rows[k]!.left, u.left);
      rows[k]!.right = Math.max(rows[k]!.right, u.right);
    }
  }
  // A titled cell's text is its own lines, not text outside the boxes of its row.
  const framing = cells.filter((c) => !units.includes(c));
  rows.forEach((row, k) => {
    const own = placed.filter((p) => p.first === k).map((p) => p.u);
    const spanning = placed.some((p) => p.first < k && p.last >= k);
    const alone = own.length === 1 && !spanning && own[0]!.children.length === 0 && !framing.some((c) => c !== own[0] && outsideText(c, k, bandOf).length);
    if (alone) {
      row.texts = [...titleOf(own[0]!), ...textLines(own[0]!, firstLine)];
      row.headingFirst = row.texts.length > 0;
      return;
    }
    const arranged = arrange(own);
    row.boxes = arranged.map(({ face, below }) => boxOf(face, below, placed.find((p) => p.u === face)!, firstLine, charts, warnings, titleOf(face)));
    const lowest = Math.max(...own.map((u) => u.bottom));
    const texts = framing.flatMap((c) => outsideText(c, k, bandOf)).sort((a, b) => a.line - b.line).filter((t) => {
      // A phrase written under each box of the row is that box's caption.
      const captions = t.line > lowest ? captionsUnder(t.chars, arranged.map((a) => a.face)) : undefined;
      for (const [at, said] of captions ?? []) row.boxes[at]!.lines.push(...said.map((text) => ({ text, line: firstLine + t.line })));
      return !captions;
    });
    row.texts = texts.map((t) => ({ text: t.text, line: firstLine + t.line }));
    const firstBox = Math.min(...own.map((u) => u.top));
    row.headingFirst = texts.length > 0 && texts[0]!.line < firstBox;
  });
  for (const n of marginNotes(grid, cells)) (rows[bandOf(n.line)]!.notes ??= []).push({ text: n.text, line: firstLine + n.line });
  return rows.filter((r) => r.boxes.length > 0 || r.texts.length > 0);
}

/** The panels a top-level face stands for: itself when it holds no boxes, else its boxes (and the boxes of a
 * box that only stacks boxes). */
function unitsOf(cell: Face, warnings: string[], firstLine: number): Face[] {
  if (cell.children.length === 0) return [cell];
  return cell.children.flatMap((box) => {
    if (!stacksBoxes(box)) return [box];
    if (box.text.size > 0) warnings.push(`line ${firstLine + box.top}: text beside the boxes stacked in this box was kept with the row`);
    return box.children;
  });
}

/** A frame cell whose own title line stands above its boxes is one panel holding them (a schematic, a code
 * card) when it shares its lines with other cells (a split row) or its boxes are joined by arrows: beside a
 * sidebar, or as `[A] ──▶ [B]`, the boxes are what the titled cell shows, not panels of their own. */
function titledCell(cell: Face, cells: Face[]): boolean {
  if (cell.children.length === 0) return false;
  const firstBox = Math.min(...cell.children.map((k) => k.top));
  const lines = [...cell.text.entries()].filter(([, chars]) => /[\p{L}\p{N}]/u.test(lineText(chars)));
  if (!lines.some(([line]) => line < firstBox)) return false;
  const beside = cells.some((o) => o !== cell && o.top < cell.bottom && o.bottom > cell.top);
  const besideKids = (line: number): boolean => cell.children.some((k) => line >= k.top && line <= k.bottom);
  const joined = [...cell.text.entries()].some(([line, chars]) => besideKids(line) && BOX_ARROW.test(lineText(chars)));
  return beside || (cell.children.length >= 2 && joined);
}

const BOX_ARROW = /→|->|⟶|⇒|=>|➡|▶|►/;

/** A box holding two or more boxes one under another, each nearly as wide as it: stacked panels, not a
 * schematic of little boxes. */
function stacksBoxes(box: Face): boolean {
  const kids = box.children;
  if (kids.length < 2) return false;
  const wide = kids.every((k) => (k.right - k.left) >= 0.6 * (box.right - box.left) && k.text.size > 0);
  const stacked = kids.every((k, i) => i === 0 || k.top >= kids[i - 1]!.bottom);
  return wide && stacked;
}

/** Row tops: the top border of every frame cell (tops within a line of each other are one row), and in a
 * frame cell that holds boxes in separate bands with no separator between them, each band's top. */
function bandTops(cells: Face[], units: Face[]): number[] {
  const tops: number[] = [];
  const add = (t: number): void => {
    if (!tops.some((x) => Math.abs(x - t) <= 1)) tops.push(t);
  };
  for (const c of cells) add(c.top);
  for (const c of cells) {
    // Only a frame cell alone across its lines: beside other cells, boxes one under another are stacked.
    if (cells.some((o) => o !== c && o.top < c.bottom && o.bottom > c.top)) continue;
    const inner = units.filter((u) => u.parent === c || u.parent?.parent === c).sort((a, b) => a.top - b.top);
    let bottom = -1;
    inner.forEach((u, i) => {
      // A box opening under two boxes that closed above it, while a sidebar beside them runs on, starts a row of
      // its own: it cannot stand in one column under both, and the sidebar spans the two rows.
      const closedAbove = inner.slice(0, i).filter((o) => o.bottom <= u.top && overlap(o, u) > 0);
      // So do two boxes opening side by side under one box that closed above them (`🗨️` over `🧑‍🏫 | 🤖`): one
      // column cannot stack two boxes beside each other.
      const beside = inner.filter((o) => o !== u && Math.abs(o.top - u.top) <= 1 && overlap(o, u) <= 0);
      const splitUnder = closedAbove.some((a) => beside.some((o) => a.bottom <= o.top && overlap(a, o) > 0));
      if (i > 0 && (u.top >= bottom || closedAbove.length >= 2 || splitUnder)) add(u.top);
      bottom = Math.max(bottom, u.bottom);
    });
    // A heading line over boxes that fill the top of a frame with no title row: the heading is the title.
    const firstText = Math.min(...[...c.text.keys()]);
    const firstBox = inner[0];
    if (c === cells[0] && firstBox && firstText < firstBox.top && inner.filter((u) => u.top < firstBox.bottom).length >= 2) add(firstBox.top);
  }
  return tops.sort((a, b) => a - b);
}

function outsideText(cell: Face, band: number, bandOf: (line: number) => number): { text: string; line: number; chars: Placed[] }[] {
  if (cell.children.length === 0) return [];
  return [...cell.text.entries()]
    .filter(([line]) => bandOf(line) === band)
    .map(([line, chars]) => ({ line, chars, text: clean(lineText(chars)) }))
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/** Boxes of one row in reading order: columns left to right, stacked boxes top to bottom within a column. */
function arrange(faces: Face[]): { face: Face; below: boolean }[] {
  const columns: Face[][] = [];
  for (const f of [...faces].sort((a, b) => a.left - b.left || a.top - b.top)) {
    const col = columns.find((c) => c.some((g) => overlap(f, g) > 0.5 * Math.min(f.right - f.left, g.right - g.left)));
    if (col) col.push(f);
    else columns.push([f]);
  }
  return columns.flatMap((c) => c.sort((a, b) => a.top - b.top).map((face, i) => ({ face, below: i > 0 })));
}

function overlap(a: Face, b: Face): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

function boxOf(face: Face, below: boolean, p: { first: number; last: number }, firstLine: number, charts: BoxCharts | undefined, warnings: string[], title: TextLine[]): DiagramBox {
  const box: DiagramBox = {
    line: firstLine + face.top,
    lines: [...title, ...textLines(face, firstLine)],
    chains: [],
    nested: face.children.map(labelOf).filter(Boolean),
    nestedAt: face.children.filter((k) => labelOf(k)).map((k) => firstLine + k.top),
    nestedLines: face.children.filter((k) => labelOf(k)).map(sampleLines),
    span: p.last - p.first + 1,
    below,
    left: face.left,
    right: face.right,
    height: face.bottom - face.top + 1,
  };
  const sketch = boxSketch(face, firstLine);
  if (sketch) {
    box.lines = box.lines.filter((l) => !sketch.lines.has(l.line));
    box.drawing = sketch.text;
  }
  const { lines, chart } = takeBoxMermaid(box.lines, charts, warnings);
  box.lines = lines;
  if (chart) box.sketch = chart;
  splitChains(box);
  return box;
}

/** Arrow chains may wrap over several lines ("A → B →" / "→ C → D"); join them, then take every
 * chain of three or more steps out of the box's text lines. */
function splitChains(box: DiagramBox): void {
  const { lines, chains, before } = chainsOf(box.lines);
  box.lines = lines;
  box.chains.push(...chains);
  box.chainsBefore = before;
}

