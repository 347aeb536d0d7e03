// Placement rules for a Tiktokenizer chapter pasted from a Google Docs export (no `#` headings: bold lines for
// titles, `●`/`○` bullets, a table under a merged group header, quotes in italics with curly marks, one of them
// inside a sentence, a last box asked to gather the quotes above), read as a designer would: each list, diagram
// and table in the panel its `■ 패널` title names, the quotes in the QUOTES box the plan gathers them in.
import type { Case } from "./placement-cases.js";

export const SIXTY_SECOND: Record<string, Case> = {
  "tiktokenizer-demo-gdocs-bold-titles-dot-bullets": {
    file: "tiktokenizer-demo-gdocs-bold-titles-dot-bullets",
    rules: [
      [/^Tiktokenizer 사이트에서 cl100k_base 선택/, /^TIKTOKENIZER DEMO/],
      [/^hello world → Tokenizer cl100k_base|^"?hello world"? →/, /^TIKTOKENIZER DEMO/],
      [/^GPT-4 = 약 100,277개 토큰/, /^~100K VOCABULARY/],
      // The quote inside the plan's sentence stays in its sentence, in the vocabulary box.
      [/^카파시가 말했듯이/, /^~100K VOCABULARY/],
      [/^입력/, /^SPACES & CAPITALS/],
      [/^모델은 글자\(character\)를 못 보고/, /^SPELLING/],
      [/^ubiquitous → ubiqu/, /^SPELLING/],
      // `■ 패널 E: 💬 QUOTES — 위 인용 세 개를 말풍선으로 모아서`.
      [/^"?these are all different tokens/, /^QUOTES/],
      [/^"?the models don't see characters/, /^QUOTES/],
      [/^텍스트 → 토큰 ID 시퀀스/, /^TAKEAWAYS/],
    ],
  },
};
