// Placement rules for a Llama 3 base-model chapter whose layout is a picture of a hand sketch: its alt text, a
// caption under it and a paragraph for when the picture does not show describe the rows. Read as a designer
// would: each quote, diagram and plan section in the panel whose title or words say it is its.
import type { Case } from "./placement-cases.js";

export const HUNDREDTH: Record<string, Case> = {
  "base-model-llama3-sketch-image-caption-fallback": {
    file: "base-model-llama3-sketch-image-caption-fallback",
    rules: [
      [/^base model 공개 = forward pass 코드/, /^Llama 3 = 문서 시뮬레이터/],
      [/프롬프트: What is 2\+2\?/, /^Llama 3 = 문서 시뮬레이터/],
      [/Llama 3\.1 405B Base/, /^Llama 3 = 문서 시뮬레이터/],
      [/^자주 본 문서\(Wikipedia\)는 거의 그대로 외움/, /^손실 압축된 인터넷/],
      [/^few-shot: 영어→한국어 10쌍/, /^Few-shot & 어시스턴트 흉내/],
      [/^base model ≠ assistant/, /^핵심 정리/],
      [/^It's not yet an assistant/, /^인용/],
      [/^These parameters are a kind of lossy compression/, /^인용/],
      [/^The model is just a very expensive autocomplete/, /^인용/],
    ],
  },
};
