// Placement rules for a hallucination chapter copied out of a web editor (entities everywhere, notes to the
// designer on its box titles, a flowchart whose labels hold `&lt;SEARCH_START&gt;`) and a DeepSeek-R1 chapter
// written as a chat model's reply (bold numbered parts, a tabbed drawing, quotes both in its style rules and in
// a quotes section), read as a designer would: each quote, table, diagram and plan section in the panel whose
// emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const THIRTY_FOURTH: Record<string, Case> = {
  "hallucination-web-editor-entities-annotated-titles": {
    file: "hallucination-web-editor-entities-annotated-titles",
    rules: [
      [/^훈련 세트의 대화: “Who is Tom Cruise\?”/, /WHY HALLUCINATE/],
      [/^시도 \| 모델의 답 \| 사실\?/, /ORSON KOVACS 실험$/],
      [/^훈련 문서 한 토막 → LLM이 사실 질문/, /MITIGATION #1/],
      [/^Llama 3 논문의 방법/, /MITIGATION #1/],
      [/^질문 → <SEARCH_START> 검색어/, /MITIGATION #2: TOOL USE/],
      [/^검색 예제 대화 수천 개면 충분/, /MITIGATION #2: TOOL USE/],
      [/^구분 \| 파라미터 속 지식/, /^KNOWLEDGE vs WORKING MEMORY$/],
      // Only in the style rules: a quote about the model imitating an answer's style, the why of hallucination.
      [/^The model is not looking up information/, /WHY HALLUCINATE/],
      // The three quotes the plan writes under its 💬 quotes section go to that box, whatever they are about.
      [/^Knowledge in the parameters is a vague/, /KARPATHY QUOTES/],
      [/^The context window is the working memory/, /KARPATHY QUOTES/],
      [/^Don't rely on its memory/, /KARPATHY QUOTES/],
      [/^환각 = 훈련 데이터의 확신에 찬 스타일/, /TAKEAWAYS/],
    ],
  },
  "deepseek-r1-chat-reply-bold-parts-tabbed-text-fence": {
    file: "deepseek-r1-chat-reply-bold-parts-tabbed-text-fence",
    rules: [
      [/^RL 단계는 아직 새롭고 표준화되지 않음/, /DEEPSEEK-R1 논문/],
      [/^RL 스텝 \| AIME 정확도/, /RL이 진행될수록/],
      [/^더 높은 정확도 = 더 많은 토큰/, /RL이 진행될수록/],
      [/^문제 → 아이디어 시도 → Wait, wait/, /AHA MOMENT/],
      [/^다시 평가, 다른 관점, 백트래킹/, /AHA MOMENT/],
      [/^서비스 \| 모델 \| 비고/, /어디서 써보나/],
      [/^GPT-4o = 주로 SFT 모델/, /어디서 써보나/],
      // Listed in the style rules and again, signed, under the plan's ⑤ quotes section: the quotes box's.
      [/^The model is discovering ways to think/, /KARPATHY 어록/],
      [/^No human could hardcode this/, /KARPATHY 어록/],
      [/^I use thinking models for hard math/, /KARPATHY 어록/],
      // Only in the style rules: cognitive strategies are what the aha moment shows.
      [/^It's learning cognitive strategies/, /AHA MOMENT/],
      [/^RL = 정답만 주고 풀이는 모델이/, /핵심 정리/],
    ],
  },
};
