// Placement rules for the fifteenth round of chapters written the way strangers write them (a chat model's prompt
// in `+---+` boxes, a sidebar running down two rows beside a row of two boxes and a wide one, five boxes across
// the bottom; a dense chapter of eleven sections for eight double-line boxes, a mermaid diagram pasted unfenced
// into its plan, a fenced code sample, and quotes under `## 💬 인용구` each noted with the box it goes in),
// read as a designer would: each quote, table and diagram in the panel whose box, title, emoji or note says it
// is its.
import type { Case } from "./placement-cases.js";

export const FIFTEENTH: Record<string, Case> = {
  "jagged-swiss-cheese-plus-sidebar-five-row": {
    file: "jagged-swiss-cheese-plus-sidebar-five-row",
    rules: [
      // The mind map is the 🧠 section's own, under its heading: the sidebar's (the report says where the reader
      // put it when the layout had to move it for room).
      [/^LLM 능력$/, /왜 들쭉날쭉/],
      [/^질문: "9\.11과 9\.9 중/, /9\.11 vs 9\.9/],
      [/^Some of the neurons that light up are associated with Bible/, /9\.11 vs 9\.9/],
      [/^"strawberry에 r이 몇 개\?"/, /strawberry/],
      [/^strawberry에 r 몇 개\? → 단어를 Python으로 복사/, /USE CODE/],
      [/^작업 \| 머릿속 계산/, /USE CODE/],
      [/^"ubiquitous를 첫 글자부터/, /SPELLING/],
      [/^같은 질문도 다시 샘플링/, /RESAMPLE/],
      [/^계산·세기·비교 → "use code"/, /TOOLS/],
      [/^모델 = 무오류 존재/, /책임/],
      [/^LLM 능력 = 스위스 치즈/, /TAKEAWAYS/],
      // The strawberry box says it in Korean (글자 대신 토큰을 봄); USE CODE's 모델, the course's subject, weighs half.
      [/^The model doesn't see characters, it sees tokens/, /strawberry|SPELLING/],
      // The 책임 box's point 모델 = 무오류 존재 ❌ / 도구 ✅ says it in Korean: two of its telling words on that one
      // line restate it, which outweighs `tool` in the TOOLS title.
      [/^Use it as a tool, not as something infallible/, /책임/],
    ],
  },
  "future-keep-track-double-line-dense-quotes": {
    file: "future-keep-track-double-line-dense-quotes",
    rules: [
      // The mermaid graph pasted unfenced under 🖼️ is that section's diagram.
      [/^텍스트 → 토큰 시퀀스/, /^MULTIMODAL/],
      [/^지금: 질문 하나 → 답 하나/, /AGENTS/],
      [/^공장의 사람 : 로봇 비율처럼/, /AGENTS/],
      [/^OpenAI Operator: 사용자 대신/, /COMPUTER USE/],
      [/^지금 \| 필요한 것/, /TEST-TIME TRAINING/],
      [/^사람은 잠자면서 배운 걸 정리/, /TEST-TIME TRAINING/],
      [/^AI가 우리가 쓰는 도구 속으로/, /PERVASIVE/],
      [/^사람이 두 모델의 답을 블라인드 비교/, /LM ARENA/],
      [/^AI News 뉴스레터/, /AI NEWS/],
      [/^모든 입력은 결국 토큰/, /정리/],
      // Quotes noted with the box they go in (`(→ 멀티모달 칸)`, `(에이전트 칸에 넣어 주세요)`, `→ LM Arena 칸`).
      [/^It's not fundamentally that different/, /^MULTIMODAL/],
      [/^Humans will become supervisors/, /AGENTS/],
      [/^I think it's been gamed a little bit/, /LM ARENA/],
      // Noted `(자리 남는 곳 아무데나)`: placed by its words, `on X`.
      [/^A lot of AI happens on X/, /AI NEWS/],
    ],
    misses: [
      [
        [/^입력 \| 자르는 단위 \| 결과/, /^MULTIMODAL/],
        "the 🧮 section names no box and its table is about tokenizing audio and images, but the multimodal box is full with its diagram and noted quote, so the table goes by room to COMPUTER USE",
      ],
    ],
  },
};
