// Placement rules for a knowledge-of-self chapter drawn in double-line boxes with a little ⚠️ callout box inside
// a panel, its plan's sections numbered `1)` `2)` with an emoji (no headings), a `<details>` toggle holding an extra
// example in section 3, and a table whose header is two rows deep, read as a designer would: each quote, diagram
// and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_FOURTH: Record<string, Case> = {
  "knowledge-of-self-double-nested-callout-paren-plan": {
    file: "knowledge-of-self-double-nested-callout-paren-plan",
    rules: [
      // 1) 🪞: no persistent self.
      [/^LLM은 사람이 아님/, /^"WHAT MODEL ARE YOU\?"/],
      [/^This is not a person/, /^"WHAT MODEL ARE YOU\?"/],
      [/^It sort of boots up/, /^"WHAT MODEL ARE YOU\?"/],
      // 2) 🎲: the internet's statistics, the flowchart of the question, the callout the drawing puts inside this box.
      [/^정체성을 안 가르치면/, /^STATISTICAL BEST GUESS/],
      [/^👤 What model are you\? →/, /^STATISTICAL BEST GUESS/],
      [/^⚠️ 모델이 거짓말하는 게 아님/, /^STATISTICAL BEST GUESS/],
      // (2:13:40): said where the lecture moves from the guess to hard-coding; its words are the box's title.
      [/^If you don't explicitly program the model/, /^STATISTICAL BEST GUESS/],
      // 3) 🛠️: the two-row-header table, the OLMo example and the toggle's extra conversation.
      [/^방법 \| 학습 시 어디에 넣나/, /^HARDCODING IDENTITY/],
      [/^OLMo 예시/, /^HARDCODING IDENTITY/],
      [/^💬 예시 대화 하나 더/, /^HARDCODING IDENTITY/],
      [/^System: "You are Claude/, /^HARDCODING IDENTITY/],
      // 4) 📌: its own numbered list.
      [/^모델의 "자아" = 인터넷 데이터의 통계적 흉내/, /^KEY TAKEAWAYS/],
    ],
  },
};
