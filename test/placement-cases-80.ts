// Placement rules for a tokens-to-think chapter kept in Word and converted by pandoc (grid tables, a simple ratio
// table, a Mermaid diagram typed as paragraphs under an unnumbered heading), read as a designer would: each quote,
// diagram and plan section in the panel whose emoji, title or meaning says it is its.
import type { Case } from "./placement-cases.js";

export const EIGHTIETH: Record<string, Case> = {
  "tokens-to-think-pandoc-docx-escapes-grid-tables": {
    file: "tokens-to-think-pandoc-docx-escapes-grid-tables",
    rules: [
      [/^문제: 사과 3개 \+ 오렌지 2개/, /^EMILY/],
      [/^구분 \| Answer A/, /^EMILY/],
      [/^The answer is \$3 … the model/, /^EMILY/],
      [/^토큰 하나 = 신경망/, /^ONE TOKEN/],
      [/^개념 \| 설명 \| 비유/, /^ONE TOKEN/],
      [/^You can’t expect too much computation/, /^ONE TOKEN/],
      // The diagram contrasts answer A and B of the Emily problem by how each spreads its steps: either panel.
      [/Emily 문제/, /^(?:EMILY|SPREAD)/],
      [/^오렌지 총액/, /^SPREAD/],
      [/^방법 \| 신뢰도 \| 이유/, /^MENTAL MATH/],
      [/^I don’t fully trust the model’s mental/, /^MENTAL MATH/],
      [/^“점이 몇 개야\?”/, /^COUNTING DOTS/],
      [/^질문 \| 모델 혼자/, /^COUNTING DOTS/],
      [/^모델은 생각하려면 토큰이 필요/, /^KEY TAKEAWAYS/],
    ],
  },
};
