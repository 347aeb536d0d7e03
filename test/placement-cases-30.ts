// Placement rules for a dense reinforcement-learning chapter on A4 (its row heights written inside each row's
// first box, two flowcharts, a comparison table, a mind map, four quotes in a box two columns wide) and a
// spelling chapter full of emoji sequences, kana and token boundaries drawn in a code block, read as a designer
// would: each quote, table, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const THIRTIETH: Record<string, Case> = {
  "rl-practice-problems-double-grid-inline-h-marks": {
    file: "rl-practice-problems-double-grid-inline-h-marks",
    rules: [
      [/^교과서 속 정보 세 가지/, /교과서 비유/],
      [/^문제: Emily가 사과 3개/, /EMILY'S APPLES/],
      [/^프롬프트: Emily's apples → 풀이 15개/, /SAMPLE & REINFORCE/],
      [/^15개 중 4개 정도 정답 → 그 4개를 강화/, /SAMPLE & REINFORCE/],
      [/^항목 \| SFT \(예제 풀이\) \| RL \(연습 문제\)/, /SFT vs RL 비교표/],
      [/^Reinforcement Learning$/, /RL MIND MAP/],
      [/^📚 Pretraining → /, /3단계 파이프라인/],
      // The four quotes are the 💬 명언 section's, whatever each one's words are about (easy/hard, RL).
      [/^We don't know what is easy or hard/, /KARPATHY 명언/],
      [/^We are not in a good position/, /KARPATHY 명언/],
      [/^The LLM needs to discover for itself/, /KARPATHY 명언/],
      [/^Reinforcement learning is where a lot/, /KARPATHY 명언/],
      [/^RL = 연습 문제: 정답만 주고/, /KEY TAKEAWAYS/],
    ],
  },
  "strawberry-spelling-unicode-zwj-plus-boxes-md-ratios": {
    file: "strawberry-spelling-unicode-zwj-plus-boxes-md-ratios",
    rules: [
      [/^토큰 경계는 우리가 보는 글자 경계와/, /CHARACTERS ≠ TOKENS/],
      [/^How many R's in strawberry\? → Tokenize/, /STRAWBERRY PROBLEM/],
      [/^이유 ①: 모델은 글자를 못 봄/, /STRAWBERRY PROBLEM/],
      [/^입력 \| 구성 \(code points\)/, /EMOJI & UNICODE TOKENS/],
      [/^ZWJ\(U\+200D\)는 눈에 안 보이지만/, /EMOJI & UNICODE TOKENS/],
      [/^"use code" ⟶ 모델이 문자열을/, /FIX: USE CODE/],
      [/^모델 ≠ 사람: 글자가 아니라/, /^TAKEAWAYS/],
      // The style part's quotes go by their words: characters vs tokens, copy-pasting and counting by code.
      [/^Models don't see characters/, /CHARACTERS ≠ TOKENS/],
      [/^Copy-pasting is easy for the model/, /FIX: USE CODE/],
      // Written under the takeaways, signed: the takeaways' own closing quote.
      [/^I'm one of the people who would love/, /^TAKEAWAYS/],
    ],
  },
};
