// Row heights written as one line of named proportions after a ratio label (`비율: 헤더 1 : 본문 5 : 하단 3`,
// `Ratio — title 1 / body 5 / footer 3`), the way a ratio is said aloud: each number after the band it sizes.
// The names are what keep it from a page's aspect (`비율: 16:9`), which names nothing. A note on widths beside it
// (`(가로는 본문 7:3, 하단 3등분)`) names its rows by the same names.
import { widthsOf } from "./width-words.js";

const LEAD = /^\s*(?:[-*]\s*)?(?:(?:행|세로|높이|row|height)\s*)?(?:비율|ratios?|proportions?)\s*[:：=—–]\s*/iu;
const NUMBER_AT_END = /(\d{1,4}(?:\.\d{1,4})?)\s*(%?)$/;
// Labels naming the page's sides, not its bands (`가로 16 : 세로 9`).
const SIDE = /^(?:가로|세로|width|height|w|h)$/i;
/** Where a note on widths starts: `가로는`, `폭:`, `widths:`. */
const WIDTHS_NOTE = /(?:가로|폭|너비|widths?|columns?)\s*(?:은|는)?\s*[:：]?\s*/iu;

export interface NamedHeights {
  values: number[];
  percent: boolean;
  /** Each value's band name, as written (`헤더`, `본문`). */
  labels: string[];
}

/** The line's heights, one per named band, or undefined when the line is not one of named proportions. */
export function labelledRatios(text: string): NamedHeights | undefined {
  const lead = LEAD.exec(text);
  if (!lead) return undefined;
  const parts = text.slice(lead[0].length).split(/[:：/,，·|]/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return undefined;
  const values: number[] = [];
  const labels: string[] = [];
  let percents = 0;
  for (const part of parts) {
    const m = NUMBER_AT_END.exec(part);
    if (!m) return undefined;
    const label = part.slice(0, m.index).trim();
    if (!/\p{L}/u.test(label) || SIDE.test(label)) return undefined;
    values.push(Number(m[1]));
    labels.push(label);
    if (m[2]) percents++;
  }
  if (percents !== 0 && percents !== values.length) return undefined;
  return values.every((v) => v > 0) ? { values, percent: percents > 0, labels } : undefined;
}

/**
 * The widths a note in the same line gives the named bands (`가로는 본문 7:3, 하단 3등분`): for each band the
 * note names, its widths when they give one share per box (`boxes[k]`), else nothing for that band.
 */
export function labelledWidths(text: string, labels: string[], boxes: number[], line: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const note = WIDTHS_NOTE.exec(text);
  if (!note) return out;
  const rest = text.slice(note.index + note[0].length).replace(/[)）].*$/u, "");
  for (const clause of rest.split(/[,;，；、]/)) {
    const said = clause.trim();
    const k = labels.findIndex((l) => said.startsWith(l));
    if (k < 0 || out.has(k)) continue;
    try {
      const w = widthsOf(said.slice(labels[k]!.length), line);
      const n = boxes[k] ?? 0;
      const widths = w.widths ?? (w.equal === n ? Array.from({ length: n }, () => 1 / n) : undefined);
      if (widths && widths.length === n && n > 1) out.set(k, widths);
    } catch {
      continue;
    }
  }
  return out;
}
