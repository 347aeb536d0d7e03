// Placement rules for a working-memory chapter drafted in a KakaoTalk study room and saved with the app's text
// export (author-and-time prefixes, the app's lines, chatter, the drawing pasted bare, a later ratio fix), read as
// a designer would: each quote, diagram and plan section in the panel its words are about.
import type { Case } from "./placement-cases.js";

export const NINETY_THIRD: Record<string, Case> = {
  "working-memory-kakaotalk-export-split-messages-ratio-fix": {
    file: "working-memory-kakaotalk-export-split-messages-ratio-fix",
    rules: [
      // The comparison table's section is titled 📦 Parameters vs 🪟 Context Window: its first emoji's panel.
      [/^구분 \| Parameters \| Context Window/, /^PARAMETERS/],
      [/^The knowledge in the parameters of the neural network/, /^PARAMETERS/],
      [/^The knowledge in the tokens of the context window/, /^CONTEXT WINDOW/],
      // A book read a month ago: the PARAMETERS box's own words (한 달 전에 읽은 책) and the human analogy's panel.
      [/^If you read a book a month ago/, /^(?:PARAMETERS|사람도 똑같다)/],
      [/^1장 요약해줘 → 파라미터 속 기억/, /^PRIDE AND PREJUDICE/],
      [/^잘 알려진 책이라 기억만으로도/, /^PRIDE AND PREJUDICE/],
      [/^한 달 전에 읽은 책 → 줄거리만/, /^사람도 똑같다/],
      [/^드문 문서, 최신 문서/, /^실전 팁/],
      [/^Parameters = 흐릿한 기억 \(vague recollection\)/, /^KEY TAKEAWAYS/],
    ],
  },
};
