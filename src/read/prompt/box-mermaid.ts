// A Mermaid flowchart pasted straight into a box of the layout drawing (`graph LR` over `A[x] --> B{y}` lines,
// inside the box's walls): the writer drew the box's diagram in the syntax they know, so it is the panel's chart,
// not five lines of code-like text. Mermaid's own parser reads it, ahead of the (synchronous) reading of the
// drawing (box-charts.ts), so the box accepts exactly what a ```mermaid block does; here its lines are found and
// swapped for the chart parsed from them.
import { InputError } from "../../errors.js";
import type { Flowchart } from "../../model/sheet.js";
import type { TextLine } from "./ascii-layout.js";

const HEADER = /^(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\s*;?$/i;
/** Whether a drawing may hold such a chart at all, checked on its raw text before its boxes are found. */
export const MAY_HOLD_CHART = /\b(?:graph|flowchart)\s+(?:TD|TB|BT|LR|RL)\b/i;
const OPEN_FENCE = /^```\s*mermaid$/i;
const FENCE = /^```/;

/** What Mermaid made of a box's chart lines (`source`): the chart, if one with a link, and how many lines it took. */
export interface BoxChart {
  chart?: Flowchart;
  /** Of the source's lines, how many (the header first) are the chart; the rest stay the box's text. */
  taken: number;
  /** What the parse said, each `line N:` counting the source's lines from 1. */
  notes: string[];
  /** Mermaid's refusal of the chart as a whole (not where its grammar stops), `line` counting as `notes` do. */
  error?: { message: string; line: number; hint?: string | undefined };
}

/** Box charts parsed ahead, by their source. */
export interface BoxCharts {
  get(source: string): BoxChart | undefined;
}

/** Where a chart starts in the box's lines, and the text Mermaid is given: the header and every line under it
 * (the box does not say where the chart ends; the parse does), up to a closing fence. */
function chartLines(lines: TextLine[]): { at: number; stop: number; source: string } | undefined {
  const at = lines.findIndex((l) => HEADER.test(l.text));
  if (at < 0 || at === lines.length - 1) return undefined;
  let stop = at + 1;
  while (stop < lines.length && !FENCE.test(lines[stop]!.text)) stop++;
  return { at, stop, source: lines.slice(at, stop).map((l) => l.text).join("\n") };
}

/** The box's lines with a pasted flowchart taken out, and the chart it draws (when Mermaid read one with a link). */
export function takeBoxMermaid(lines: TextLine[], charts: BoxCharts | undefined, warnings: string[]): { lines: TextLine[]; chart?: Flowchart } {
  const found = chartLines(lines);
  if (!found) return { lines };
  const { at, stop } = found;
  const read = charts?.get(found.source);
  if (!read) {
    // Read without the pass that parses it (readPromptDocument on its own): said, never guessed at.
    warnings.push(`line ${lines[at]!.line}: this box's \`${lines[at]!.text}\` chart was not parsed (read the document with readSheet); its lines are kept as text`);
    return { lines };
  }
  const fileLine = (k: number): number => lines[at + k - 1]?.line ?? lines[at]!.line;
  if (read.error) throw new InputError(read.error.message, { line: fileLine(read.error.line) }, read.error.hint);
  for (const n of read.notes) warnings.push(n.replace(/^line (\d+):/, (_, k: string) => `line ${fileLine(Number(k))}:`));
  if (!read.chart) return { lines };
  // A ```mermaid line right above the header goes with it, and so does its closing fence.
  const fenced = at > 0 && OPEN_FENCE.test(lines[at - 1]!.text);
  const end = at + read.taken + (fenced && read.taken === stop - at && stop < lines.length ? 1 : 0);
  return { lines: [...lines.slice(0, fenced ? at - 1 : at), ...lines.slice(end)], chart: read.chart };
}
