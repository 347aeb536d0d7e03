// Placement rules for an RLHF chapter dictated aloud (its parts said on lines of their own, its layout described
// in speech, its plan walked box by box — `첫 번째 칸에는요`, `그리고 오른쪽 칸은`, `세 번째 줄은요` — and its
// quotes said as `인용: … ["original"]`), read as a designer would: each section in the box the speaker had
// reached, each quote with the section it was said in.
import type { Case } from "./placement-cases.js";

export const NINETY_FIRST: Record<string, Case> = {
  "rlhf-dictated-spoken-layout-said-quotes-thanks": {
    file: "rlhf-dictated-spoken-layout-said-quotes-thanks",
    rules: [
      // 첫 번째 칸: the verifiable / unverifiable table and the pelican prompt.
      [/^구분/, /^왜 RLHF가 필요한가/],
      [/^Write a joke about pelicans/, /^왜 RLHF가 필요한가/],
      // 그리고 오른쪽 칸: the reward model's training loop, and why ranking is easier.
      [/^프롬프트: 펠리컨 농담/, /^reward model 만드는 법/],
      [/^It's much easier for humans to order/, /^reward model 만드는 법/],
      // 세 번째 줄: the "the the the" story and RL gaming the model.
      [/^처음 몇백 번은 농담이 좋아지다가/, /^reward model 속이기/],
      [/^RL is extremely good at finding a way to game/, /^reward model 속이기/],
      // 마지막 줄 첫 칸 / 두 번째 칸 / 마지막 핵심 정리.
      [/^어떤 영역이든 RL 가능/, /^장점/],
      [/lossy simulation/, /^단점/],
      [/^RLHF is not RL in the magical sense/, /^단점/],
      [/^검증 불가능한 영역 → 사람 순위로/, /^핵심 정리/],
    ],
  },
};
