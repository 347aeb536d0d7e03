// Placement rules for the twentieth round of chapters written by others (a DeepSeek-R1 chapter laid out as a
// mermaid block diagram, its plan holding TeX and footnotes; an AlphaGo chapter a chat model wrote in English,
// its layout a nested bullet list with five boxes in the middle row), read as a designer would: each quote,
// table, diagram, footnote and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTIETH: Record<string, Case> = {
  "deepseek-r1-block-beta-latex-footnotes": {
    file: "deepseek-r1-block-beta-latex-footnotes",
    rules: [
      // The textbook table and its footnote are the practice-problem analogy's own section.
      [/^교과서 \| LLM 학습 단계 \| 하는 일/, /RL = 교과서 연습문제/],
      [/^\[1\] Karpathy의 교과서 비유/, /RL = 교과서 연습문제/],
      [/^사람이 쓴 풀이 ≠ 모델에게 최적인 풀이/, /RL = 교과서 연습문제/],
      // The quote says what the practice-problem box explains: the model finds its own token sequences.
      [/^We don't know what the optimal token sequences are/, /RL = 교과서 연습문제/],
      // The paper's results and the paper they cite.
      [/^AIME 정확도/, /R1 결과/],
      [/^\[2\] DeepSeek-AI \(2025\)/, /R1 결과/],
      // The RL loop, the policy gradient and the aha quote are the emergent-thinking section.
      [/^문제 프롬프트 → 풀이 15개 샘플링/, /EMERGENT THINKING/],
      [/^∇_θ J\(θ\)/, /EMERGENT THINKING/],
      [/^정답이면 보상 R = 1/, /EMERGENT THINKING/],
      [/^Wait, wait\. Wait\. That's an aha moment/, /EMERGENT THINKING/],
      // R1's own list is too big for its 15% row and goes to the middle row with its footnote: the panel showing
      // the model learning to think longer takes the quote rather than stand empty.
      [/^RL is where the model learns to think/, /EMERGENT THINKING|KEY TAKEAWAYS|R1 결과/],
      [/^구분 \| SFT \| RL/, /SFT vs RL/],
      [/^chat\.deepseek\.com/, /Thinking Model/],
      [/^\[3\] OpenAI는 distillation/, /Thinking Model/],
      [/^RL = 연습문제: 정답만 주고/, /KEY TAKEAWAYS/],
    ],
  },
  "alphago-rl-vs-sft-bullet-layout-shortcodes": {
    file: "alphago-rl-vs-sft-bullet-layout-shortcodes",
    rules: [
      [/^Human expert games → Imitate moves/, /Imitation vs Discovery/],
      [/^SFT: learns what humans do/, /Imitation vs Discovery/],
      [/^2016, AlphaGo vs Lee Sedol/, /Beyond Lee Sedol/],
      // Each quote sits in the section that quotes it, as the plan writes it there.
      [/^In reinforcement learning, you are not restricted/, /Beyond Lee Sedol/],
      [/^x-axis: training time/, /The Elo Curve/],
      [/^If you're just imitating human players/, /The Elo Curve/],
      [/^Game 2 vs Lee Sedol/, /Move 37 \(37수\)/],
      [/^Move 37 was a move that a human would play/, /Move 37 \(37수\)/],
      [/^New analogies humans never made/, /Move 37 for LLMs/],
      [/^Domain \| Check \| Works with RL\?/, /Verifiable Domains/],
      [/^Go is a closed game/, /Caveats/],
      [/SFT \(지도학습\) \| RL \(강화학습\)/, /SFT vs RL at a Glance/],
      [/^Imitation tops out at the level/, /Key Takeaways/],
    ],
  },
};
