// Line breaking for handwriting: Korean keeps words whole (CSS `word-break: keep-all`), so lines break only at
// spaces; a single word wider than the box is the one case split between characters.
import type { Rich, Span } from "../model/sheet.js";
import type { Mark } from "../model/positioned.js";
import { lineMetrics } from "../fonts/measure.js";
import { codeGrounds, hasMarks, lookWidth, penLines, runMarks, type Look } from "./inline.js";
import { lastGrapheme } from "../fonts/graphemes.js";
import { part, PLAIN, same, splitWord, words, type Word } from "./words.js";

export interface LinePiece extends Look {
  text: string;
  /** Offset from the line start, px. */
  x: number;
  width: number;
}

/**
 * A line piece in `look` (its fields copied, as `part` does). Built as one literal rather than by spreading a
 * part: wrapping makes thousands of pieces per build, mostly in cold code, where a spread is several times slower.
 */
function pieceOf(text: string, look: Look, x: number, width: number): LinePiece {
  const out: LinePiece = { text, bold: look.bold, x, width };
  if (look.italic) out.italic = true;
  if (look.code) out.code = true;
  if (look.strike) out.strike = true;
  if (look.href) out.href = look.href;
  return out;
}

export interface WrappedLine {
  pieces: LinePiece[];
  width: number;
}

const w = lookWidth;

/** Wrap rich text into lines no wider than maxWidth at nominal size px. */
export function wrapRich(rich: Rich, maxWidth: number, px: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let pieces: LinePiece[] = [];
  let x = 0;
  let pendingSpace: LinePiece | undefined;
  const flush = (): void => {
    lines.push({ pieces, width: x });
    pieces = [];
    x = 0;
    pendingSpace = undefined;
  };
  const queue = words(rich);
  for (let i = 0; i < queue.length; i++) {
    const word = queue[i]!;
    const wordWidth = word.parts.reduce((s, p) => s + w(p.text, p, px), 0);
    // Only a word truly too wide is split: a column made exactly as wide as its longest word (table.ts) comes back
    // a few bits short of it after its padding is taken off, and `단계` broke in two.
    if (wordWidth > maxWidth + 1e-6 && word.parts.length > 0) {
      const split = splitWord(word, maxWidth, px);
      if (split.length > 1) {
        queue.splice(i, 1, ...split);
        i--;
        continue;
      }
    }
    const spaceWidth = pendingSpace?.width ?? 0;
    if (pieces.length > 0 && x + spaceWidth + wordWidth > maxWidth) flush();
    if (pendingSpace && pieces.length > 0) {
      pieces.push(pieceOf(pendingSpace.text, pendingSpace, x, pendingSpace.width));
      x += pendingSpace.width;
    }
    for (const p of word.parts) {
      const pw = w(p.text, p, px);
      const last = pieces[pieces.length - 1];
      if (last && same(last, p)) {
        last.text += p.text;
        last.width += pw;
      } else pieces.push(pieceOf(p.text, p, x, pw));
      x += pw;
    }
    pendingSpace = word.space ? pieceOf(word.space.text, word.space, 0, spaceAfter(word, px)) : undefined;
  }
  if (pieces.length > 0 || lines.length === 0) flush();
  // Merge a trailing space piece into its neighbour so runs stay few, then measure the pieces as they will be
  // drawn (a space takes the face of the text it follows), so drawn widths and wrapped widths agree.
  for (const line of lines) {
    line.pieces = mergePieces(line.pieces);
    let px0 = 0;
    line.pieces.forEach((piece, i) => {
      const prev = line.pieces[i - 1];
      // Where a key term starts or ends, the space between may be a narrow Latin one next to a highlight
      // swash; keep at least MIN_GAP_EM so the words never look run together.
      if (prev && /\s$/.test(prev.text)) px0 += Math.max(0, MIN_GAP_EM * px - trailingSpace(prev, px));
      else if (prev && /^\s/.test(piece.text)) px0 += Math.max(0, MIN_GAP_EM * px - w(" ", piece, px));
      piece.x = px0;
      piece.width = w(piece.text, piece, px);
      px0 += piece.width;
    });
    line.width = px0;
  }
  return lines;
}

