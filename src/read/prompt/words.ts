// Words and titles: emoji split, slugs, layout remarks, and the word sets used to match plan items
// to panels. Documents mix English terms with Korean explanations: the lecture vocabulary of both
// languages maps onto one key (`lexicon.ts`), and a Korean loanword matches the English word it
// transliterates (`loanword.ts`).
import { stemForms } from "./conjugation.js";
import { LEXICON } from "./lexicon.js";
import { isLoanword } from "./loanword.js";
import { columnSpan } from "./span-words.js";

// `▶` and `◀` typed without the emoji selector are marks Korean notes set beside `●` `○` `■` `★` (all in KS X 1001,
// so a CP949 file holds them and no emoji): text in the title as those are, drawn by the pen, not taken for the
// panel's colour emoji. With `\uFE0F` (`▶️`) it is the emoji.
const EMOJI_RE =
  /^(?:\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|(?![\u25B6\u25C0](?!\uFE0F))\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)/u;

const TRAILING_EMOJI_RE = new RegExp(`\\s*(${EMOJI_RE.source.slice(1)})\\s*(\\([^()]*\\))?$`, "u");

/**
 * `🎛️ DJ KNOBS` → { emoji: "🎛️", rest: "DJ KNOBS" }; the variation selector stays as written. A title
 * written with its emoji last (`Takeaways 📌`, `Mind Map 🗺️ (overview)`) gives it too, when it is the title's
 * only emoji (`Good ✅ vs Bad ❌` keeps its marks).
 */
export function splitEmoji(text: string): { emoji?: string; rest: string } {
  const t = text.trim();
  const m = EMOJI_RE.exec(t);
  // `❌ vs ✅ 두 가지 답`: the first mark is a term of the comparison, not the title's icon.
  if (m && COMPARED.test(t.slice(m[0].length))) return { rest: t };
  // `🍌 NANO BANANA CHEAT SHEET 🍌`: the same emoji closing the title frames it, as a banner is drawn; one is its icon.
  if (m) return { emoji: m[0], rest: withoutClosing(t.slice(m[0].length).trim(), m[0]) };
  const end = TRAILING_EMOJI_RE.exec(t);
  if (!end || end.index === 0) return { rest: t };
  const rest = `${t.slice(0, end.index)}${end[2] ? ` ${end[2]}` : ""}`.trim();
  return hasEmoji(rest) ? { rest: t } : { emoji: end[1]!, rest };
}

/** The title without the emoji that opened it repeated at its end. */
function withoutClosing(rest: string, emoji: string): string {
  const bare = (e: string): string => e.replace(/\uFE0F/g, "").trim();
  const end = TRAILING_EMOJI_RE.exec(rest);
  return end && !end[2] && end.index > 0 && bare(end[1]!) === bare(emoji) ? rest.slice(0, end.index).trim() : rest;
}

/** A comparison word right after a leading emoji, then another emoji: `❌ vs ✅`, `🐢 ↔ 🚀`, `👎 대 👍`. */
const COMPARED = /^\s*(?:vs\.?|versus|↔|<->|⇄|대)\s*\p{Extended_Pictographic}/iu;

/** What names a title's second line: `부제`, `Subtitle`, `한 줄 요약`. */
export const SUBTITLE_WORD = /^(?:부제(?:목)?|소제목|sub-?title|tagline|한\s*줄\s*요약)$/i;

export function hasEmoji(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text);
}

export function emojisIn(text: string): string[] {
  return [...text.matchAll(/\p{Extended_Pictographic}/gu)].map((m) => m[0]);
}

