// Placement rules for a pre-training data chapter kept in Emacs org-mode (the layout an org table ruled
// `|---+---|` with empty cells where a box runs on, row heights in a `:PROPERTIES:` drawer, mermaid and quotes in
// `#+begin_…` blocks), read as a designer would: each quote, diagram and plan section in the panel its title or
// words say it is about.
import type { Case } from "./placement-cases.js";

export const SIXTY_EIGHTH: Record<string, Case> = {
  "pretraining-fineweb-org-mode-table-layout": {
    file: "pretraining-fineweb-org-mode-table-layout",
    rules: [
      // Section 2 is the filter pipeline: its flowchart and the notes on what each stage drops.
      [/^Common Crawl → URL Filtering → Text Extraction/, /^FINEWEB FILTER PIPELINE/],
      [/^URL filtering: malware, spam/, /^FINEWEB FILTER PIPELINE/],
      [/^The Common Crawl data is quite raw/, /^(COMMON CRAWL|FINEWEB FILTER PIPELINE)/],
      // Section 4 and its quote are the tokenization box's.
      [/^단계 \| 표현 \| 기호 개수/, /^TOKENIZATION/],
      [/^"hello world" → 토큰 2개/, /^TOKENIZATION/],
      [/^fastText 분류기 → 영어 65%/, /^LANGUAGE FILTER/],
      [/^인터넷 다운로드 = 사전학습의 재료/, /^KEY TAKEAWAYS/],
    ],
    misses: [
      [
        [/^We want large diversity of high quality documents/, /^(COMMON CRAWL|FINEWEB FILTER PIPELINE)/],
        "the goal of collecting the internet shares no word with any panel (its gloss neither), so it is placed by room, in whichever box has it",
      ],
    ],
  },
};
