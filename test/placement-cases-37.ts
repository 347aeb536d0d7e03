// Placement rules for a tokens-to-think chapter (a box split into two answers by a dashed line, small callout
// boxes drawn inside two boxes, a quotes sidebar down two rows) and an RLHF chapter whose diagrams carry Mermaid's
// decorations and a journey, read as a designer would: each quote, table, diagram and plan section in the panel
// whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const THIRTY_SEVENTH: Record<string, Case> = {
  "tokens-to-think-inset-callouts-dashed-halves": {
    file: "tokens-to-think-inset-callouts-dashed-halves",
    rules: [
      [/^문제: Emily는 사과 3개와 오렌지/, /EMILY'S APPLES/],
      [/^\| ❌ 답 먼저 \| ✅ 계산을 펼쳐서/, /EMILY'S APPLES/],
      [/^문제 → \$3 \(한 토큰\)/, /EMILY'S APPLES/],
      [/^모델은 왼쪽 → 오른쪽으로 토큰을/, /ONE TOKEN = FINITE COMPUTE/],
      // The callout sub-section the plan writes for the little ⚠️ box drawn inside 🧮.
      [/^⚠️ 주의$/, /ONE TOKEN = FINITE COMPUTE/],
      [/^"한 토큰으로만 답해" → 작은 수는/, /ONE TOKEN = FINITE COMPUTE/],
      [/^"use code" 한 마디 → 모델이 Python/, /USE CODE/],
      [/^\[ 예시 \]: "점이 몇 개야\? Use code\."/, /USE CODE/],
      // The sidebar's own three quotes, whatever each one's words are about.
      [/^Models need tokens to think/, /KARPATHY SAYS/],
      [/^There's a finite amount of computation/, /KARPATHY SAYS/],
      [/^I don't fully trust its mental arithmetic/, /KARPATHY SAYS/],
      [/^어려운 문제는 중간 단계를 토큰으로/, /KEY TAKEAWAYS/],
    ],
  },
  "rlhf-mermaid-decorations-journey": {
    file: "rlhf-mermaid-decorations-journey",
    rules: [
      [/^검증 가능한 영역: 정답과 비교해/, /WHY RLHF/],
      [/^사람 → Reward Model → 프롬프트/, /^REWARD MODEL/],
      [/^RLHF$/, /RLHF MAP/],
      [/^Base model → SFT → RL on verifiable/, /RLHF PIPELINE/],
      [/^\| 👍 Upside \| 👎 Downside/, /UPSIDE\/DOWNSIDE/],
      [/^처음 수백 번 업데이트: 농담이/, /GAMING THE REWARD MODEL/],
      [/^레이블러의 하루$/, /LABELER JOURNEY/],
      [/^section \| task \| score/, /LABELER JOURNEY/],
      [/^RLHF = 사람 대신 보상 모델이/, /^TAKEAWAYS/],
      // Written under the takeaways, signed: the takeaways' own closing quote.
      [/^RLHF is not RL in the magical sense/, /^TAKEAWAYS/],
      // Choosing is easier than writing: the reward model's ranking humans, or the upside it gives.
      [/^It is a lot easier to discriminate/, /^REWARD MODEL|UPSIDE\/DOWNSIDE/],
      // The reward model as a lossy simulation: the model itself, the downside, or why it can be gamed.
      [/^The reward model is a lossy simulation/, /^REWARD MODEL|UPSIDE\/DOWNSIDE|GAMING THE REWARD MODEL/],
    ],
  },
};
