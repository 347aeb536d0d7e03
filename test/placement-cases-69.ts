// Placement rules for a tokenization chapter in Korean notes (a little 예시 box inside the BPE panel, a
// sequenceDiagram for the tokenizer's round trip, quotes given as Korean translations with the English after
// them, a tiktoken code sample), read as a designer would: each quote, diagram and plan section in the panel
// whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const SIXTY_NINTH: Record<string, Case> = {
  "tokenization-bpe-nested-example-box-width-words-slash-heights-sequence": {
    file: "tokenization-bpe-nested-example-box-width-words-slash-heights-sequence",
    rules: [
      // The merge loop and the bits/bytes/tokens table are the BPE section's.
      [/^UTF-8 bytes → 가장 흔한 쌍 찾기/, /^BPE/],
      [/^단계 \| 기호 개수/, /^BPE/],
      // The tiktokenizer demo's points and the code sample the writer asked for.
      [/^사이트: tiktokenizer/, /^TIKTOKENIZER/],
      [/^import tiktoken/, /^TIKTOKENIZER/],
      // Sequence length against vocabulary size and the ~100K vocabulary: what BPE trades.
      [/^시퀀스 길이는 신경망에서/, /^BPE/],
      [/^약 10만 개 정도의 어휘가/, /^BPE/],
      [/^바이트에서 시작/, /^KEY TAKEAWAYS/],
      // The sequenceDiagram is the round trip's own section (🔁).
      [/^User → Tokenizer/, /^TOKENIZER 왕복/],
    ],
  },
};
