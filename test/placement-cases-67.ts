// Placement rules for a thinking-models chapter whose layout was revised after the prompt (`--- (수정 요청) ---`:
// box ④ dropped, box ③ stretched down the right side), drawn with `#` corners and ①…⑤ in the box titles, read as
// a designer would: each quote, diagram and plan section in the panel its title or words say it is about.
import type { Case } from "./placement-cases.js";

export const SIXTY_SEVENTH: Record<string, Case> = {
  "thinking-models-hash-corners-revision-request-xychart": {
    file: "thinking-models-hash-corners-revision-request-xychart",
    rules: [
      // Section 1's comparison table is what a thinking model is.
      [/^구분 \| SFT Model \| Thinking Model/, /^THINKING MODEL/],
      [/^DeepSeek-R1-Zero의 응답 중간에/, /^AHA MOMENT/],
      // The model's own words are the aha moment.
      [/^Wait, wait\. Wait\. That's an aha moment/, /^AHA MOMENT/],
      // The RL loop and the response-length chart: box ③ in the revised drawing says it holds both.
      [/^수학 문제 → 풀이 여러 개 샘플링/, /^RL → CHAIN OF THOUGHT/],
      [/^RL steps \| tokens per response/, /^RL → CHAIN OF THOUGHT/],
      [/^정확도 ↑ 와 함께 response length/, /^RL → CHAIN OF THOUGHT/],
      [/^These are cognitive strategies/, /^RL → CHAIN OF THOUGHT/],
      [/^RL = 모델이 자기에게 맞는 생각법/, /^KEY TAKEAWAYS/],
    ],
    misses: [
      [
        [/^Nobody is hardcoding this/, /^RL → CHAIN OF THOUGHT/],
        "placed by its words in the takeaways, then moved by balance to the emptiest panel rather than to the one it is about",
      ],
      [
        [/^chat\.deepseek\.com → "DeepThink/, /^KEY TAKEAWAYS/],
        "the revision asks for Where to Try as one line under the takeaways; a request to move a dropped box's section is not read, so it goes by its words",
      ],
    ],
  },
};
