// Placement rules for the lecture's closing chapter (where to find and use LLMs), its layout typed as a Markdown
// table of boxes with the sidebar's title in two rows, its plan sections named partly by where their box stands
// (`좌측 상단 박스에:`, `왼쪽 아래 박스 (open weights):`, `오른쪽 세로 사이드바:`), read as a designer would: each
// quote, diagram and plan section in the panel whose place, emoji or title says it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_NINTH: Record<string, Case> = {
  "where-to-use-llms-pipe-table-layout-positional-plan-quadrant": {
    file: "where-to-use-llms-pipe-table-layout-positional-plan-quadrant",
    rules: [
      // 좌측 상단 박스에: the leaderboard, the newsletter, X, and the quote about trusting the leaderboard.
      [/^LMArena: 사람이 두 답을 비교/, /^따라가기/],
      [/^I don't trust it as much as I used to/, /^따라가기/],
      // The proprietary section by its heading, with its quadrant chart.
      [/^OpenAI → chatgpt\.com/, /^Proprietary/],
      [/Low Cost/, /^Proprietary/],
      // 왼쪽 아래 박스 (open weights): the providers and the ✅/❌/△ comparison.
      [/^together\.ai: open weights/, /^Open Weights/],
      [/^어디서/, /^Open Weights/],
      // The local section: its steps, its flowchart, and the quote over its translation.
      [/^큰 모델 → distill/, /^로컬에서 돌리기/],
      [/LM Studio 실행/, /^로컬에서 돌리기/],
      [/^You can run pretty okay versions/, /^로컬에서 돌리기/],
      // 오른쪽 세로 사이드바: the takeaways and the quote the writer put under them.
      [/^따라가기 = LMArena \+ AI News \+ X/, /^Key Takeaways/],
      [/^AI News is very comprehensive/, /^Key Takeaways/],
    ],
  },
};
