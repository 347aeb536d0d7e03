// Placement rules for a neural-network I/O chapter kept as a Docusaurus MDX page (its drawing, ratio table and
// flowchart in tabs, its quotes in `:::tip 인용` admonitions and a `<Callout type="quote">`), read as a designer
// would: each quote beside the part of the lecture it says, each plan section in the box its emoji names.
import type { Case } from "./placement-cases.js";

export const NINETY_FOURTH: Record<string, Case> = {
  "nn-io-training-docusaurus-mdx-tabs-admonitions": {
    file: "nn-io-training-docusaurus-mdx-tabs-admonitions",
    rules: [
      // The quotes: windows of tokens are the input, 100,277 probabilities the output, the nudge the update.
      [/^We take windows of tokens/, /^INPUT: TOKEN WINDOW/],
      [/^The output of the neural network is exactly 100,277/, /^OUTPUT: 100,277/],
      [/^We want to nudge the network/, /^TRAINING UPDATE/],
      // 🔁 Training Update's flowchart and its before/after table, a tab each.
      [/^Context tokens/, /^TRAINING UPDATE/],
      [/^토큰 ID/, /^TRAINING UPDATE/],
      // ⚡, 📉 and 📌 name their boxes.
      [/^윈도우 하나가 아니라/, /^BATCH/],
      [/^예측이 틀린 정도를/, /^LOSS/],
      [/^입력 = 토큰 윈도우/, /^핵심 정리/],
    ],
  },
};
