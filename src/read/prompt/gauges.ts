// Gauges typed in plain text, the way people sketch a bar chart in notes: one line a bar, its label before it
// and its value after (`수학 올림피아드   ██████████ 95%`, `coding [#######---] 70%`), or a slider with its knob on
// the track (`temperature  0 ──●────── 2`). Drawn as typed they are a code block, and in a narrow panel each
// line wraps, its bar and value broken off under the label with a continuation mark. As a table of label → bar
// → value the label wraps in its own column and the bar stays whole beside it.
import type { Block, Rich } from "../../model/sheet.js";
import { BAR_CLASS } from "../../model/bar-glyphs.js";

/** A run of bar glyphs (model/bar-glyphs.ts: the glyphs a table cell draws as a bar). */
const BLOCKS = new RegExp(`${BAR_CLASS}{3,}`, "u");
/** A bar in ASCII inside brackets, three marks at least: filled with `#`, `=` or `*`, the rest dashes, dots or spaces. */
const ASCII = /\[(?=[#=*|. _-]{3,}\])(?! +\])[#=*|]*[-. _]*\]/;
/** A slider's knob, and the rules of its track. */
const KNOB = /[●◉○◆◇]/gu;
const RULE = /[─━—-]/;
/** A number written at a track's end (`0`, `2.0`, `100%`). */
const END = /-?\d+(?:\.\d+)?%?/;
/** Lines longer than this are prose, not a gauge. */
const MAX_LINE = 160;

export interface Gauge {
  label: string;
  bar: string;
  value: string;
}

/** The one bar a line draws, where it starts and ends; undefined when the line draws none or more than one. */
function barOf(line: string): { at: number; end: number } | undefined {
  for (const re of [BLOCKS, ASCII]) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m.index + m[0].length);
    if (re.test(rest)) return undefined;
    return { at: m.index, end: m.index + m[0].length };
  }
  const s = sliderOf(line);
  return s;
}

/** A slider's track with its ends, when the line has exactly one knob on a track of at least four rules. */
function sliderOf(line: string): { at: number; end: number } | undefined {
  const knobs = [...line.matchAll(KNOB)];
  if (knobs.length !== 1) return undefined;
  const k = knobs[0]!.index!;
  let a = k;
  while (a > 0 && RULE.test(line[a - 1]!)) a--;
  let b = k + knobs[0]![0].length;
  while (b < line.length && RULE.test(line[b]!)) b++;
  if (k - a + (b - k - 1) < 4) return undefined;
  // The track's ends: a number written against it with a space (`0 ──●── 2`), taken with it.
  const before = new RegExp(`(?:^|\\s)(${END.source}) $`).exec(line.slice(0, a));
  const after = new RegExp(`^ (${END.source})(?=\\s|$)`).exec(line.slice(b));
  const at = before ? a - before[1]!.length - 1 : a;
  const end = after ? b + after[0].length : b;
  return { at, end };
}

/** A line as a gauge: a label, its bar and what follows it (a value, a word or two). */
export function gaugeOf(raw: string): Gauge | undefined {
  if (raw.length > MAX_LINE) return undefined;
  const line = raw.replace(/^\s*(?:[-*+•]\s+|\|)?/, "").replace(/\s*\|?\s*$/, "");
  if (line.length === 0) return undefined;
  const bar = barOf(line);
  if (!bar || bar.at === 0) return undefined;
  const label = line.slice(0, bar.at).replace(/\s*[:：|]?\s*$/, "").trim();
  const value = line.slice(bar.end).replace(/^\s*[|:：]?\s*/, "").trim();
  if (!/[\p{L}\p{N}]/u.test(label) || value.length > 30) return undefined;
  return { label, bar: line.slice(bar.at, bar.end).trim(), value };
}

/**
 * Lines that are all gauges (blank lines aside), two at least, as the table a reader takes them for: label, bar
 * and, when any line writes one, value. Undefined when any line is something else.
 */
export function gaugeTable(text: string): Block | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return undefined;
  const gauges: Gauge[] = [];
  for (const l of lines) {
    const g = gaugeOf(l);
    if (!g) return undefined;
    gauges.push(g);
  }
  const valued = gauges.some((g) => g.value !== "");
  const cell = (t: string): Rich => (t ? [{ text: t }] : []);
  return { kind: "table", header: [], rows: gauges.map((g) => (valued ? [cell(g.label), cell(g.bar), cell(g.value)] : [cell(g.label), cell(g.bar)])) };
}
