// Placement rules for chapters written the way strangers write them (five `╔═╗` boxes in one row under a wide
// demo panel; `+--+` boxes nested in a frame with a sidebar beside two rows; quotes written under the boxes they
// are about, Mermaid pasted into the plan without fences; a very dense plan under a `┏━┓` drawing; a prompt a
// chat model wrote, preamble and closing offer included), read as a designer would: each quote, table and
// diagram in the panel whose box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const TENTH: Record<string, Case> = {
  "tokenizer-emoji-numbers-double-five": {
    file: "tokenizer-emoji-numbers-double-five",
    rules: [
      // The playground table is what the wide Tiktokenizer box sketches.
      [/^String \| Tokens/, /TIKTOKENIZER/],
      [/^Hello world is exactly two tokens/, /TIKTOKENIZER|SPACES/],
      [/^🍌 = 4 bytes in UTF-8/, /EMOJI/],
      [/^짧은 숫자/, /NUMBERS/],
      [/^hello world ≠/, /SPACES/],
      [/^The model doesn't see characters/, /SPELLING/],
      [/^Token ID = 고유한 기호/, /TAKEAWAYS/],
      // The text-to-IDs chart is named after no box and sketched in none: the wide demo panel, which turns text
      // into IDs, has the room; the fifth of a row holding the takeaways does not.
      [/^Text → UTF-8 bytes/, /TIKTOKENIZER/],
    ],
    misses: [
      [[/^Think of these IDs as unique symbols/, /TAKEAWAYS|TIKTOKENIZER/], "its word `emojis` pulls it to EMOJI, though its point is that token IDs are arbitrary symbols"],
    ],
  },
  "context-window-plus-sidebar-prose-ratios": {
    file: "context-window-plus-sidebar-prose-ratios",
    rules: [
      [/^한 달 전에 읽은 책/, /흐릿한 기억/],
      [/^방금 읽은 문장처럼/, /작업 기억/],
      // The table compares the two memories: either of their boxes.
      [/^구분 \| 파라미터 \| 컨텍스트 윈도우/, /흐릿한 기억|작업 기억/],
      [/^1장 요약해 줘/, /오만과 편견/],
      [/^요약·질문 전에/, /실전 팁/],
      [/^Knowledge in the parameters/, /흐릿한 기억/],
      [/^The tokens in the context window/, /작업 기억/],
      [/^파라미터 = 흐릿한 기억, 컨텍스트/, /핵심 정리/],
    ],
    misses: [
      [[/^It's like something you read a month ago/, /흐릿한 기억/], "`한 달 전` is the box's words for it, and the word keys skip one-syllable words such as 달; it matches nothing and goes by room. Keyed as month, it lands in 흐릿한 기억, but there it crowds the panel and balance moves Knowledge in the parameters out to 작업 기억 instead"],
    ],
  },
  "preview-multimodal-agents-bare-mermaid": {
    file: "preview-multimodal-agents-bare-mermaid",
    rules: [
      [/^🎧 Audio/, /MULTIMODAL/],
      [/^Modality \| 토큰으로/, /MULTIMODAL/],
      [/^지금: 작업 하나/, /AGENTS/],
      [/^👤 사람/, /AGENTS/],
      [/^화면을 보고/, /COMPUTER USE/],
      [/^학습이 끝나면/, /TEST-TIME/],
      // Each of these two is written under its box in the drawing.
      [/^It's not a fundamental change/, /MULTIMODAL/],
      [/^We'll be talking about human to robot/, /AGENTS/],
      // Sleep is what the section "Models Don't Sleep" and the box's `잠 같은 단계 없음` are about.
      [/^The model doesn't have an equivalent of sleep/, /TEST-TIME/],
      [/^멀티모달 네이티브 모델/, /WATCH FOR/],
    ],
  },
  "llm-os-heavy-dense-plan": {
    file: "llm-os-heavy-dense-plan",
    rules: [
      [/^LLM OS$/, /LLM = 커널/],
      [/^컴퓨터 \| LLM \| 특징/, /LLM = 커널/],
      [/^모델 → 프로그램 멈춤/, /도구 호출/],
      [/^모델은 도구를 특수 토큰으로/, /도구 호출/],
      [/^어떤 문제는 놀랍게/, /스위스 치즈/],
      [/^It's a Swiss cheese model/, /스위스 치즈/],
      [/^토큰 하나당 계산량/, /생각할 토큰/],
      [/^Models need tokens to think/, /생각할 토큰/],
      // Trust vs check is the usage rule the ✅ box states.
      [/^상황 \| 믿어도 됨/, /사용 수칙/],
      [/^토큰 in → 토큰 out/, /한 줄 요약/],
      // The checklist's words (확인) match 사용 수칙 best; the reader found it full of the trust table, which then
      // left for room, and the checklist goes home from the kernel panel it was given by room.
      [/^계산은 "use code"/, /사용 수칙/],
    ],
    misses: [
      [[/^Use it as a tool, check the work/, /사용 수칙/], "on A4 balance moves it out of the kernel panel into 도구 호출 by its word `tool`; on 16:9 it lands in 사용 수칙"],
    ],
  },
  "model-zoo-local-chatty-preamble": {
    file: "model-zoo-local-chatty-preamble",
    rules: [
      // Where each model lives spans both boxes of the first row; the wide panel has the room.
      [/^어디서 \| 예시 \| 종류/, /LM STUDIO|PROPRIETARY|OPEN WEIGHTS/],
      [/^LM Studio 설치/, /LM STUDIO/],
      [/^16bit → 4bit 로 양자화/, /QUANTIZATION/],
      [/^hyperbolic에서/, /OPEN WEIGHTS/],
      [/^For proprietary models/, /PROPRIETARY/],
      [/^You can run smaller models/, /LM STUDIO/],
      [/^독점 = 웹사이트/, /TAKEAWAYS/],
      // Its heading words (Lower Precision) are QUANTIZATION's; LM STUDIO's `model` weighs half, the course's subject.
      [/^They lower the precision/, /QUANTIZATION/],
    ],
  },
};
