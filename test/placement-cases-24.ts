// Placement rules for an RLHF chapter drawn in `*~~~*` rules with `!`/`:` walls (its bottom-right box saying it also
// holds `+ 💬 명언 / 📌 핵심 정리`) and a pretraining → post-training chapter with the plan first and the drawing
// last (its boxes naming what else they hold: `📚 대화 예시 (표)`, `💬 명언 + ✅ 핵심 정리`, though the
// POST-TRAINING box wears the quotes' 💬 too), read as a designer would: each quote, table, diagram and plan
// section in the panel whose emoji, title, box lines or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_FOURTH: Record<string, Case> = {
  "rlhf-star-tilde-margin-arrows-translated-quotes": {
    file: "rlhf-star-tilde-margin-arrows-translated-quotes",
    rules: [
      [/^수학 문제: 정답 "3"/, /왜 필요한가/],
      [/^Prompt: 펠리컨 농담 → Rollout/, /REWARD MODEL/],
      [/^사람은 점수 대신 순위/, /REWARD MODEL/],
      [/^✅ 장점: 검증 불가능한/, /장점 vs 단점/],
      [/^처음 몇백 step/, /GAMING THE RM/],
      [/^항목 \| RL in verifiable domains \| RLHF/, /RL vs RLHF 비교표/],
      // `+ 💬 명언 / 📌 핵심 정리` in the comparison box: the quotes and the takeaways are drawn there (a quote the
      // box has no room for moves on by its words, and counts as placed there).
      [/^RLHF is not RL in the magical sense/, /RL vs RLHF 비교표/],
      [/^It's a lossy simulation of humans/, /RL vs RLHF 비교표/],
      [/^RL is extremely good at discovering a way to game/, /RL vs RLHF 비교표/],
      [/^You can't run RLHF indefinitely/, /RL vs RLHF 비교표/],
      [/^RLHF = 사람의 순위를 학습한 reward model/, /RL vs RLHF 비교표/],
    ],
  },
  "pretraining-to-post-plan-first-px-rows-text-tree": {
    file: "pretraining-to-post-plan-first-px-rows-text-tree",
    rules: [
      [/^Pretraining → Post-training$/, /한눈에 보기/],
      [/^인터넷 문서\(FineWeb/, /^PRETRAINING$/],
      [/^base model을 가져와서/, /POST-TRAINING/],
      // `📚 대화 예시 (표)` is a line of the POST-TRAINING box.
      [/^턴 \| 내용/, /POST-TRAINING/],
      [/^구분 \| Pretraining \| Post-training/, /비용 비교/],
      [/^답변은 마법이 아니라/, /라벨러/],
      // `💬 명언 + ✅ 핵심 정리` is a line of the labeler box; POST-TRAINING only shares the 💬.
      [/^The model is a statistical simulation of a labeler/, /라벨러/],
      [/^The pre-training stage is the vast majority/, /라벨러/],
      [/^You're not talking to a magical AI/, /라벨러/],
      [/^Pretraining = 지식/, /라벨러/],
    ],
  },
};
