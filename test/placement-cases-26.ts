// Placement rules for a compute chapter drawn with `#====#` boxes (its nvidia-smi printout meant for the training
// run box, its two cost tables, its quotes pasted one a line in one `>` block) and a tool-use chapter with a
// sidebar running down all three content rows (working memory vs vague recollection, two quotes with it), a
// search-loop flowchart and a checklist, read as a designer would: each in the panel its title, emoji or words
// say it is about.
import type { Case } from "./placement-cases.js";

export const TWENTY_SIXTH: Record<string, Case> = {
  "compute-h100-hash-equals-sentence-ratios-smi": {
    file: "compute-h100-hash-equals-sentence-ratios-smi",
    rules: [
      [/^H100 = Nvidia의 데이터센터용 GPU/, /H100 & NODE/],
      [/^단위 \| 구성 \| 규모/, /H100 & NODE/],
      [/^한 줄 = 모델 한 번 업데이트/, /TRAINING RUN/],
      [/^H100 GPU → 8×H100 Node → Rack/, /DATA CENTER/],
      [/^빅테크가 GPU를 사 모으는 이유/, /DATA CENTER/],
      [/^항목 \| 2019 \(OpenAI\) \| 2024/, /COST/],
      [/^렌탈 예시: \$3 × 8 GPU/, /COST/],
      [/^학습은 노트북이 아니라/, /KEY TAKEAWAYS/],
      // The box says "1 step = 1M tokens" and its plan's list "한 줄 = 모델 한 번 업데이트": the quote says that line
      // in English (one update, lines), not anything about the data center's models.
      [/^Each one of these lines is one update to the model/, /TRAINING RUN/],
      // Pasted one a line in the takeaways' own `>` block: two quotes, each staying where it was written.
      [/^I'm not running this on my laptop/, /KEY TAKEAWAYS/],
      [/^All these GPUs are collaborating/, /KEY TAKEAWAYS/],
    ],
  },
  "tool-use-search-sidebar-checklist-edge-labels": {
    file: "tool-use-search-sidebar-checklist-edge-labels",
    rules: [
      [/^모델이 <SEARCH_START> 토큰을 내보내면/, /SEARCH TOKENS/],
      [/^User: 최신 질문/, /SEARCH LOOP/],
      [/^굵은 화살표/, /SEARCH LOOP/],
      [/^구분 \| 파라미터 속 지식/, /WORKING MEMORY vs VAGUE RECOLLECTION/],
      [/^The knowledge in the parameters of the neural network/, /WORKING MEMORY/],
      [/^The knowledge in the tokens of the context window/, /WORKING MEMORY/],
      [/^큰 수 곱셈·세기/, /CODE INTERPRETER/],
      [/^I would not trust the model's mental arithmetic/, /CODE INTERPRETER/],
      [/^최신 뉴스·최근 사건/, /WHEN TO USE TOOLS/],
    ],
  },
};
