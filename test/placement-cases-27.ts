// Placement rules for a preview chapter exported from Notion (its plan in toggles, its quotes in a `> 💡` callout,
// its layout as Notion columns with heights in words) and a keeping-track chapter typed in a hurry (four boxes, a
// comparison table the drawing has no box for), read as a designer would: each quote, table, diagram and plan
// section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_SEVENTH: Record<string, Case> = {
  "preview-notion-export-toggles-column-rows": {
    file: "preview-notion-export-toggles-column-rows",
    rules: [
      [/^Native multimodality/, /MULTIMODALITY/],
      [/^🎙️ Audio → Spectrogram slices/, /MULTIMODALITY/],
      [/^지금: 개별 작업을/, /AGENTS & HUMAN SUPERVISORS/],
      [/^구분 \| 지금 \(Now\) \| 앞으로 \(Soon\)/, /AGENTS & HUMAN SUPERVISORS/],
      [/^AI가 별도의 채팅 창이 아니라/, /PERVASIVE & INVISIBLE/],
      [/^모델이 사용자 대신 keyboard/, /COMPUTER-USING AGENTS/],
      [/^Screenshot → LLM agent/, /COMPUTER-USING AGENTS/],
      [/^지금: 훈련 때만 파라미터 업데이트/, /TEST-TIME TRAINING/],
      [/^\| Training \| Inference/, /TEST-TIME TRAINING/],
      [/^오디오·이미지도 결국 tokens/, /TAKEAWAYS/],
      // The box titled `TAKEAWAYS + 인용구` would take them, but it is drawn thin and its five takeaways fill it:
      // each quote goes where its words are about (tokenizing audio and images, agents, the context window).
      [/^Fundamentally what's happening is you can/, /MULTIMODALITY|TAKEAWAYS/],
      [/^You're going to see more and more agents/, /AGENTS|TAKEAWAYS/],
      [/^Human to robot ratio for automation/, /AGENTS|TAKEAWAYS/],
      // Its words (context window) are the test-time training box's alone; that box is full at the legible minimum
      // (bullets, a table, a lead line in a third of a medium row), so the quote stands beside it, tagged.
      [/^The context window is a very finite/, /TEST-TIME TRAINING|TAKEAWAYS/],
    ],
  },
  "keeping-track-busy-sparse-unboxed-section": {
    file: "keeping-track-busy-sparse-unboxed-section",
    rules: [
      [/^LLM leaderboard, 사람이 블라인드로/, /LM Arena/],
      [/^Swyx & friends 뉴스레터/, /AI News/],
      [/^믿을 만한 사람들 follow/, /X \/ Twitter/],
      [/^I think it's been a little bit gamed/, /quote/],
    ],
    // `🗂️ 한눈에 비교` has no box: a table comparing all three sources is about none of them more than the others,
    // so it belongs in the roomiest of the boxes it names, whole, not in the one its words lean to.
    misses: [
      [
        [/^Source \| 무엇 \| 언제 쓰나/, /X \/ Twitter/],
        "placed by its words in AI News (뉴스레터, 놓친 소식). Placed by room it still lands there: the four boxes are drawn within a column of the same size and the largest-area pick settles such near-ties by a pixel; and a table placed by room whose rows name other panels is split row by row into them, which would break the comparison apart",
      ],
    ],
  },
};
