// Placement rules for a neural-network-internals chapter drawn with heavy shared-wall boxes (`┏━┳━┓`), its plan a
// numbered list of bold panel titles with no headings, tables indented under a point, quotes typed as points in
// curly quotes signed after a dash, a flowchart with subgraphs and a pie of the next token: each quote, table,
// diagram and plan section in the panel its numbered title (by emoji) names.
import type { Case } from "./placement-cases.js";

export const FIFTY_SECOND: Record<string, Case> = {
  "nn-internals-heavy-shared-walls-numbered-bold-plan-pie": {
    file: "nn-internals-heavy-shared-walls-numbered-bold-plan-pie",
    rules: [
      [/^Billions of numbers/, /^PARAMETERS = KNOBS/],
      [/^Think of these parameters as kind of like knobs/, /^PARAMETERS = KNOBS/],
      [/^A sequence of 0/, /^INPUT CONTEXT/],
      // The table indented under `- Small table:` is that panel's.
      [/^Length \| What it means/, /^INPUT CONTEXT/],
      [/^Every token ID/, /^EMBEDDINGS/],
      // `⚡ The Transformer (attention + MLP blocks)` is the box drawn as `⚡ transformer`.
      [/^One giant expression/, /^transformer/],
      [/^Input tokens/, /^transformer/],
      [/^Logits → softmax/, /^OUTPUT SOFTMAX/],
      [/^Next token after "The cat sat on the"/, /^OUTPUT SOFTMAX/],
      [/^Intermediate values/, /^NOT A BRAIN/],
      [/Biological neuron \| Transformer "neuron"/, /^NOT A BRAIN/],
      [/^It's a fixed mathematical expression/, /^NOT A BRAIN/],
      [/^You can still loosely think of this as synthetic/, /^NOT A BRAIN/],
      [/^Random knobs/, /^TRAINING = NUDGING/],
      [/^Training the neural network means discovering/, /^TRAINING = NUDGING/],
      [/^A neural network is just a mathematical function/, /^TAKEAWAYS/],
    ],
  },
};
