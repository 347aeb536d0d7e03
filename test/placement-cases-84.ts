// Placement rules for a GPT-2 training chapter whose boxes are drawn in Unicode block elements, widths said as
// spans of a 12-column grid, its schedule a mermaid gantt, its quotes Korean first with the English in brackets,
// read as a designer would: each quote, diagram and plan section in the panel whose title or words say it is its.
import type { Case } from "./placement-cases.js";

export const EIGHTY_FOURTH: Record<string, Case> = {
  "gpt2-training-block-elements-grid-spans-gantt-korean-first-quotes": {
    file: "gpt2-training-block-elements-grid-spans-gantt-korean-first-quotes",
    rules: [
      [/^step \| loss$/, /^LOSS CURVE/],
      [/^필드 \| 뜻/, /^TRAINING LOG/],
      // The gantt, redrawn as a table of its tasks, and its title over it.
      [/^section \| task \| start \| length/, /^TRAINING TIMELINE/],
      [/^GPT-2 1\.6B 재현/, /^TRAINING TIMELINE/],
      [/^항목 \| 값/, /^H100 COST/],
      [/^싸진 이유/, /^H100 COST/],
      [/^step 1: 무작위 토큰 나열/, /^SAMPLES/],
      [/^학습 세트에서 ~1M tokens/, /^1M TOKEN BATCH/],
      // Quotes by what they say: a log line is an update, low loss is good, step 1 is garbage, the rented node.
      [/^여기 한 줄 한 줄이 모델에 대한 업데이트/, /^TRAINING LOG/],
      [/^loss는 낮을수록 좋은 숫자예요/, /^LOSS CURVE/],
      [/^step 1에서는 그냥 무작위 횡설수설/, /^SAMPLES/],
      [/^클라우드에서 8×H100 노드 하나를/, /^H100 COST/],
      [/^로그 한 줄 = 업데이트 1번/, /^TAKEAWAYS/],
    ],
  },
};