/** Wrap rich text whose "\n"s are line breaks of their own (a table cell's `<br>`), each part as wrapRich does. */
export function wrapBroken(rich: Rich, maxWidth: number, px: number): WrappedLine[] {
  if (!rich.some((s) => s.text.includes("\n"))) return wrapRich(rich, maxWidth, px);
  const parts: Span[][] = [[]];
  for (const span of rich) {
    span.text.split("\n").forEach((piece, i) => {
      if (i > 0) parts.push([]);
      if (piece) parts[parts.length - 1]!.push({ ...span, text: piece });
    });
  }
  return parts.flatMap((p) => wrapRich(p, maxWidth, px));
}

/** The narrowest space drawn between words where the weight changes, em. */
const MIN_GAP_EM = 0.3;

/** Width of the space after a word, in the face its last character is drawn in (Hangul spaces are wider). */
function spaceAfter(word: Word, px: number): number {
  const last = word.parts[word.parts.length - 1];
  const space = word.space ?? part(" ", PLAIN);
  if (!last || !same(last, space)) return Math.max(MIN_GAP_EM * px, w(space.text, space, px));
  const tail = lastGrapheme(last.text);
  return w(tail + space.text, last, px) - w(tail, last, px);
}

/** Width of the space(s) a piece ends with, as drawn (in the face of the character before them). */
function trailingSpace(piece: LinePiece, px: number): number {
  const body = piece.text.trimEnd();
  const tail = body === "" ? "" : lastGrapheme(body);
  return w(tail + piece.text.slice(body.length), piece, px) - w(tail, piece, px);
}

function mergePieces(pieces: LinePiece[]): LinePiece[] {
  const out: LinePiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && same(last, p)) {
      last.text += p.text;
      last.width += p.width;
    } else out.push(pieceOf(p.text, p, p.x, p.width));
  }
  return out;
}

/** The widest single word: a box narrower than this must split words. */
export function longestWordWidth(rich: Rich, px: number): number {
  return Math.max(0, ...words(rich).map((wd) => wd.parts.reduce((s, p) => s + w(p.text, p, px), 0)));
}

/** Plain string → Rich. */
export function plain(text: string): Rich {
  return [{ text }];
}

export interface LineStyle {
  color: string;
  /** Colour of bold key terms and links (the panel accent). */
  boldColor?: string;
  /** Highlighter colour behind bold key terms; none when absent. */
  highlight?: string;
  seed: number;
}

/** Marks for one wrapped line whose box starts at (x, top). */
export function lineMarks(line: WrappedLine, x: number, top: number, px: number, style: LineStyle): Mark[] {
  const { height, baseline } = lineMetrics(px);
  const marks: Mark[] = [];
  let seed = style.seed;
  for (const piece of line.pieces) {
    if (piece.bold && style.highlight && piece.text.trim() !== "") {
      const lead = piece.text.length - piece.text.trimStart().length;
      const trail = piece.text.length - piece.text.trimEnd().length;
      const sp = w(" ", { bold: true }, px);
      marks.push({
        kind: "highlight",
        x: x + piece.x + lead * sp - px * 0.1,
        y: top + height * 0.42,
        width: piece.width - (lead + trail) * sp + px * 0.2,
        height: height * 0.42,
        color: style.highlight,
        seed: seed++,
      });
    }
  }
  const inline = line.pieces.some(hasMarks);
  if (inline) seed = codeGrounds(marks, line.pieces, x, top, px, seed);
  for (const piece of line.pieces) {
    const color = piece.bold || piece.href ? (style.boldColor ?? style.color) : style.color;
    marks.push(...runMarks(piece.text, piece, x + piece.x, top, { height, baseline }, px, color));
  }
  if (inline) penLines(marks, line.pieces, x, top + baseline, px, style, seed);
  return marks;
}
