// Placement rules for a reinforcement-learning chapter whose whole plan is one table, a row a panel (its cells
// joined by `<br>`, its visual cell naming a flowchart or a quote), and a code fence after the table under a line
// naming its panel, read as a designer would: each row's points, quote and diagram in the panel the row names.
import type { Case } from "./placement-cases.js";

export const SIXTIETH: Record<string, Case> = {
  "rl-textbook-practice-plan-table-br-cells-plus-corners-fr-rows": {
    file: "rl-textbook-practice-plan-table-br-cells-plus-corners-fr-rows",
    rules: [
      [/^요소 \| LLM 단계 \| 하는 일/, /^교과서 3요소/],
      [/^We don't know what is easy or hard/, /^Karpathy/],
      [/^The model has to discover for itself/, /^Karpathy/],
      [/^책 뒤에 정답만 있고/, /^연습문제 = 정답만/],
      [/^문제 하나에 풀이 15개 샘플링/, /^15개 풀이 시도/],
      [/^책 뒤 정답과 비교/, /^정답 자동 채점/],
      [/^The model's cognition is different/, /^왜 사람이 못 고르나/],
      [/^pretraining, SFT = 표준화됨/, /^아직 초기 단계/],
      [/^def reward\(solution/, /^보상 함수/],
      [/^본문 → 예제 → 연습문제/, /^핵심 정리/],
    ],
    misses: [
      // The row's visual cell names it; on A4 the drawing's narrow box for it is filled by its points, and the
      // balance pass moves the chart to the wider box beside it, whose words (정답 채점) it shares.
      [[/^문제 → 15개 풀이 시도 → 정답 채점/, /^15개 풀이 시도/], "moved for balance to the wider neighbour on A4"],
    ],
  },
};
