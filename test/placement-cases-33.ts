// Placement rules for a base-model chapter drawn in rounded `╭─╮` boxes with a quotes sidebar down the left,
// every box titled in Korean and English (`🦙 베이스 모델이란?` over `/ WHAT IS A BASE MODEL`) while the plan's
// sections name one half only, and one with another emoji: each plan section and quote where its meaning puts it.
import type { Case } from "./placement-cases.js";

export const THIRTY_THIRD: Record<string, Case> = {
  "base-model-rounded-sidebar-bilingual-titles": {
    file: "base-model-rounded-sidebar-bilingual-titles",
    rules: [
      [/^Llama 3\.1 405B \(Meta 공개\)/, /WHAT IS A BASE MODEL/],
      [/^프롬프트 토큰 → Base Model → /, /TOKEN SIMULATOR/],
      [/^얼룩말\(zebra\) 위키피디아 첫 문장/, /REGURGITATION/],
      [/^입력 \(English\) \| 출력 \(한국어\)/, /FEW-SHOT/],
      [/^= 인컨텍스트 러닝/, /FEW-SHOT/],
      // `🎭 Fake Assistant` under the drawing's `🤖 가짜 어시스턴트 / FAKE ASSISTANT`: its English half names it.
      [/^프롬프트를 "AI 어시스턴트와 사람의 대화"/, /FAKE ASSISTANT/],
      [/^구분 \| 내용/, /LOSSY COMPRESSION/],
      // The four quotes are the sidebar's, whatever each is about (the simulator, lossy compression).
      [/^This is not yet an assistant/, /KARPATHY SAYS/],
      [/^These 405 billion parameters/, /KARPATHY SAYS/],
      [/^It's a recollection of the internet/, /KARPATHY SAYS/],
      [/^The base model is a bit like a zip file/, /KARPATHY SAYS/],
      [/^베이스 모델 = 인터넷 문서 시뮬레이터, 어시스턴트가/, /TAKEAWAYS/],
    ],
    misses: [
      [
        [/^같은 프롬프트라도 매번 다른 결과/, /TOKEN SIMULATOR/],
        "the looping flowchart and the box's own two lines fill the row's right panel at the minimum size, so the layout moves the small list to its neighbour",
      ],
    ],
  },
};
