// Placement rules for a tokenization chapter whose page is drawn as a Mermaid flowchart of one subgraph per row
// (its heights in the subgraphs' labels, a row's widths said in a note under it), and a hallucinations chapter
// with no drawing at all (a 3×2 grid and a full-width band said in words, the plan's sections filling them in
// order) whose quotes are collected under one heading, each with its box in brackets before it or after an arrow.
import type { Case } from "./placement-cases.js";

export const THIRTY_SECOND: Record<string, Case> = {
  "tokenization-mermaid-subgraph-rows": {
    file: "tokenization-mermaid-subgraph-rows",
    rules: [
      [/^텍스트 = 1차원 기호 시퀀스/, /^TEXT → BYTES$/],
      [/^바이트 시퀀스 → 가장 흔한 쌍 찾기/, /^BYTE PAIR ENCODING$/],
      [/^반복할 때마다: 어휘 \+1/, /^BYTE PAIR ENCODING$/],
      [/^표현 방식 \| 기호 수 \| 시퀀스 길이/, /^VOCAB SIZE$/],
      [/^입력 \| 토큰 수 \| 토큰 ID/, /^TIKTOKENIZER/],
      [/^cl100k_base = GPT-4 베이스 모델/, /^TIKTOKENIZER/],
      [/^시퀀스 길이 = 유한하고 귀중한 자원/, /^TRADE-OFF$/],
      // The 💬 인용구 section's quotes go in the 💬 box, whatever their words are about.
      [/^Sequence length is actually a very finite/, /^KARPATHY SAYS$/],
      [/^We want more symbols and shorter/, /^KARPATHY SAYS$/],
      [/^These are just unique IDs/, /^KARPATHY SAYS$/],
      [/^모델은 글자가 아니라 토큰 ID를 본다/, /^KEY TAKEAWAYS$/],
    ],
  },
  "hallucinations-grid-in-words-bracket-quotes": {
    file: "hallucinations-grid-in-words-bracket-quotes",
    rules: [
      [/^LLM이 정보를 완전히 지어내는 현상/, /^환각이란\?/],
      [/^질문 \| 훈련 데이터의 답/, /^왜 생길까\?/],
      [/^훈련 문서에서 사실 질문 생성 →/, /^완화 ①/],
      [/^Meta Llama 3 방식/, /^완화 ①/],
      [/^특수 토큰: <SEARCH_START>/, /^완화 ②: 웹 검색/],
      [/^\| 파라미터 속 지식 \| 컨텍스트 창/, /^지식 vs 작업 기억/],
      [/^요약시킬 땐 원문을 직접 붙여 넣기/, /^실전 팁/],
      [/^환각 = 답의 말투를 흉내 낸 결과/, /^핵심 정리/],
      // Each quote in the box its bracket or arrow names, not where its words alone would send it.
      [/^Hallucinations are when LLMs make stuff up/, /^환각이란\?/],
      [/^It's not that the model doesn't know/, /^왜 생길까\?/],
      [/^Just like you and I would go look it up/, /^완화 ②: 웹 검색/],
      [/^The knowledge in the parameters is a vague/, /^지식 vs 작업 기억/],
      [/^If you want a summary of a chapter/, /^실전 팁/],
    ],
  },
};
