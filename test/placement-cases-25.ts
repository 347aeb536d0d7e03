// Placement rules for a hallucination chapter written almost all in Korean, its plan naming boxes by bracketed
// number (`[박스 3] 🔍 도구 사용`) over a drawing typed in a proportional font, and a nine-panel course recap on
// 16:9 with a panel spanning two columns of the row below, Korean-signed quotes and a ✔ checklist: each quote,
// table, diagram and plan section in the panel whose number, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_FIFTH: Record<string, Case> = {
  "hallucination-korean-bracket-boxes-sequence-state": {
    file: "hallucination-korean-bracket-boxes-sequence-state",
    rules: [
      [/^Hallucination = LLM이 사실이 아닌 정보를/, /^환각이란/],
      [/^훈련 데이터 속 답변/, /^왜 지어낼까/],
      [/^특수 토큰 <SEARCH_START>/, /^도구 사용/],
      // The sequence of user → model → search engine is the tool-use section's diagram.
      [/^사용자 → 모델 \(LLM\)/, /^도구 사용/],
      [/^Meta Llama 3 논문의 방법/, /^모델 심문하기/],
      // The state diagram of probing: box 4 in the plan, titled 지식 탐색 there and 모델 심문하기 in the drawing.
      [/^start → 문서뽑기/, /^모델 심문하기/],
      [/^구분 \| 파라미터 속 지식/, /^흐릿한 기억 vs 작업 기억/],
      [/^파라미터 \(흐릿한 기억\) → 컨텍스트 윈도우/, /^흐릿한 기억 vs 작업 기억/],
      [/^모르면 모른다고 말하게 훈련/, /^정리/],
      // The plan puts both quotes under `[박스 6] ✅ 정리 + 명언`.
      [/^The knowledge in the parameters is a vague recollection/, /^정리/],
      [/^Hallucinations are when LLMs just make stuff up/, /^정리/],
    ],
  },
  "course-recap-nine-panels-spanning-glossary-16x9": {
    file: "course-recap-nine-panels-spanning-glossary-16x9",
    rules: [
      [/^Common Crawl → URL 필터/, /인터넷 데이터/],
      [/^텍스트 'hello world' → UTF-8 바이트/, /Tokenization/],
      [/^신경망은 1차원 기호 시퀀스를 원함/, /Tokenization/],
      [/^데이터에서 최대 ~8,000 토큰 윈도우를 뽑음/, /Pretraining$/],
      [/^입력 토큰 \+ 수십억 파라미터/, /NN Internals/],
      [/^확률 분포에서 토큰 1개 샘플링/, /Inference/],
      [/^토큰 시퀀스 → 신경망 → 확률 분포/, /Inference/],
      [/^Assistant가 아니라 인터넷 문서 시뮬레이터/, /Base Model/],
      [/^Base model을 대화 데이터셋으로 계속 훈련/, /Post-training/],
      [/^What you're getting back is not some magical AI/, /명언/],
      [/^The base model is not an assistant/, /명언/],
      [/^English term \| 한국어 설명/, /용어집/],
      [/^데이터: 인터넷 → FineWeb/, /핵심 정리/],
    ],
  },
};
