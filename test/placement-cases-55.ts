// Placement rules for a GPT-2 training-run chapter on 16:9 (its right-hand box split by a `├────┤` rule into two
// stacked panels that the plan numbers `#### 3-1` and `#### 3-2`, its quotes pasted one a line in one `>` block,
// each noting its box), read as a designer would: each quote, diagram and plan section in the panel it is about.
import type { Case } from "./placement-cases.js";

export const FIFTY_FIFTH: Record<string, Case> = {
  "gpt2-training-run-stacked-subpanels-worded-ratios-long-log": {
    file: "gpt2-training-run-stacked-subpanels-worded-ratios-long-log",
    rules: [
      [/^항목 \| 값/, /^GPT-2 스펙/],
      [/^step \| loss/, /^LOSS/],
      [/^loss = 신경망이 지금/, /^LOSS/],
      [/^필드 \| 뜻/, /^로그 한 줄/],
      [/^20 step마다 inference/, /^샘플 변화/],
      [/^시점 \| 비용 \| 이유/, /^비용/],
      [/^Lambda 클라우드 → 8×H100/, /^GPU 빌리기/],
      [/^H100 한 장/, /^GPU 빌리기/],
      // Each quote's note names its box: — 로그 칸, — loss 칸, — 비용 칸.
      [/^Every single line here is one update/, /^로그 한 줄/],
      [/^The number we're watching most closely/, /^LOSS/],
      [/^I estimate that this was probably/, /^비용/],
      [/^학습 run = 토큰 보고/, /^KEY TAKEAWAYS/],
    ],
  },
};
