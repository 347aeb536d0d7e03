// Placement rules for a compute chapter kept as Typst notes (`#set` rules, `=` headings, `#table(…)` calls, a
// `#quote(…)[…]` under each section, `#grid(rows: (…))` for the heights), read as a designer would: each quote,
// table and diagram in the panel whose emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const EIGHTY_EIGHTH: Record<string, Case> = {
  "compute-h100-typst-notes-grid-rows-table-footnote": {
    file: "compute-h100-typst-notes-grid-rows-table-footnote",
    rules: [
      [/^All of this is just a lot of matrix multiplications/, /^TRAINING = MATMUL/],
      // Listed under the style rules, not under a section: its words are the matmul box's.
      [/^It's all just matrix multiplications/, /^TRAINING = MATMUL/],
      [/^\*\*항목\*\* \| \*\*값\*\*|^항목 \| 값 \| 메모/, /^8×H100 NODE/],
      [/^\W*1\W* ?Lambda Labs 기준 대략치|^Lambda Labs 기준/, /^8×H100 NODE/],
      [/^H100 GPU/, /^GPU → NODE → RACK → DATA CENTER/],
      [/^All of these GPUs are collaborating/, /^GPU → NODE → RACK → DATA CENTER/],
      [/^These GPUs are very expensive/, /^NVIDIA GOLD RUSH/],
      [/^(\*\*)?항목(\*\*)? \| (\*\*)?2019/, /^GPT-2: THEN vs NOW/],
      [/^2019/, /^GPT-2: THEN vs NOW/],
      [/^훈련 = GPU 위의|^\*\*훈련\*\* = GPU/, /^KEY TAKEAWAYS/],
    ],
  },
};
