// Placement rules for a post-training-data chapter copied out of a Slack thread (author lines, reactions,
// `(edited)` marks, a `>>>` quote block, a later message renaming a panel and changing two row shares), read as
// a designer would: each quote, diagram and plan section in the panel its words are about.
import type { Case } from "./placement-cases.js";

export const EIGHTY_FIFTH: Record<string, Case> = {
  "post-training-labelers-slack-thread-revisions": {
    file: "post-training-labelers-slack-thread-revisions",
    rules: [
      [/^Base Model → Conversation Dataset/, /^CONVERSATIONS/],
      [/^We are programming the assistant by example/, /^CONVERSATIONS/],
      [/^Token \| 역할/, /^SPECIAL TOKENS/],
      // Never seen in pretraining: about the special tokens, which the chat template panel shows too.
      [/^These special tokens were never seen/, /^(?:SPECIAL TOKENS|CHAT TEMPLATE)/],
      [/^Principle \| 한국어 설명/, /^HUMAN LABELERS/],
      [/^라벨러 = Upwork, Scale AI/, /^HUMAN LABELERS/],
      [/^SFT Data/, /^ULTRACHAT/],
      // The later message renamed WHO ARE YOU TALKING TO? to 라벨러 시뮬레이션.
      [/^ChatGPT의 답은 라벨러의 통계적 시뮬레이션/, /^라벨러 시뮬레이션/],
      [/^You're not talking to a magical AI/, /^라벨러 시뮬레이션/],
      [/^어시스턴트는 대화 예시로 프로그래밍된다/, /^KEY TAKEAWAYS/],
    ],
    misses: [
      [
        [/^<\|im_start\|>user<\|im_sep\|>What is 2\+2\?/, /^CHAT TEMPLATE/],
        "the plan section is `Special Tokens & Chat Template`: the reader pins its code and its table to SPECIAL TOKENS by the emoji; the layout then moves the code, whose words match CHAT TEMPLATE best, there for room, which counts as placed where the reader put it",
      ],
    ],
  },
};
