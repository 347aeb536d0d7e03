// Placement rules for an SFT → RL chapter typed as a Korean government report (개조식): parts `Ⅰ.`–`Ⅴ.` with no
// `#`, boxes `가. 📚 …` under `1. 패널별 내용`, points set in by full-width spaces, `│` tables pasted as text,
// quotes `『…』 (카파시)` over their translations, a sidebar of quotes down two bands. Read as a designer would:
// each quote, diagram and plan section in the panel whose section holds it.
import type { Case } from "./placement-cases.js";

export const EIGHTY_THIRD: Record<string, Case> = {
  "sft-to-rl-gaejosik-roman-sections-hwp-tables-heavy-sidebar": {
    file: "sft-to-rl-gaejosik-roman-sections-hwp-tables-heavy-sidebar",
    rules: [
      [/^교과서 한 권 = LLM/, /^교과서 비유/],
      [/교과서 요소/, /^교과서 비유/],
      [/^프롬프트 1개당 풀이를 여러 개/, /^RL 루프/],
      [/풀이 15개 샘플링/, /^RL 루프/],
      [/^※ 수만 개 문제에 대해 반복/, /^RL 루프/],
      [/풀이 방식/, /^쉬운 풀이는 누가 아나/],
      [/^모델의 인지\(cognition\)/, /^쉬운 풀이는 누가 아나/],
      [/SFT : 사람 풀이 모방/, /^쉬운 풀이는 누가 아나/],
      [/^We don't know what is easy or hard/, /^카파시 한마디/],
      [/^The model has to discover for itself/, /^카파시 한마디/],
      [/^SFT initializes the model into the vicinity/, /^카파시 한마디/],
      [/^학습 3단계 = 교과서 3요소/, /^핵심 정리/],
    ],
  },
};
