// Placement rules for a base-model chapter drawn in a double-line frame, its row heights written as percents in
// the drawing's left margin, a few-shot prompt pasted as a code block, a mind map of markdown strings, and two
// quotes listed after the takeaways in an unnumbered `## 인용구` section: each where the document says it is its.
import type { Case } from "./placement-cases.js";

export const FIFTY_FIRST: Record<string, Case> = {
  "base-model-document-simulator-double-frame-margin-percent-mindmap-md": {
    file: "base-model-document-simulator-double-frame-margin-percent-mindmap-md",
    rules: [
      // `## 2. 🦙 Base model 스펙` → the 🦙 box.
      [/^항목 \| 내용/, /^BASE MODEL이란/],
      // `## 3. 🎯 Few-shot prompt 예시`: the prompt pasted as code, and the model's answer under it.
      [/^butterfly: 나비/, /^FEW-SHOT PROMPTING/],
      [/^→ 모델 출력/, /^FEW-SHOT PROMPTING/],
      // `## 4. 🔁 Regurgitation vs 일반화` → the 🔁 box.
      [/^구분 \| Regurgitation/, /^REGURGITATION/],
      // `## 5. 🤖 Assistant prompt 만들기` → the 🤖 box.
      [/^웹페이지 헤더/, /^BASE MODEL로 ASSISTANT/],
      [/^base model = token-level internet document simulator/, /^TAKEAWAYS/],
      // The quotes after the takeaways: reciting Wikipedia from memory is regurgitation; in-context learning is
      // what the few-shot box calls its prompt.
      [/^It's just a token-level internet document simulator/, /^REGURGITATION/],
      [/^The model has this in-context learning ability/, /^FEW-SHOT PROMPTING/],
    ],
  },
};
