// The one text measurer: splits text into runs by the face that draws each character, and measures them
// with the same font files `draw` and `export` use, so what layout fits is exactly what gets drawn.
import type { FaceId } from "../model/positioned.js";
import { FACE_SPECS, hasGlyph, loadFace } from "./faces.js";
import { shape } from "./shape.js";
import { TextCache } from "./cache.js";
import { graphemes } from "./graphemes.js";
import { KANA_RUN, romaji } from "./kana.js";
import { CODE_MATH, MONO_CELL_EM, TEXT_MARKS, cellsOf, columns, isEmoji } from "./cells.js";

export { isEmoji, MONO_CELL_EM };

export type Weight = "normal" | "bold";

/**
 * A measured piece of a string: text in one face, or one emoji. Widths in px at the requested size. `cell` is set
 * for fixed-advance text (code): every grapheme takes `cell` px, two cells for Hangul, CJK and emoji (cells.ts).
 */
export type Run =
  | { kind: "text"; face: FaceId; text: string; width: number; size: number; bold: boolean; cell?: number }
  | { kind: "emoji"; text: string; width: number; size: number };

const HANGUL_OR_CJK = /[\u1100-\u11FF\u3000-\u303F\u3130-\u318F\uAC00-\uD7AF\u4E00-\u9FFF\uFF00-\uFFEF]/u;
/** Emoji are drawn a little larger than the nominal size, like a sticker next to handwriting. */
export const EMOJI_SCALE = 1.1;

/** Which face draws this character: Hangul in the Korean hand, Latin in the Latin hand, then the fallbacks. */
export function faceFor(ch: string, weight: Weight): FaceId {
  const cp = ch.codePointAt(0) ?? 32;
  // Patrick Hand's bar is its `l` (read "<|im_start|>" as "<lim_startl>"); the math face's reaches well below
  // the baseline and above the capitals, as a bar does. A bold one is Kalam's, which does the same.
  if (cp === 0x7c && weight !== "bold" && hasGlyph("math", cp)) return "math";
  if (cp < 0x250 || (cp >= 0x2000 && cp <= 0x206f && hasGlyph("latin", cp))) {
    if (weight === "bold" && hasGlyph("title", cp)) return "title";
    if (hasGlyph("latin", cp)) return "latin";
  }
  if (HANGUL_OR_CJK.test(ch) && hasGlyph("hand", cp)) return "hand";
  for (const id of ["hand", "latin", "math", "symbols"] as const) if (hasGlyph(id, cp)) return id;
  return "hand";
}

const FACES = ["hand", "latin", "math", "symbols"] as const;

function drawable(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp !== 0xfe0f && cp !== 0x200d && !/\s/.test(ch) && !FACES.some((id) => hasGlyph(id, cp))) return false;
  }
  return true;
}

/**
 * The grapheme as drawn: itself, or, when no bundled face has it, its compatibility form if a face has that
 * (full-width `（）：` as `():`, `ﬁ` as `fi`, circled digits stay as they are when drawable), else a stand-in
 * for the East Asian punctuation below — never tofu where the same mark exists in a plainer form.
 */
export function drawnForm(segment: string): string {
  if (drawable(segment)) return segment;
  const circled = circledNumber(segment);
  if (circled !== undefined) return `(${circled})`;
  const plain = segment.normalize("NFKC");
  if (plain !== segment && plain.trim() !== "" && drawable(plain)) return plain;
  return STAND_IN[segment] ?? segment;
}

/** Runs of circled numbers (`①`…`⑳`, `❶`…`❿`, `➀`…`➉`, `➊`…`➓`): first code point and the number it stands for. */
const CIRCLED: [number, number, number][] = [[0x2460, 0x2473, 1], [0x2776, 0x277f, 1], [0x2780, 0x2789, 1], [0x278a, 0x2793, 1]];

/**
 * The number a circled digit stands for, as Korean notes number their points (`① SFT 대화`). No bundled face draws
 * one, and NFKC's plain `1` reads as part of the text after it (`① 10,000 토큰` as `1 10,000 토큰`): it is drawn
 * `(1)`, the bracketed number a pen writes for it.
 */