/** The ASCII part of a title as an id: `PARAMETERS란?` → `parameters`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

const REMARK_WORDS =
  /섹션|넓|크게|작게|좁|배치|강조|해야|주세요|하세요|중요|사이드\s*바|걸쳐|걸친|[세가]로\s*띠|[두세네2-4]\s*(?:줄|행)\s*(?:을|를|에)?\s*차지|sidebar|spans?\b|section|wide|widest|large|bigger|biggest|small|narrow|layout|make|should|must|important|space/i;

// `영역` alone is no remark: `(검증 가능한 영역)` is a title's gloss; `(이 영역 크게)` says a size anyway.

/** A size said after a dash or an arrow at the end of a title: `— 가장 넓게！`, `- widest!`, `← 크게`. */
const DASH_REMARK = /(?:\s+-{1,2}|\s*[–—]{1,2}|\s*←|\s+<-)\s*((?:가장|제일|더|the)?\s*(?:넓게|넓어야\s*함|크게|좁게|작게|widest|wider|wide|largest|biggest|bigger|narrow(?:est)?|smallest))\s*[!！.。]*\s*$/i;

/** Layout instructions such as "(이 섹션이 가장 넓어야 함!)" or "— 가장 넓게！" are not content. */
export function stripLayoutRemarks(text: string): string {
  return text
    // A bracket saying the box spans columns (`(가로 2칸 합침)`, `(2 columns wide)`) is said by the drawing too.
    .replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => (REMARK_WORDS.test(inner) || columnSpan(inner) !== undefined ? "" : all))
    .replace(DASH_REMARK, "")
    .split("`")
    // A code span's spaces are its text (`hello  world`); elsewhere a run of them is one.
    .map((part, i, all) => (i % 2 === 1 && i < all.length - 1 ? part : part.replace(/\s+/g, " ")))
    .join("`")
    .trim();
}

const STOP = new Set(
  (
    "a an the of and or vs versus for to in on at by with from as is are be it its this that these those now " +
    "you your we our can will how what why when which into about like just only not no so than then key " +
    "overview concept concepts matrix table chart flowchart flow diagram mind map mindmap section summary " +
    "topic topics part visual create mermaid showing show think kind lot really very " +
    "란 이란 이란? 와 과 및 의 는 은 이 가 을 를 에 로 으로 vs. 개요 표 도식 비교 정리 " +
    "없음 없는 없이 없다 없고 있음 있는 있다 있고 뿐 일뿐"
  ).split(" "),
);

const KEY_OF = new Map<string, string>();
// A verb or adjective is listed in its dictionary form (가르치다): its stem and the forms its endings fold into
// (가르쳐, 가르친) are the words that name it.
for (const [key, alts] of Object.entries(LEXICON)) for (const w of [key, ...alts.flatMap(stemForms)]) KEY_OF.set(w, key);

// Notes end their lines in 됨 and 함 (누적됨, 정당화함), and verbs made with 하다 / 되다 (비교한다, 공개된다): the
// noun before them is the word.
// A particle may stack on another (맥북에서도, 모델로는): the two come off together.
const HANGUL_SUFFIXES =
  /(에서도|에서는|에서의|에게도|에게는|으로도|으로는|까지도|에도|에는|로도|로는|에서|으로|이란|란|처럼|보다|까지|부터|에게|만의|들은|들이|들을|들의|들|합니다|됩니다|하다|한다|했다|해서|하고|하면|하며|해요|되다|된다|되는|되고|되면|돼요|은|는|이|가|을|를|의|에|로|와|과|도|만|된|한|됨|함|적인|적|하는|하기|입니다)$/;

// Assignment compares the same words over and over (every plan item against every panel).
const keys = new Map<string, string | undefined>();
// Longest first, so 자신감 is confidence before 자신 is self. An entry names the words it begins: Korean
// attaches particles and endings (답을, 써줘, 발견할).
const HANGUL_ALTS = [...KEY_OF].filter(([alt]) => /^\p{Script=Hangul}/u.test(alt)).sort((a, b) => b[0].length - a[0].length);

