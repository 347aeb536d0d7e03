// Placement rules for a dense reinforcement-learning chapter a chat model wrote (a Mermaid flowchart pasted into a
// box of the drawing, a mind-map sidebar running down two rows, a bottom row of five boxes, the four quotes listed
// in one section at the end), read as a designer would: each quote, diagram and plan section in the panel whose
// emoji, title or subject says it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_FIRST: Record<string, Case> = {
  "rl-aha-dense-a4-chat-reply-mermaid-in-box": {
    file: "rl-aha-dense-a4-chat-reply-mermaid-in-box",
    rules: [
      [/^Reinforcement Learning/, /^RL MIND MAP/],
      [/^English term/, /^TEXTBOOK/],
      [/^문제: 사과 3개/, /^EMILY/],
      // The flowchart pasted into the box's own lines.
      [/^문제 1개/, /^RL LOOP/],
      [/^프롬프트 1개 → 풀이/, /^RL LOOP/],
      [/^Base model/, /^DEEPSEEK/],
      [/^모델이 스스로/, /^AHA MOMENT/],
      [/^항목/, /^SFT vs RL/],
      [/^전문가 모방/, /^MOVE 37/],
      [/^학습 3단계/, /^TAKEAWAYS/],
      // The quotes section lists them together; each is about one panel's subject.
      [/^The model needs to discover for itself/, /^RL LOOP/],
      [/^Wait, wait\. Wait\./, /^AHA MOMENT/],
      [/^The responses get longer/, /^DEEPSEEK/],
      [/^Move 37 was a move/, /^MOVE 37/],
    ],
  },
};
