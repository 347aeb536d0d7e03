// Inline Markdown marks in layout: how a marked run is measured (code on fixed advances) and the pen marks that
// go with it (a tinted ground behind code, a strike line, a link underline), placed by wrap.ts's lineMarks.
import { measureRuns, monoWidth, textWidth } from "../fonts/measure.js";
import type { Mark } from "../model/positioned.js";
import type { LinePiece, LineStyle } from "./wrap.js";

/**
 * How a run of text is set: its weight and its inline Markdown marks. Keep-all wrapping treats every mark like
 * bold: a word may change look mid-way (`code`의) and still breaks only at spaces.
 */
export interface Look {
  bold: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  href?: string;
}

/** Width of `text` set in `look` at px: inline code on fixed advances, the rest as shaped (a slant adds nothing). */
export function lookWidth(text: string, look: Look, px: number): number {
  return look.code ? monoWidth(text, px) : textWidth(text, px, look.bold ? "bold" : "normal");
}

const w = lookWidth;

/**
 * The text and emoji marks of `text` set in `look` from x along one line (top, baseline and height of its box):
 * one text mark per face run, blanks kept inside runs and never drawn alone. Code, inline or in a block, is set
 * here on fixed advances (its runs carry `cell`).
 */
export function runMarks(text: string, look: Look, x: number, top: number, lineBox: { height: number; baseline: number }, px: number, color: string): Mark[] {
  const out: Mark[] = [];
  for (const run of measureRuns(text, px, look.bold ? "bold" : "normal", look.code === true)) {
    if (run.kind === "emoji") {
      out.push({ kind: "emoji", x, y: top + (lineBox.height - run.size) / 2, size: run.size, emoji: run.text });
    } else if (run.text.trim() !== "") {
      // Optional fields set one by one, in the order they always had: spreading small objects is slow cold.
      const mark: Mark & { kind: "text" } = { kind: "text", x, y: top + lineBox.baseline, size: run.size, face: run.face, text: run.text, width: run.width, color };
      if (run.bold) mark.bold = true;
      if (look.italic) mark.italic = true;
      if (run.cell !== undefined) mark.cell = run.cell;
      if (look.href) mark.href = look.href;
      out.push(mark);
    }
    x += run.width;
  }
  return out;
}

export function hasMarks(p: LinePiece): boolean {
  return Boolean(p.italic || p.code || p.strike || p.href);
}

/** Where a piece's visible text starts and ends, px from the line start (its spaces left out). */
function inked(p: LinePiece, px: number): { from: number; to: number } | undefined {
  const body = p.text.trim();
  if (body === "") return undefined;
  const lead = p.text.slice(0, p.text.length - p.text.trimStart().length);
  const from = p.x + (lead ? w(lead, p, px) : 0);
  return { from, to: from + w(body, p, px) };
}

/** A tinted ground behind each run of inline code, drawn before the text. Returns the next seed. */
export function codeGrounds(marks: Mark[], pieces: LinePiece[], x: number, top: number, px: number, seed: number): number {
  for (const p of pieces) {
    const ink = p.code ? inked(p, px) : undefined;
    if (!ink) continue;
    const pad = px * 0.12;
    marks.push({
      kind: "rect", x: x + ink.from - pad, y: top + px * 0.14, width: ink.to - ink.from + 2 * pad, height: px * 1.1,
      style: { seed: seed++, stroke: "none", fill: CODE_GROUND, fillStyle: "solid", roughness: 0.5, opacity: 0.85 },
    });
  }
  return seed;
}

/** Fill behind inline code: a cool grey that reads as "typed" on the paper in any panel accent. */
export const CODE_GROUND = "#e3e7ee";

/** A pen line through struck text and under links (in the link's accent), drawn after the text. */
export function penLines(marks: Mark[], pieces: LinePiece[], x: number, baselineY: number, px: number, style: LineStyle, seed: number): void {
  for (const p of pieces) {
    const ink = p.strike || p.href ? inked(p, px) : undefined;
    if (!ink) continue;
    const x1 = x + ink.from;
    const x2 = x + ink.to;
    if (p.strike) {
      const y = baselineY - px * 0.3;
      const stroke = p.bold || p.href ? (style.boldColor ?? style.color) : style.color;
      marks.push({ kind: "line", x1, y1: y + px * 0.03, x2, y2: y - px * 0.03, style: { seed: seed++, stroke, strokeWidth: Math.max(1, px * 0.075), roughness: 0.8, bowing: 0.6, disableMultiStroke: true } });
    }
    if (p.href) {
      const y = baselineY + px * 0.16;
      marks.push({ kind: "line", x1, y1: y, x2, y2: y, style: { seed: seed++, stroke: style.boldColor ?? style.color, strokeWidth: Math.max(0.8, px * 0.06), roughness: 0.5, bowing: 0.4, disableMultiStroke: true } });
    }
  }
}
