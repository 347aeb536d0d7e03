// Placement rules for a dense closing-summary chapter (a chat model's "denser" edit: five boxes in the middle row,
// a glossary sidebar down the two lower rows, rounded and `+--+` boxes mixed, a bare `flowchart LR` under a
// section, a Python sample, six quotes under a `### 💬 Quotes` heading closing the takeaways), read as a designer
// would: each section in the box its emoji and title name, the quotes in the 💬 box drawn for them.
import type { Case } from "./placement-cases.js";

export const NINETY_SIXTH: Record<string, Case> = {
  "pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python": {
    file: "pipeline-recap-denser-five-mixed-corners-sidebar-bare-mermaid-python",
    rules: [
      [/^Internet docs → Tokenizer → Pretraining/, /^THREE STAGES AT A GLANCE/],
      [/^인터넷 문서 → tokenizer/, /^PRETRAIN/],
      [/^labeler가 labeling instructions/, /^SFT/],
      [/^검증 가능한 문제/, /^RL$/],
      [/^검증 불가능한 영역/, /^RLHF/],
      [/^Swiss cheese/, /^PSY/],
      [/^# bad: ask for the answer/, /^TOKENS TO THINK/],
      [/^Term \| Definition/, /^GLOSSARY/],
      [/^ChatGPT 답변 = 세 단계/, /^TAKEAWAYS/],
      // The drawing's 💬 box says "6 quotes": all six are that box's, whichever way each is signed.
      [/^The base model is an internet document simulator/, /^KARPATHY SAYS/],
      [/^You're not talking to a magical AI/, /^KARPATHY SAYS/],
      [/^Models need tokens to think/, /^KARPATHY SAYS/],
      [/^RLHF is not RL in the magical sense/, /^KARPATHY SAYS/],
      [/^Think of these models as Swiss cheese/, /^KARPATHY SAYS/],
      [/^Use them as tools/, /^KARPATHY SAYS/],
    ],
  },
};
