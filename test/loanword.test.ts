// English ↔ Korean matching of words: loanwords recognised by sound, the lecture vocabulary, and how a match
// across scripts reads in a placement reason. Pairs are real words of lectures on language models and their
// Korean notes; the negatives are native words that share a consonant skeleton with an English word.
import { describe, expect, it } from "vitest";
import { englishSounds, hangulSounds, isLoanword } from "../src/read/prompt/loanword.js";
import { matchLabel, sameWord, wordKey, wordSet } from "../src/read/prompt/words.js";
import { Matcher, itemWords, profileOf } from "../src/read/prompt/meaning.js";
import type { Panel } from "../src/model/sheet.js";

const LOANWORDS: [string, string][] = [
  ["스위스", "swiss"],
  ["치즈", "cheese"],
  // A first e before one consonant and a vowel, read long or short.
  ["이모지", "emoji"],
  ["이메일", "email"],
  ["이벤트", "event"],
  ["에너지", "energy"],
  ["토큰", "token"],
  ["모델", "model"],
  ["트랜스포머", "transformer"],
  ["프롬프트", "prompt"],
  ["임베딩", "embedding"],
  ["어텐션", "attention"],
  ["파라미터", "parameter"],
  ["시퀀스", "sequence"],
  ["뉴런", "neuron"],
  ["텍스트", "text"],
  ["컨텍스트", "context"],
  ["네트워크", "network"],
  ["인터넷", "internet"],
  ["샘플링", "sampling"],
  ["시뮬레이션", "simulation"],
  ["이미지", "image"],
  ["메시지", "message"],
  ["페이지", "page"],
  ["스타일", "style"],
  ["레이아웃", "layout"],
  ["시스템", "system"],
  ["어시스턴트", "assistant"],
  ["벡터", "vector"],
  ["블록", "block"],
  ["코드", "code"],
  ["파일", "file"],
  ["게임", "game"],
  ["벤치마크", "benchmark"],
  ["체크포인트", "checkpoint"],
  ["소프트맥스", "softmax"],
  ["클러스터", "cluster"],
  ["롤아웃", "rollout"],
  ["리더보드", "leaderboard"],
  ["멀티모달", "multimodal"],
  ["펠리컨", "pelican"],
  ["마크업", "markup"],
  ["라벨러", "labeler"],
  ["엔지니어", "engineer"],
  ["인터프리터", "interpreter"],
];

// Native words whose sounds come close to an English word of the same chapters.
const NATIVE: [string, string][] = [
  ["다음", "time"], // next: two consonants and no loanword's marks
  ["그것", "code"], // that thing
  ["이것", "good"],
  ["모든", "modern"], // a verb's modifier
  ["받은", "pattern"],
  ["많이", "many"],
  ["보고", "pick"],
  ["있지", "width"],
  ["구멍", "common"], // hole
  ["구조", "cheese"],
  ["생각", "sink"],
  ["사람", "slim"],
  ["만들어", "mental"], // a stem closed on ㄹ and its ending 어: a loanword would write 만드러
];

describe("loanwords by sound", () => {
  for (const [k, e] of LOANWORDS) it(`${k} ≈ ${e}`, () => expect(isLoanword(k, e), `${hangulSounds(k)} | ${englishSounds(e)}`).toBe(true));
  for (const [k, e] of NATIVE) it(`${k} ≠ ${e}`, () => expect(isLoanword(k, e), `${hangulSounds(k)} | ${englishSounds(e)}`).toBe(false));

  it("keeps loanwords of different words apart", () => {
    expect(isLoanword("토큰", "model")).toBe(false);
    expect(isLoanword("모델", "token")).toBe(false);
    expect(isLoanword("치즈", "swiss")).toBe(false);
    expect(isLoanword("트랜스포머", "transform")).toBe(true); // the stem of transforming, not a different word
    expect(isLoanword("트랜스포머", "performer")).toBe(false);
  });

  it("needs words long enough to say something", () => {
    expect(isLoanword("데이터", "dat")).toBe(false); // three English letters
    expect(isLoanword("뇌", "nae")).toBe(false); // one syllable
    expect(isLoanword("오디오", "audio")).toBe(false); // one consonant sound
  });

  it("reads Hangul and English into the same sounds", () => {
    expect(hangulSounds("스위스")).toBe(englishSounds("swiss"));
    expect(hangulSounds("프롬프트")).toBe(englishSounds("prompt"));
    expect(hangulSounds("서버")).toBe(englishSounds("server"));
  });
});

