// Placement rules for three more chapters written the way strangers write them (a drawing another model
// decorated with ① and **bold**, a hand-drawn one with ragged walls and a plan in mixed list markers, six narrow
// boxes with a sidebar and a plan titled in English over a drawing titled in Korean), read as a designer would:
// each quote, table and diagram in the panel whose box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const EIGHTH: Record<string, Case> = {
  "chatgpt-summary-decorated-boxes": {
    file: "chatgpt-summary-decorated-boxes",
    rules: [
      // ① 질문을 입력하면: what happens when you hit Enter is its flowchart.
      [/^질문 입력 → 토큰으로 쪼개기/, /질문을 입력하면/],
      // The answer is a simulation of a labeler: ② 라벨러 시뮬레이션, whose box says 전문가 흉내.
      [/^You're talking to a simulation of a human labeler/, /라벨러 시뮬레이션/],
      [/^답 = OpenAI 라벨링 지침/, /라벨러 시뮬레이션/],
      [/^토큰마다 쓸 수 있는 계산량이 유한/, /스위스 치즈/],
      // SFT vs thinking: ④, the box on thinking models.
      [/^구분 \| SFT 모델 \(GPT-4o\) \| Thinking 모델/, /THINKING MODELS/],
      // Use them as tools and check their work: ⑤ 도구로 쓰자 says 결과는 직접 확인.
      [/^「Use them as tools in your toolbox/, /도구로 쓰자/],
    ],
  },
  "pretraining-recap-ragged-fractions": {
    file: "pretraining-recap-ragged-fractions",
    rules: [
      [/^크기: 약 44TB/, /FINEWEB/],
      // The bits-to-bytes points (and the sequence-length quote among them) go to the box titled by that chain.
      [/^UTF-8로 인코딩 → 0과 1/, /텍스트 → 비트 → 바이트/],
      [/^텍스트 → UTF-8 바이트 → BPE 병합 반복/, /BYTE PAIR ENCODING/],
      [/^가장 자주 나오는 쌍을 찾는다/, /BYTE PAIR ENCODING/],
      [/^cl100k_base 고르기/, /TIKTOKENIZER/],
      // Tokens change with a space or a capital: 주의할 점's box says just that.
      [/^공백 하나, 대소문자 하나로/, /주의할 점/],
      [/^텍스트 → 바이트 → BPE → 토큰 ID/, /핵심 정리/],
    ],
  },
  "llm-psychology-six-sidebar-mermaid-slips": {
    file: "llm-psychology-six-sidebar-mermaid-slips",
    rules: [
      // Plan sections titled in English, boxes in Korean: paired by the emoji they share and by meaning.
      [/^모델이 사실을 지어내는 현상/, /환각이 뭔가/],
      [/^없는 사람을 물어도/, /ORSON KOVACS/],
      [/^답을 확률적으로 샘플링/, /샘플링/],
      [/^문서에서 사실 질문 생성/, /지식 탐색/],
      [/^모르는 질문에 "죄송하지만 모르겠습니다"/, /모른다/],
      [/^<SEARCH_START>/, /웹 검색/],
      [/^질문 → 알고 있나\?/, /해결책 흐름/],
      // Memory vs working memory: the sidebar, whose box says 파라미터 = 흐릿한 기억, context = 작업 기억.
      [/^구분 \| 어디에 \| 비유/, /기억 vs 작업 기억/],
      [/^Knowledge in the parameters is a vague recollection/, /기억 vs 작업 기억/],
      [/^The context window is like working memory/, /기억 vs 작업 기억/],
    ],
  },
};
