// Placement rules for a whole-lecture summary packed on one A4 page (its five quotes listed under a label that
// sends them all to the quotes box, a mind map and a three-stage comparison in the middle row) and a sparse
// where-to-use chapter whose boxes are bracketed letters named by a legend, read as a designer would: each
// quote, table, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_SECOND: Record<string, Case> = {
  "grand-summary-seven-panels-dense-a4": {
    file: "grand-summary-seven-panels-dense-a4",
    rules: [
      [/^인터넷 텍스트 → FineWeb 필터링/, /PRETRAINING/],
      [/^데이터: 인터넷 → FineWeb/, /PRETRAINING/],
      [/^데이터: 라벨러가 쓴 대화/, /SFT/],
      [/^방식: 연습 문제 수천 번/, /3단계 RL/],
      [/^LLM 딥다이브$/, /MIND MAP/],
      [/^구분 \| 📚 Pretraining \| 🎓 SFT \| 🏆 RL/, /비교표/],
      // The label over the quotes says where they all go (`전부 💬 명언 박스에`), whatever each one's words are
      // about (a labeler, a base model, tokens to think).
      [/^A base model is just an internet document simulator/, /명언/],
      [/^You're talking to a simulation of a human labeler/, /명언/],
      [/^Models need tokens to think/, /명언/],
      [/^Think of the parameters as a lossy compression/, /명언/],
      [/^RLHF is not RL in the magical sense/, /명언/],
      [/^LLM = Pretraining → SFT → RL 세 단계/, /꼭 기억할 6가지/],
    ],
  },
  "where-to-use-letter-legend-16x9": {
    file: "where-to-use-letter-legend-16x9",
    rules: [
      [/^LMArena: 사람이 두 답을 비교해/, /리더보드/],
      [/^ChatGPT: chatgpt\.com/, /독점 모델/],
      [/^DeepSeek, Llama: together\.ai/, /오픈 웨이트/],
      [/^LM Arena is a good place to start/, /리더보드/],
      [/^LM Studio로 작은 모델 실행/, /내 컴퓨터에서/],
      [/어디서 쓰든 도구일 뿐/, /한 줄 정리/],
      // It says what the LM Studio box's list says (작은 모델 실행, 맥북에서도 OK): small, run, MacBook outweigh
      // the one word `model` in 독점 모델's title.
      [/^You can run these smaller models right on your MacBook/, /내 컴퓨터에서/],
    ],
  },
};
