// Placement rules for a tool-use chapter saved out of the email it came in (the prompt quoted `>>` under a
// reviewer's notes, one dropping the 🕰️ box and one giving new heights), read as a designer would: each
// diagram, table and plan section in the panel whose emoji or title says it is its, the quotes in the 💬 box
// whose line counts them (`인용 3개`) unless a panel they speak of holds them.
import type { Case } from "./placement-cases.js";

export const EIGHTY_SECOND: Record<string, Case> = {
  "tool-use-search-code-email-quoted-reply": {
    file: "tool-use-search-code-email-quoted-reply",
    rules: [
      [/^특수 토큰: <SEARCH_START>/, /^WEB SEARCH TOOL/],
      [/^Model → Program: <SEARCH_START>/, /^WEB SEARCH TOOL/],
      [/^구분 \| 파라미터 \(Parameters\)/, /^MEMORY: PARAMS vs CONTEXT/],
      [/^긴 곱셈 \/ 글자 세기 질문/, /^CODE INTERPRETER/],
      [/^모델은 토큰당 계산량이 제한/, /^CODE INTERPRETER/],
      [/^작업 \| 암산 \(모델\)/, /^USE CODE/],
      [/^Knowledge in the parameters is like a vague/, /^(?:KARPATHY SAYS|MEMORY)/],
      [/^The context window is kind of like the working memory/, /^(?:KARPATHY SAYS|MEMORY)/],
      [/^I don't trust the model to do mental arithmetic/, /^(?:KARPATHY SAYS|USE CODE|CODE INTERPRETER)/],
      [/^모르는 사실 → 검색 도구/, /^KEY TAKEAWAYS/],
    ],
  },
};
