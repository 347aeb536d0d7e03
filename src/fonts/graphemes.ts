// Splitting text into graphemes (user-perceived characters). Intl.Segmenter is exact but creating one costs
// ~10 ms on a cold start and walking it is slow; nearly all sheet text — Latin, Hangul syllables, symbols,
// single emoji with or without U+FE0F — is one grapheme per code point, so that text is split directly and
// the segmenter is made only for text that needs it (joined emoji, flags, skin tones, combining marks, jamo).

// Code points that join a grapheme with a neighbour: marks (U+FE0F aside, handled below), format and control
// characters (ZWJ, ZWNJ, CR LF), conjoining Hangul jamo, regional indicators and emoji modifiers.
const JOINS = /[\p{M}\p{Cc}\p{Cf}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;
const VS16 = "\uFE0F";

let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): string[] {
  if (!JOINS.test(text.replaceAll(VS16, ""))) {
    const out: string[] = [];
    for (const ch of text) {
      // U+FE0F (emoji presentation) belongs to the character before it.
      if (ch === VS16 && out.length > 0) out[out.length - 1] += ch;
      else out.push(ch);
    }
    return out;
  }
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The last grapheme of a string. Wrapping asks this of every word at every size: when the last two characters
 * are plain Latin or Hangul syllables the last one is it, without splitting the whole word.
 */
export function lastGrapheme(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  const before = s.length > 1 ? s.charCodeAt(s.length - 2) : 0x20;
  const simple = (x: number): boolean => (x >= 0x20 && x < 0x300) || (x >= 0xac00 && x <= 0xd7a3);
  if (simple(c) && simple(before)) return s[s.length - 1]!;
  return graphemes(s).pop() ?? "";
}
