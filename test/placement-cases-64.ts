// Placement rules for a dense chapter of what comes next (its boxes drawn with `o====o` rules and `!` walls, a
// roadmap sidebar down three rows, the plan's emoji differing from the drawing's for two boxes and one title
// written in Korean for the drawn English one), read as a designer would: each quote, diagram and plan section in
// the panel whose emoji, title or the quote's own arrow says it is its.
import type { Case } from "./placement-cases.js";

export const SIXTY_FOURTH: Record<string, Case> = {
  "future-trends-bang-walls-sidebar-footnotes-comments": {
    file: "future-trends-bang-walls-sidebar-footnotes-comments",
    rules: [
      [/^What's Next/, /^ROADMAP/],
      [/^text \+ audio \+ image 를 하나의 모델이/, /^MULTIMODALITY/],
      // Plan `🦾 Agents` for the drawn `🤖 AGENTS`.
      [/^지금: 작업 하나씩 맡기고/, /^AGENTS/],
      [/^👤 Human supervisor/, /^AGENTS/],
      // Plan `🫥 Pervasive / Invisible` for the drawn `👻 PERVASIVE`.
      [/^별도 채팅 창이 아니라/, /^PERVASIVE/],
      // Plan `컴퓨터 사용 (Operator)` for the drawn `🖱️ COMPUTER USE`.
      [/^Operator \(OpenAI\)/, /^COMPUTER USE/],
      [/^현재: 학습 \(파라미터 결정\)/, /^TEST-TIME TRAINING/],
      [/^어디 \| 무엇/, /^WHERE TO KEEP TRACK/],
      [/^모델은 multimodal → agent/, /^한 줄 요약/],
      // Each quote's arrow names its box.
      [/^These models will very rapidly become multimodal/, /^MULTIMODALITY/],
      [/^Humans will become supervisors of agents/, /^AGENTS/],
      [/^Operator is an early example/, /^COMPUTER USE/],
      [/^The context window is a very finite/, /^TEST-TIME TRAINING/],
    ],
  },
};
