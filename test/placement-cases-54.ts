// Placement rules for an SFT-data chapter whose layout is a nested bullet outline (`- 중단 (55%)` over `- 왼쪽
// (40%): 📋 …`, a bottom box `(두 칸 합침)`), whose plan sections carry the outline's emoji with their titles
// reworded and swapped into English (`📋 라벨링 지침` ↔ `## 📋 Labeling Instructions (라벨러 가이드)`), and whose
// quotes are signed with a time (`— Karpathy, 1:02:15`) under the section each is about.
import type { Case } from "./placement-cases.js";

export const FIFTY_FOURTH: Record<string, Case> = {
  "sft-labelers-bullet-outline-spanned-emoji-swap": {
    file: "sft-labelers-bullet-outline-spanned-emoji-swap",
    rules: [
      [/^원칙 \| 영어 키워드 \| 라벨러가 하는 일/, /^라벨링 지침/],
      [/^At the highest level, you want to be helpful/, /^라벨링 지침/],
      [/^항목 \| InstructGPT \(2022\)/, /^전문 라벨러/],
      [/^These are not random people from the internet/, /^전문 라벨러/],
      [/^InstructGPT: OpenAI가 Upwork/, /^전문 라벨러/],
      [/UltraChat/, /^합성 대화 데이터|^핵심 정리/],
      [/^사람이 모든 응답을 직접 쓰지 않는다/, /^합성 대화 데이터/],
      [/^Labeling Instructions/, /^SFT 데이터 파이프라인/],
      [/^SFT 데이터 = 사람 라벨러가/, /^핵심 정리/],
      [/^You're not talking to a magical AI/, /^핵심 정리/],
    ],
  },
};
