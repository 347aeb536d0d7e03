// Placement rules for a summary chapter written by a chat model (rounded boxes, three stacked on the left beside
// one tall box, `#### ① 🗜️ …` headings, sentences naming boxes ③ and ④, three `>` quotes one a line), read as a
// designer would: each quote, diagram and plan section in the panel its number, title or words say is its.
import type { Case } from "./placement-cases.js";

export const SIXTY_FIRST: Record<string, Case> = {
  "llm-summary-lossy-zip-rounded-stack-emoji-numbers-chatty": {
    file: "llm-summary-lossy-zip-rounded-stack-emoji-numbers-chatty",
    rules: [
      [/^용어 \| 뜻/, /^LOSSY ZIP/],
      [/^파라미터 = 인터넷의 손실 압축본/, /^LOSSY ZIP/],
      [/^인터넷 문서 → Pre-training/, /^TOKEN TUMBLER/],
      [/^base model은 질문에 대답하지 않고/, /^TOKEN TUMBLER/],
      [/^base model: 문서 시뮬레이터/, /^BASE vs ASSISTANT/],
      [/^LLM 요약/, /^WHERE KNOWLEDGE LIVES/],
      // The quotes are about the lossy zip and where knowledge lives.
      [/^"?This is kind of like a lossy compression/, /^(?:LOSSY ZIP|WHERE KNOWLEDGE LIVES)/],
      [/^"?Knowledge in the parameters is a vague/, /^WHERE KNOWLEDGE LIVES/],
      [/^중요한 문서는 기억에 맡기지 말고/, /^WHERE KNOWLEDGE LIVES/],
      [/^base model = 인터넷 문서 시뮬레이터/, /^KEY TAKEAWAYS/],
    ],
  },
};
