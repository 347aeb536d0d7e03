// Words and titles: emoji split, slugs, layout remarks, and the word sets used to match plan items
// to panels. Documents mix English terms with Korean explanations, so a small glossary maps the
// common lecture vocabulary of both languages onto one key.

const EMOJI_RE =
  /^(?:\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)/u;

/** `🎛️ DJ KNOBS` → { emoji: "🎛️", rest: "DJ KNOBS" }; the variation selector stays as written. */
export function splitEmoji(text: string): { emoji?: string; rest: string } {
  const t = text.trim();
  const m = EMOJI_RE.exec(t);
  if (!m) return { rest: t };
  return { emoji: m[0], rest: t.slice(m[0].length).trim() };
}

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
  /섹션|넓|크게|작게|좁|배치|영역|강조|해야|주세요|하세요|중요|section|wide|widest|large|bigger|biggest|small|narrow|layout|make|should|must|important|space/i;

/** Parenthesised layout instructions such as "(이 섹션이 가장 넓어야 함!)" are not content. */
export function stripLayoutRemarks(text: string): string {
  return text
    .replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => (REMARK_WORDS.test(inner) ? "" : all))
    .replace(/\s+/g, " ")
    .trim();
}

const STOP = new Set(
  (
    "a an the of and or vs versus for to in on at by with from as is are be it its this that these those " +
    "you your we our can will how what why when which into about like just only not no so than then key " +
    "overview concept concepts matrix table chart flowchart flow diagram mind map mindmap section summary " +
    "topic topics part visual create mermaid showing show think kind lot really very " +
    "란 이란 이란? 와 과 및 의 는 은 이 가 을 를 에 로 으로 vs. 개요 표 도식 비교 정리 " +
    "없음 없는 없이 없다 없고 있음 있는 있다 있고 뿐 일뿐"
  ).split(" "),
);

// English ↔ Korean lecture vocabulary, both sides mapped to the English key.
const GLOSSARY: Record<string, string[]> = {
  memory: ["기억", "메모리"],
  state: ["상태"],
  fixed: ["고정"],
  expression: ["표현식", "수식"],
  math: ["mathematical", "mathematics", "수학"],
  parameter: ["파라미터", "매개변수", "가중치", "weight"],
  knob: ["노브", "다이얼", "dial"],
  prediction: ["예측", "predict"],
  token: ["토큰"],
  training: ["훈련", "학습", "train"],
  neuron: ["뉴런"],
  brain: ["뇌"],
  network: ["네트워크", "신경망"],
  transformer: ["트랜스포머"],
  attention: ["어텐션"],
  embedding: ["임베딩"],
  probability: ["확률"],
  sampling: ["샘플링", "sample"],
  temperature: ["온도"],
  data: ["데이터"],
  text: ["텍스트"],
  model: ["모델"],
  reward: ["보상"],
  human: ["사람", "인간"],
  preference: ["선호"],
  vocabulary: ["어휘", "vocab"],
  pretraining: ["사전학습", "사전훈련"],
  filter: ["필터", "필터링", "filtering"],
  quality: ["품질"],
  compression: ["압축", "compress"],
  inference: ["추론"],
  context: ["컨텍스트", "맥락"],
  internet: ["인터넷", "웹", "web"],
  run: ["돌리", "돌려", "실행"],
  long: ["오래", "while"],
  hack: ["hacking", "game", "gaming", "해킹", "악용"],
  joke: ["농담"],
  symbol: ["심볼", "기호"],
  sequence: ["시퀀스"],
  length: ["길이"],
  score: ["채점", "점수", "scoring"],
  write: ["작성", "써", "쓰기", "writing"],
  rank: ["order", "ordering", "ranking", "순위", "순서"],
  discriminate: ["discrimination", "판별"],
  generate: ["generation", "생성"],
  hour: ["시간"],
  month: ["개월", "수개월"],
  statistic: ["statistical", "통계"],
  simulation: ["simulator", "simulate", "시뮬레이션", "시뮬레이터"],
};
const KEY_OF = new Map<string, string>();
for (const [key, alts] of Object.entries(GLOSSARY)) for (const w of [key, ...alts]) KEY_OF.set(w, key);

const HANGUL_SUFFIXES = /(에서|으로|이란|란|들은|들이|들을|들의|들|은|는|이|가|을|를|의|에|로|와|과|도|만|된|한|적인|적|하는|하기|입니다)$/;

// Assignment compares the same words over and over (every plan item against every panel).
const keys = new Map<string, string | undefined>();
const HANGUL_ALTS = [...KEY_OF].filter(([alt]) => /^\p{Script=Hangul}/u.test(alt));

/** One comparable key per word: glossary key, else a light stem. */
export function wordKey(word: string): string | undefined {
  if (keys.has(word)) return keys.get(word);
  const key = keyOf(word);
  if (keys.size > 10000) keys.clear();
  keys.set(word, key);
  return key;
}

function keyOf(word: string): string | undefined {
  let w = word.toLowerCase().replace(/^['"“”‘’]+|['"“”‘’]+$/g, "");
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
  const stem = w.replace(/(ies)$/, "y").replace(/(ing|ed|es|s)$/, "");
  const key = KEY_OF.get(stem) ?? KEY_OF.get(w.replace(/s$/, ""));
  if (key) return key;
  return stem.length >= 3 ? stem : w;
}

export function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    const k = raw ? wordKey(raw) : undefined;
    if (k) out.add(k);
  }
  return out;
}

/** Two word keys name the same thing: equal, or an English stem and its longer form
 * (math ↔ mathematic, compute ↔ computation) — at least 4 letters in common, so "art" ≠ "article". */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && /^[a-z]+$/.test(long) && long.startsWith(short);
}

export function hasWord(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (const w of set) if (sameWord(w, word)) return true;
  return false;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (hasWord(b, w)) n++;
  return n;
}
