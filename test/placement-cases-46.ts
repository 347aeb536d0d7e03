// Placement rules for a FineWeb chapter drawn in `|=====|` rules with no corners, its pipeline a numbered list
// with a lone `↓` line between stages, a Notion callout under the Common Crawl table, a numbers table closed by a
// bold totals row: each quote, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_SIXTH: Record<string, Case> = {
  "fineweb-equals-walls-arrow-steps-callout": {
    file: "fineweb-equals-walls-arrow-steps-callout",
    rules: [
      // The numbered stages joined by ↓ lines are the pipeline the 🏭 box sketches.
      [/^URL Filtering → Text Extraction → Language Filtering/, /^FINEWEB PIPELINE/],
      [/^항목 \| 내용/, /^COMMON CRAWL/],
      // The callout sits under the Common Crawl table and names it.
      [/Tip Common Crawl/, /^COMMON CRAWL/],
      [/^웹페이지 텍스트 → 언어 분류기/, /^LANGUAGE FILTER/],
      [/^다국어를 얼마나 남길지는/, /^LANGUAGE FILTER/],
      [/^항목 \| 수치 \| 메모/, /^규모/],
      [/^단계 \| 하는 일 \| 왜\?/, /^DEDUP & PII/],
      // The design decision is the language filter's (its list says "design decision" in those words).
      [/^It's a design decision/, /^LANGUAGE FILTER/],
      // Quantity, quality and diversity together: the chapter's takeaway (양 + 질 + 다양성 셋 다 중요).
      [/^We want large diversity/, /^KEY TAKEAWAYS/],
      [/^pretraining 1단계/, /^KEY TAKEAWAYS/],
    ],
    misses: [
      [
        [/^This is only about 44 terabytes/, /^규모/],
        "the size panel is full with its numbers table, and `44 terabytes` is not read as the `44TB` it shows: the quote goes where there is room",
      ],
    ],
  },
};
