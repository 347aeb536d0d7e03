// Placement rules for a GPT-2 llm.c chapter drawn twice, one drawing for A4 and one for 16:9 (the 16:9 one read
// here, as the image request asks), its loss log pasted as a fenced block of plain lines, read as a designer
// would: each quote, diagram and plan section in the panel whose emoji, title or plan section says it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_SEVENTH: Record<string, Case> = {
  "gpt2-llmc-two-page-drawings-zwj-loss-log": {
    file: "gpt2-llmc-two-page-drawings-zwj-loss-log",
    rules: [
      [/^항목 \| 값/, /^GPT-2 스펙/],
      [/^step 1\/32000 \| loss 10\.981/, /^LOSS LOG/],
      [/^토큰 배치 ~1M → 다음 토큰 예측/, /^LOSS LOG/],
      [/^한 줄 = 한 번의 update/, /^LOSS LOG/],
      [/^0%: 완전 무작위 토큰/, /^SAMPLING/],
      [/^\| 2019 \(OpenAI\) \| 지금 \(llm\.c\)/, /^그때 vs 지금/],
      [/^H100 GPU → 8×H100 Node/, /^8×H100 NODE/],
      // Written under the node's section, and about the loss log's lines: either panel is the writer's meaning.
      [/^Every single line here is one update/, /^(?:8×H100 NODE|LOSS LOG)/],
      [/^This is not my laptop/, /^(?:KEY TAKEAWAYS|8×H100 NODE)/],
      [/^GPT-2 재현은 이제 하루/, /^KEY TAKEAWAYS/],
    ],
  },
};
