// Placement rules for a tokens-to-think chapter pasted as SRT subtitle cues, its layout a Markdown table (the
// apples box typed once and dittoed beside), read as a designer would: each quote, diagram, table and plan
// section in the panel its plan section's emoji and title say is its.
import type { Case } from "./placement-cases.js";

export const EIGHTY_SIXTH: Record<string, Case> = {
  "tokens-to-think-srt-cues-ditto-table-layout-br-compare": {
    file: "tokens-to-think-srt-cues-ditto-table-layout-br-compare",
    rules: [
      [/^모델은 토큰을 왼쪽 → 오른쪽/, /^토큰당 계산량은 유한/],
      [/^context 토큰들 → Layer 1/, /^토큰당 계산량은 유한/],
      // Signed with an em dash and a time: the quote under section 1.
      [/^You can't expect the model to do too much computation/, /^토큰당 계산량은 유한/],
      [/^프롬프트 끝에 "use code"/, /^"Use Code"/],
      [/^문제: Emily buys 3 apples/, /^Emily's Apples/],
      [/^❌ Bad \(답 먼저\)/, /^Emily's Apples/],
      [/^오렌지 값 = \$4 → 13 - 4 = 9/, /^Emily's Apples/],
      [/^"점이 몇 개야\?"/, /^점 세기/],
      [/^모델은 글자가 아니라 token/, /^Spelling/],
      [/^올림피아드 문제는 풀면서/, /^9\.11 > 9\.9/],
      // Unsigned, under section 6.
      [/^Don't trust the model on the holes/, /^9\.11 > 9\.9/],
      [/^모델이 약한 일 \| 왜\?/, /^9\.11 > 9\.9/],
      [/^계산은 여러 토큰에 나눠서/, /^Key Takeaways/],
    ],
  },
};
