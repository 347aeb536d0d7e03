// Placement rules for a FineWeb chapter drawn by a backend engineer (its pipeline a Graphviz `digraph`, its crawl
// a PlantUML sequence diagram, its layout drawn with only `|` and `-`), read as a designer would: each quote,
// diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTY_NINTH: Record<string, Case> = {
  "fineweb-dot-plantuml-pipe-dash-drawing": {
    file: "fineweb-dot-plantuml-pipe-dash-drawing",
    rules: [
      // The PlantUML sequence (crawler → Common Crawl → FineWeb) under the 🕷️ section.
      [/^Crawler → Common Crawl: 시드 페이지/, /^COMMON CRAWL/],
      [/^Common Crawl: 2007년부터 인터넷을/, /^COMMON CRAWL/],
      // The Graphviz pipeline and its table of stages under the 🔧 section.
      [/^URL 필터링 → Text Extraction → Language Filter/, /^FINEWEB FILTERING PIPELINE/],
      [/^단계 \| 입력 \| 출력 \| 목적/, /^FINEWEB FILTERING PIPELINE/],
      [/^항목 \| Common Crawl \| FineWeb/, /^FINEWEB 규모/],
      [/^This could fit on a single USB stick/, /^FINEWEB 규모/],
      [/^language classifier가 페이지 언어를/, /^LANGUAGE FILTER/],
      [/^Language filtering is a design decision/, /^LANGUAGE FILTER/],
      [/^PII = personally identifiable/, /^PII REMOVAL/],
      [/^목표: 양 \+ 질 \+ 다양성/, /^KEY TAKEAWAYS/],
      [/^We want large diversity of high quality documents \(다양하고/, /^KEY TAKEAWAYS/],
    ],
  },
};
