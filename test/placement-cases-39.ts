// Placement rules for a sparse working-memory chapter on 16:9 (its quotes typed as a table of quote and
// translation, a note under it numbering the box each goes in, a designer's checklist after the plan), read as
// a designer would: each quote, diagram and plan section in the panel whose emoji, title or note says it is its.
import type { Case } from "./placement-cases.js";

export const THIRTY_NINTH: Record<string, Case> = {
  "working-memory-sparse-16x9-meta-table-quote-table": {
    file: "working-memory-sparse-16x9-meta-table-quote-table",
    rules: [
      [/^파라미터 = 인터넷 문서를 압축한 기억/, /^PARAMETERS/],
      [/^컨텍스트 안의 토큰 = 모델이 직접/, /^CONTEXT WINDOW/],
      [/^요약해줘 → 본문을 줬나\?/, /^EXAMPLE/],
      [/^그냥 "1장 요약해줘" → 기억에 의존/, /^EXAMPLE/],
      // The note under the quote table: 1번은 📦 칸에, 2번은 🪟 칸에.
      [/^The knowledge in the parameters is a vague/, /^PARAMETERS/],
      [/^The tokens in the context window are like/, /^CONTEXT WINDOW/],
      [/^정확한 답이 필요하면 자료를 직접 붙여넣기/, /^TAKEAWAYS/],
    ],
  },
};
