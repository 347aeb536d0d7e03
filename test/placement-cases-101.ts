// Placement rules for a post-training chapter (conversations, SFT datasets, human labelers) written in NamuWiki
// markup: `== 제목 ==` parts, `'''굵게'''`, `||<-3> 제목 ||` tables, `{{{#!syntax …}}}` code and the drawing in a
// `{{{ }}}` block. Read as a designer would: each plan section, table, diagram and quote in the panel it is about.
import type { Case } from "./placement-cases.js";

export const HUNDRED_FIRST: Record<string, Case> = {
  "post-training-labelers-namuwiki-markup": {
    file: "post-training-labelers-namuwiki-markup",
    rules: [
      [/^대화 데이터 → chat template → 1차원 토큰 시퀀스/, /^CONVERSATIONS → TOKENS/],
      [/^# 서버가 대화를 토큰 시퀀스로 펼친 뒤/, /^CONVERSATIONS → TOKENS/],
      [/^대화를 1차원 토큰 시퀀스로 바꾸는 규칙 = chat template/, /^CONVERSATIONS → TOKENS/],
      [/^im_start stands for imaginary monologue start/, /^CONVERSATIONS → TOKENS/],
      // The wiki table's title row (`||<-3> … ||`) is the table's title line, the row under it its header.
      [/^InstructGPT 라벨링 지침 \(2022\)$/, /^HUMAN LABELERS/],
      [/^원칙 \| 의미 \| 예시/, /^HUMAN LABELERS/],
      [/^라벨러는 Upwork, Scale AI/, /^HUMAN LABELERS/],
      [/^대화 데이터는 어디서\?/, /^SFT DATASETS/],
      [/^구분 \| Pre-training \| Post-training \(SFT\)/, /^SFT DATASETS/],
      [/^ChatGPT의 답은 마법 같은 AI 라벨러의 통계적 시뮬레이션/, /^누구와 대화하나\?/],
      [/^What you're talking to is a statistical simulation/, /^누구와 대화하나\?/],
      [/^You're not talking to a magical AI/, /^누구와 대화하나\?/],
      [/^Post-training = 같은 알고리즘/, /^KEY TAKEAWAYS/],
      // Three hours against three months: the pre/post comparison the SFT box's table draws.
      [/^The post-training stage is going to be much shorter/, /^SFT DATASETS|^CONVERSATIONS → TOKENS/],
    ],
  },
};