describe("words across English and Korean", () => {
  it("maps the lecture vocabulary of both languages onto one key, particles and endings aside", () => {
    expect(wordKey("언어")).toBe("language");
    expect(wordKey("언어가")).toBe("language");
    expect(wordKey("자신만의")).toBe("self");
    expect(wordKey("own")).toBe("self");
    expect(wordKey("자신감")).toBe("confidence"); // the longer entry first
    expect(wordKey("발견할")).toBe("discover");
    expect(wordKey("discovers")).toBe("discover");
    // An acronym's plural is the acronym.
    expect(wordKey("IDs")).toBe("id");
    expect(wordKey("thinking")).toBe("think");
    expect(wordKey("사고")).toBe("think");
    expect(wordKey("강화학습")).toBe("reinforce");
    expect(wordKey("문자열")).toBe("string");
    expect(wordKey("문자")).toBe("letter");
    // "a vague recollection" is what the Korean notes call 흐릿한 기억.
    expect(wordKey("recollection")).toBe(wordKey("기억"));
    expect(wordKey("흐릿한")).toBe(wordKey("vague"));
    expect(wordKey("흐릿함")).toBe(wordKey("vague"));
  });

  it("ends a word where the script changes, so an English term keeps its key under a Korean particle", () => {
    expect(wordSet("Python으로 인덱싱")).toContain("python");
    expect(wordSet("loss만 보면 된다")).toContain("loss");
    expect(wordSet("RLHF는 짧게")).toContain("rlhf");
  });

  it("strips common particles, and keeps an English -ss", () => {
    expect(wordKey("치즈처럼")).toBe("치즈");
    expect(wordKey("swiss")).toBe("swiss");
    expect(wordKey("process")).toBe("process");
    expect(wordKey("tokens")).toBe("token");
  });

  it("treats a loanword and its English word as the same word, in either order", () => {
    expect(sameWord("스위스", "swiss")).toBe(true);
    expect(sameWord("swiss", "스위스")).toBe(true);
    expect(sameWord("다음", "time")).toBe(false);
    expect(sameWord("math", "mathematical")).toBe(true);
  });

  it("names a match across scripts in the reason, English first", () => {
    expect(matchLabel("swiss", "스위스")).toBe("swiss≈스위스");
    expect(matchLabel("스위스", "swiss")).toBe("swiss≈스위스");
    expect(matchLabel("token", "token")).toBe("token");
  });

  it("matches an English quote to a panel whose box says it in Korean only", () => {
    const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] }) as unknown as Panel;
    const panels = [panel("jagged", "JAGGED (9.11?)", "스위스 치즈 능력"), panel("code", "JUST USE CODE", "\"Use code\" → 정답")];
    const m = new Matcher(panels.map((p) => profileOf(p, "", [], new Map())));
    const quote = itemWords("", "Think of it as Swiss cheese — capabilities with holes in random places", 1);
    const jagged = m.match(0, quote);
    expect(jagged.words).toEqual(expect.arrayContaining(["swiss≈스위스", "cheese≈치즈", "ability"]));
    expect(jagged.score).toBeGreaterThan(m.match(1, quote).score);
    expect(wordSet("자신만의 언어?")).toEqual(new Set(["self", "language"]));
  });
});
