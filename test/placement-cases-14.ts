// Placement rules for the fourteenth round of chapters written the way strangers write them (a plan written before
// its drawing that names boxes by number, `②번 칸에：…`, and by place, `하단 왼쪽 (⑤)`, its quotes offered to
// whichever box they fit; an English chapter with HTML `<blockquote>` quotes in its sections; a dense chapter of
// eleven sections for eight boxes; a chat model's answer with `▸ 위 왼쪽 넓은 칸` titles and quotes noted with the
// box they go in), read as a designer would: each quote, table and diagram in the panel whose box, title, number,
// place or note says it is its.
import type { Case } from "./placement-cases.js";

export const FOURTEENTH: Record<string, Case> = {
  "hallucination-plan-first-numbered-boxes": {
    file: "hallucination-plan-first-numbered-boxes",
    rules: [
      // Sections named by box number go to the box of that number, whatever their words say.
      [/^환각\(Hallucination\) = /, /환각이란/],
      [/^훈련 세트의 "X는 누구인가요\?"/, /왜 지어낼까/],
      [/^사용자 질문 → <SEARCH_START>/, /도구：웹 검색/],
      [/^단계 \| 하는 일 \| 결과/, /완화책/],
      // `하단 왼쪽 (⑤)`: the bottom-left box, by place.
      [/^구분 \| 파라미터 속 지식/, /기억 vs 작업 기억/],
      [/^팁: "오만과 편견/, /기억 vs 작업 기억/],
      [/^환각은 말투의 모방이다/, /정리/],
      // Quotes offered to whichever box they fit (`어울리는 칸에`), by their words.
      [/^The model is just imitating the statistical style/, /왜 지어낼까/],
      [/^Knowledge in the parameters is a vague recollection/, /기억 vs 작업 기억/],
      [/^If you have the document, paste it in/, /기억 vs 작업 기억/],
    ],
  },
  "gpt2-english-tabs-blockquote-widescreen": {
    file: "gpt2-english-tabs-blockquote-widescreen",
    rules: [
      [/^Spec \| GPT-2 \(2019\)/, /GPT-2 AT A GLANCE/],
      [/^2019: about \$40,000/, /THEN vs NOW/],
      // An HTML <blockquote> under a section is that section's quote.
      [/^In 2019 this probably cost about \$40,000/, /THEN vs NOW/],
      [/^One node = 8 × H100/, /RENTING AN 8xH100 NODE/],
      [/^Batch of ~1M tokens → Predict next tokens/, /WATCHING THE LOSS/],
      [/^Every single line here is one update/, /WATCHING THE LOSS/],
      [/^Step \| What the sample looks like/, /SAMPLES AS IT LEARNS/],
      [/^Small by today's standards/, /KEY TAKEAWAYS/],
    ],
  },
  "deepseek-rl-dense-eight-boxes": {
    file: "deepseek-rl-dense-eight-boxes",
    rules: [
      [/^설명\(exposition\) = pretraining/, /교과서 비유/],
      [/^사람이 쓴 풀이를 따라 하는 대신/, /RL이란/],
      [/^프롬프트 → 풀이 15개/, /시행착오 루프/],
      [/^학습 step ↑ → 수학 정확도/, /응답 길이/],
      [/^항목 \| 내용/, /DEEPSEEK-R1/],
      [/^다시 평가하기 \(re-evaluate\)/, /AHA MOMENT/],
      [/^구분 \| 정답\/풀이는 누가\?/, /SFT vs RL vs RLHF/],
      [/^pretraining → SFT → RL: 교과서를/, /핵심 정리/],
      // The chapter's mind map is an overview of every box: the widest box (`가장 넓게`) takes it.
      [/^RL & DeepSeek-R1$/, /DEEPSEEK-R1/],
      // Which model to use for what: DeepSeek-R1's box names R1, DeepThink and o1/o3 too.
      [/^어려운 수학·코딩 → thinking model/, /DEEPSEEK-R1|핵심 정리/],
      [/^The model is learning to think: the responses get longer/, /응답 길이/],
      [/^Wait, wait\. That's an aha moment/, /AHA MOMENT/],
      [/^Reinforcement learning is where the model practices/, /핵심 정리|교과서 비유|RL이란/],
      // AHA MOMENT's plan says 아무도 가르치지 않음 → RL이 발견: nobody≈아무도 and discover≈발견.
      [/^Nobody is hardcoding this/, /AHA MOMENT/],
    ],
    misses: [
      [[/^정답을 자동으로 채점할 수 있어야/, /SFT vs RL vs RLHF|RL이란/], "verifiable domains are the comparison table's `수학, 코드 (검증 가능)` and `채점 가능한 문제만`, its first match, but the reader estimates that 25% box full under its four-column table at the legible minimum and places the section by room (DEEPSEEK-R1; layout then moves it to AHA MOMENT)"],
      [[/^We don't know what token sequences work for the model/, /RL이란/], "RL이란's box says the same in Korean (모델의 \"인지 구조\"를 우리는 모른다, 스스로 풀이를 발견) and is its first match, but the four boxes of the first row at 30% are estimated full, so it goes by room"],
      [[/^We sample maybe 15 solutions/, /시행착오 루프/], "시행착오 루프's box says 15개 시도 → 채점, 맞은 풀이 강화, but its flowchart's labels are Korean and `solution`/`sample` match RL이란's 풀이 lines first; both boxes are estimated full and the quote goes by room (SFT vs RL vs RLHF)"],
    ],
  },
  "post-training-chat-positions-escaped-pipes": {
    file: "post-training-chat-positions-escaped-pipes",
    rules: [
      // `▸ 위 왼쪽 넓은 칸 — Chat template`: the wide box at the top left.
      [/^대화 한 턴 한 턴을 특수 토큰으로/, /대화도 결국 토큰이다/],
      [/^역할 \| 토큰으로 쓰면 \| 메모/, /대화도 결국 토큰이다/],
      // `▸ 오른쪽 열`: the sidebar running down the right.
      [/^회사가 지침 작성 → 라벨러 채용/, /라벨링 지침/],
      [/^InstructGPT 논문\(2022\)/, /라벨링 지침/],
      [/^질문도 답변도 사람이 씀/, /라벨러가 쓰는 대화 데이터/],
      [/^UltraChat 같은 데이터셋/, /LLM이 돕는 데이터/],
      [/^ChatGPT에게 질문하면/, /지금 누구와 대화하나/],
      [/^질문 \| 실제로 벌어지는 일/, /지금 누구와 대화하나/],
      [/^대화 = 토큰: 특수 토큰으로/, /정리/],
      // Quotes noted with their box: `— 하단 왼쪽 칸에`, `— 위 왼쪽 칸에`, `— 오른쪽 열에`.
      [/^You're not talking to a magical AI/, /지금 누구와 대화하나/],
      [/^The conversations are just turned into tokens/, /대화도 결국 토큰이다/],
      [/^These labeling instructions can be hundreds of pages/, /라벨링 지침/],
    ],
  },
};
