// Placement rules for the sixteenth round of chapters written by others (an English chapter glossed in Korean whose
// drawing labels its rows in the margin and titles one box `🗜️ 2`, quotes written inside their sections as
// `> "…" — Karpathy`; a Korean chapter drawn in asterisks with its heights in a YAML block, a mind map written as an
// indented list and a section of quotes each translated on the line under it), read as a designer would: each quote,
// table and diagram in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const SIXTEENTH: Record<string, Case> = {
  "base-model-simulator-margin-rows-keycaps": {
    file: "base-model-simulator-margin-rows-keycaps",
    rules: [
      // Quotes written inside a section are that section's, whatever else their words match.
      [/^It's a token-level internet document simulator/, /WHAT IS BASE MODEL/],
      // The box drawn as `🗜️ 2` is the lossy-compression section's, by its emoji; it takes that section's title.
      [/^These 405 billion parameters are a kind of compression/, /Lossy compression of the internet/],
      [/^405B parameters, trained on ~15T tokens/, /Lossy compression of the internet/],
      [/^Model \| Kind \| What it does/, /LLAMA 3\.1 405B/],
      [/^Zebras are African equines/, /REGURGITATION/],
      [/^This is called regurgitation/, /REGURGITATION/],
      [/^Base model has in-context learning/, /FEW-SHOT PROMPTING/],
      [/^Pretraining data stops at end of 2023/, /2024 ELECTION/],
      [/^Write a web page of conversation/, /FAKE ASSISTANT/],
      [/^Base model = internet document simulator/, /TAKEAWAYS/],
    ],
  },
  "knowledge-of-self-star-boxes-yaml-heights": {
    file: "knowledge-of-self-star-boxes-yaml-heights",
    rules: [
      [/^모델에게는 지속되는 자아가 없음/, /너 누구야/],
      [/^Falcon 7B에게/, /FALCON의 착각/],
      // The mind map written as an indented list is the `🗺️ 전체 구조` box's, by its emoji.
      [/^모델의 자기 인식$/, /전체 구조/],
      [/^너 자신에 대해 말해 줘/, /정체성은 어디서 오나/],
      [/^OLMo의 SFT 데이터/, /정체성은 어디서 오나/],
      [/^방법 \| 언제 \| 예시 \| 특징/, /두 가지 방법/],
      // The quotes' own section (`💬 카파시의 말`) is their box.
      [/^This is not a person/, /카파시의 말/],
      [/^It's all just kind of like cobbled together/, /카파시의 말/],
      [/^"너 누구야\?"는 모델에게 자아가 없어서/, /핵심 정리/],
    ],
  },
};
