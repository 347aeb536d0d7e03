// Placement rules for the twelfth round of chapters written the way strangers write them (a `║` frame round ASCII
// boxes with a sidebar, keycap-numbered sections, heights said per band; five boxes across under a ratio table
// headed `How tall`, a mind map pasted without its fence, a Python snippet, quotes with Korean glosses; a layout
// written as a table listing each row's boxes, with plan sections titled in other words than their boxes and
// nested three deep; free-standing boxes with a sidebar, heights in `fr`, `Panel 1 of 6 — ` labels, 💬 quotes
// under a label naming their box), read as a designer would: each quote, table and diagram in the panel whose
// box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const TWELFTH: Record<string, Case> = {
  "chatgpt-memory-double-plus-sidebar": {
    file: "chatgpt-memory-double-plus-sidebar",
    rules: [
      [/^새 대화 = context window 리셋/, /NEW CHAT = RESET/],
      [/^대화 중 정보 → 기억할 만한가/, /MEMORY BANK/],
      [/^새 대화 시작/, /HOW IT FLOWS/],
      [/^구분 \| Memory \| Custom Instructions/, /CUSTOM INSTRUCTIONS/],
      [/^설정 → Personalization/, /MANAGE IT/],
      [/^ChatGPT가 아는 나/, /NOT REAL MEMORY/],
      // Parameters unchanged, only the context: NOT REAL MEMORY's 파라미터 그대로, or the box about memory going into the context.
      [/^The model doesn't change/, /NOT REAL MEMORY|HOW IT FLOWS/],
      [/^모델 파라미터는 바뀌지 않는다/, /TAKEAWAYS/],
      // Since the words the chapter says in most of its panels count as common, `conversation` no longer pulls it to NEW CHAT.
      [/^It's like a sticky note/, /HOW IT FLOWS|NOT REAL MEMORY/],
    ],
    misses: [
      [[/^Over time ChatGPT gets to know you/, /MEMORY BANK|NOT REAL MEMORY/], "memories piling up over time is MEMORY BANK's, and NOT REAL MEMORY's mind map is `ChatGPT가 아는 나`; the quote matches only the word `chatgpt`, which HOW IT FLOWS' plan section does not even say, and goes by room"],
    ],
  },
  "pretraining-cost-five-across-bare-mindmap": {
    file: "pretraining-cost-five-across-bare-mindmap",
    rules: [
      [/^GPT-2 \(OpenAI, 2019\)/, /^2019$/],
      [/^항목 \| 2019 \(OpenAI\) \| 2024/, /\$40K/],
      // Why training got cheaper: data, hardware, software, the last two boxes of the row.
      [/^더 싸진 이유/, /DATA|HW \+ SW/],
      [/^클라우드에서 빌리는 노드/, /COST FORMULA/],
      [/^한 step ≈ 1M tokens/, /LOSS GOES DOWN/],
      [/^수만 장의 GPU/, /FRONTIER SCALE/],
      [/^It's actually much cheaper now/, /QUOTES/],
      [/^I think this could be pushed down/, /QUOTES/],
      [/^All of these GPUs are just predicting/, /QUOTES/],
      [/^GPT-2급 모델/, /TAKEAWAYS/],
    ],
  },
  "llama3-herd-table-layout-nested-plan": {
    file: "llama3-herd-table-layout-nested-plan",
    rules: [
      [/^Pretraining → Base model → Post-training/, /DOCUMENT SIMULATOR|BASE vs INSTRUCT/],
      [/^\| Base model \| Instruct model/, /BASE vs INSTRUCT/],
      [/^The base model is a token-level internet document simulator/, /QUOTES|DOCUMENT SIMULATOR/],
      [/^It's a kind of lossy compression/, /QUOTES|405B PARAMS/],
      [/^Llama 3 = open weights/, /TAKEAWAYS/],
      // Six content sections for six content boxes, in the boxes' order, none named by emoji: written box by box,
      // each section goes to the box at its place (order.ts), whatever word of another box its title says.
      [/^논문: "The Llama 3 Herd of Models"/, /MODEL FAMILY/],
      [/^This is a herd of models/, /MODEL FAMILY/],
      [/^15 trillion tokens/, /15T TOKENS/],
      [/^405B parameters = 4,050억/, /405B PARAMS/],
      [/^입력: "2 더하기 2는\?"/, /DOCUMENT SIMULATOR/],
      [/^Few-shot prompt/, /FEW-SHOT TRICKS/],
    ],
  },
  "gpu-cluster-free-boxes-fr-heights": {
    file: "gpu-cluster-free-boxes-fr-heights",
    rules: [
      [/^An 8×H100 node/, /ONE NODE/],
      [/^Neural nets = mostly matrix/, /WHY GPUs/],
      [/^GPU: H100 → Node: 8 GPUs/, /FROM NODE TO DATA CENTER/],
      [/^Unit \| What it is \| Scale/, /FROM NODE TO DATA CENTER/],
      [/^step: one update/, /TRAINING LOG/],
      [/^Data = fuel/, /TOKENS = FUEL/],
      [/^All of this hardware is really just collaborating/, /QUOTES/],
      [/^You don't buy it/, /QUOTES/],
      [/^This is why NVIDIA/, /QUOTES/],
      [/^Training runs on GPUs/, /TAKEAWAYS/],
      // The Scaling out section's last points stay with its chart and table: `Panel 3 of 6 — 🏭` is pinned by its emoji.
      [/^Connected with very fast networking/, /FROM NODE TO DATA CENTER/],
    ],
  },
};
