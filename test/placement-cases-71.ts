// Placement rules for a hallucinations chapter whose layout is a heading outline (`## Row 2 (50%)` over `### Box B:
// …` headings, each box's content under its own heading, one box said to span rows 2–3 on the right), read as a
// designer would: each quote, diagram and section in the box it is written under, and a quote typed under the
// "I don't know" box but about parameters vs. context in the box that compares them.
import type { Case } from "./placement-cases.js";

export const SEVENTY_FIRST: Record<string, Case> = {
  "hallucination-tools-heading-boxes-span-stray-quote": {
    file: "hallucination-tools-heading-boxes-span-stray-quote",
    rules: [
      [/^Training data: "Who is Tom Cruise\?"/, /^WHY MODELS HALLUCINATE/],
      [/^It's just trying to take on the style/, /^WHY MODELS HALLUCINATE/],
      [/^Knowledge probing/, /^MITIGATION #1/],
      // Typed under Box C, but its words are Box D's title.
      [/^The knowledge in the parameters is a vague recollection/, /^VAGUE RECOLLECTION vs WORKING MEMORY/],
      [/^It's like something you read a month ago/, /^VAGUE RECOLLECTION vs WORKING MEMORY/],
      [/Vague recollection/, /^VAGUE RECOLLECTION vs WORKING MEMORY/],
      [/User question/, /^MITIGATION #2/],
      [/^when to call the tool/, /^MITIGATION #2/],
      [/^Hallucination = imitating confident style/, /^KEY TAKEAWAYS/],
    ],
  },
};
