// Placement rules for chapters written the way strangers write them (a layout as a nested outline whose items
// describe the boxes, CRLF and full-width punctuation; boxes walled in `#` alone with `h=` heights inside; box
// titles that are an emoji alone, naming plan sections some under `###` and some under bold lines; a summary
// chapter asking for portrait with a three-level numbered outline and a long table of links), read as a designer
// would: each quote, table and diagram in the panel whose box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const ELEVENTH: Record<string, Case> = {
  "reward-hacking-outline-crlf": {
    file: "reward-hacking-outline-crlf",
    rules: [
      [/^영역 \| 예시 \| 점수 매기는 법/, /VERIFIABLE/],
      [/^사람：농담 5개 순위/, /REWARD MODEL/],
      // The list keeps "reward model = 거대한 신경망 → adversarial example이 무한히 많음": it opens with REWARD MODEL's name
      // but says again its own box's adversarial examples 무한히 (test/placement.test.ts checks the rule on its own).
      [/^처음 몇백 스텝/, /REWARD HACKING/],
      [/^The reward model is just a simulation/, /REWARD MODEL/],
      [/^농담 쓰기/, /고르기 vs 만들기/],
      [/^RLHF：몇백 스텝/, /WHEN TO STOP/],
      // RLHF against the RL that runs forever: when to stop says it, the takeaways say `마법 아님`.
      [/^RLHF is not RL in the magical sense/, /WHEN TO STOP|KEY TAKEAWAYS/],
      [/^RLHF = 작은 fine-tuning/, /KEY TAKEAWAYS/],
      // Its gloss (만드는 것보다 고르는 것이) says the title 고르기 vs 만들기 in other endings: choose and generate.
      [/^It's much easier to discriminate than to generate/, /고르기 vs 만들기/],
    ],
  },
  "fineweb-hash-walls-h-tokens": {
    file: "fineweb-hash-walls-h-tokens",
    rules: [
      [/^2007년부터 인터넷 크롤링/, /COMMON CRAWL/],
      [/^Common Crawl → URL Filtering/, /FINEWEB PIPELINE/],
      // The stages table spans the filter boxes and the pipeline: any of them.
      [/^Stage \| 하는 일/, /PIPELINE|URL FILTERING|TEXT EXTRACTION|LANGUAGE FILTER|DEDUP/],
      [/^It's just a giant tapestry of text/, /RESULT/],
      [/^We want large diversity/, /KEY TAKEAWAYS|COMMON CRAWL/],
      [/^목표: 양 \+ 품질/, /KEY TAKEAWAYS/],
      // Its word filter is LANGUAGE FILTER's title; the takeaways' 모델 (필터 = 모델의 성격), the course's subject, weighs half.
      [/^If you filter out Spanish/, /LANGUAGE FILTER/],
    ],
  },
  "llm-limits-emoji-titles-tab-text-fence": {
    file: "llm-limits-emoji-titles-tab-text-fence",
    rules: [
      [/^점 개수 세기/, /^Counting/],
      [/^모델은 글자가 아니라 토큰/, /^Spelling/],
      [/^어려운 수학은 풀면서/, /Swiss Cheese/],
      [/^It's a Swiss cheese model/, /Swiss Cheese/],
      [/^점이 몇 개\?/, /Use Code/],
      [/^Use code/, /Use Code/],
      [/^도구로 쓴다/, /How to Use/],
      [/^세기·철자 = 토큰 구조의 한계/, /Key Takeaways/],
      // The box drawn as 🔢 alone is named Counting by its section before quotes are placed: count is its title word.
      [/^Models are not very good at counting/, /^Counting/],
    ],
  },
  "lecture-summary-portrait-deep-numbered": {
    file: "lecture-summary-portrait-deep-numbered",
    rules: [
      [/^Pretraining — 인터넷 문서/, /THREE STAGES/],
      // The box's own chain; a move for room counts as placed where the reader put it.
      [/^Pretraining → SFT → RL/, /THREE STAGES/],
      [/^base model: 질문에 답하지 않고/, /BASE MODEL/],
      [/^The base model is an internet document simulator/, /BASE MODEL/],
      [/^assistant: 라벨러의/, /ASSISTANT/],
      [/^You're talking to a statistical simulation/, /ASSISTANT/],
      [/^RL로 사고의 흐름/, /THINKING MODELS/],
      [/^환각 · 세기/, /LIMITS/],
      [/^자료 \| 무엇 \| 링크/, /WHERE TO GO NEXT/],
      // LIMITS's point `도구로 쓰고 확인하기` says it in Korean, in two of its words and one no other panel says.
      [/^Use it as a tool, check the work/, /LIMITS/],
    ],
  },
};
