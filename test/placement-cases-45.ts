// Placement rules for a tokenization chapter laid out as a grid of coloured squares with a legend naming each
// colour's box, its plan's `###` headings ending in a colon, a pie of the vocabulary and a flowchart whose labels
// break with `<br/>`, and its quotes as blockquotes signed on a line of their own, read as a designer would: each
// quote, diagram and plan section in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const FORTY_FIFTH: Record<string, Case> = {
  "tokenization-emoji-grid-colon-headings-pie": {
    file: "tokenization-emoji-grid-colon-headings-pie",
    rules: [
      // ### 🧩 BPE Merges: its list and its flowchart of the merges.
      [/^Start from bytes/, /^BPE Merges/],
      [/^Raw text → UTF-8 bytes/, /^BPE Merges/],
      // ### 🔢 Vocab Size: the table of encodings and the pie of where the 100,277 tokens come from.
      [/^Encoding \| Symbols/, /^Vocab Size/],
      [/^Where GPT-4's 100,277 tokens/, /^Vocab Size/],
      // Sequence length is what a bigger vocabulary buys back.
      [/^Sequence length is actually/, /^Vocab Size/],
      [/^Input \| Tokens \| IDs/, /^Tiktokenizer Demo/],
      [/^Note the leading space/, /^Tiktokenizer Demo/],
      [/^Same idea as the demo/, /^Why Spelling Is Hard/],
      // Not seeing the characters is why spelling is hard.
      [/^The model never sees the characters/, /^Why Spelling Is Hard/],
      [/^Text → UTF-8 bytes → BPE tokens/, /^Key Takeaways/],
    ],
    misses: [
      // Said of the 256 bytes ([09:10] in the source text), before any merge: the BPE panel's `Start from bytes`.
      // Its own words name only an ID, which the demo's table and the spelling list also say.
      [[/^You can think of every one of these as a unique ID/, /^BPE Merges/], "the quote names no byte; the source paragraph it comes from is not read for placement"],
    ],
  },
};
