// Placement rules for the three-training-stages chapter written as one YAML object: each box's content keyed by
// the box's id, each quote `near:` the box it is about, read as a designer would: every plan section, diagram and
// quote in the panel its id or note names.
import type { Case } from "./placement-cases.js";

export const SEVENTY_FIFTH: Record<string, Case> = {
  "three-stages-yaml-whole-prompt-anchors-rowspan": {
    file: "three-stages-yaml-whole-prompt-anchors-rowspan",
    rules: [
      [/^본문\(exposition\) 읽기 = 인터넷 문서로/, /^PRE-TRAINING/],
      [/^풀이 예제\(worked examples\) 따라 하기/, /^SFT/],
      [/^연습문제\(practice problems\): 문제 \+ 정답만/, /^RL/],
      [/^사람의 풀이 ≠ 모델에게 쉬운 풀이/, /^교과서 비유/],
      [/^교과서 3요소 = 학습 3단계/, /^KEY TAKEAWAYS/],
      [/^교과서 \| 학습 단계 \| 배우는 방식/, /^교과서 비유/],
      [/^단계 \| 시간 \| 규모/, /^비용/],
      [/^인터넷 문서 → Pre-training → Base model/, /^BASE → ASSISTANT/],
      // `near: sft`, `near: rl`, `near: textbook`.
      [/^When you.re talking to ChatGPT, you.re talking to a stat/, /^SFT/],
      [/^We want the model to discover for itself/, /^RL/],
      [/^Pre-training is reading the exposition, fine-tuning/, /^교과서 비유/],
    ],
  },
};
