// Placement rules for a school-textbook chapter kept as a GitHub issue body (its source folded in `<details>`, its
// quotes and takeaways inside `> [!TIP]` and `> [!IMPORTANT]` alerts, boxes titled inside their top borders), read
// as a designer would: each quote, diagram, table and plan section in the panel its emoji, title or words say is its.
import type { Case } from "./placement-cases.js";

export const EIGHTY_SEVENTH: Record<string, Case> = {
  "school-textbook-stages-github-issue-alerts-details-tasklist": {
    file: "school-textbook-stages-github-issue-alerts-details-tasklist",
    rules: [
      // Section 1 maps the textbook's three parts to the stages: the 📘 TEXTBOOK box's table.
      [/^교과서 \| 학습 단계 \| 모델이 받는 것/, /^TEXTBOOK/],
      [/^Prompt: Emily 문제 → 15개 풀이 샘플링/, /^EMILY'S APPLES/],
      [/^문제: 사과 3개 \+ 오렌지 2개/, /^EMILY'S APPLES/],
      [/^📘 Pretraining → ✍️ SFT → 🏋️ RL/, /^WHY RL IS LAST/],
      [/^Pretraining: 지식을 먼저 쌓는다/, /^WHY RL IS LAST/],
      // The quote names all three parts of a textbook: any box of the textbook row is about it.
      [/^There are three major kinds of information in textbooks/, /^(?:TEXTBOOK|WORKED EXAMPLE|PRACTICE)/],
      // Which worked solution is easy for the model is what the apples box asks (어떤 풀이가 좋을까?).
      [/^We don't know what is easy or hard for the LLM/, /^EMILY'S APPLES/],
      // Discovering its own solutions is the practice box's line (스스로 발견).
      [/^The model has to discover for itself/, /^PRACTICE/],
      [/^교과서 = 본문\(pretraining\)/, /^TAKEAWAYS/],
    ],
  },
};
