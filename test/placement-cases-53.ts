// Placement rules for a thinking-models chapter on 16:9 whose drawing is aligned with tabs and mixes `│` with `|`
// and `─` with `-`, whose plan carries the writer's asides in square brackets, and whose quotes say where they go
// by a note after the signature (`(6번 칸 말고 1번 칸에)`), by the part they are about (`— thinking model 설명
// 부분`) or by a box's title as the signature (`— Karpathy 습관`).
import type { Case } from "./placement-cases.js";

export const FIFTY_THIRD: Record<string, Case> = {
  "thinking-models-tabbed-mixed-walls-px-rows-bracket-asides": {
    file: "thinking-models-tabbed-mixed-walls-px-rows-bracket-asides",
    rules: [
      [/^Thinking model = SFT 모델 위에/, /^THINKING MODEL/],
      [/^Pretraining/, /^THINKING MODEL/],
      [/^항목/, /^비교표/],
      [/^새 질문/, /^언제 쓰나/],
      [/^화면 맨 위 드롭다운/, /^MODEL PICKER/],
      [/^생각 토큰도 전부 토큰/, /^COST & SPEED/],
      [/^먼저 일반 모델/, /^KARPATHY 습관/],
      [/^Thinking model = RL로 배운/, /^TAKEAWAYS/],
      // The note after the signature: 6번 칸 말고 1번 칸에.
      [/^Wait, wait\. Wait\./, /^THINKING MODEL/],
      // — thinking model 설명 부분: the part explaining thinking models.
      [/^The model is discovering ways to think/, /^THINKING MODEL/],
      // — Karpathy 습관: the box of that title.
      [/^I try a non-thinking model first/, /^KARPATHY 습관/],
    ],
  },
};
