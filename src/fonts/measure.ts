// The one text measurer: splits text into runs by the face that draws each character, and measures them
// with the same font files `draw` and `export` use, so what layout fits is exactly what gets drawn.
import type { FaceId } from "../model/positioned.js";
import { FACE_SPECS, hasGlyph, loadFace } from "./faces.js";
import { shape } from "./shape.js";
import { TextCache } from "./cache.js";
import { graphemes } from "./graphemes.js";

export type Weight = "normal" | "bold";

/**
 * A measured piece of a string: text in one face, or one emoji. Widths in px at the requested size. `cell` is set
 * for fixed-advance text (inline code): every grapheme takes `cell` px, a wider cell for Hangul and CJK.
 */
export type Run =
  | { kind: "text"; face: FaceId; text: string; width: number; size: number; bold: boolean; cell?: number }
  | { kind: "emoji"; text: string; width: number; size: number };

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const HANGUL_OR_CJK = /[\u1100-\u11FF\u3000-\u303F\u3130-\u318F\uAC00-\uD7AF\u4E00-\u9FFF\uFF00-\uFFEF]/u;
/** Emoji are drawn a little larger than the nominal size, like a sticker next to handwriting. */
export const EMOJI_SCALE = 1.1;

export function isEmoji(grapheme: string): boolean {
  // Digits, # and * are Emoji-capable but are only emoji as keycaps (with U+20E3).
  return EMOJI.test(grapheme) && !/^[0-9#*]$/.test(grapheme);
}

/** Which face draws this character: Hangul in the Korean hand, Latin in the Latin hand, then the fallbacks. */
export function faceFor(ch: string, weight: Weight): FaceId {
  const cp = ch.codePointAt(0) ?? 32;
  if (cp < 0x250 || (cp >= 0x2000 && cp <= 0x206f && hasGlyph("latin", cp))) {
    if (weight === "bold" && hasGlyph("title", cp)) return "title";
    if (hasGlyph("latin", cp)) return "latin";
  }
  if (HANGUL_OR_CJK.test(ch) && hasGlyph("hand", cp)) return "hand";
  for (const id of ["hand", "latin", "math", "symbols"] as const) if (hasGlyph(id, cp)) return id;
  return "hand";
}

/** Characters no bundled face can draw (they would be tofu). Emoji are checked separately. */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const segment of graphemes(text)) {
    if (isEmoji(segment) || /\s/.test(segment)) continue;
    for (const ch of segment) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0xfe0f || cp === 0x200d) continue;
      if (!(["hand", "latin", "math", "symbols"] as const).some((id) => hasGlyph(id, cp))) missing.add(ch);
    }
  }
  return [...missing];
}

/** Faces whose shaping never reaches across a space (ligatures only, no kerning): a run's advance is then the sum of its words'. */
export const WORDWISE: ReadonlySet<FaceId> = new Set(["hand", "latin", "title"]);

function shapedEm(face: FaceId, text: string): number {
  return shape(face, text).advance / loadFace(face).unitsPerEm;
}

/**
 * Advance width in em of `text` in one face, shaped as it is drawn (shape.ts: ligatures included). Wrapping
 * measures thousands of different lines made of the same few hundred words, so where the face allows it a
 * line is measured word by word: one shaping per word instead of one per line.
 */
export function advanceEm(face: FaceId, text: string): number {
  if (!WORDWISE.has(face) || !text.includes(" ")) return shapedEm(face, text);
  let em = 0;
  for (const token of text.split(/( +)/)) if (token !== "") em += shapedEm(face, token);
  return em;
}

const runCache = new TextCache<Weight, { kind: "text" | "emoji"; face: FaceId; text: string }[]>();

function split(text: string, weight: Weight): { kind: "text" | "emoji"; face: FaceId; text: string }[] {
  const hit = runCache.get(weight, text);
  if (hit) return hit;
  const out: { kind: "text" | "emoji"; face: FaceId; text: string }[] = [];
  for (const segment of graphemes(text)) {
    if (isEmoji(segment)) {
      out.push({ kind: "emoji", face: "hand", text: segment });
      continue;
    }
    const last = out[out.length - 1];
    // Spaces stay with the run they sit in so a line keeps as few runs as possible.
    const face = /^\s+$/.test(segment) && last?.kind === "text" ? last.face : faceFor(segment, weight);
    if (last && last.kind === "text" && last.face === face) last.text += segment;
    else out.push({ kind: "text", face, text: segment });
  }
  runCache.set(weight, text, out);
  return out;
}

/** Split and measure `text` at nominal size `px`; `mono` sets it on fixed advances (see MONO_CELL_EM). */
export function measureRuns(text: string, px: number, weight: Weight = "normal", mono = false): Run[] {
  return split(text, weight).map((r): Run => {
    if (r.kind === "emoji") return { kind: "emoji", text: r.text, width: px * EMOJI_SCALE, size: px * EMOJI_SCALE };
    const size = px * FACE_SPECS[r.face].scale;
    const bold = weight === "bold" && r.face !== "title";
    if (mono) return { kind: "text", face: r.face, text: r.text, width: cellsOf(r.text) * MONO_CELL_EM * px, size, bold, cell: MONO_CELL_EM * px };
    return { kind: "text", face: r.face, text: r.text, width: advanceEm(r.face, r.text) * size, size, bold };
  });
}

/**
 * Inline code is set on fixed advances in the hand faces (no monospaced face is bundled): each grapheme centred
 * in a cell of this many em (Patrick Hand's letters average 0.40 em, its widest 0.68 with their side bearings).
 */
export const MONO_CELL_EM = 0.52;
/** Hangul and CJK take this many cells (the Korean hand's syllables run 0.45–0.81 em at its scale). */
const WIDE_CELLS = 1.6;

/** How many cells a grapheme of inline code takes. */
export function cellsOfGrapheme(g: string): number {
  return HANGUL_OR_CJK.test(g) ? WIDE_CELLS : 1;
}

function cellsOf(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) n += cellsOfGrapheme(g);
  return n;
}

/** Width of `text` set on fixed advances, as measureRuns(…, mono) places it. */
export function monoWidth(text: string, px: number, weight: Weight = "normal"): number {
  let w = 0;
  for (const r of split(text, weight)) w += r.kind === "emoji" ? px * EMOJI_SCALE : cellsOf(r.text) * MONO_CELL_EM * px;
  return w;
}

// Each run of a text as [advance in em, scale]: its width at size px is em * (px * scale), the very product
// measureRuns gives (an emoji is [1, EMOJI_SCALE]). Wrapping asks for the same words' widths at every size.
const emsCache = new TextCache<Weight, number[]>();

export function textWidth(text: string, px: number, weight: Weight = "normal"): number {
  let ems = emsCache.get(weight, text);
  if (!ems) {
    ems = [];
    for (const r of split(text, weight)) ems.push(...(r.kind === "emoji" ? [1, EMOJI_SCALE] : [advanceEm(r.face, r.text), FACE_SPECS[r.face].scale]));
    emsCache.set(weight, text, ems);
  }
  let w = 0;
  for (let i = 0; i < ems.length; i += 2) w += ems[i]! * (px * ems[i + 1]!);
  return w;
}

/** Vertical metrics for a line of handwriting at nominal size px. */
export function lineMetrics(px: number): { height: number; baseline: number } {
  // 1.4 em leaves room for Hangul (scaled up) and for highlighter swashes without touching the next line.
  return { height: px * 1.4, baseline: px * 1.02 };
}
