// Placement rules for a counting-and-spelling chapter saved on Korean Windows in CP949 (EUC-KR), its boxes drawn
// with heavy and light box characters and its panels marked ※ ★ ▶ ○ ● ■ instead of emoji, read as a designer
// would: each quote, diagram, table and plan section in the panel whose mark and title say it is its.
import type { Case } from "./placement-cases.js";

export const NINETY_SECOND: Record<string, Case> = {
  "counting-spelling-cp949-fullwidth-heavy-box": {
    file: "counting-spelling-cp949-fullwidth-heavy-box",
    rules: [
      [/^한 토큰을 만들 때 쓸 수 있는 계산은/, /^▶ 왜 못 세나/],
      [/^Models are not very good at counting/, /^▶ 왜 못 세나/],
      [/^입력 \| 모델이 보는 것 \| 결과/, /^※ 모델은 글자를 못 본다/],
      [/^They don't see characters, they see tokens/, /^※ 모델은 글자를 못 본다/],
      [/^질문: 점이 몇 개\? → 토큰으로 쪼개기/, /^● 머릿속 세기 vs 코드로 세기/],
      [/^방식 \| 누가 세나 \| 믿을 만한가/, /^● 머릿속 세기 vs 코드로 세기/],
      [/^I don't trust the model to do this in its mental arithmetic/, /^● 머릿속 세기 vs 코드로 세기/],
      [/^ubiquitous → ubiqu → itous/, /^○ 철자 예시/],
      [/^가끔 9\.11 이 더 크다고 답한다/, /^■ 9\.11 vs 9\.9/],
      [/^모델은 토큰을 본다, 글자를 보지 않는다/, /^★ 핵심 정리/],
    ],
  },
};
