// Placement rules for a neural-network-internals chapter kept as LaTeX source (`\section{}` parts, `itemize`
// lists, `tabular` tables, `quote` environments, the drawing and a Mermaid diagram in `verbatim` blocks), read as
// a designer would: each quote, diagram and plan section in the panel whose title or words say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTY_SECOND: Record<string, Case> = {
  "nn-internals-tex-source-itemize-tabular-verbatim": {
    file: "nn-internals-tex-source-itemize-tabular-verbatim",
    rules: [
      [/^Parameters = weights/, /^PARAMETERS = KNOBS/],
      [/^y = f\(x; θ\)/, /^BIG MATH EXPRESSION/],
      [/^Input Tokens/, /^TRANSFORMER PIPELINE/],
      [/^구성 요소/, /^TRANSFORMER PIPELINE/],
      [/^생물학적 뉴런/, /^NOT A BRAIN/],
      [/^Think of these parameters as kind of like knobs/, /^QUOTES/],
      [/^It's a fixed mathematical expression/, /^QUOTES/],
      [/^You can loosely think of this as synthetic brain/, /^QUOTES/],
      [/^신경망 = 파라미터로 조절되는/, /^TAKEAWAYS/],
    ],
  },
};
