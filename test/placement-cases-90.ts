// Placement rules for a preview-of-things-to-come chapter kept as a Quarto document (callouts, `{mermaid}` chunks,
// the layout as `.columns` divs), read as a designer would: each quote, diagram and plan section in the panel whose
// emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const NINETIETH: Record<string, Case> = {
  "preview-quarto-revealjs-columns-callouts-video": {
    file: "preview-quarto-revealjs-columns-callouts-video",
    rules: [
      [/^Audio → Tokens|^Audio\b.*Tokens/, /^MULTIMODALITY/],
      [/^Modality \| 토큰화 방법/, /^MULTIMODALITY/],
      [/^It's not a fundamental change/, /^MULTIMODALITY/],
      [/^Human supervisor/, /^AGENTS/],
      // The quote in the agents section's callout is about human supervisors of agents.
      [/^You're going to have a human supervisor/, /^AGENTS/],
      [/^\W*지금 \| 앞으로/, /^AGENTS/],
      [/^모델이 키보드와 마우스/, /^COMPUTER USE/],
      [/^AI가 따로 여는 앱이 아니라/, /^PERVASIVE/],
      [/^It's going to be pervasive and invisible/, /^PERVASIVE/],
      [/^항목 \| 지금 모델/, /^TEST-TIME TRAINING/],
      [/^Training → Parameters fixed/, /^TEST-TIME TRAINING/],
      [/^audio·image도 그냥 토큰/, /^KEY TAKEAWAYS/],
    ],
  },
};
