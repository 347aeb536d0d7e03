// Placement rules for a training chapter whose boxes are titled by captions under them (`↑ [C] 📉 LOSS CURVE`),
// whose plan sections are keyed by grid coordinates (`### (r2,c1) 📉 LOSS CURVE`, `### [3행 2열] 📌 …`) and whose
// quotes are a numbered list under `## 💬 Karpathy 인용 (해당 박스에 말풍선으로)`, read as a designer would: each
// section in the box its coordinates and title name, each quote in the panel it is about.
import type { Case } from "./placement-cases.js";

export const FIFTY_EIGHTH: Record<string, Case> = {
  "nn-training-loss-captions-under-boxes-grid-coords-units": {
    file: "nn-training-loss-captions-under-boxes-grid-coords-units",
    rules: [
      [/^parameter = 신경망 안의 숫자들/, /^PARAMETERS/],
      // (r1,c2): the update loop asked for as a Mermaid chart, drawn in the box that sketches it.
      [/토큰 window/, /^ONE UPDATE STEP/],
      [/^loss = 지금 모델이 다음 토큰을/, /^LOSS CURVE/],
      [/모델 상태/, /^LOSS CURVE/],
      [/^20 step마다 모델에게 텍스트를/, /^SAMPLES DURING TRAINING/],
      [/GPT-2 \(2019\)/, /^BY THE NUMBERS/],
      [/^훈련 = parameter를 조금씩 고쳐서/, /^KEY TAKEAWAYS/],
      // The loss quote is about the second row's first panel, not the first panel.
      [/^"The number I'm watching most closely is the loss/, /^LOSS CURVE/],
      [/^"At step one it's total garbage/, /^SAMPLES DURING TRAINING/],
      // Its words name only PARAMETERS: the reader sends it by room (that box's row is the written 2 of 2 + 5 + 3),
      // and the page, with the loop chart's row drawn lower, takes it home.
      [/^"In the beginning the parameters are completely random/, /^PARAMETERS/],
    ],
  },
};
