// Labels inside diagrams: wrapped with the same measurer that draws them, so a node box sized from a label
// always holds it. Lines are centred (or left-aligned) on a given point.
import type { Mark } from "../../model/positioned.js";
import { lineMetrics } from "../../fonts/measure.js";
import { lineMarks, longestWordWidth, plain, wrapRich, type WrappedLine } from "../../layout/wrap.js";

export interface Label {
  lines: WrappedLine[];
  px: number;
  width: number;
  height: number;
}

// Diagram searches measure the same labels at the same size over and over (one per candidate spacing);
// a Label is never mutated, so one measured copy serves them all.
const labelCache = new Map<string, Label>();
const LABEL_CACHE_MAX = 20000;

/**
 * Wrap `text` at `px` into lines no wider than maxWidth; an empty label measures as nothing. With `keepWords`
 * (mind maps, flowcharts: their layouts measure the label's real width) a word wider than maxWidth widens
 * the label instead of breaking; knob dials keep their cells and weigh split words themselves.
 */
export function measureLabel(text: string, px: number, maxWidth: number, keepWords = false): Label {
  const key = `${px}|${maxWidth}|${keepWords ? 1 : 0}|${text}`;
  let hit = labelCache.get(key);
  if (!hit) {
    if (labelCache.size >= LABEL_CACHE_MAX) labelCache.clear();
    hit = wrapLabel(text, px, maxWidth, keepWords);
    labelCache.set(key, hit);
  }
  return hit;
}

const WORD_CAP = 2.5;

function wrapLabel(text: string, px: number, maxWidth: number, keepWords: boolean): Label {
  if (text.trim() === "") return { lines: [], px, width: 0, height: 0 };
  const rich = plain(text);
  // A label breaks between words only: a word wider than the wrap width widens its label instead (a word
  // broken mid-way reads as two words). Only a word past WORD_CAP wraps widths may still split.
  const lines = wrapRich(rich, Math.max(px, maxWidth, keepWords ? Math.min(longestWordWidth(rich, px), maxWidth * WORD_CAP) : 0), px);
  const width = Math.max(0, ...lines.map((l) => l.width));
  return { lines, px, width, height: lines.length * lineMetrics(px).height };
}

/**
 * Items written as one list ("a · b · c"), wrapped at the joins: an item is split across lines only when it
 * alone is wider than maxWidth, so a line never ends inside one item and starts the next line with its rest.
 */
export function measureList(items: string[], px: number, maxWidth: number): Label {
  const key = `L|${px}|${maxWidth}|${items.join("\u0000")}`;
  let hit = labelCache.get(key);
  if (!hit) {
    if (labelCache.size >= LABEL_CACHE_MAX) labelCache.clear();
    hit = wrapList(items, px, maxWidth);
    labelCache.set(key, hit);
  }
  return hit;
}

function wrapList(items: string[], px: number, maxWidth: number): Label {
  const oneLine = (text: string): WrappedLine => wrapRich(plain(text), Infinity, px)[0]!;
  const lines: WrappedLine[] = [];
  let current: WrappedLine | undefined;
  let text = "";
  for (const item of items.map((i) => i.trim()).filter((i) => i !== "")) {
    const joined = current ? oneLine(`${text} · ${item}`) : undefined;
    if (joined && joined.width <= maxWidth) {
      current = joined;
      text = `${text} · ${item}`;
      continue;
    }
    if (current) lines.push(current);
    const alone = oneLine(item);
    if (alone.width <= maxWidth) {
      current = alone;
      text = item;
    } else {
      lines.push(...measureLabel(item, px, maxWidth, true).lines);
      current = undefined;
      text = "";
    }
  }
  if (current) lines.push(current);
  const width = Math.max(0, ...lines.map((l) => l.width));
  return { lines, px, width, height: lines.length * lineMetrics(px).height };
}

export type Align = "center" | "left" | "right";

/** Marks for a label whose box has its top edge at `top`; `x` is the centre, left or right edge per align. */
export function labelMarks(label: Label, x: number, top: number, color: string, seed: number, align: Align = "center"): Mark[] {
  const lh = lineMetrics(label.px).height;
  const marks: Mark[] = [];
  label.lines.forEach((line, i) => {
    const left = align === "center" ? x - line.width / 2 : align === "left" ? x : x - line.width;
    marks.push(...lineMarks(line, left, top + i * lh, label.px, { color, seed: seed + i }));
  });
  return marks;
}
