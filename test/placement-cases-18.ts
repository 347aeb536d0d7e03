// Placement rules for the eighteenth round of chapters written by others (a Korean teacher's chapter drawn with
// rounded corners, a date stamped beside its banner, two sections under one 🧠 emoji, a table typed without its
// `|---|` line and quotes as flag-marked pairs; a prompt a chat model handed back, its layout an outline of rows
// with tree branches, a mind map with `::icon()` lines and a `graph TB` with `classDef` lines), read as a designer
// would: each quote, table and diagram in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const EIGHTEENTH: Record<string, Case> = {
  "tokens-to-think-teacher-rounded-date-box": {
    file: "tokens-to-think-teacher-rounded-date-box",
    rules: [
      [/^Emily는 사과 3개와 오렌지 2개를 사요/, /Emily의 사과 문제/],
      [/^모델은 토큰을 왼쪽에서 오른쪽으로/, /토큰 하나 = 계산 조금/],
      // Two sections share 🧠: the second is the little box drawn inside that panel (`💭 중간 결과 = 작업 기억`).
      [/^앞에서 쓴 토큰은 전부 context window에 남아요/, /토큰 하나 = 계산 조금/],
      // The table and the worked flowchart are the comparison's own section, the biggest box as asked.
      [/^구분 \| ❌ 나쁜 답 \| ✅ 좋은 답/, /두 가지 답 비교/],
      [/^🍎 문제: 사과 하나는 얼마\?/, /두 가지 답 비교/],
      [/^계산이 중요하면 모델의 암산을 믿지 마세요/, /use code!/],
      // The quotes' own section (`💬 선생님 말씀`) is their box, though the second says "use code" too.
      [/^모델은 생각하려면 토큰이 필요해요/, /선생님 말씀/],
      [/^모델의 암산은 별로 믿지 않을 거예요/, /선생님 말씀/],
      [/^토큰 하나에 들어가는 계산은 정해져 있다/, /오늘의 핵심/],
    ],
  },
  "base-model-hyperbolic-chatty-outline-rows": {
    file: "base-model-hyperbolic-chatty-outline-rows",
    rules: [
      [/^Llama 3\.1 405B: 405B parameters/, /What is a base model/],
      [/^Paste the first sentence of the Zebra/, /Regurgitation/],
      [/^Prompt about the 2024 presidential election/, /Hallucinated continuations/],
      [/^Trick \| What you write \| What the model does/, /Prompt tricks/],
      [/^📄 Prompt: web page of a Human–AI conversation/, /Prompt tricks/],
      [/^Llama 3\.1 405B base$/, /Big picture mind map/],
      // The bottom row is 15% high, as the writer asked: the quotes' box holds one of the two at the legible
      // minimum, and the other is about what a base model is, in that box's own words (token autocomplete,
      // internet document simulator).
      [/^It's a token autocomplete/, /Karpathy says|What is a base model/],
      [/^The base model is not an assistant/, /Karpathy says/],
      [/^Base model = internet document simulator/, /Takeaways/],
    ],
  },
};
