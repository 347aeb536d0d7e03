// Korean verbs and adjectives in the lecture vocabulary: a dictionary form (가르치다) names its stem and the forms
// its endings fold into, so a note's 가르치지 않은 / 가르쳐 / 가르친 meets the English word it translates.
import { describe, expect, it } from "vitest";
import { stemForms } from "../src/read/prompt/conjugation.js";
import { sameWord, sharedCount, wordKey, wordSet } from "../src/read/prompt/words.js";

describe("stemForms", () => {
  it("gives the stem of an open last syllable with ㄴ ㄹ ㅁ ㅂ joined and 어 contracted into it", () => {
    expect(stemForms("가르치다")).toEqual(["가르치", "가르친", "가르칠", "가르침", "가르칩", "가르쳐", "가르쳤"]);
  });

  it("contracts 하 into 해 and drops ㅡ after a bright vowel into 아", () => {
    expect(stemForms("따라하다")).toContain("따라해");
    expect(stemForms("따라하다")).toContain("따라했");
    expect(stemForms("나쁘다")).toContain("나빠");
    expect(stemForms("나쁘다")).not.toContain("나뻐");
  });

  it("turns a ㅂ stem's ending into 우 (어렵다 → 어려운, 어려워)", () => {
    expect(stemForms("어렵다")).toEqual(["어렵", "어려운", "어려울", "어려워", "어려웠"]);
  });

  it("drops a ㄹ stem's ㄹ before ㄴ and ㅂ (만들다 → 만드는, 만든, 만듭니다), but not a one-syllable stem's", () => {
    expect(stemForms("만들다")).toEqual(["만들", "만드", "만든", "만듭"]);
    expect(stemForms("알다")).toEqual(["알"]);
    // A quote's gloss (만드는 것보다 고르는 것이) says the title 고르기 vs 만들기 in other endings.
    expect([...wordSet("만드는 것보다 고르는 것이")].filter((w) => wordSet("고르기 vs 만들기").has(w))).toEqual(["generate", "choose"]);
  });

  it("leaves a word that is no dictionary form as it is", () => {
    expect(stemForms("흉내")).toEqual(["흉내"]);
    expect(stemForms("teach")).toEqual(["teach"]);
  });
});

describe("the lecture vocabulary through verb stems", () => {
  it("keys every conjugated form of 가르치다 as teach, and told with it", () => {
    for (const w of ["가르치지", "가르쳐", "가르친", "가르쳤다", "가르칩니다", "가르침"]) expect(wordKey(w), w).toBe("teach");
    expect(wordKey("told")).toBe("teach");
  });

  it("matches a quote's English to a box line's Korean verb", () => {
    // told ≈ 가르치지, and nobody ≈ 아무도.
    const quote = wordSet("Nobody told the model to do this");
    const box = wordSet("아무도 가르치지 않은 행동");
    expect(sharedCount(quote, box)).toBe(2);
    expect(sharedCount(wordSet("Somebody told the model to do this"), box)).toBe(1);
  });

  it("pairs copy, practice, solution, easy and hard with their Korean words", () => {
    expect(wordKey("복사는")).toBe(wordKey("copy"));
    expect(wordKey("베껴")).toBe(wordKey("copying"));
    expect(wordKey("연습")).toBe(wordKey("practice"));
    expect(wordKey("풀이")).toBe(wordKey("solution"));
    expect(wordKey("쉬운")).toBe(wordKey("easy"));
    expect(wordKey("어려워")).toBe(wordKey("hard"));
    // hard is keyed as difficult, so hardcoding (hardcod) is no longer form of it.
    expect(sameWord(wordKey("hardcoding")!, wordKey("hard")!)).toBe(false);
  });

  it("does not take a word that merely begins like a stem's form", () => {
    // 가르 alone is no form of 가르치다; 나빠 is 나쁘다's, 나뻐 is nobody's.
    expect(wordKey("가르마")).not.toBe("teach");
    expect(sameWord(wordKey("나뻐")!, "bad")).toBe(false);
  });
});
