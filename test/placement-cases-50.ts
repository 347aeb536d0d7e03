// Placement rules for a "models need tokens to think" chapter whose plan numbers its sections `Panel 1` …
// `Panel 6` and whose drawing numbers its boxes ① … ⑥ (a centre pillar titled on its top border running down two
// rows), read as a designer would: each section, diagram and quote in the box its number names.
import type { Case } from "./placement-cases.js";

export const FIFTIETH: Record<string, Case> = {
  "tokens-to-think-center-pillar-border-title-crlf": {
    file: "tokens-to-think-center-pillar-border-title-crlf",
    rules: [
      [/^질문: Emily buys 3 apples/, /^EMILY/],
      [/^컨텍스트 토큰들 → Layer 1/, /^FINITE COMPUTE/],
      [/^토큰 1개 = forward pass 1번/, /^FINITE COMPUTE/],
      [/^❌ Bad/, /^BAD vs GOOD/],
      [/^✅ Good/, /^BAD vs GOOD/],
      [/^The \| answer \| is/, /^BAD vs GOOD/],
      [/^The \| total \| cost/, /^BAD vs GOOD/],
      // Each quote is typed under the Panel it closes.
      [/^We want to distribute our reasoning/, /^BAD vs GOOD/],
      [/^방식 \| 예시 \| 정확도/, /^MENTAL MATH/],
      [/^I don't fully trust the model's mental/, /^MENTAL MATH/],
      [/^"How many dots are below\?"/, /^COUNTING DOTS/],
      [/^점 세기 질문 → 문자열로 복사/, /^COUNTING DOTS/],
      [/^Models need tokens to think$/, /^KEY TAKEAWAYS/],
    ],
  },
};