function circledNumber(segment: string): number | undefined {
  const cp = segment.codePointAt(0) ?? 0;
  if ([...segment].length !== 1) return undefined;
  const run = CIRCLED.find(([a, b]) => cp >= a && cp <= b);
  return run ? cp - run[0] + run[2] : undefined;
}

/**
 * East Asian punctuation Korean notes use that no bundled face draws and NFKC leaves as it is: the mark a
 * pen would write for it (corner quotes as curly quotes, book-title brackets as guillemets, ※ as *).
 */
const STAND_IN: Record<string, string> = {
  "「": "“", "」": "”", "『": "‘", "』": "’", "《": "«", "》": "»", "〈": "‹", "〉": "›",
  "【": "[", "】": "]", "〔": "[", "〕": "]", "〖": "[", "〗": "]", "・": "·", "〜": "~", "※": "*",
  // The enumeration comma and the full stop of CJK text, as a Korean writer with a Japanese IME leaves them.
  "、": ",", "。": ".",
};

// Box-drawing characters the faces lack (only ─ ┆ ┌ ┐ └ ┘ ═ ╱ ╲ ╷ are drawn), as the nearest line a face has:
// heavy, double and rounded corners as the light ones, sides as `|`, dashed runs as `-` and `┆`, and every
// tee and cross as `+`, the way the same sketch is typed in ASCII. A code block showing token boundaries
// (`│ straw │ berry │`, `└──┬──┘`) keeps its shape instead of gaps.
const BOX_STAND_IN: [string, string][] = [
  ["━┄┅┈┉╌╍╴╶╸╺╼╾", "─"], ["│┃║╵╹╽╿", "|"], ["┇┊┋╎╏", "┆"],
  ["┍┎┏╒╓╔╭", "┌"], ["┑┒┓╕╖╗╮", "┐"], ["┕┖┗╘╙╚╰", "└"], ["┙┚┛╛╜╝╯", "┘"], ["╳", "X"],
];
for (const [from, to] of BOX_STAND_IN) for (const ch of from) STAND_IN[ch] = to;
// Lower eighth blocks the faces lack (they have the half `▄` and the full `█`), as a spectrogram or sparkline
// sketched in a box (`▁▃▅▇▅▃▁`) types them: each as the nearest height a face draws, so the sketch keeps its
// rise and fall, and a blank typed `▁▁▁` stays a line to fill in.
for (const [from, to] of [["▁", "_"], ["▂▃", "▄"], ["▅▆▇", "█"]] as const) for (const ch of from) STAND_IN[ch] = to;
for (let cp = 0x2500; cp <= 0x257f; cp++) STAND_IN[String.fromCodePoint(cp)] ??= "+";

/** A flag: two regional indicator letters. */
export const FLAG = /^[\u{1F1E6}-\u{1F1FF}]{2}$/u;

let kanaFace: boolean | undefined;
/** Whether a bundled face draws kana (none does today; a face added later would be used as it is). */
export function kanaDrawn(): boolean {
  return (kanaFace ??= (["hand", "latin", "math", "symbols"] as const).some((id) => hasGlyph(id, 0x30c8)));
}

/** Opening brackets drawn in a narrower form: after a word they need the space their wide form carried. */
export const WIDE_OPENING = /^[（［｛「『《〈【〔〖]$/;
/** Full-width separators, drawn narrower: before a word they need the space their wide form carried. (Not the
 * closing brackets: a Korean particle follows them with no space, 「마법」고.) */
const WIDE_CLOSING = /^[：，；！？、。]$/;
const CLOSING_BRACKET = /^[)\]}）］｝」』》〉】〕〗”’»›]$/u;

