// Placement rules for a knowledge-of-self chapter saved as a chat model's whole reply (the prompt in a
// four-backtick fence, a double-line title band over light panels, a remarks column in the ratio table, one quote
// given in English in a point and again in Korean in the quotes section), read as a designer would: each
// diagram, table and quote in the panel whose emoji and title say it is its.
import type { Case } from "./placement-cases.js";

export const EIGHTY_NINTH: Record<string, Case> = {
  "knowledge-of-self-chat-reply-four-backtick-band-remarks-translated-quote": {
    file: "knowledge-of-self-chat-reply-four-backtick-band-remarks-translated-quote",
    rules: [
      // Section 2 (🏷️) is the box asking where a "who are you?" answer comes from: its flowchart and its table.
      [/^User: 너는 누구니\? → System message 있음\?/, /^정체성은 어디서 오나/],
      [/^출처 \| 언제 들어가나 \| 예시 \| 비고/, /^정체성은 어디서 오나/],
      // Section 4 (⚙️): the conversation with a hidden system message.
      [/^개발자 → Model: \(숨김\)/, /^SYSTEM MESSAGE/],
      // Section 3 (🧾): OLMo's hard-coded conversations.
      [/^Allen AI의 OLMo SFT mixture/, /^OLMo/],
      [/^설정이 없으면 인터넷에서 가장 흔한/, /^"저는 ChatGPT예요"/],
      // The quotes section (💬) has a box of its own: all three there, the one given twice once, with its English.
      [/^모델은 어떤 의미에서도 지속적으로 존재하지 않습니다/, /^명언/],
      [/^이 질문은 사실 좀 말이 안 된다고/, /^명언/],
      [/^It's all just kind of bolted on/, /^명언/],
      [/^LLM의 "자아" = 데이터 또는 system message/, /^TAKEAWAYS/],
    ],
  },
};
