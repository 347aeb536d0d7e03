// Placement rules for a post-training data chapter typed with full-width punctuation (`｜` tables, `＋` corners,
// `１０％` heights, CRLF lines and stray tabs, a Mermaid mind map with icons), and a jagged-intelligence chapter
// drawn with its sidebar on the left through every row, five little boxes in the middle row and `###` sections
// whose emoji come after their titles: each quote, table, diagram and plan section in the panel whose emoji,
// title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_NINTH: Record<string, Case> = {
  "sft-labelers-fullwidth-crlf-mindmap-icons": {
    file: "sft-labelers-fullwidth-crlf-mindmap-icons",
    rules: [
      // 🗂️ opens the drawing's DATASET EVOLUTION box and the plan's flowchart section.
      [/^InstructGPT 2022 → OpenAssistant/, /DATASET EVOLUTION/],
      [/^ChatGPT의 답/, /STATISTICAL SIMULATION/],
      [/^You're not talking to a magical AI/, /STATISTICAL SIMULATION/],
      [/^모든 프롬프트를 다룰 수는 없음/, /PERSONA/],
      [/^대화 데이터 ＝ labeling instructions/, /TAKEAWAYS/],
      // The instructions box says helpful, truthful, harmless; the quote says it again.
      [/^Be helpful, truthful, and harmless/, /LABELING INSTRUCTIONS/],
      [/^These labelers are basically following/, /LABELING INSTRUCTIONS|HUMAN LABELERS/],
      // Its rows are InstructGPT, OpenAssistant, UltraChat: the datasets the evolution box chains.
      [/^Concept \| 정의 \| 예시/, /DATASET EVOLUTION|HUMAN LABELERS/],
      // Who writes the data: labelers, their instructions, volunteers, LLMs.
      [/^대화 데이터$/, /HUMAN LABELERS|DATASET EVOLUTION/],
    ],
    misses: [
      // The comparison of human-written and synthetic data is the evolution box's own line (사람이 다 씀 → LLM이
      // 돕고 사람은 편집); its title's `Human` and its rows' `labeler` send it to HUMAN LABELERS.
      [[/^구분 \| Human-written \| Synthetic/, /DATASET EVOLUTION/], "Human in its title and labeler in its rows outweigh the evolution box's LLM, 사람, 편집"],
    ],
  },
  "jagged-left-sidebar-ruler-yaml-rows-trailing-emoji": {
    file: "jagged-left-sidebar-ruler-yaml-rows-trailing-emoji",
    rules: [
      [/^LLM = jagged intelligence/, /CORE IDEA/],
      [/^9\.11 vs 9\.9\? → Tokens/, /9\.11 vs 9\.9 PUZZLE/],
      [/^Question: "What is bigger/, /9\.11 vs 9\.9 PUZZLE/],
      [/^"How many r in strawberry\?"/, /COUNTING R'S/],
      [/^This is what I call the Swiss cheese/, /SWISS CHEESE/],
      [/^Swiss Cheese$/, /SWISS CHEESE/],
      [/^치즈 대부분은 단단하지만/, /SWISS CHEESE/],
      [/^You are responsible for the final/, /USE AS TOOL/],
      [/^Use them as tools, check their work/, /USE AS TOOL/],
      [/^LLM capability is jagged/, /TAKEAWAYS/],
    ],
    misses: [
      // Solid parts against holes is the Swiss cheese picture, and its rows are the middle row's little boxes
      // (Olympiad, mental math, spelling); placed by room it lands in the narrow sidebar.
      [[/^Good at \(solid\) \| Fails at/, /SWISS CHEESE|BIBLE|MENTAL|SPELLING|OLYMP/], "no panel's words outweigh the rest, so room decides"],
    ],
  },
};
