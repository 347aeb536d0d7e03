// A sketch drawn inside a box with ASCII strokes (a loss curve `|\`, `| \__`, `+----- step`): as text lines it
// loses its spacing and its backslashes and reads as garbage, so the run is kept as the writer typed it, a
// preformatted block in the panel, as a person copies a small sketch stroke for stroke.
import type { Face } from "./box-faces.js";
import type { Placed } from "./box-grid.js";

/** Characters a sketch is drawn with. */
const STROKE = /[|/\\_\-+=*.^~<>:'`()]/gu;
/** Fewest sketch lines a run needs: two lines of strokes are as often a rule or a border as a drawing. */
const MIN_LINES = 3;
/** An axis label beside a sketch (`loss`, `step`, `y`): a short word or two. */
const LABEL = /^[\p{L}\p{N} ]{1,12}$/u;

/** Whether a line is drawn more than written: two strokes or more, and strokes most of its ink. */
function stroked(line: string): boolean {
  const ink = line.replace(/\s+/g, "");
  const strokes = ink.match(STROKE)?.length ?? 0;
  return strokes >= 2 && strokes >= ink.length * 0.6;
}

/**
 * The first run of sketch lines among a box's lines, with an axis label just above it, as [from, to); undefined
 * when there is none. A run of one character repeated (`-----` rules) or with no slanted or low stroke is a
 * separator, not a drawing.
 */
function sketchRun(lines: readonly string[]): [number, number] | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!stroked(lines[i]!)) continue;
    let j = i;
    while (j < lines.length && stroked(lines[j]!)) j++;
    const run = lines.slice(i, j);
    const drawn = run.some((l) => /[\\/_]/.test(l)) && new Set(run.join("").replace(/\s/g, "")).size > 2;
    if (run.length >= MIN_LINES && drawn) {
      const from = i > 0 && LABEL.test(lines[i - 1]!.trim()) ? i - 1 : i;
      return [from, j];
    }
    i = j;
  }
  return undefined;
}

/** The run's lines as one block of text, their common indent taken off and their own spacing kept. */
function sketchText(lines: readonly string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent).trimEnd()).join("\n");
}

/** A line's characters at their columns from `left`, the gaps between them kept. */
function spaced(chars: readonly Placed[], left: number): string {
  let out = "";
  let col = left;
  for (const c of chars) {
    if (c.col > col) out += " ".repeat(c.col - col);
    out += c.ch;
    col = c.col + c.width;
  }
  return out;
}

/** The sketch drawn in a box, as typed, and the file lines it takes; undefined when the box holds none. */
export function boxSketch(face: Face, firstLine: number): { text: string; lines: Set<number> } | undefined {
  const rows = [...face.text.entries()].sort((a, b) => a[0] - b[0]).map(([line, chars]) => ({ line, text: spaced(chars, face.left + 1) })).filter((r) => r.text.trim() !== "");
  const run = sketchRun(rows.map((r) => r.text));
  if (!run) return undefined;
  const taken = rows.slice(...run);
  return { text: sketchText(taken.map((r) => r.text)), lines: new Set(taken.map((r) => firstLine + r.line)) };
}
