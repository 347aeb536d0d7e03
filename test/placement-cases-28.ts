// Placement rules for a base-model chapter whose drawing keeps its chat UI's line-number gutter (sections numbered
// in Roman numerals, quotes in Korean corner brackets with the English after, a box titled for them)
// and a neural-network chapter written by a model in LaTeX with a mermaid subgraph and CSS row heights, read as a
// designer would: each quote, table, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_EIGHTH: Record<string, Case> = {
  "base-model-inference-gutter-roman-corner-quotes": {
    file: "base-model-inference-gutter-roman-corner-quotes",
    rules: [
      [/^Llama 3\.1 405B Base: Meta 공개/, /HYPERBOLIC PLAYGROUND/],
      [/^"2\+2는\?" → 답 대신/, /TOKEN AUTOCOMPLETE/],
      [/^구분 \| Base Model \| Assistant/, /TOKEN AUTOCOMPLETE/],
      [/^Zebra Wikipedia 첫 문장/, /REGURGITATION/],
      [/^영어 → 한국어 단어 쌍/, /FEW-SHOT PROMPT/],
      [/^butterfly: 나비 → ocean: 바다/, /FEW-SHOT PROMPT/],
      [/^"도움이 되는 AI 어시스턴트와/, /ASSISTANT PROMPT/],
      [/^Conversation-shaped prompt →/, /ASSISTANT PROMPT/],
      [/^Base model = internet document/, /KEY TAKEAWAYS/],
      // Each quote by its words; one whose panel is full goes to the box titled for quotes (`📌 KEY TAKEAWAYS +
      // 인용`, its row `Takeaways + Quotes`), not to whichever panel is emptiest.
      [/^그냥 토큰 자동완성기입니다/, /TOKEN AUTOCOMPLETE|KEY TAKEAWAYS \+ 인용/],
      [/^인터넷 문서 시뮬레이터라고 생각하세요/, /KEY TAKEAWAYS \+ 인용/],
      [/^이 405B 파라미터는 인터넷의 손실 압축/, /HYPERBOLIC PLAYGROUND|TOKEN AUTOCOMPLETE|KEY TAKEAWAYS \+ 인용/],
      [/^이건 아직 어시스턴트가 아닙니다/, /TOKEN AUTOCOMPLETE|ASSISTANT PROMPT|KEY TAKEAWAYS \+ 인용/],
    ],
  },
  "nn-internals-latex-subgraph-rounded-ascii-fr": {
    file: "nn-internals-latex-subgraph-rounded-ascii-fr",
    rules: [
      [/^P\(x_\(t\+1\)/, /THE BIG EXPRESSION/],
      [/^입력 x_1 … x_t/, /THE BIG EXPRESSION/],
      [/^처음엔 random init/, /PARAMETERS = KNOBS/],
      [/^W ← W/, /PARAMETERS = KNOBS/],
      [/^Think of these parameters as kind of like knobs/, /PARAMETERS = KNOBS/],
      [/^Input tokens → Token embedding/, /TRANSFORMER BLOCK/],
      [/^단계 \| 하는 일 \| 수식/, /TRANSFORMER BLOCK/],
      [/^Attention\(Q, K, V\) = softmax/, /ATTENTION/],
      [/^각 토큰이 Q\(query\)로 묻고/, /ATTENTION/],
      [/^생물학적 뉴런: 기억이 있는/, /NO MEMORY/],
      [/^This is a fixed mathematical expression/, /NO MEMORY/],
      [/^You can loosely think of it as synthetic brain/, /NO MEMORY/],
      [/^신경망 = f\(x; W\)/, /TAKEAWAYS/],
    ],
  },
};
