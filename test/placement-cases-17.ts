// Placement rules for the seventeenth round of chapters written by others (a Korean tokenization chapter whose
// layout is a Markdown table of boxes, two of its sections left unnumbered and a quote written as a signed
// paragraph; an English SFT chapter drawn in heavy lines, one box split by a dashed line and its bottom row's
// widths written as `w=30`), read as a designer would: each quote, table and diagram in the panel whose emoji,
// title or words say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTEENTH: Record<string, Case> = {
  "tokenization-korean-table-drawing-colspan": {
    file: "tokenization-korean-table-drawing-colspan",
    rules: [
      // The BPE flowchart is the `🧩 BPE` section's (the layout may still move it out for room: its reason says so).
      [/^원시 텍스트 → UTF-8 바이트/, /BPE/],
      [/^단계 \| 기호 수 \| 시퀀스 길이/, /cl100k_base/],
      [/^입력 \| 토큰 \| 토큰 ID/, /tiktokenizer/],
      // The unnumbered question section is drawn in the box of the same title, its signed paragraph as its quote.
      [/^시퀀스 길이는 신경망의 귀하고/, /왜 바이트를/],
      [/^This sequence length is actually going to be/, /왜 바이트를/],
      [/^토큰 = 텍스트 조각의 ID/, /핵심 정리/],
    ],
  },
  "sft-heavy-lines-dashed-split-widths": {
    file: "sft-heavy-lines-dashed-split-widths",
    rules: [
      [/^Base model → SFT on conversations/, /PRETRAINING vs SFT/],
      [/^same algo \(next-token prediction\)/, /PRETRAINING vs SFT/],
      [/^turns: user \/ assistant/, /CONVERSATIONS AS TOKENS/],
      [/^token \| role/, /CHAT TEMPLATE/],
      [/^InstructGPT paper/, /HUMAN LABELERS/],
      [/^be helpful, truthful, harmless/, /LABELING INSTRUCTIONS/],
      // Written in the synthetic-data section, under UltraChat: that box's, though it speaks of labelers.
      [/^You're not talking to a magical AI/, /SYNTHETIC DATA/],
      [/^SFT = same training/, /TAKEAWAYS/],
    ],
  },
};
