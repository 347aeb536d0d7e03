// Placement rules for a Llama 3.1 base-model chapter kept in a Colab notebook (the prompt in its Markdown cells,
// some Korean escaped as \uXXXX, a code cell calling the image model), read as a designer would: each quote,
// diagram and plan section in the panel whose title or box lines say it is its.
import type { Case } from "./placement-cases.js";

export const SEVENTY_SEVENTH: Record<string, Case> = {
  "llama31-base-inference-colab-notebook-json": {
    file: "llama31-base-inference-colab-notebook-json",
    rules: [
      // 405B's box says "lossy zip"; HALLUCINATION's says "그럴듯한 평행우주"; BASE ≠ ASSISTANT's "autocomplete".
      [/^It's a kind of lossy compression of the internet/, /^405B/],
      [/^It's making its best guess/, /^HALLUCINATION/],
      [/^The base model is not an assistant/, /^BASE ≠ ASSISTANT/],
      // The plan's `Base vs Assistant` table is that box's topic (moved only for want of room).
      [/^항목 \| Base Model \| Assistant/, /^BASE ≠ ASSISTANT/],
      [/^구분 \| Regurgitation \| Hallucination/, /^REGURGITATION|^HALLUCINATION/],
      // The few-shot and fake-conversation flow is the drawing's PROMPTING box, word for word.
      [/^Few-shot: English/, /^PROMPTING A BASE MODEL/],
      // The sampling loop: what a base model does at inference (autocomplete, sampled, so stochastic).
      [/^Prompt 텍스트 → Tokenize/, /^PROMPTING A BASE MODEL|^BASE ≠ ASSISTANT|^STOCHASTIC/],
      [/^base model = token-level internet document simulator/, /^KEY TAKEAWAYS/],
    ],
    misses: [
      [
        [/^It's a token-level internet document simulator/, /^BASE ≠ ASSISTANT/],
        "its words are the takeaways' first line and no box's, so it goes by room and lands in the empty TRY IT: Hyperbolic box",
      ],
    ],
  },
};
