// Placement rules for the nineteenth set of chapters written by others (a hallucination chapter laid out as a
// Markdown table with a ^^ row span, its plan grouped under `## Row N` headings, a sequence diagram and quotes
// glossed in a second paragraph; a tool-use chapter drawn with tabs, Korean ragging its borders, a checklist and
// a table with <br> in its cells), read as a designer would: each quote, table and diagram in the panel whose
// section, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const NINETEENTH: Record<string, Case> = {
  "hallucination-self-table-grid-sequence": {
    file: "hallucination-self-table-grid-sequence",
    rules: [
      [/^Orson Kovacs는 누구\?/, /Why Hallucinate/],
      // The probing pipeline is the tall box the table runs down through two rows.
      [/^훈련 문서에서 문단 추출/, /Llama 3 Probing/],
      [/^핵심: 내부 불확실성 신호/, /Llama 3 Probing/],
      [/^모델에게 지속적인 자아 없음/, /Knowledge of Self/],
      // The sequence diagram (user → model → search tool), redrawn as a flowchart of its messages.
      [/^User → Model: Orson Kovacs/, /Tool Use/],
      [/^구분 \| 파라미터 속 지식 \| Context Window/, /Memory: 파라미터 vs Context/],
      // Both quotes are the 💬 section's; the layout may move one out for room, counted as placed there.
      [/^The model doesn't know that it doesn't know/, /Karpathy Says/],
      [/^Knowledge in the parameters is a vague recollection/, /Karpathy Says|Memory: 파라미터 vs Context/],
      [/^환각 = 확신에 찬 답변/, /Key Takeaways/],
    ],
  },
  "tool-use-search-tabbed-ragged-checklist": {
    file: "tool-use-search-tabbed-ragged-checklist",
    rules: [
      [/^Special token: <SEARCH_START>/, /SEARCH TOOL/],
      [/^큰 수 곱셈 암산/, /CODE INTERPRETER/],
      [/^사용자 질문 → 모델 생성/, /TOOL CALL LOOP/],
      [/^상황 \| 도구 \| 이유/, /언제 어떤 도구/],
      [/^Knowledge in the parameters is a vague recollection/, /KARPATHY 명언/],
      [/^I don't fully trust the model's mental arithmetic/, /KARPATHY 명언/],
      [/^모르는 사실 → 검색 도구로/, /체크리스트/],
    ],
  },
};
