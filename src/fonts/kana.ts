// Japanese kana, which no bundled face draws, written in rōmaji (Hepburn) instead of tofu: a Korean note quoting
// a Japanese word (`トークン`, to show it costs more tokens) still reads as the word. Measuring and drawing both
// take a line's runs from measure.ts `split`, so the rōmaji is what is measured and drawn alike.

const BASE: Record<string, string> = {};
const ROWS: [string, string[]][] = [
  ["あいうえお", ["a", "i", "u", "e", "o"]],
  ["かきくけこ", ["ka", "ki", "ku", "ke", "ko"]],
  ["がぎぐげご", ["ga", "gi", "gu", "ge", "go"]],
  ["さしすせそ", ["sa", "shi", "su", "se", "so"]],
  ["ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]],
  ["たちつてと", ["ta", "chi", "tsu", "te", "to"]],
  ["だぢづでど", ["da", "ji", "zu", "de", "do"]],
  ["なにぬねの", ["na", "ni", "nu", "ne", "no"]],
  ["はひふへほ", ["ha", "hi", "fu", "he", "ho"]],
  ["ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]],
  ["ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]],
  ["まみむめも", ["ma", "mi", "mu", "me", "mo"]],
  ["やゆよ", ["ya", "yu", "yo"]],
  ["らりるれろ", ["ra", "ri", "ru", "re", "ro"]],
  ["わゐゑをん", ["wa", "i", "e", "o", "n"]],
  ["ぁぃぅぇぉゔ", ["a", "i", "u", "e", "o", "vu"]],
];
for (const [kana, sounds] of ROWS) [...kana].forEach((k, i) => (BASE[k] = sounds[i]!));
const SMALL_Y: Record<string, string> = { "ゃ": "a", "ゅ": "u", "ょ": "o" };

/** A run of kana (hiragana, katakana, the long-vowel mark and the middle dot between words). */
export const KANA_RUN = /[\u3041-\u3096\u30A1-\u30FA\u30FC]+/u;

/** Katakana as the hiragana of the same sound, so one table serves both. */
const hiragana = (s: string): string => s.replace(/[\u30A1-\u30F6]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x60));

/** The kana in Hepburn rōmaji: `トークン` → `tookun`, `きゃく` → `kyaku`, `がっこう` → `gakkou`. */
export function romaji(kana: string): string {
  const s = [...hiragana(kana)];
  let out = "";
  let double = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "っ") {
      double = true;
      continue;
    }
    if (c === "ー") {
      // The long-vowel mark lengthens the vowel before it, written twice (the faces have no macron `ō`).
      const v = out.slice(-1);
      out += "aiueo".includes(v) && v !== "" ? v : "-";
      continue;
    }
    let sound = BASE[c] ?? c;
    const y = SMALL_Y[s[i + 1] ?? ""];
    if (y && sound.endsWith("i") && sound.length > 1) {
      // きゃ kya, しゃ sha, ちゃ cha, じゃ ja.
      sound = /^(sh|ch|j)i$/.test(sound) ? sound.slice(0, -1) + y : `${sound.slice(0, -1)}y${y}`;
      i++;
    }
    if (double) sound = (sound.startsWith("ch") ? "t" : sound[0]!) + sound;
    double = false;
    out += sound;
  }
  return out;
}
