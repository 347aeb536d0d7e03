// Placement rules for a hallucination chapter whose cornerless drawing staggers its boxes' bottoms (a tool-use box
// running down two rows beside them) and whose quotes section only points at the quotes listed above, and for a
// tokens-to-think chapter whose plan is a JSON object of panels, read as a designer would: each section in the box
// its emoji names, each quote where its section or its JSON entry sends it.
import type { Case } from "./placement-cases.js";

export const THIRTY_FIRST: Record<string, Case> = {
  "hallucination-tool-use-setext-cornerless-staggered": {
    file: "hallucination-tool-use-setext-cornerless-staggered",
    rules: [
      [/^훈련 데이터의 답은 항상 자신감 있는 톤/, /WHY HALLUCINATE/],
      // Meta's probing loop is the 🔍 section's chart (the page may move it beside for room; it is placed here).
      [/^훈련 문서 문단 → LLM이 Q&A 생성/, /KNOWLEDGE PROBING/],
      [/^불확실성 뉴런 ↔/, /KNOWLEDGE PROBING/],
      [/^단계 \| 무슨 일이 일어나나/, /TOOL USE: SEARCH/],
      [/^도구 사용법도 수천 개의 예제로/, /TOOL USE: SEARCH/],
      [/^\| 파라미터 \(Parameters\) \| Context Window/, /VAGUE RECOLLECTION/],
      // "위 Quotable Insights 세 개를 말풍선으로": the three quotes are the 💬 section's, whatever each is about.
      [/^The model is not looking it up/, /KARPATHY SAYS/],
      [/^Knowledge in the parameters is a vague/, /KARPATHY SAYS/],
      [/^It's like you read a book a month ago/, /KARPATHY SAYS/],
      [/^환각 = 자신감 있는 스타일의 모방/, /KEY TAKEAWAYS/],
    ],
  },
  "tokens-to-think-json-plan-panels": {
    file: "tokens-to-think-json-plan-panels",
    rules: [
      [/^토큰당 계산$/, /COMPUTE PER TOKEN/],
      [/^\| Bad ✗ \| Good ✓/, /GOOD vs BAD ANSWER/],
      [/^둘 다 정답은 \$3/, /GOOD vs BAD ANSWER/],
      [/^문제 토큰들 → 오렌지 합계/, /SPREAD IT OUT/],
      [/^토큰마다 조금씩 계산/, /SPREAD IT OUT/],
      [/^암산\(mental arithmetic\) 대신/, /USE CODE/],
      [/^점 세기: 한 토큰에 다 세야/, /COUNTING & SPELLING/],
      [/^토큰 하나 = 유한한 계산/, /KEY TAKEAWAYS/],
      // Quotes the JSON names a panel for ("panel": "code", "takeaways") go there; one named for none goes to the
      // box drawn for quotes.
      [/^I don't fully trust the mental arithmetic/, /USE CODE/],
      [/^Models need tokens to think/, /KEY TAKEAWAYS \+ 💬 QUOTES/],
      [/^We have to distribute our reasoning/, /KEY TAKEAWAYS \+ 💬 QUOTES/],
    ],
  },
};
