// Fixed advances for code (code blocks and inline code alike), without loading a face: how many cells a
// grapheme takes and how wide a cell is. The reader's room estimate counts with the very same rule.
import { graphemes } from "./graphemes.js";

/**
 * One cell, in em of the nominal size: no monospaced face is bundled, so code is the hand with each grapheme
 * centred in a cell (Patrick Hand's letters average 0.40 em, its digits 0.45, its widest 0.68 with bearings).
 */
export const MONO_CELL_EM = 0.52;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const HANGUL = /\p{Script=Hangul}/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60]/u;

/**
 * Characters code takes from the math face instead of the hand: the hand's `|` reads as an `l` (`<|im_start|>`),
 * and `↪` (a code block's continuation sign) would otherwise be drawn as an emoji.
 */
export const CODE_MATH = new Set(["|", "↪"]);

/**
 * `▶` and `◀` typed bare (no U+FE0F) are the arrow marks Korean notes set beside `●` `○` `■` `★`, all KS X 1001
 * marks a CP949 file holds: drawn by the face that has them, in the pen's ink, as `✔︎` with U+FE0E is.
 */
export const TEXT_MARKS = new Set(["\u25B6", "\u25C0"]);

export function isEmoji(grapheme: string): boolean {
  // Digits, # and * are Emoji-capable but are only emoji as keycaps (with U+20E3).
  return EMOJI.test(grapheme) && !/^[0-9#*]$/.test(grapheme);
}

/**
 * Cells a grapheme of code takes: two for CJK and emoji, as a terminal sets them, so columns line up. Hangul
 * takes one and a half: the pen's syllables are 0.5–0.85 em wide, so in two cells a Korean comment read as
 * letters spaced apart (# 모 델 이  쓰 는); a terminal's alignment of Korean against Latin is lost either way.
 */
export function cellsOf(grapheme: string): number {
  if (CODE_MATH.has(grapheme)) return 1;
  if (HANGUL.test(grapheme)) return 1.5;
  return WIDE.test(grapheme) || isEmoji(grapheme) ? 2 : 1;
}

/** Cells a string of code takes. */
export function columns(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) n += cellsOf(g);
  return n;
}
