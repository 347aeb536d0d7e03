// Placement rules for an RLHF chapter whose layout rows are kept in its metadata and drawn again in the body,
// read as a designer would: each quote, diagram and plan section in the panel its subject names.
import type { Case } from "./placement-cases.js";

export const SIXTY_SIXTH: Record<string, Case> = {
  "rlhf-upside-downside-frontmatter-layout-rows": {
    file: "rlhf-upside-downside-frontmatter-layout-rows",
    rules: [
      [/^검증 불가능한 domain/, /^UPSIDE/],
      [/^reward model = 사람의/, /^DOWNSIDE/],
      [/^'?the the the the/, /^DOWNSIDE/],
      [/^The reward model is a simulation of humans/, /^REWARD MODEL/],
      [/^항목/, /^REWARD MODEL/],
      [/^Prompt/, /^RLHF LOOP/],
      [/^It's a lot easier to discriminate/, /^판별 vs 생성/],
      [/Generating/, /^판별 vs 생성/],
      [/^RLHF의 upside/, /^TAKEAWAYS/],
    ],
  },
};
