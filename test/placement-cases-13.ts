// Placement rules for the thirteenth round of chapters written the way strangers write them (a draft drawing and
// a `Revised layout — USE THIS ONE` under it, heights in pixels of a 1080p canvas; box titles in Korean with
// their English in brackets on the next line, seven boxes, a box two columns wide in the middle row, numbered
// `###` sections with bold lead-ins, a pasted sequenceDiagram, `> "…" — Andrej Karpathy` quotes; a sparse page of
// three boxes laid out as nested bullets with `:shortcode:` emoji and a pasted pie; boxes in `-` and `|` with no
// corners, a sidebar down two rows, a section saying `(put this in the right column)`, quotes inside the label's
// sentence), read as a designer would: each quote, table and diagram in the panel whose box, title or plan
// section says what it says.
import type { Case } from "./placement-cases.js";

export const THIRTEENTH: Record<string, Case> = {
  "gpt2-reproduction-revised-drawing-px": {
    file: "gpt2-reproduction-revised-drawing-px",
    rules: [
      [/^GPT = Generative Pre-trained/, /GPT-2 SPECS/],
      [/^\| 2019 \(OpenAI\) \| 2024/, /THEN vs NOW/],
      [/^step 1 /, /WATCHING THE LOSS/],
      [/^다음 토큰 예측/, /SAMPLES GET BETTER/],
      [/^노트북이 아니라/, /ONE 8×H100 NODE/],
      [/^GPT-2 = 현대 LLM/, /TAKEAWAYS/],
      [/^GPT-2 was the first time/, /GPT-2 SPECS/],
      [/^The loss is a single number/, /WATCHING THE LOSS/],
      // Each line of the training log is one update: WATCHING THE LOSS says `한 줄 = 모델 업데이트 1번`. `one` in ONE
      // 8×H100 NODE's title is a word any sentence says, and the quote shares nothing else with that box.
      [/^Every single line here is one update/, /WATCHING THE LOSS/],
    ],
  },
  "tokens-to-think-korean-titles-seven": {
    file: "tokens-to-think-korean-titles-seven",
    rules: [
      [/^정답: 사과 1개/, /사과 문제/],
      [/^토큰당 쓸 수 있는 계산은/, /토큰당 계산량/],
      [/^\| 답 A \| 답 B/, /라벨러의 선택/],
      [/^사용자 → 모델/, /펼치기/],
      [/^암산 대신 도구/, /Use Code/],
      [/^해결: 문자열을 복사해/, /점 세기/],
      [/Answer in a single token/, /한 토큰 강요/],
      [/^토큰 하나에 쓸 수 있는 계산은 유한하다/, /핵심 정리/],
      [/^I don't fully trust its mental arithmetic/, /Use Code/],
      // Models need tokens to think: the spreading-out box, or the takeaways that end on the same line.
      [/^Models need tokens to think\./, /펼치기|핵심 정리/],
    ],
    misses: [
      [[/^You can't expect the model to do too much computation/, /토큰당 계산량/], "it is the chapter's finite compute per token (토큰당 계산량 (Compute per Token)), but `single token` says the whole of 한 토큰 강요 (Single Token)'s English title"],
    ],
  },
  "where-to-find-sparse-bullet-layout-shortcodes": {
    file: "where-to-find-sparse-bullet-layout-shortcodes",
    rules: [
      [/^Model \| Where/, /PROPRIETARY/],
      [/^together\.ai playground/, /OPEN WEIGHTS/],
      [/^LM Studio — MacBook/, /RUN IT LOCALLY/],
      [/^어떤 모델\?/, /RUN IT LOCALLY/],
      [/^For proprietary models/, /PROPRIETARY/],
      [/^My favorite place to interact with open weights/, /OPEN WEIGHTS/],
      [/^If you want to use a base model, hyperbolic/, /OPEN WEIGHTS/],
      [/^You can actually run smaller versions/, /RUN IT LOCALLY/],
    ],
  },
  "jagged-cornerless-boxes-right-column": {
    file: "jagged-cornerless-boxes-right-column",
    rules: [
      [/^s → t → r|^사람이 보는 것|^s$/, /STRAWBERRY/],
      [/^질문: "How many r's/, /STRAWBERRY/],
      [/^"어느 쪽이 더 커\?"/, /9\.11 vs 9\.9/],
      // `(put this in the right column)`: the Swiss cheese table and points go to the sidebar on the right.
      [/^영역 \| 잘함 \| 못함/, /SWISS CHEESE/],
      [/^대부분 단단한 치즈/, /SWISS CHEESE/],
      [/^모델을 확률적 도구로 취급/, /HOW TO WORK/],
      [/^능력이 고르지 않다/, /KEY TAKEAWAYS/],
      [/^treat it as a stochastic system/, /HOW TO WORK|SWISS CHEESE/],
      [/^can solve PhD-level problems/, /SWISS CHEESE/],
      [/^jagged intelligence$/, /KEY TAKEAWAYS|SWISS CHEESE/],
    ],
  },
};
