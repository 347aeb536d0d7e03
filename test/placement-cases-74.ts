// Placement rules for a knowledge-of-self chapter on 16:9 (heavy and rounded boxes mixed, heights after each row's
// last box, five boxes in the middle row, a left sidebar over the bottom two rows, box titles in Korean only over
// plan headings in English only), read as a designer would: each plan section in the box whose emoji it shares,
// each quote in the quotes box the plan and drawing give it.
import type { Case } from "./placement-cases.js";

export const SEVENTY_FOURTH: Record<string, Case> = {
  "knowledge-of-self-mixed-frames-trailing-ratios-left-sidebar": {
    file: "knowledge-of-self-mixed-frames-trailing-ratios-left-sidebar",
    rules: [
      // `## 🪞 Knowledge of Self` → `🪞 자기 인식`, and so on by emoji: the titles share no word.
      [/^LLM has no persistent self/, /^자기 인식/],
      [/^Source \| 어떻게/, /^대답은 어디서 오나/],
      [/^사용자: 너 누구야\?/, /^대답은 어디서 오나/],
      [/^인터넷에 ChatGPT 관련 텍스트가/, /^학습 데이터/],
      [/^개발자가 identity Q&A/, /^하드코딩 SFT/],
      [/^대화 시작 전에 보이지 않는 토큰/, /^시스템 메시지/],
      [/^Allen AI의 오픈 모델/, /^OLMo 사례/],
      [/^거짓말이 아니라 hallucination/, /^환각/],
      [/^정체성 설정 없음 → 학습 데이터 통계/, /^환각/],
      [/^\[ \{"role": "user"/, /^SFT 대화 예시/],
      [/^LLM에는 self가 없다/, /^핵심 정리/],
      // The plan's `## 💬 Quotes`, and the Output Style's quote whose opening the 💬 box writes in quotation marks.
      [/^It boots up, it processes tokens/, /^Karpathy 어록/],
      [/^All of this is kind of cooked up/, /^Karpathy 어록/],
      [/^This is a nonsensical question/, /^Karpathy 어록/],
    ],
  },
};
