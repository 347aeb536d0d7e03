// Placement rules for a DeepSeek-R1 chapter pasted out of Confluence in its wiki markup (`h2.` headings,
// `||head||` tables, `{code:language=mermaid}` and `{quote}` blocks signed `-- Andrej Karpathy`), read as a
// designer would: each quote, diagram, table and plan section in the panel its section's emoji and title name.
import type { Case } from "./placement-cases.js";

export const SEVENTY_THIRD: Record<string, Case> = {
  "deepseek-r1-aha-confluence-wiki": {
    file: "deepseek-r1-aha-confluence-wiki",
    rules: [
      [/^교과서 비유: exposition/, /^RL = 연습 문제/],
      [/Prompt: 수학 문제/, /^RESPONSE LENGTH/],
      [/^학습 step이 늘수록/, /^RESPONSE LENGTH/],
      [/^The model is discovering ways to think/, /^RESPONSE LENGTH/],
      [/^R1 응답 속 문장/, /^AHA MOMENT/],
      [/^No human is going to be able to hard-code/, /^AHA MOMENT/],
      [/^특성 \| GPT-4o \| o1 \/ o3/, /^o1 \/ o3 vs GPT-4o/],
      [/^If you're just asking a simple factual question/, /^o1 \/ o3 vs GPT-4o/],
      [/^chat\.deepseek\.com/, /^WHERE TO TRY/],
      [/^RL = 연습 문제 풀기, 정답으로 검증/, /^KEY TAKEAWAYS/],
    ],
  },
};
