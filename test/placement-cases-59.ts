// Placement rules for a hallucinations chapter whose layout is a spreadsheet's merged ranges (`- A2:B3 → 🧠 …`),
// its quotes in corner brackets signed on the next line and a plan section naming its box only by its range,
// read as a designer would: each quote, diagram and plan section in the panel whose emoji, title or range says
// it is its.
import type { Case } from "./placement-cases.js";

export const FIFTY_NINTH: Record<string, Case> = {
  "hallucination-mitigation-cell-ranges-keycaps": {
    file: "hallucination-mitigation-cell-ranges-keycaps",
    rules: [
      [/^훈련 세트: "Who is Tom Cruise\?"/, /^WHY HALLUCINATE/],
      [/^모델은 인터넷에 접근하지 않습니다/, /^WHY HALLUCINATE/],
      [/^훈련 문서 단락 → LLM이/, /^PROBING/],
      [/^모르는 질문 → 정답을/, /^MITIGATION 1/],
      [/^그 뉴런이 켜질 때/, /^MITIGATION 1/],
      // The sequence diagram of the search tool, and the table and quote beside it in section 4.
      [/^User → Model: Who is Orson Kovacs/, /^MITIGATION 2/],
      [/파라미터 속 지식.*컨텍스트 윈도우 속 지식/, /^MITIGATION 2/],
      [/^파라미터 속 지식은 한 달 전에 읽은/, /^MITIGATION 2/],
      [/^환각 = 자신감 있는 어조를/, /^TAKEAWAYS/],
    ],
  },
};
