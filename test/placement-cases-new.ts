// Placement rules for chapters written after the first two sets, read as a designer would: each quote, table and
// diagram in the panel whose box, title or plan section says what it says, several panels where the document
// honestly allows several. Code blocks are left out (the report gives them no text to name them by).
import type { Case } from "./placement-cases.js";

export const NEW: Record<string, Case> = {
  "alphago-move37-json-layout": {
    file: "alphago-move37-json-layout",
    rules: [
      // Written under MOVE 37 in the plan, and the box is named after it.
      [/^Move 37 was a move a human would play/, /MOVE 37/],
      // Imitation stops at the human level: 모방's second line, and the first takeaway.
      [/^As long as you imitate humans/, /모방 \(Supervised\)|핵심 정리/],
      [/^훈련 시간에 따른 실력$/, /ELO 그래프/],
      [/^x \| line 1 \| line 2/, /ELO 그래프/],
      [/^구분 \| 바둑 \(AlphaGo\) \| LLM/, /바둑 vs LLM/],
    ],
  },
  "deepseek-r1-grid-areas": {
    file: "deepseek-r1-grid-areas",
    rules: [
      [/^Wait, wait\. That's an aha moment/, /"Aha moment"/],
      [/^문제 → 첫 시도 → Wait/, /EMERGENT CHAIN OF THOUGHT/],
      [/^누가 풀이를 정하나$/, /SFT vs RL/],
      [/^\| 사람이 씀 \| 모델이 찾음/, /SFT vs RL/],
      [/^\| SFT \| RL/, /SFT vs RL/],
      // Footnotes stay with the line that cites them.
      [/^\[1\] 논문 그래프/, /RL on math problems/],
      [/^\[2\] R1은 MIT 라이선스/, /Where to try thinking models/],
    ],
    misses: [
      // 아무도 가르치지 않은 행동 (Aha) and the chain of thought the model found for itself (EMERGENT CHAIN).
      [[/^Nobody told the model to do this/, /EMERGENT CHAIN OF THOUGHT|"Aha moment"/], "model, a word of Where to try thinking models' title, scores it 3.0 there; told≈가르치지 (teach) now matches Aha's 아무도 가르치지 않은, but only in a block pinned there (0.5), and no word of it names EMERGENT CHAIN OF THOUGHT"],
    ],
  },
  "fineweb-nested-setext": {
    file: "fineweb-nested-setext",
    rules: [
      [/^We want a large quantity of very high quality/, /GOAL/],
      [/^It's just web pages on the internet, filtered/, /결과물은\?/],
      [/^항목 \| 값/, /FINEWEB IN NUMBERS/],
      [/^Common Crawl → URL 필터링/, /FILTERING PIPELINE/],
      // The sankey of what each filter keeps is the pipeline's.
      [/^from \| to \| amount/, /FILTERING PIPELINE/],
    ],
  },
  "sft-conversations-timeline": {
    file: "sft-conversations-timeline",
    rules: [
      [/^You're not talking to a magical AI/, /WHO AM I TALKING TO/],
      // 모델에겐 그냥 1차원 토큰 시퀀스, and the takeaway 대화도 결국 토큰 시퀀스.
      [/^The conversation is just a one-dimensional sequence/, /대화 = 토큰 열|TAKEAWAYS/],
      [/^2022 → 2023 → 2024/, /데이터는 어디서\?/],
    ],
  },
  "tool-use-yaml-layout": {
    file: "tool-use-yaml-layout",
    rules: [
      // The MEMORY table says 흐릿함 / 정확함; the first takeaway says it again.
      [/^The knowledge in the parameters is a vague recollection/, /MEMORY: 파라미터 vs 컨텍스트|TAKEAWAYS/],
      [/^\| 파라미터 \| Context window/, /MEMORY: 파라미터 vs 컨텍스트/],
      [/^질문 → SEARCH_START/, /WEB SEARCH/],
      // "use code": the interpreter panel's title, and its 암산 대신 Python (instead of mental arithmetic).
      [/^I don't trust the model's mental arithmetic/, /CODE INTERPRETER/],
    ],
  },
  "hallucination-prose-bullets": {
    file: "hallucination-prose-bullets",
    rules: [
      // The Working Memory table's 파라미터 column says 한 달 전에 읽은 것 / 흐릿함: the vague recollection (기억).
      [/^The knowledge in the parameters is a vague recollection/, /Working Memory vs 기억/],
      [/^The context window is like the working memory/, /Working Memory vs 기억/],
      [/^단계 \| 하는 일/, /지식 경계 탐색/],
      [/^질문 → SEARCH_START 토큰/, /Tool Use: 웹 검색/],
      [/^\| 파라미터 \| Context window/, /Working Memory vs 기억/],
    ],
  },
  "post-training-prose-sidebar": {
    file: "post-training-prose-sidebar",
    rules: [
      // Written for the labelers; the third takeaway (답변 = labeler의 통계적 시뮬레이션) says it too.
      [/^You're talking to a statistical simulation/, /Human Labelers|핵심 정리/],
      // The dataset table's 기간 and 비용 rows, or the fourth takeaway (Post-training은 싸고 빠르다).
      [/^The pre-training stage is expensive/, /대화 데이터셋|핵심 정리/],
      [/^\| Pretraining \| SFT/, /대화 데이터셋/],
      [/^특수 토큰은 post-training 때/, /Chat Template/],
    ],
  },
  "thinking-models-prose-16x9": {
    file: "thinking-models-prose-16x9",
    rules: [
      [/^Wait, wait\. That's an aha moment/, /Aha Moment/],
      [/^문제 \| 모델/, /언제 쓰나/],
      [/^모델은 답 전에 풀이를 토큰으로/, /Chain of Thought 예시/],
    ],
    misses: [
      // RL이 만든 사고 says 아무도 가르치지 않았다; the second takeaway (사람은 좋은 사고 시퀀스를 써 줄 수 없다) is the quote.
      [[/^We don't know what token sequences work/, /RL이 만든 사고|Takeaways/], "placed in Takeaways by discover, model and sequence (1.5; RL이 만든 사고 shares no word with it, saying 아무도 가르치지 않았다), then moved to 길어지는 응답 by balance, which the rule does not count as placement"],
    ],
  },
  "tokenization-prose-paragraphs": {
    file: "tokenization-prose-paragraphs",
    rules: [
      [/^Sequence length is a very precious resource/, /LENGTH VS SYMBOLS/],
      [/^UTF-8 bits 0\/1 → Bytes 256/, /BYTE PAIR ENCODING/],
      [/^표현 \| 심볼 수 \| 시퀀스 길이/, /VOCAB SIZE/],
    ],
    misses: [
      // Said of the 256 byte values: the symbols the VOCAB SIZE table counts.
      [[/^You can think of these as unique IDs/, /VOCAB SIZE/], "its one matching word is id (0.5), in TIKTOKENIZER DEMO's 대소문자만 바꿔도 다른 ID; VOCAB SIZE's table speaks of 심볼 and bytes, no word of the quote (an ID is no symbol by any word of the lexicon)"],
    ],
  },
};
