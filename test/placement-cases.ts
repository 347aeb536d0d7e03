// Placement rules per fixture: where each quote, table and diagram must land, named from what the document says
// (panel titles as drawn). Read by test/placement.test.ts.
import { join } from "node:path";
import { ROOT_DIR, SEED_PATH } from "./fixtures/list.js";

/** [what the block's text starts with, the panel title it must be in]. */
export type Rule = [block: RegExp, panel: RegExp];

export interface Case {
  /** File path, or a fixture name under test/fixtures/prompts/. */
  file: string;
  rules: Rule[];
  /** Rules the placement does not meet yet, each with why (kept visible with `it.fails`). */
  misses?: [Rule, string][];
}

export const CASES: Record<string, Case> = {
  seed: {
    file: SEED_PATH,
    rules: [
      // NOT LIKE BRAIN's box says it in Korean (기억 없음, 상태 없음 / 고정된 표현식): the quote is that box's lines in
      // the speaker's words, and stays there though MATH EXPRESSION's title names it too. The synthetic-brain quote
      // only NOT LIKE BRAIN names, and that row has no room for both: it goes where there is room.
      [/^It's a fixed mathematical expression/, /NOT LIKE BRAIN/],
      [/synthetic brain tissue/, /NOT LIKE BRAIN|MATH EXPRESSION/],
      [/knobs on a DJ set/, /PARAMETERS|DJ KNOBS/],
      [/^특성 \| 생물학적 뉴런/, /NOT LIKE BRAIN/],
      [/^Concept \| Definition \| Key Numbers/, /TRANSFORMER/],
      [/^Input Tokens → Embedding/, /TRANSFORMER/],
      [/^Neural Network Internals$/, /TRANSFORMER/],
      [/^파라미터 = DJ 노브/, /KEY TAKEAWAYS/],
    ],
  },
  "example prompt": {
    file: join(ROOT_DIR, "examples", "neural-network-internals.prompt.txt"),
    rules: [
      [/dials on a mixing desk/, /PARAMETERS|DJ KNOBS/],
      [/^A fixed mathematical expression/, /MATH EXPRESSION|NOT A BRAIN/],
      [/synthetic brain tissue/, /NOT A BRAIN|MATH EXPRESSION|KEY TAKEAWAYS/],
      [/^항목 \| 뇌의 뉴런/, /NOT A BRAIN/],
      [/^Tokens → Embedding/, /TRANSFORMER/],
      [/^파라미터 = 다이얼/, /KEY TAKEAWAYS/],
    ],
  },
  "example sheet": {
    file: join(ROOT_DIR, "examples", "neural-network-internals.sheet.md"),
    rules: [
      // Sheet Markdown keeps each block under the section the user put it in.
      [/^It's a fixed mathematical expression/, /NOT LIKE A BRAIN/],
      [/^특성 \| 생물학적 뉴런/, /NOT LIKE A BRAIN/],
    ],
  },
  "inference-sampling": {
    file: "inference-sampling",
    rules: [
      [/^The network gives us a probability/, /BIASED COIN/],
      // "one token at a time" is the loop (토큰 하나씩) and the takeaway (한 번에 한 토큰).
      [/^Inference is just repeatedly sampling/, /AUTOREGRESSIVE LOOP|요점/],
      // Temperature, top-k and top-p are the sampling knobs; that panel is full, so the loop takes it.
      [/^Concept \| Definition \| 효과/, /SAMPLING KNOBS|AUTOREGRESSIVE LOOP/],
      [/^Prefix Tokens/, /AUTOREGRESSIVE LOOP/],
      [/^w0|^temperature/, /SAMPLING KNOBS/],
      [/^추론 = 고정된 가중치/, /요점/],
    ],
  },
  "pretraining-data": {
    file: "pretraining-data",
    rules: [
      // Its box says 양 + 다양성 + 품질: quantity, diversity, quality.
      [/quantity of very high quality/, /데이터 한눈에 보기/],
      [/^FineWeb ends up/, /FINEWEB/],
      [/^단계 \| 걸러내는 것/, /FILTERING PIPELINE/],
      [/^Common Crawl → URL/, /FILTERING PIPELINE/],
      [/^사전학습 데이터$/, /데이터 한눈에 보기/],
      [/^사전학습 = 인터넷/, /핵심 정리/],
    ],
  },
  "pretraining-fineweb-ascii": {
    file: "pretraining-fineweb-ascii",
    rules: [
      // Placed by room while the mind map filled its panel; back once the map left for the wide pipeline panel.
      [/^Common Crawl has indexed/, /COMMON CRAWL/],
      [/^We don't want malware/, /URL BLOCKLIST/],
      [/^The raw HTML has all this markup/, /HTML -> TEXT/],
    ],
  },
  rlhf: {
    file: "rlhf",
    rules: [
      [/^It is much easier for a human to order/, /RANK, DON'T SCORE/],
      // Running too long games the reward model: the reward-hacking panel (너무 오래 돌리면 …).
      [/^Run RLHF for a while/, /REWARD HACKING/],
      [/^항목 \| SFT \| RLHF/, /SFT VS RLHF/],
      [/^Sample Answers → Human Ranking/, /RLHF PIPELINE/],
      [/^보상 모델은 완벽하지/, /REWARD HACKING/],
      [/^Reward Model = 사람 순위/, /KEY TAKEAWAYS/],
    ],
  },
  tokenization: {
    file: "tokenization",
    rules: [
      // "more symbols = shorter sequences" is what the SEQUENCE LENGTH box says.
      [/bigger vocabulary for a shorter sequence/, /SEQUENCE LENGTH/],
      [/never sees the letters of strawberry/, /TOKEN QUIRKS/],
      [/atoms of the model's world/, /WHAT IS A TOKEN|TOKEN QUIRKS/],
      [/^Raw Text → UTF-8 Bytes/, /BPE MERGES/],
      [/^Tokenization$/, /TOKEN MAP/],
      // One item of the quirks list opens with NUMBERS' title.
      [/^Numbers split unevenly/, /^NUMBERS$/],
      [/^Counting the letters in "strawberry"/, /TOKEN QUIRKS/],
      [/^Counting the letters/, /TOKEN QUIRKS/],
      [/^Token = text chunk/, /TAKEAWAYS/],
    ],
  },
  // Chapters written by others in the same template (answer key: the fixture authors' notes).
  "tokenization-bpe-double": {
    file: "tokenization-bpe-double",
    rules: [
      // The same 🧮 emoji as the panel: the table goes there, not into the widest panel.
      [/^표현 \| 심볼 수 \| 시퀀스 길이/, /VOCAB SIZE/],
      [/^GPT-4 uses 100,277/, /VOCAB SIZE/],
      [/^Hello world is exactly two tokens/, /TIKTOKENIZER/],
      [/^If I add a space/, /CASE & SPACES/],
      [/^Text → UTF-8 Encoding/, /BITS → BYTES/],
      // VOCAB SIZE's box says 심볼↑ 길이↓: its arrows say "more" and "less", so the quote matches it best, and it
      // goes there once the page has room, under those lines.
      [/^We want more symbols and shorter/, /VOCAB SIZE/],
      // Its title says it, and the quote says the box's lines (숫자는 그냥 ID / 이모지처럼 생각) again in English:
      // it sits in a column under those lines beside the mind map, drawn as narrow as it still fits.
      [/unique IDs/, /UNIQUE ID/],
    ],
  },
  "hallucination-tools-stated-widths": {
    file: "hallucination-tools-stated-widths",
    rules: [
      [/^Who is Orson Kovacs/, /ORSON KOVACS/],
      [/statistically imitating/, /WHY MODELS HALLUCINATE/],
      [/^Knowledge in the parameters/, /KNOWLEDGE vs WORKING/],
      [/^If the model doesn't know/, /I DON'T KNOW/],
      [/^The program stops sampling/, /TOOL USE/],
      [/^구분 \| 파라미터 속 지식/, /KNOWLEDGE vs WORKING/],
    ],
  },
  "knowledge-of-self-stacked": {
    file: "knowledge-of-self-stacked",
    rules: [
      [/not a person/, /NO PERSISTENT SELF/],
      [/boots up, processes tokens/, /NO PERSISTENT SELF/],
      [/built by OpenAI/, /CHATGPT BY OPENAI/],
      [/240 hardcoded conversations/, /HARDCODED IN SFT/],
      [/system message reminds/, /SYSTEM MESSAGE/],
      [/^Identity$/, /NO PERSISTENT SELF|CHATGPT BY OPENAI/],
    ],
  },
  "rlhf-no-ratio-table": {
    file: "rlhf-no-ratio-table",
    rules: [
      [/^Instead of asking people for scores/, /HUMANS RANK/],
      [/simulation of human preferences/, /REWARD MODEL/],
      // Its box asks for a joke (농담) and how to score it (채점).
      [/^Write a joke about pelicans/, /UNVERIFIABLE/],
      // Its box says 판별 < 생성; once the mind map too big for the row has left, the quote evens the row out.
      [/discriminate than to generate/, /UPSIDE/],
      // Only common words, but its box writes the same phrase ("the the the the").
      [/the the the the the/, /GAMING THE RM/],
    ],
  },
  "future-ratio-english-decimal": {
    file: "future-ratio-english-decimal",
    rules: [
      [/become multimodal/, /MULTIMODAL/],
      [/human to agent ratios/, /HUMAN : AGENT/],
      [/^Operator is an early example/, /COMPUTER USE/],
      [/parameters are fixed/, /TEST-TIME/],
      // Placed by room in COMPUTER USE (its leaf "computer use (Operator)"); once maps may be written in rows it
      // goes home to the wide panel its words match best, and the Operator quote stays.
      [/^Four Trends$/, /TEST-TIME/],
      // "…and humans will be supervisors" says AGENTS' box line 긴 작업, 사람=감독 again in English, though
      // HUMAN : AGENT RATIO names both `human` and `agent` in its title.
      [/^We'll see agents that perform tasks/, /AGENTS/],
    ],
  },
  "tokens-to-think-dense-a4": {
    file: "tokens-to-think-dense-a4",
    rules: [
      [/finite amount of computation/, /FINITE COMPUTE/],
      [/distribute our reasoning/, /SPREAD REASONING/],
      [/mental arithmetic/, /MENTAL MATH/],
      [/^Tokens to Think$/, /SPREAD REASONING/],
      // MENTAL MATH's list item that opens with COUNTING DOTS' emoji goes there as a list of its own.
      [/^🔤 점 세기도 같은 원리/, /COUNTING DOTS/],
      // Better and terrible are the table's 좋음 and 나쁨; it sits under the box's lines beside the table.
      [/second answer is significantly better/, /EMILY'S APPLES/],
    ],
  },
  "alphago-move37-rounded": {
    file: "alphago-move37-rounded",
    rules: [
      // SUPERVISED's box says = 모방 (imitation): the quote evens out its row there.
      [/^If you're just imitating human players/, /IMITATION vs RL|SUPERVISED/],
      [/^Move 37 was a move that a human would play/, /MOVE 37/],
      [/^It was a brilliant move in retrospect/, /MOVE 37/],
      [/^Current Policy → Self-Play Games/, /REINFORCEMENT/],
      // FOR LLMs says it in Korean only: 자신만의 언어, 사고 전략을 발견 (own language, discover, thinking).
      [/^Maybe it discovers its own language/, /FOR LLMs/],
    ],
  },
  "jagged-intelligence-mixed-five": {
    file: "jagged-intelligence-mixed-five",
    rules: [
      // RESAMPLE & VERIFY's list: a point saying every word of a bare box's lines goes there as a list of its own.
      [/^답이 길수록 실수가/, /^LENGTH$/],
      [/^중요한 답: 여러 번 물어보고/, /^VERIFY$/],
      [/^같은 질문도/, /^RESAMPLE$/],
      [/^복사는 모델이 잘하고/, /COUNTING WITH A TOOL/],
    ],
  },
  "grand-summary-dense-crlf": {
    file: "grand-summary-dense-crlf",
    rules: [
      // The weaknesses table's rows open with the bottom row's emoji (🤥 Hallucination, 🧮 Mental math, 🔤 Spelling,
      // 🧀 Jagged): each row goes to its panel as a card of header and cell, not the whole table into the widest panel.
      [/^약점 \| 🤥 Hallucination/, /HALLUCINATION/],
      [/^약점 \| 🧮 Mental math/, /TOKENS TO THINK/],
      [/^약점 \| 🔤 Spelling/, /SPELLING & COUNTING/],
      [/^약점 \| 🧀 Jagged/, /JAGGED/],
      // So are the psychology mind map's branches (Hallucination, Tokens to Think, Spelling & Counting, Jagged):
      // each branch's leaves go to the panel it names, freeing THE THREE STAGES the map was placed in by room.
      [/^지어낸 답 \/ 웹 검색으로 보완$/, /HALLUCINATION/],
      [/^토큰당 계산 고정 \/ 중간 계산 펼치기$/, /TOKENS TO THINK/],
      [/^글자 대신 토큰 \/ use code$/, /SPELLING & COUNTING/],
      [/^9\.11 vs 9\.9 \/ Swiss cheese$/, /JAGGED/],
    ],
  },
  // Quotes the reader first put where there was room go back to the panel they are about once the real fit
  // (after the table's move for room) finds room there.
  "where-to-find-llms-five-16x9": {
    file: "where-to-find-llms-five-16x9",
    rules: [
      [/^For open weights models like DeepSeek/, /OPEN WEIGHTS/],
      [/^LMArena is an LLM leaderboard/, /LMARENA/],
      [/^AI News is very comprehensive/, /AI NEWS/],
      [/^You can run smaller, distilled/, /RUN LOCALLY/],
      // The AI NEWS list's second item opens with X / TWITTER's title: it goes there as a list of its own.
      [/^X \/ Twitter: 믿을 만한/, /X \/ TWITTER/],
      [/^AI News \(swyx\)/, /AI NEWS/],
    ],
  },
  "spelling-tokens-inline-md": {
    file: "spelling-tokens-inline-md",
    rules: [
      [/^How many r's are in strawberry/, /STRAWBERRY/],
      [/^Models don't see characters/, /TOKENS, NOT LETTERS/],
      // JAGGED's box says 스위스 치즈 능력: the loanwords of swiss and cheese, and capability.
      [/^Think of it as Swiss cheese/, /JAGGED/],
      // Its words match JUST USE CODE first; that panel's flowchart and note fill it at the minimum, so the row
      // draws it wider (its widths are the layout's to choose) and the quote sits beside the box's line.
      [/^Just say use code/, /JUST USE CODE/],
    ],
  },
  "multimodal-tokens-heavy-toml": {
    file: "multimodal-tokens-heavy-toml",
    rules: [
      [/^You can tokenize audio and images/, /오디오|이미지|하나의 스트림/],
      // 핵심 정리's first point says it in Korean (근본적 변화가 아니라 토큰을 추가); the stream panel shows it.
      [/^It's not a fundamental change/, /하나의 스트림|핵심 정리/],
      [/^입력 종류 \| 대략적인 토큰 수/, /토큰 예산/],
    ],
  },
  "model-zoo-pricing-star-html": {
    file: "model-zoo-pricing-star-html",
    rules: [
      [/^Plan \| 월 요금/, /PRICING TIERS/],
      [/^LM Arena: 사람들이/, /KEEP TRACK/],
      [/^무엇이 필요한가/, /WHICH ONE SHOULD I USE/],
      // TAKEAWAYS offers both quotes for anywhere ("Quotes to sprinkle in:"): each goes by its words. This one
      // names LM Arena, as KEEP TRACK's box does; "use" (WHICH ONE SHOULD I USE?) is a word any sentence says.
      [/^I use LM Arena as a first pass/, /KEEP TRACK/],
      // Its words (field, moving, fast) are no panel's: it goes where there is room, not into the takeaways.
      [/^This field is moving really/, /PRICING TIERS|WHICH ONE SHOULD I USE|KEEP TRACK|PROPRIETARY|OPEN WEIGHTS|RUN LOCALLY/],
    ],
  },
  "swiss-cheese-crlf-checklist": {
    file: "swiss-cheese-crlf-checklist",
    rules: [
      [/^It's a Swiss cheese model of LLM capabilities/, /Swiss Cheese Model/],
      [/^Use them as tools, check their work/, /Workaround: code|Takeaways/],
      [/^Question \| Model said/, /Famous Holes/],
    ],
  },
  "thinking-models-six-boxes": {
    file: "thinking-models-six-boxes",
    rules: [
      [/^상황 \| 추천/, /언제 thinking 모델/],
      [/^보상 = 최종 답/, /정답 보상/],
    ],
    misses: [
      [[/^Wait, wait\. Wait\. That's an aha moment/, /Wait|aha/], "its words name the Wait... and aha panels, but each of those six boxes in a row is too narrow for the quote at the legible minimum, so it goes by room"],
      [[/^Nobody is hardcoding this/, /aha/], "aha's line says it in Korean (누구도 하드코딩하지 않은 전략이 창발), but that box has no room for a quote at the legible minimum; it goes to the table's panel by model and think"],
    ],
  },
};

