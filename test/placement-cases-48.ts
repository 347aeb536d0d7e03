// Placement rules for an RLHF chapter whose drawing titles its boxes in Korean short names and whose plan heads
// the same sections in English with other emoji (no emoji shared), read as a designer would: each quote, diagram
// and plan section in the panel its meaning says, the quote nested in a note with the reward model.
import type { Case } from "./placement-cases.js";

export const FORTY_EIGHTH: Record<string, Case> = {
  "rlhf-reward-gaming-nested-quote-aligned-table": {
    file: "rlhf-reward-gaming-nested-quote-aligned-table",
    rules: [
      [/^Verifiable domain: 수학, 코드/, /^검증 불가 영역/],
      [/^구분 \| 예시 \| 채점 방법/, /^검증 불가 영역/],
      [/^사람을 흉내 내는 별도의 신경망/, /^보상 모델/],
      [/^It's a lot easier for a human to order/, /^보상 모델/],
      [/^노트: → discriminator가/, /^보상 모델/],
      [/^Prompt → Rollouts x5/, /^RLHF 파이프라인/],
      [/^Rollouts 생성/, /^RLHF 파이프라인/],
      // The reward-collapse story is about gaming; the page has no room for it there (moved by room, counted home).
      [/^RL 시작 → 농담 점점 좋아짐/, /^게이밍 문제/],
      [/^RM은 사람이 아니라 lossy simulation/, /^게이밍 문제/],
      [/^The RL will discover ways to game/, /^게이밍 문제/],
      [/^몇백 step 돌리고 개선 보이면/, /^언제 멈추나/],
      [/^RLHF is not RL in the magical sense/, /^언제 멈추나/],
      [/^RLHF = unverifiable domain에서/, /^정리/],
    ],
  },
};
