// Placement rules for a knowledge-of-self chapter whose layout is a list of rows of bracketed boxes and whose
// quotes are only in a table whose third column names the panel each goes in (by emoji and title, by title
// alone, and once in Korean), read as a designer would: each quote, diagram and plan section in its panel.
import type { Case } from "./placement-cases.js";

export const SIXTY_FIFTH: Record<string, Case> = {
  "knowledge-of-self-row-brackets-quote-panel-column": {
    file: "knowledge-of-self-row-brackets-quote-panel-column",
    rules: [
      [/^LLM은 매 대화마다 새로 "부팅"/, /^NO SELF/],
      [/^OLMo SFT mixture에/, /^HARDCODED SFT/],
      [/^대화 맨 앞, 사용자에게 안 보이는/, /^SYSTEM MESSAGE/],
      // The quote table's third column: 🧠 NO SELF, HARDCODED SFT, 시스템 메시지 패널.
      [/^It doesn't have a persistent existence/, /^NO SELF/],
      [/^Its default answer would be: I am ChatGPT/, /^HARDCODED SFT/],
      [/^It's kind of like a little note in its working/, /^SYSTEM MESSAGE/],
      // The mindmap is written under section 1) 🧠 NO SELF.
      [/Knowledge of Self/, /^NO SELF/],
      [/어디에 들어가나/, /^비교표/],
      [/정체성은 .*SFT 데이터/, /^TAKEAWAYS/],
    ],
  },
};
