// Placement rules for a neural-network I/O chapter kept in reStructuredText (titles under `~~~~` lines, a
// `.. code-block:: mermaid`, a `.. list-table::` and a `+===+` grid table, block quotes after `..` with `-- Name`
// lines, a sidebar spelled down its box), read as a designer would: each quote, diagram and plan section in the
// panel whose emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTY_SIXTH: Record<string, Case> = {
  "nn-io-rst-sphinx-grid-table": {
    file: "nn-io-rst-sphinx-grid-table",
    rules: [
      [/^window 길이: 0 ~ 약 8,000 tokens/, /^INPUT: TOKEN WINDOW/],
      [/^Position/, /^INPUT: TOKEN WINDOW/],
      [/^output = vocabulary 크기만큼의 숫자/, /^OUTPUT: 100,277 PROBS/],
      [/^Token \| 업데이트 전/, /^OUTPUT: 100,277 PROBS/],
      [/Token window/, /^TRAINING LOOP/],
      [/^한 window 의 모든 위치에서 동시에 학습/, /^TRAINING LOOP/],
      [/^token window \/ context: 네트워크에 들어가는/, /^Glossary/],
      [/^The input is a sequence of tokens/, /^QUOTES/],
      [/^We're basically nudging the network/, /^QUOTES/],
      [/^This doesn't just happen for this one window/, /^QUOTES/],
      [/^Input: 최대 ~8,000 token 의 window/, /^KEY TAKEAWAYS/],
    ],
  },
};
