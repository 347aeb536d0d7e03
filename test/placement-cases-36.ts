// Placement rules for an RLHF chapter copied from the lecture's transcript (quotes signed with the time and the
// speaker, `[2:51:48] Andrej: "…"`, boxes titled with the moment they cover) and a base-model chapter whose
// tables and row heights were pasted from a spreadsheet (a ```csv fence, tab-separated rows, a ```tsv fence),
// read as a designer would: each quote, table, diagram and plan section in the panel whose emoji or words say it
// is its.
import type { Case } from "./placement-cases.js";

export const THIRTY_SIXTH: Record<string, Case> = {
  "rlhf-transcript-timestamped-quotes": {
    file: "rlhf-transcript-timestamped-quotes",
    rules: [
      [/^Verifiable domain: 수학처럼/, /VERIFIABLE vs UNVERIFIABLE/],
      [/^OpenAI 논문 "Fine-Tuning Language Models/, /REWARD MODEL/],
      [/^사람: 농담 5개 순위 → Reward Model 학습/, /REWARD MODEL/],
      [/^사람은 점수가 아니라 순서만 매김/, /HUMAN RANKING/],
      [/^처음 몇백 update는 농담이 좋아진다/, /REWARD HACKING/],
      [/^\| 내용 \| 타임스탬프/, /UPSIDE \/ DOWNSIDE/],
      // The 💬 section holds the four quotes, each written with its time and speaker before it.
      [/^It's a much easier task for a human/, /KARPATHY SAID/],
      [/^The reward model is basically a simulator/, /KARPATHY SAID/],
      [/^You'll find that the the the the the/, /KARPATHY SAID/],
      [/^RLHF is not RL in the magical sense/, /KARPATHY SAID/],
      [/^정답이 없는 영역 → 사람의 순서를 학습한/, /TAKEAWAYS/],
    ],
  },
  "base-model-llama3-spreadsheet-csv-tsv": {
    file: "base-model-llama3-spreadsheet-csv-tsv",
    rules: [
      // The specs the writer pasted as a ```csv fence: the 🦙 section's table.
      [/^Model \| Parameters \| Training tokens/, /LLAMA 3\.1 405B/],
      [/^base model = internet document simulator/, /STOCHASTIC TOKEN SIMULATOR/],
      [/^Prompt prefix → Base model/, /STOCHASTIC TOKEN SIMULATOR/],
      // Rows copied out of the sheet with tabs between the cells.
      [/^Term \| When \| Example \| Why/, /REGURGITATION vs HALLUCINATION/],
      [/^둘 다 base model이 인터넷 문서의 통계/, /REGURGITATION vs HALLUCINATION/],
      // The ```tsv fence of word pairs a few-shot prompt shows.
      [/^English \| 한국어/, /FEW-SHOT PROMPT/],
      [/^10쌍 정도 보여 주면/, /FEW-SHOT PROMPT/],
      [/^"Here is a conversation between an AI/, /ASSISTANT BY PROMPT/],
      [/^The base model is not an assistant/, /QUOTES/],
      [/^It's kind of like a lossy compression/, /QUOTES/],
      [/^It's basically a stochastic system/, /QUOTES/],
      [/^This is called regurgitation/, /QUOTES/],
      [/^Base model = token simulator/, /TAKEAWAYS/],
    ],
  },
};
