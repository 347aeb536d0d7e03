// Placement rules for an RLHF chapter kept in AsciiDoc (a `= Title` header with `:attribute:` lines, `==` sections,
// `[source,mermaid]` over `----` blocks, `|===` tables, `[quote, Name, Work]` over `____` blocks, a `....` drawing
// in double lines with one row of four boxes), read as a designer would: each quote, diagram and plan section in
// the panel whose emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTY_EIGHTH: Record<string, Case> = {
  "rlhf-asciidoc-antora-double-frame": {
    file: "rlhf-asciidoc-antora-double-frame",
    rules: [
      [/^Prompt → 5 Samples → Human Ordering/, /^RLHF PIPELINE/],
      [/^단계 \| 하는 일/, /^RLHF PIPELINE/],
      [/^The reward model is a simulator/, /^RLHF PIPELINE/],
      [/^Verifiable domain/, /^WHY RLHF/],
      [/^구분 \| Verifiable \| Unverifiable/, /^WHY RLHF/],
      [/^어떤 영역에서든 RL/, /^UPSIDE/],
      [/^It's a lot easier to discriminate/, /^UPSIDE/],
      [/^진짜 사람이 아니라 lossy simulation/, /^DOWNSIDE/],
      [/^RL 시작 → 농담이 좋아짐/, /^DOWNSIDE/],
      [/^RLHF is not RL in the magical sense/, /^DOWNSIDE/],
      [/^RLHF = 검증 불가 영역을 위한 RL/, /^TAKEAWAYS/],
      [/^Important: RLHF 는 약간의 fine-tune/, /^TAKEAWAYS/],
    ],
  },
};
