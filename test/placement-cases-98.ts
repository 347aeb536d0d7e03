// Placement rules for a Swiss cheese chapter copied out of a Logseq page (every line a bullet, the plan's
// sections bullets under a heading bullet, fences and tables inside bullets), read as a designer would: each
// quote, diagram and plan section in the panel whose emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const NINETY_EIGHTH: Record<string, Case> = {
  "swiss-cheese-logseq-outliner-page": {
    file: "swiss-cheese-logseq-outliner-page",
    rules: [
      // The mind map fenced in section 1's bullet, and the note under it.
      [/^Swiss Cheese 모델$/, /^SWISS CHEESE/],
      [/^구멍은 랜덤하고 미리 알 수 없다/, /^SWISS CHEESE/],
      [/^해석/, /^9\.11 vs 9\.9/],
      [/^내부 activation에서 Bible verse 뉴런/, /^9\.11 vs 9\.9/],
      [/^strawberry/, /^STRAWBERRY/],
      [/^약점 ① 토큰화: 모델은 글자가 아니라/, /^STRAWBERRY/],
      // Section 4's table, a bullet after its points.
      [/^작업/, /^USE CODE/],
      [/^산수\(mental arithmetic\)도 도구에게/, /^USE CODE/],
      [/^I think of it as the Swiss cheese model/, /^KARPATHY/],
      [/^You cannot always tell in advance/, /^KARPATHY/],
      [/^Don't fully trust them/, /^KARPATHY/],
      [/^LLM = 넓게 잘하지만/, /^TAKEAWAYS/],
    ],
  },
};
