// Placement rules for a tool-use chapter laid out as a designer's brief (one spec card a panel with Korean field
// labels, a page card giving the row heights, an English card for the bottom row), read as a designer would:
// each quote in the panel whose card names it, each plan section in the panel whose card's content points at it.
import type { Case } from "./placement-cases.js";

export const NINETY_NINTH: Record<string, Case> = {
  "tool-use-working-memory-designer-spec-cards": {
    file: "tool-use-working-memory-designer-spec-cards",
    rules: [
      // Card 2: 내용 아래 "왜 환각이 생길까" 섹션 (마인드맵); its 인용.
      [/^환각 Hallucination/, /^왜 환각이 생길까/],
      [/^The model is not looking it up/, /^왜 환각이 생길까/],
      // Card 3: 아래 "웹 검색" 섹션 + 흐름도; its 인용.
      [/^특수 토큰/, /^웹 검색/],
      [/^사용자 질문/, /^웹 검색/],
      [/^Knowledge in the parameters is a vague recollection/, /^웹 검색/],
      // Card 4: 아래 "완화책 1" 섹션.
      [/^학습 문서에서 사실 질문/, /^완화책/],
      // Card 5: "파라미터 vs 컨텍스트" 비교표; its 인용.
      [/^구분/, /^기억의 두 종류/],
      [/^If you want an accurate summary/, /^기억의 두 종류/],
      // Panel 6: the takeaways list below.
      [/^환각 = 확신에 찬 말투/, /^Key Takeaways/],
    ],
  },
};
