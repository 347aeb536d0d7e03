// Placement rules for a jagged-intelligence chapter offering two layout drafts (the second picked), a sidebar
// either side of three stacked panels, gauges typed as bars, and its quotes in one general 💬 section, read as a
// designer would: each quote, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const FORTIETH: Record<string, Case> = {
  "jagged-two-drafts-sidebars-gauges": {
    file: "jagged-two-drafts-sidebars-gauges",
    rules: [
      [/^수학 올림피아드 \| ██████████ \| 95%/, /^능력 게이지/],
      [/^수치는 느낌상 대충이에요/, /^능력 게이지/],
      [/^어려운 문제 ✅ \/ 쉬운 문제 ❌/, /^능력 게이지/],
      [/^많은 모델이 "9\.11이 더 크다"/, /^9\.11 vs 9\.9/],
      [/^점이 몇 개\? → 암산\?/, /^세기 & 철자/],
      [/^작업 \| 모델 혼자 \| 도구 사용/, /^세기 & 철자/],
      [/^능력은 대부분 탄탄/, /^SWISS CHEESE MODEL/],
      [/^모델 자신감 \| ██████████ \| 항상 높음/, /^SWISS CHEESE MODEL/],
      [/^세기·철자·비교 → "use code" 붙이기/, /^대처법 & 요약/],
      // The 💬 section's three quotes, each about one panel.
      [/^I think of it as a Swiss cheese model/, /^SWISS CHEESE MODEL/],
      [/^Some of the neurons that light up are associated with Bible/, /^9\.11 vs 9\.9/],
      [/^Don't treat them as infallible/, /^대처법 & 요약/],
    ],
  },
};
