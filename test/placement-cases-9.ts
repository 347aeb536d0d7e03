// Placement rules for chapters written the way strangers write them (a layout framed only by `=====` rules and
// `|` walls under a prompt written in English, plan sections as **bold** lines; one drawn like a Markdown table
// with a table and a quote asked for inline in the plan), read as a designer would: each
// quote, table and diagram in the panel whose box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const NINTH: Record<string, Case> = {
  "sft-labeling-instructions-equals-frame": {
    file: "sft-labeling-instructions-equals-frame",
    rules: [
      [/^회사가 고용한 라벨러가/, /WHO WRITES THE DATA/],
      // The three principles are the instructions themselves: their table and their quote go with them.
      [/^Principle \| Meaning/, /LABELING INSTRUCTIONS/],
      [/^helpful, truthful, and harmless/, /LABELING INSTRUCTIONS/],
      [/^InstructGPT \(2022/, /HOW DATASETS CHANGED/],
      [/^대화 수는 수십만 개/, /HOW DATASETS CHANGED/],
      // A simulation of a labeler is what the box on what you are talking to says.
      [/^You're not talking to a magical AI/, /WHAT YOU ARE TALKING TO/],
      [/^ChatGPT의 답 = /, /WHAT YOU ARE TALKING TO/],
      [/SFT 데이터 = 사람의 지침에 뿌리를 둔 대화/, /TAKEAWAYS/],
    ],
  },
  "inference-temperature-yaml-dots-md-rules": {
    file: "inference-temperature-yaml-dots-md-rules",
    rules: [
      // One token at a time: the loop's flowchart and the frozen parameters go to the box drawing that loop.
      [/^토큰 91 → 신경망/, /한 토큰씩 생성/],
      [/^학습이 끝난 모델/, /한 토큰씩 생성/],
      [/^확률이 높은 토큰이 뽑힐 가능성이/, /편향된 동전/],
      // (The temperature table asked for inline has no header row, so the report names it by no text to match.)
      [/^온도를 낮추면 분포가/, /TEMPERATURE/],
      [/^It's a kind of remix of the training documents/, /리믹스/],
      [/^추론 = 분포에서 샘플링/, /핵심/],
    ],
  },
};
