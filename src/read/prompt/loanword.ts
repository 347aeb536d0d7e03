// Korean loanwords written in Hangul (스위스, 치즈, 토큰, 트랜스포머) recognised as the English words they
// transliterate, by rule rather than by list: both words become a string of sounds — Hangul by its jamo, English
// by its spelling's usual Korean reading (non-rhotic r, f → ㅍ, magic e, -tion → 션) — and a weighted edit
// distance compares them, consonants strictly and vowels loosely (Korean and English vowels rarely agree
// letter for letter). Short words need a near-exact match, two-consonant words a loanword's marks too, and words
// ending like a verb are refused, so native words (다음 ≠ time, 그것 ≠ code) stay apart.
//
// Sounds: consonants k t p s j n N(ng) m l h; Z is s or j (an English s between vowels: cheese → 치즈, base →
// 베이스), G is k or j (g before e/i/y), T is t or s (th); vowels a e i o u ə(ㅓ, unstressed) ɨ(ㅡ) ɪ(ㅣ after
// ㅈ/ㅊ, often only carried: page → 페이지); glides w y.

const CONSONANTS = new Set("ktpsjnNmlhZGT");
const VOWELS = new Set("aeiouəɨɪ");

// Hangul syllable = (initial × 21 + medial) × 28 + final, from U+AC00.
const INITIAL = ["k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", "h"];
const MEDIAL = ["a", "e", "ya", "ye", "ə", "e", "yə", "ye", "o", "wa", "we", "we", "yo", "u", "wə", "we", "wi", "yu", "ɨ", "ɨi", "i"];
// Finals as loanwords use them: ㅅ stands for a final t (로봇 robot, 인터넷 internet), ㅇ for ng.
const FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "N", "t", "t", "k", "t", "p", ""];
const U_MEDIAL = 18;
const I_MEDIAL = 20;

/** The sounds of a Hangul word as a loanword reads them. */
export function hangulSounds(word: string): string {
  return readHangul(word).sounds;
}

/**
 * Its sounds, and whether it carries a loanword's marks: a vowel only carried after a consonant English writes
 * bare (치즈, 코드, 스위스's last 스; not in the first syllable, 그것, nor a verb's final 르, 모르), or a
 * diphthong spelled out (데이터, 파일 has none).
 */
function readHangul(word: string): { sounds: string; borrowed: boolean } {
  let out = "";
  let borrowed = false;
  const last = [...word].length - 1;
  let at = -1;
  for (const ch of word) {
    at++;
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c >= 11172) return { sounds: "", borrowed: false };
    const initial = Math.floor(c / 588);
    const medial = Math.floor((c % 588) / 28);
    const final = c % 28;
    const onset = INITIAL[initial]!;
    let vowel = MEDIAL[medial]!;
    // 스, 트, 크: ㅡ only carries a consonant English writes without a vowel.
    if (medial === U_MEDIAL && onset && final === 0) {
      vowel = "";
      if (at > 0 && !(at === last && onset === "l")) borrowed = true;
    }
    // 지, 치 after a j sound: the ㅣ is often only carried (page 페이지, match 매치).
    else if (medial === I_MEDIAL && onset === "j" && final === 0) vowel = at > 0 ? "ɪ" : vowel;
    // 이 after an open syllable ends a diphthong: 데이터 data, 타임 time, 파이썬 python.
    else if (medial === I_MEDIAL && !onset && /[aeo]$/.test(out)) vowel = "ɪ";
    if (vowel === "ɪ") borrowed = true;
    out += onset + vowel + FINAL[final]!;
  }
  return { sounds: out.replace(/([ktpsjnNmlh])\1+/g, "$1"), borrowed };
}

