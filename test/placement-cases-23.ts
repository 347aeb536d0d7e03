// Placement rules for a counting-and-spelling chapter drawn as one shared grid whose walls drift with the Korean
// typed in it (a nested example box in the strawberry box, numbered `###` sections, a styled use-code flowchart)
// and a tokens-to-think chapter a model wrote in English, its layout a list of numbered panels in bands, read as a
// designer would: each quote, table, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_THIRD: Record<string, Case> = {
  "counting-strawberry-shared-grid-drift-nested": {
    file: "counting-strawberry-shared-grid-drift-nested",
    rules: [
      [/^모델이 보는 단위는 token/, /TOKENS ≠ CHARACTERS/],
      [/^보는 주체 \|/, /TOKENS ≠ CHARACTERS/],
      [/^질문: "How many r's are there in strawberry\?"/, /STRAWBERRY/],
      [/^"9\.11과 9\.9 중 어느 게 더 커\?"/, /9\.11 > 9\.9/],
      [/^"점이 몇 개야\?"/, /COUNTING 약점/],
      [/^❓ strawberry에 r 몇 개\?/, /USE CODE/],
      [/^모델은 copy-paste를 아주 잘함/, /USE CODE/],
      [/^The models don't see characters/, /KARPATHY SAYS/],
      [/^Their entire world is about tokens/, /KARPATHY SAYS/],
      [/^I don't trust the model to do this in its head/, /KARPATHY SAYS/],
      [/^모델은 글자가 아니라 토큰을 본다/, /TAKEAWAYS/],
    ],
  },
  "tokens-to-think-model-panel-list-1920": {
    file: "tokens-to-think-model-panel-list-1920",
    rules: [
      [/^A Transformer has a finite number of layers/, /Compute per Token/],
      [/^"Emily buys 3 apples and 2 oranges/, /The Word Problem/],
      [/^Aspect \(측면\) \|/, /Answer-First vs Answer-Last/],
      [/^Oranges: 2 × \$2 = \$4/, /Spreading Computation/],
      [/^Every intermediate result is written into the context/, /Spreading Computation/],
      [/^Approach \(방식\) \|/, /Mental Math vs Tool/],
      [/^The model is excellent at copy-paste/, /Mental Math vs Tool/],
      // The quotes sit under the plan's 💬 section, each with its translation after an arrow.
      [/^You can't expect the model to do too much computation/, /Quotes & Takeaways/],
      [/^We have to distribute our reasoning/, /Quotes & Takeaways/],
      [/^I don't fully trust it to do mental arithmetic/, /Quotes & Takeaways/],
      [/^Fixed compute per token/, /Quotes & Takeaways/],
    ],
  },
};