// Words any sentence may say, whatever it is about: a quote saying "use" or "first" says little about a panel
// whose title says them. They still match, at a fraction of a word's weight (`commonness`); a word the
// lecture vocabulary lists (answer, think, run …) is the lecture's, not common.
const COMMON_WORDS =
  "use uses used using get gets got getting make makes made making go goes went going gone come came take took " +
  "give gave put say says said see saw look want wants need needs know knew mean means try tried let keep seem " +
  "do does did doing done have has had having been being was were would could should may might must shall " +
  "me my he she him his her they them their there here who whom whose where one ones two first " +
  "also all some any each every most much many few other another same such even still actually basically " +
  "maybe probably little thing things something anything everything nothing way ways well if but because " +
  "though although while since until yes yeah ok okay right sure lots quite pretty too again ever never always " +
  "often sometimes already yet don doesn didn isn back over out up down off " +
  "하다 한다 합니다 했다 하고 해서 하면 되다 된다 됩니다 되는 것 것이 것을 수 등 더 잘 그 이 저 그런 이런 어떤 모든 " +
  "같은 같이 때 중 위해 통해 대한 대해 많은 가장 매우 정말 아주 그냥 좀 또 다시 이제 지금 우리 제가 저는 내가";
const COMMON = new Set<string>();

/** A word's weight as evidence of a topic: 1, or a fraction for a word any sentence may say. */
export function commonness(key: string): number {
  if (COMMON.size === 0) for (const w of COMMON_WORDS.split(" ")) {
    const k = wordKey(w);
    if (k && !LEXICON[k]) COMMON.add(k);
  }
  if (SUBJECT.has(key)) return SUBJECT_WEIGHT;
  return COMMON.has(key) ? COMMON_WEIGHT : 1;
}
const COMMON_WEIGHT = 0.25;

/** A word any sentence may say (`one`, `use`), not the course's subject: it tells no topic on its own. */
export function isCommon(key: string): boolean {
  return commonness(key) === COMMON_WEIGHT;
}

/** A word that tells a topic apart: neither one any sentence says nor the course's `model` (both weigh less). */
export function isTelling(key: string): boolean {
  return commonness(key) === 1;
}
/**
 * The course's subject: a chapter on language models says `the model` (모델이) of nearly every point it makes, so
 * the word tells little of which panel a quote or section is about. It counts half, and names a panel only in a
 * title saying that panel's whole title (REWARD MODEL is still named by its other word).
 */
const SUBJECT = new Set(["model", "모델"]);
const SUBJECT_WEIGHT = 0.5;

/** One comparable key per word: glossary key, else a light stem. */
export function wordKey(word: string): string | undefined {
  if (keys.has(word)) return keys.get(word);
  const key = keyOf(word);
  if (keys.size > 10000) keys.clear();
  keys.set(word, key);
  return key;
}