// English spelling → sounds, longest spellings first: each rule is a pattern at the position and its sounds.
// Long vowels from a magic e arrive as capitals (A → eɪ), so they do not soften a c or g before them.
const SPELLINGS: [RegExp, string][] = [
  [/^tion|^sion/, "syən"],
  [/^ture/, "jə"],
  [/^tch|^dg/, "j"],
  [/^chr|^sch/, "k"],
  [/^ch/, "j"],
  [/^sh/, "sy"],
  [/^th/, "T"],
  [/^ph/, "p"],
  [/^gh/, ""],
  [/^ck/, "k"],
  [/^qu/, "kw"],
  [/^kn/, "n"],
  [/^wh/, "w"],
  [/^ng(?=[eiy])/, "nG"],
  [/^ng(?=[a-z])/, "Nk"],
  [/^ng/, "N"],
  // A non-rhotic r leaves a schwa: server 서버, engineer 엔지니어, a final -or or -ar too (factor 팩터).
  [/^eer(?![aeiouy])/, "iə"],
  [/^[eiu]r(?![aeiouyr])/, "ə"],
  [/^[oa]r$/, "ə"],
  [/^ee|^ea|^ie/, "i"],
  [/^oo/, "u"],
  [/^o[uw](?![aeiou])/, "au"],
  [/^ai|^ay|^ei|^ey/, "eɪ"],
  [/^au|^aw(?![aeiou])/, "o"],
  [/^oa/, "o"],
  [/^oi|^oy/, "oi"],
  [/^e[uw](?![aeiou])/, "yu"],
  [/^c(?=[eiy])/, "s"],
  [/^g(?=[eiy])/, "G"],
  [/^x/, "ks"],
  [/^le$/, "l"],
  [/^e$/, ""],
];
const LETTER: Record<string, string> = {
  b: "p", c: "k", d: "t", f: "p", g: "k", j: "j", k: "k", l: "l", m: "m", n: "n", p: "p", q: "k", t: "t", v: "p", z: "j",
  a: "a", e: "e", i: "i", o: "o", u: "u", A: "eɪ", E: "i", I: "aɪ", O: "o", U: "yu", Y: "aɪ",
};
/**
 * The last syllable of a longer word closed by a silent e: long in update 업데이트, database 데이터베이스, website
 * 웹사이트, short in template 템플릿, engine 엔진. Which one English says cannot be told from the letters.
 */
const LONG_LAST = /(?<=[aeiouy][^aeiouy]*)([^aeiouy])([aiou])([bcdfgklmnpstvz])e$/;
const isVowel = (c: string): boolean => /[aeiouyAEIOUY]/.test(c);

/** The sounds of an English word (lowercase letters) as Korean writes it. */
export function englishSounds(word: string, longLast = false): string {
  // Magic e in a one-vowel word: time → taim, base → beis, code → cod, byte → bait.
  const w = (longLast ? word.replace(LONG_LAST, (_, c: string, v: string, n: string) => `${c}${v.toUpperCase()}${n}e`) : word).replace(/^([^aeiouy]*)([aeiouy])([bcdfgklmnpstvz])e$/, (_, a: string, v: string, c: string) => `${a}${v.toUpperCase()}${c}e`);
  let out = "";
  for (let i = 0; i < w.length; ) {
    const rest = w.slice(i);
    // -age after a stressed syllable reads 이지: message 메시지, image 이미지.
    // A first e before one consonant and a vowel is read long as often as short (emoji 이모지, email 이메일, but
    // echo 에코): a vowel between the two.
    const rule: [RegExp, string] | undefined =
      rest === "age" && i >= 2 ? [/^age/, "ij"] : i === 0 && /^e[bdfgjklmnpstvz][aeiouy]/.test(rest) ? [/^e/, "ɪ"] : SPELLINGS.find(([re]) => re.test(rest));
    if (rule) {
      const m = rule[0].exec(rest)!;
      out += rule[1];
      i += Math.max(1, m[0].length);
      continue;
    }
    const ch = w[i]!;
    const prev = w[i - 1] ?? "";
    const next = w[i + 1] ?? "";
    if (ch === "r") out += isVowel(next) ? "l" : ""; // non-rhotic: er, or, ar leave their vowel
    else if (ch === "s") out += isVowel(prev) && isVowel(next) ? "Z" : "s";
    else if (ch === "w") out += isVowel(next) ? "w" : "";
    else if (ch === "y") out += i === 0 && isVowel(next) ? "y" : "i";
    else if (ch === "h") out += i === 0 ? "h" : "";
    else out += LETTER[ch] ?? "";
    i++;
  }
  return out.replace(/([ktpsjnNmlh])\1+/g, "$1");
}

