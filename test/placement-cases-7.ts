// Placement rules for five more chapters written the way strangers write them (a layout as an HTML table, a
// tab-indented drawing, plan sections named by place, boxes keyed A–F with a legend, a dense 16:9 plan), read as
// a designer would: each quote, table and diagram in the panel whose box, title or plan section says what it says.
import type { Case } from "./placement-cases.js";

export const SEVENTH: Record<string, Case> = {
  "knowledge-of-self-html-layout": {
    file: "knowledge-of-self-html-layout",
    rules: [
      // The sidebar's box: 지속되는 자아 없음, and its points say the model is no person.
      [/^It's not a person\. It doesn't have any persistent existence/, /"너는 누구야\?"/],
      [/^It's a token tumbler/, /TOKEN TUMBLER/],
      // Identity put in afterwards: the panel on how it is put in, or the takeaway saying 덧붙인 것(bolted on).
      [/^This is all just kind of like cooked up and bolted on/, /정체성은 이렇게 심는다|KEY TAKEAWAYS/],
      [/^질문 \| Falcon의 답 \| 실제/, /FALCON의 착각/],
      [/^방법 \| 어디에 넣나 \| 예시/, /정체성은 이렇게 심는다/],
      [/^너는 누구야\? → 개발자가 심었나\?/, /정체성은 이렇게 심는다/],
      [/^Allen AI의 OLMo/, /OLMo SFT 데이터/],
      [/^컨텍스트 윈도우에 있으니 모델이 읽고/, /SYSTEM MESSAGE/],
    ],
  },
  "jagged-intelligence-tab-drawing": {
    file: "jagged-intelligence-tab-drawing",
    rules: [
      [/^Think of it as Swiss cheese/, /스위스 치즈 모델/],
      // Good at hard things, bad at simple ones: the Swiss cheese table (잘하는 것 / 틀리는 것) or the Olympiad box.
      [/^The models are incredible, but they are also failing/, /스위스 치즈 모델|올림피아드는 OK/],
      // 이렇게 쓰자's box says 도구로 쓰고, 검증; the last takeaway says it again.
      [/^Use them as tools, don't trust them blindly/, /이렇게 쓰자|핵심 정리/],
      [/^잘하는 것 ✅ \| 틀리는 것 ❌/, /스위스 치즈 모델/],
      [/^9\.11 vs 9\.9 → 성경 구절 뉴런 활성화/, /왜 틀리나\? 성경 구절 뉴런/],
      [/^질문: "9\.11과 9\.9 중/, /9\.11 vs 9\.9/],
    ],
  },
  "spelling-position-names": {
    file: "spelling-position-names",
    rules: [
      // Sections named by place only (① 왼쪽 위 칸, ② 오른쪽 위 칸, …): the box drawn there.
      [/^질문：「strawberry에 r이 몇 개？」/, /STRAWBERRY/],
      [/^요청：「ubiquitous를 첫 글자부터/, /UBIQUITOUS/],
      [/^구분 \| 사람이 보는 것 \| 모델이 보는 것/, /모델이 보는 세상/],
      [/^세 번째 글자마다？ → 문자열을 Python에 복사/, /USE CODE/],
      [/^글자 세기 \(r이 몇 개？\)/, /이런 건 맡기지 마/],
      [/^Models don't see characters, they see tokens/, /모델이 보는 세상/],
      [/^Their entire world is about these tokens/, /모델이 보는 세상/],
    ],
    misses: [
      // USE CODE's chart copies the string into Python (문자열을 Python에 복사) and the third takeaway says 복사는 모델이.
      [[/^Copy-pasting is something the model is very good at/, /USE CODE|핵심 정리/], "copy≈복사 now matches USE CODE's chart (0.5) and the takeaways (with model≈모델, 1.0), but model≈모델 in 모델이 보는 세상's title scores 3.0: the one title word outweighs them"],
    ],
  },
  "rl-verifiable-letter-boxes": {
    file: "rl-verifiable-letter-boxes",
    rules: [
      // Boxes drawn as A–F, titled by the legend under the drawing; the plan's **Box A:** lines name them.
      [/^교과서 부분 \| 학습 단계 \| 주는 것/, /교과서 비유/],
      [/^사과 3개 \+ 오렌지 2개/, /Emily의 사과 문제/],
      [/^정답이 정해져 있으니 마지막 답을/, /자동 채점/],
      [/^문제 \+ 정답 키 → 풀이 15개 샘플링/, /샘플링 → 채점 → 강화 루프/],
      [/^\| SFT \| RL/, /SFT vs RL/],
      [/^검증 가능한 영역 = 답을 자동으로 채점/, /KEY TAKEAWAYS/],
      // The loop's last point says it in Korean: 모델이 스스로 자기에게 맞는 토큰 시퀀스를 발견.
      // Since the words the chapter says in most of its panels (answer≈정답) count as common, the loop's own words place it.
      [/^The model is discovering for itself what kinds/, /샘플링 → 채점 → 강화 루프|SFT vs RL|KEY TAKEAWAYS/],
    ],
    misses: [
      // The textbook's 연습문제 row: RL, 정답만 (풀이 없음).
      [[/^Practice problems: you're given the final answer/, /교과서 비유/], "practice≈연습문제 and solution≈풀이 now match the textbook table (1.35 with answer), but problem is a word of Emily의 사과 문제's title and answer of 자동 채점's (4.0 and 3.5): the quote goes to Emily"],
      // Emily's second point: a person's solution need not be the model's (사람이 쓴 풀이가 모델에게도 좋은 풀이라는 보장이 없음).
      [[/^We don't know what is easy or hard for the model/, /Emily의 사과 문제/], "easy and hard have no Korean words in Emily's box (보장이 없음 says it without them), so model≈모델 alone places it, a word every panel of this chapter says: the loop, whose point says 모델이 스스로, takes it"],
    ],
  },
  "rlhf-reward-model-dense-code": {
    file: "rlhf-reward-model-dense-code",
    rules: [
      [/^RL is extremely good at discovering a way to game the model/, /GAMING THE RM/],
      [/^롤아웃 \| 사람 순위 \| RM 점수/, /REWARD MODEL/],
      [/^Prompt → 롤아웃 5개 → 사람이 순서 매김/, /RLHF PIPELINE/],
      // The plan puts the comparison under Key Takeaways.
      [/^구분 \| 검증 가능한 RL \| RLHF/, /KEY TAKEAWAYS/],
      // The reward model is the simulator of people (REWARD MODEL = 사람 시뮬레이터); the takeaways call it a lossy 시뮬레이터.
      [/^You're doing RL with respect to a lossy simulation of humans/, /REWARD MODEL|KEY TAKEAWAYS/],
    ],
    misses: [
      // UPSIDE's box says 판별 < 생성 난이도 and its point names the discriminator–generator gap.
      [[/^It's a lot easier to discriminate than to generate/, /UPSIDE/], "discriminate≈판별 matches UPSIDE alone, but UPSIDE, a quarter of the bottom row at 16:9, is full at the legible minimum by the reader's estimate: the quote goes by room"],
      // KEY TAKEAWAYS' box says RLHF ≠ 마법의 RL and its last point 마법의 RL이 아니다.
      [[/^RLHF is not RL in the magical sense/, /KEY TAKEAWAYS/], "magical≈마법, its one telling word, is said only in KEY TAKEAWAYS' box (RLHF and RL are said all over the page), and that panel holds the takeaways and a table in a quarter of the bottom row: no panel it matches has room for it, so it goes by room (the same without the table)"],
    ],
  },
};
