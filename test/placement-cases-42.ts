// Placement rules for a tool-use chapter drawn with boxes that share walls (its search round trip a sequence
// diagram, its takeaways numbered with keycaps), read as a designer would: each quote, diagram and plan section
// in the panel whose emoji or title says it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_SECOND: Record<string, Case> = {
  "tool-use-search-shared-walls-sequence-keycaps": {
    file: "tool-use-search-shared-walls-sequence-keycaps",
    rules: [
      // The sequence diagram of the search round trip, and the section's notes under it.
      [/^1\. 👤 User → 🤖 Model/, /^WEB SEARCH/],
      [/^특수 토큰\(special tokens\)으로/, /^WEB SEARCH/],
      [/^구분 \| 파라미터 \(Parameters\)/, /^WORKING MEMORY/],
      [/^파라미터 속 지식은 흐릿한 기억이다/, /^WORKING MEMORY/],
      [/^컨텍스트 윈도우는 작업 기억이다/, /^WORKING MEMORY/],
      [/^질문 \+ 'use code'/, /^CODE INTERPRETER/],
      [/^\| 암산 \(Mental Arithmetic\)/, /^CODE INTERPRETER/],
      [/^모델은 생각하려면 토큰이 필요하다 \(Models/, /^CODE INTERPRETER/],
      [/^나는 모델의 암산을 그다지 믿지 않는다/, /^CODE INTERPRETER/],
      [/^점 세기: "점이 몇 개야\?"/, /^COUNTING DOTS/],
      [/^모르는 사실은 검색 도구로/, /^TAKEAWAYS/],
    ],
  },
};
