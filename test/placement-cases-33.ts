// Placement rules for a base-model chapter drawn in rounded `╭─╮` boxes with a quotes sidebar down the left,
// every box titled in Korean and English (`🦙 베이스 모델이란?` over `/ WHAT IS A BASE MODEL`) while the plan's
// sections name one half only, and one with another emoji; and a dense post-training chapter at 1920×1080, seven
// panels under `### Panel N · …` sections with three diagrams, two tables and six quotes written apart, "each next to
// the panel it belongs to": each plan section and quote where its meaning puts it.
import type { Case } from "./placement-cases.js";

export const THIRTY_THIRD: Record<string, Case> = {
  "base-model-rounded-sidebar-bilingual-titles": {
    file: "base-model-rounded-sidebar-bilingual-titles",
    rules: [
      [/^Llama 3\.1 405B \(Meta 공개\)/, /WHAT IS A BASE MODEL/],
      // Read into its own panel; on A4 the row's written 30% holds the looping chain only without the box's sketch
      // line, which its point says again, so that line is left out (restated.ts) and the chain stays.
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
      [/^같은 프롬프트라도 매번 다른 결과/, /TOKEN SIMULATOR/],
    ],
  },
  "post-training-sft-dense-16x9-three-diagrams": {
    file: "post-training-sft-dense-16x9-three-diagrams",
    rules: [
      [/^🌐 Internet docs → Pretraining → Base model/, /PRE → POST TRAINING/],
      [/^\| Pretraining \| Post-training \(SFT\)/, /PRE → POST TRAINING/],
      [/^# \| 토큰 \| 역할/, /CONVERSATION TOKENS/],
      [/^im = imaginary monologue/, /CONVERSATION TOKENS/],
      [/^User → ChatGPT server: 질문 입력/, /INFERENCE/],
      [/^OpenAI가 Upwork \/ ScaleAI/, /HUMAN LABELERS/],
      [/^SFT 데이터$/, /SYNTHETIC DATA/],
      [/^ChatGPT = 마법 AI/, /WHO ARE YOU TALKING TO/],
      [/^포스트 트레이닝 = 같은 알고리즘/, /TAKEAWAYS/],
      [/^These labeling instructions can grow/, /HUMAN LABELERS/],
      [/^You're not talking to a magical AI/, /WHO ARE YOU TALKING TO/],
      [/^The model is programming itself by example/, /WHO ARE YOU TALKING TO/],
      // Swapping the dataset is how pre-training becomes post-training; the synthetic-data map is about the data too.
      [/^We're just swapping out the dataset/, /PRE → POST TRAINING|SYNTHETIC DATA/],
      // The chain and the comparison table fill PRE → POST TRAINING at the minimum size; the quote stands in the
      // panel with most left, tagged `↖ 🔄 PRE → POST TRAINING` at 16:9.
      [/^Post-training is going to be much cheaper/, /PRE → POST TRAINING/],
    ],
    misses: [
      [
        [/^These special tokens have never been seen/, /CONVERSATION TOKENS/],
        "the seven-row token table fills that panel at the minimum size, so the layout moves the quote to the synthetic-data panel",
      ],
    ],
  },
};