function keyOf(word: string): string | undefined {
  // An acronym's plural (IDs, GPUs, LLMs) is the acronym.
  let w = word.replace(/^(\p{Lu}{2,})s$/u, "$1").toLowerCase().replace(/^['"“”‘’]+|['"“”‘’]+$/g, "");
  // Numbers of three digits or more (100,277; 240; 2019) name something; 1, 2, 12 do not.
  if (w.length < 2 || STOP.has(w) || /^\d{1,2}$/.test(w)) return undefined;
  const direct = KEY_OF.get(w);
  if (direct) return direct;
  if (/^\p{Script=Hangul}+$/u.test(w)) {
    for (const [alt, key] of HANGUL_ALTS) if (w.startsWith(alt)) return key;
    const stem = w.replace(HANGUL_SUFFIXES, "");
    w = stem.length >= 2 ? stem : w;
    return STOP.has(w) ? undefined : w;
  }
  // -ss is no plural: swiss, process, class keep theirs.
  const stem = /ss$/.test(w) ? w : w.replace(/(ies)$/, "y").replace(/(ing|ed|es|s)$/, "");
  const key = KEY_OF.get(stem) ?? KEY_OF.get(w.replace(/s$/, ""));
  if (key) return key;
  return stem.length >= 3 ? stem : w;
}

/** A number and its unit spelled out (`44 terabytes`, `15 trillion`, `15조`), and the letters it is written with. */
const QUANTITY = /(\d+(?:[.,]\d+)?)\s*(terabytes?|gigabytes?|megabytes?|petabytes?|trillion|billion|million|조)(?![\p{L}])/giu;
const UNIT: Record<string, string> = { terabyte: "tb", gigabyte: "gb", megabyte: "mb", petabyte: "pb", trillion: "t", billion: "b", million: "m", 조: "t" };

/** Korean notes attach particles to English terms (`Python으로`, `RL을`): a change of script ends a word. */
const SCRIPT_CHANGE = /(?<=[A-Za-z0-9])(?=\p{Script=Hangul})|(?<=\p{Script=Hangul})(?=[A-Za-z])/u;

export function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u).flatMap((w) => w.split(SCRIPT_CHANGE))) {
    const k = raw ? wordKey(raw) : undefined;
    if (k) out.add(k);
  }
  // `44 terabytes` is the `44TB` a box writes, `15 trillion` its `15T`: one key, as the short form keys itself.
  if (/\d/.test(text)) for (const m of text.matchAll(QUANTITY)) out.add(`${m[1]!.replace(/,/g, "")}${UNIT[m[2]!.toLowerCase().replace(/s$/, "")]}`);
  for (const name of joinedNames(text)) out.add(name.key);
  return out;
}

/**
 * Names written as an acronym and a word (`LM Arena`, `Chat GPT`): each is also the one word others write it as
 * (`LMArena`, `ChatGPT`). A shouted title (`AI NEWS`) joins none.
 * `short`: the halves of two letters or less (`LM`), pieces of the name rather than words of their own.
 */
export function joinedNames(text: string): { key: string; short: string[] }[] {
  const out: { key: string; short: string[] }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{Script=Latin}\p{N}]*) (\p{Lu}[\p{Script=Latin}\p{N}]*)(?![\p{Script=Latin}\p{N}])/gu)) {
    const [a, b] = [m[1]!, m[2]!];
    // An acronym beside a word (`LM Arena`, `Chat GPT`): two title-case words (`Human Ranking`) are two words.
    const acronym = (h: string): boolean => /^\p{Lu}{2,}$/u.test(h);
    const key = (acronym(a) && /\p{Ll}/u.test(b)) || (acronym(b) && /\p{Ll}/u.test(a)) ? wordKey(a + b) : undefined;
    if (key) out.push({ key, short: [a, b].filter((h) => h.length <= 2).flatMap((h) => wordKey(h) ?? []) });
  }
  return out;
}

/** A word key starting with a Hangul syllable or jamo (a cheap test: this runs for every pair of words compared). */
const hangul = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
};

/** Two word keys name the same thing: equal, an English stem and its longer form (math ↔ mathematic,
 * compute ↔ computation: at least 4 letters in common, so "art" ≠ "article"), or a Korean loanword and
 * the English word it writes (스위스 ↔ swiss). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = hangul(a);
  if (ka !== hangul(b)) return ka ? isLoanword(a, b) : isLoanword(b, a);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && /^[a-z]+$/.test(long);
}

/** The word of `set` that names `word`, if any: itself, else the first that `sameWord` accepts. */
export function wordIn(set: Set<string>, word: string): string | undefined {
  if (set.has(word)) return word;
  for (const w of set) if (sameWord(w, word)) return w;
  return undefined;
}

export function hasWord(set: Set<string>, word: string): boolean {
  return wordIn(set, word) !== undefined;
}

/** How a match of two words reads in a reason: `swiss≈스위스` when one writes the other in Hangul, else the word. */
export function matchLabel(word: string, matched: string): string {
  if (hangul(word) === hangul(matched)) return word;
  return hangul(word) ? `${matched}≈${word}` : `${word}≈${matched}`;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (hasWord(b, w)) n++;
  return n;
}
