// Placement rules for an inference chapter on 16:9 whose layout is said only in words and whose cards are a
// decimal-numbered outline (`1. Card A — Sampling` over `1.1 …`), its diagrams under a heading of their own
// captioned with the card each is for, its two quotes inline in the cards they are about: read as a designer
// would, each quote, diagram and card's points in the card that names it.
import type { Case } from "./placement-cases.js";

export const SIXTY_THIRD: Record<string, Case> = {
  "inference-token-tumbler-worded-grid-decimal-outline-pie": {
    file: "inference-token-tumbler-worded-grid-decimal-outline-pie",
    rules: [
      // The two quotes (`As Karpathy puts it, "…"`) are points of the lists that open with these.
      [/^Loop: prefix → network/, /^Sampling/],
      [/^Temperature reshapes the distribution/, /^Temperature/],
      [/^Same prefix, different output every time/, /^Each run differs/],
      [/^Not an assistant/, /^Base model continues documents/],
      [/^Parameters = vague recollection/, /^Context window as working memory/],
      [/^Where knowledge lives/, /^Context window as working memory/],
      [/^Setting/, /^Temperature/],
      // `Flowchart for Card A:` and `Pie chart for Card B:` under `## Diagrams`.
      [/^Prefix tokens/, /^Sampling/],
      [/^Temperature effect/, /^Temperature/],
      [/^Inference = sample one token/, /^takeaways/],
    ],
  },
};
