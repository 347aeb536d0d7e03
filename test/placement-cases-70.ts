// Placement rules for an SFT chapter a chat model wrote (a double-line drawing whose middle box merges two columns
// beside a sidebar down the bottom two rows, a pie of where SFT data comes from, takeaways as a checklist with no
// box of their own, quotes signed on the next line), read as a designer would: each section, chart and quote in
// the panel whose emoji or title says it is its, or whose matter the quote speaks of.
import type { Case } from "./placement-cases.js";

export const SEVENTIETH: Record<string, Case> = {
  "sft-conversations-chat-reply-double-span-sidebar-pie-checklist": {
    file: "sft-conversations-chat-reply-double-span-sidebar-pie-checklist",
    rules: [
      [/^Conversation = user 턴과/, /^CONVERSATIONS/],
      [/^구분 \| Pretraining/, /^CONVERSATIONS/],
      // Months of pre-training against hours of post-training: the 기간 row of CONVERSATIONS' table.
      [/^The pre-training stage is extremely expensive/, /^CONVERSATIONS/],
      [/^OpenAI 등이 human labeler/, /^HUMAN LABELERS/],
      [/^대화 → 1차원 토큰 시퀀스/, /^CONVERSATION TOKENS/],
      [/^User 질문 → /, /^CONVERSATION TOKENS/],
      [/^ChatGPT = 마법 AI/, /^누구와 대화하나/],
      [/^You're not talking to a magical AI/, /^누구와 대화하나/],
      [/^SFT 방법을 처음으로/, /^INSTRUCTGPT/],
      [/^출처 \| 대략 비중/, /^SYNTHETIC DATA/],
      [/^SFT 데이터는 어디서 오나/, /^SYNTHETIC DATA/],
    ],
    misses: [
      [
        [/^These are new tokens that were never seen/, /^CONVERSATION TOKENS/],
        "the special tokens' panel is full with its own list and flowchart; the quote waits in the sidebar beside it",
      ],
    ],
  },
};