// English a is ㅐ as often as ㅏ (pattern 패턴, cat 캣); other vowels that differ are different words (코드 ≠ good).
const CLOSE_VOWELS = new Set(["ae", "ea"]);

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  const ca = CONSONANTS.has(a);
  const cb = CONSONANTS.has(b);
  if (ca && cb) {
    const pair = a + b;
    if (/^(Z[sj]|[sj]Z|G[kj]|[kj]G|T[ts]|[ts]T)$/.test(pair)) return 0;
    if (pair === "Nn" || pair === "nN") return 0.1;
    // s ↔ ㅈ (news 뉴스 but music 뮤직), a plural's t ↔ ㅊ (contents 콘텐츠).
    if (pair === "sj" || pair === "js" || pair === "tj" || pair === "jt") return 0.5;
    return 2;
  }
  if (VOWELS.has(a) && VOWELS.has(b)) {
    if (a === "ɪ" || b === "ɪ") return a === "i" || b === "i" ? 0 : 0.15;
    return /[əɨ]/.test(a + b) || CLOSE_VOWELS.has(a + b) ? 0.1 : 0.35;
  }
  if (/[wy]/.test(a) && /[wy]/.test(b)) return 0.15;
  return 2;
}

function indelCost(s: string): number {
  if (s === "ɨ" || s === "ɪ" || s === "w" || s === "y") return 0.1;
  if (VOWELS.has(s)) return 0.3;
  if (s === "h") return 0.5;
  return 1;
}

// The sound alphabet as small codes, with every substitution and indel cost in a table, so the distance below
// (run for many pairs of words per page) is plain array arithmetic.
const ALPHABET = [...CONSONANTS, ...VOWELS, "w", "y"];
const CODE = new Map(ALPHABET.map((c, i) => [c, i]));
const SIZE = ALPHABET.length;
const SUB = new Float64Array(SIZE * SIZE);
const INDEL = new Float64Array(SIZE);
ALPHABET.forEach((a, i) => {
  INDEL[i] = indelCost(a);
  ALPHABET.forEach((b, j) => (SUB[i * SIZE + j] = subCost(a, b)));
});
const codes = (s: string): Uint8Array => Uint8Array.from([...s], (c) => CODE.get(c) ?? 0);

/** Weighted edit distance between two sound strings. */
export function soundDistance(a: string, b: string): number {
  return distance(codes(a), codes(b));
}

