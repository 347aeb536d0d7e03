// Placement rules for a post-training chapter written as a talk's slide outline, and a tokenization chapter pasted
// out of an Obsidian vault, read as a designer would: each slide's or section's table, diagram and lists in the box
// its emoji names, the style part's quotes by their words.
import type { Case } from "./placement-cases.js";

export const THIRTY_EIGHTH: Record<string, Case> = {
  "post-training-slide-deck-speaker-notes": {
    file: "post-training-slide-deck-speaker-notes",
    rules: [
      [/^base model = 인터넷 문서의 token simulator/, /Base Model ≠ Assistant/],
      [/^인터넷 문서 → Pretraining ~3개월/, /Pretraining → Post-Training/],
      [/^알고리즘은 똑같고, 데이터셋만 교체/, /Pretraining → Post-Training/],
      [/^2022 InstructGPT 논문이 처음 공개/, /Human Labelers/],
      [/^순서 \| 토큰 \| 뜻/, /대화를 토큰으로/],
      [/^결국 대화 전체가 1차원 토큰 시퀀스/, /대화를 토큰으로/],
      [/^처음부터 사람이 다 쓰지 않음/, /요즘 데이터는 어떻게 만드나/],
      [/^What you're talking to is a statistical/, /Karpathy says/],
      [/^The algorithm is the same, we are just/, /Karpathy says/],
      // Listed only among the style's quotable insights: it is about the labelers and their instructions.
      [/^It's not a magical AI — it's imitating/, /Human Labelers/],
      [/^Base model은 문서 시뮬레이터/, /^Takeaways/],
    ],
  },
  "tokenization-obsidian-vault-note": {
    file: "tokenization-obsidian-vault-note",
    rules: [
      [/^신경망 입력 = 유한한 기호 집합의 1차원 시퀀스/, /TEXT → BYTES/],
      [/^바이트 시퀀스 → 가장 흔한 쌍 찾기/, /BYTE PAIR ENCODING/],
      [/^반복할수록 어휘 ↑, 시퀀스 ↓/, /BYTE PAIR ENCODING/],
      [/^항목 \| 값/, /GPT-4 VOCAB/],
      [/^사이트: tiktokenizer → cl100k_base/, /TIKTOKENIZER 실습/],
      [/^Sequence length is actually going to be/, /KARPATHY SAYS/],
      [/^You can think of each one of these as a unique/, /KARPATHY SAYS/],
      // Listed among the style's quotable insights: it says what the text → symbols step is called.
      [/^The process of converting from raw text/, /TEXT → BYTES/],
      [/^토큰 = 텍스트 덩어리에 붙인 고유 ID/, /TAKEAWAYS/],
    ],
  },
};