/** Characters no bundled face can draw (they would be tofu). Emoji are checked separately. */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const segment of graphemes(text)) {
    if (isEmoji(segment) || /\s/.test(segment)) continue;
    if (drawnForm(segment) !== segment) continue;
    // Kana no face draws are written in rōmaji (split), not left as tofu.
    if (!kanaDrawn() && KANA_RUN.test(segment)) continue;
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

type Piece = { kind: "text" | "emoji"; face: FaceId; text: string };
const runCache = new TextCache<Weight, Piece[]>();
const monoRunCache = new TextCache<Weight, Piece[]>();

/** `text` in runs by the face that draws each grapheme; code (`mono`) takes `|` and `↪` from the math face. */
function split(text: string, weight: Weight, mono = false): Piece[] {
  const cache = mono ? monoRunCache : runCache;
  const hit = cache.get(weight, text);
  if (hit) return hit;
  const out: Piece[] = [];
  // Kana no face draws are written in rōmaji, each run as one word.
  if (!kanaDrawn() && KANA_RUN.test(text)) {
    text.split(new RegExp(`(${KANA_RUN.source})`, "u")).forEach((part, k) => {
      // Copies: the pieces split returns are cached, and the next kana run may be added to the last one.
      if (k % 2 === 0) return out.push(...split(part, weight, mono).map((p) => ({ ...p })));
      const g = romaji(part);
      const face = faceFor(g, weight);
      const last = out[out.length - 1];
      if (last && last.kind === "text" && last.face === face) last.text += g;
      else out.push({ kind: "text", face, text: g });
    });
    cache.set(weight, text, out);
    return out;
  }
  const segments = graphemes(text);
  segments.forEach((segment, k) => {
    const math = mono && CODE_MATH.has(segment);
    // U+FE0E asks for the mark as text (`✔︎`, as a Mac's character viewer types it): drawn by the face that has
    // it, else as the emoji it is without the selector, which no art is keyed with. So do bare `▶` `◀` (TEXT_MARKS).
    const plain = segment.length > 1 && segment.endsWith("\uFE0E") ? segment.slice(0, -1) : TEXT_MARKS.has(segment) ? segment : undefined;
    if (!math && isEmoji(segment) && !(plain && drawable(plain))) {
      // A flag (two regional indicators) has no art in the bundled set: drawn as its two letters, 🇰🇷 as 🇰 🇷.
      if (FLAG.test(segment)) for (const letter of segment) out.push({ kind: "emoji", face: "hand", text: letter });
      else out.push({ kind: "emoji", face: "hand", text: plain ?? segment });
      return;
    }
    const last = out[out.length - 1];
    let g = math ? segment : drawnForm(plain ?? segment);
    // A full-width opening bracket carries its own space; drawn half-width after a word it needs one.
    if (g !== segment && WIDE_OPENING.test(segment) && last && !/\s$/.test(last.text)) g = ` ${g}`;
    // So does a full-width colon, comma or closing mark before the next word (STRAWBERRY：R은 → STRAWBERRY: R은),
    // but not before a closing bracket (【환각이란？】 → [환각이란?], not [환각이란? ]).
    const next = segments[k + 1];
    if (g !== segment && WIDE_CLOSING.test(segment) && next !== undefined && !/^\s/.test(next) && !WIDE_CLOSING.test(next) && !CLOSING_BRACKET.test(next)) g = `${g} `;
    // Spaces stay with the run they sit in so a line keeps as few runs as possible.
    const face = math ? "math" : /^\s+$/.test(g) && last?.kind === "text" ? last.face : faceFor(g, weight);
    if (last && last.kind === "text" && last.face === face) last.text += g;
    else out.push({ kind: "text", face, text: g });
  });
  cache.set(weight, text, out);
  return out;
}

/**
 * Split and measure `text` at nominal size `px`. `mono` sets it as code, on fixed advances (cells.ts): each
 * grapheme centred in its cells, an emoji filling its two.
 */
export function measureRuns(text: string, px: number, weight: Weight = "normal", mono = false): Run[] {
  const cell = MONO_CELL_EM * px;
  return split(text, weight, mono).map((r): Run => {
    if (r.kind === "emoji") {
      const size = mono ? cellsOf(r.text) * cell : px * EMOJI_SCALE;
      return { kind: "emoji", text: r.text, width: size, size };
    }
    const size = px * FACE_SPECS[r.face].scale;
    const bold = weight === "bold" && r.face !== "title";
    if (mono) return { kind: "text", face: r.face, text: r.text, width: columns(r.text) * cell, size, bold, cell };
    return { kind: "text", face: r.face, text: r.text, width: advanceEm(r.face, r.text) * size, size, bold };
  });
}

/** Width of `text` set as code, as measureRuns(…, mono) places it: every run is whole cells, emoji too. */
export function monoWidth(text: string, px: number): number {
  return columns(text) * MONO_CELL_EM * px;
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