let prev = new Float64Array(32);
let cur = new Float64Array(32);
function distance(A: Uint8Array, B: Uint8Array): number {
  if (prev.length <= B.length) [prev, cur] = [new Float64Array(B.length + 1), new Float64Array(B.length + 1)];
  prev[0] = 0;
  for (let j = 1; j <= B.length; j++) prev[j] = prev[j - 1]! + INDEL[B[j - 1]!]!;
  for (let i = 1; i <= A.length; i++) {
    const ai = A[i - 1]!;
    const del = INDEL[ai]!;
    cur[0] = prev[0]! + del;
    for (let j = 1; j <= B.length; j++) {
      const bj = B[j - 1]!;
      const v = Math.min(prev[j]! + del, cur[j - 1]! + INDEL[bj]!, prev[j - 1]! + SUB[ai * SIZE + bj]!);
      cur[j] = v;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[B.length]!;
}

const consonants = (s: string): number => [...s].filter((c) => CONSONANTS.has(c) && c !== "h").length;

/**
 * How far apart a Hangul word and an English word may sound and still be one loanword, by the consonants they
 * hold: a vowel's shade for two (스위스 swiss, 치즈 cheese), a vowel more for three, more for longer words.
 */
function budget(n: number): number {
  return n < 2 ? -1 : n === 2 ? 0.15 : n === 3 ? 0.25 : n === 4 ? 0.5 : 0.8;
}

interface Read {
  sounds: string;
  codes: Uint8Array;
  borrowed: boolean;
  consonants: number;
  /** An English word's other reading, its last syllable long (`LONG_LAST`): either may be the one borrowed. */
  long?: Uint8Array;
}
const soundCache = new Map<string, Read>();
function sounds(word: string, korean: boolean): Read {
  let s = soundCache.get(word);
  if (s === undefined) {
    if (soundCache.size > 20000) soundCache.clear();
    const r = korean ? readHangul(word) : { sounds: englishSounds(word), borrowed: true };
    const long = korean ? undefined : englishSounds(word, true);
    s = { ...r, codes: codes(r.sounds), consonants: consonants(r.sounds), ...(long && long !== r.sounds ? { long: codes(long) } : {}) };
    soundCache.set(word, s);
  }
  return s;
}

const pairCache = new Map<string, boolean>();

// A two-syllable word ending like a verb or adverb (보고, 좋게, 있지, 않다, 다시) is native, and so is any word
// ending like a verb's noun modifier (모든, 받은, 만들): loanwords are nouns and do not end so.
const VERBAL_END = /[고게지기며면서니다요죠라냐아어자도]$/;
const MODIFIER_END = /[은을는든던한할된될들]$/;

/**
 * A word ending in 아 or 어 after a syllable closed by a consonant (만들어, 먹어, 있어): a verb's stem and its
 * ending. A loanword carries that consonant over into the last syllable (manner 매너, layer 레이어), except ㅇ,
 * which no syllable opens on (singer 싱어); a compound keeps it only before a word of its own (롤아웃 rollout).
 */
function joinsEnding(korean: string): boolean {
  const last = korean.charCodeAt(korean.length - 1) - 0xac00;
  const before = korean.charCodeAt(korean.length - 2) - 0xac00;
  const final = before % 28;
  return (last === A_SYLLABLE || last === EO_SYLLABLE) && final !== 0 && final !== NG_FINAL;
}
const A_SYLLABLE = 0xc544 - 0xac00;
const EO_SYLLABLE = 0xc5b4 - 0xac00;
const NG_FINAL = 21;

/**
 * A Hangul word that transliterates an English word (스위스 ≈ swiss, 트랜스포머 ≈ transformer). Both must be
 * long enough to say something: two Hangul syllables, four English letters, two consonant sounds.
 */
export function isLoanword(korean: string, english: string): boolean {
  if (!/^[a-z]{4,}$/.test(english) || !/^[\uac00-\ud7a3]{2,}$/.test(korean)) return false;
  if ((korean.length === 2 && VERBAL_END.test(korean)) || MODIFIER_END.test(korean) || joinsEnding(korean)) return false;
  // Cheap refusals first: a different number of consonants is a different word, and two consonants alone
  // match too many native words (다음 time, 그것 code) unless the Korean word looks borrowed.
  const k = sounds(korean, true);
  const e = sounds(english, false);
  const n = Math.min(k.consonants, e.consonants);
  if (n < 2 || (n === 2 && !k.borrowed) || Math.abs(k.consonants - e.consonants) > 1) return false;
  const key = `${korean}\u0000${english}`;
  let hit = pairCache.get(key);
  if (hit === undefined) {
    if (pairCache.size > 50000) pairCache.clear();
    hit = distance(k.codes, e.codes) <= budget(n) + 1e-9 || (e.long !== undefined && distance(k.codes, e.long) <= budget(n) + 1e-9);
    pairCache.set(key, hit);
  }
  return hit;
}
