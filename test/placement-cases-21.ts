// Placement rules for two more chapters written by others (a FineWeb chapter drawn with `+---+` corners, a sidebar
// running down three rows and a plan numbered `①②③`, `4) 5)`, `⑥`; an inference chapter with a double-framed
// title, a tall loop box beside three stacked ones and quotes noted with the part they are about), read as a
// designer would: each quote, table and diagram in the panel whose emoji, title or words say it is its.
import type { Case } from "./placement-cases.js";

export const TWENTY_FIRST: Record<string, Case> = {
  "fineweb-plus-corners-sidebar-pie": {
    file: "fineweb-plus-corners-sidebar-pie",
    rules: [
      // The pie of sources is the sidebar's own section (`① 🌐 Data Sources (Pie Chart) — 왼쪽 사이드바`).
      [/^Pretraining 텍스트 출처/, /DATA SOURCES/],
      [/^실제 비율은 회사마다 다름/, /DATA SOURCES/],
      [/^44TB 디스크/, /FINEWEB 규모/],
      [/^2007년부터 인터넷 크롤링/, /COMMON CRAWL/],
      // `4) 🧹 Filtering Pipeline` numbered the other way is still the pipeline box's section: its chart and table.
      [/^Common Crawl → URL Filtering/, /FILTERING PIPELINE/],
      [/^단계 \| 무엇을 제거\? \| 왜\?/, /FILTERING PIPELINE/],
      [/^FineWeb 전체 = 약 15T 토큰/, /TOKENIZER/],
      [/^목표 = 양 \+ 품질 \+ 다양성/, /KEY TAKEAWAYS/],
      // The Spanish quote is about the language filter, a step of the pipeline; the hard-drive one about the
      // size FineWeb's box gives (44TB, 하드 드라이브 하나), or the internet the sidebar's sources are.
      [/^If you filter out all the Spanish pages/, /FILTERING PIPELINE/],
      [/^It's the internet, but it's actually not that huge/, /FINEWEB 규모|DATA SOURCES/],
      [/^We want large diversity of high quality documents/, /KEY TAKEAWAYS|FILTERING PIPELINE/],
      // The tokenizer call and the sentence leading to it are the tokenizer box's (`5) 🔤 Tokenizer 예시`); the
      // box is a quarter of the page high and a third wide, too small for ten lines of code at the legible minimum,
      // so the layout draws them in the sidebar, which has room (its report says "too big for tokenizer").
    ],
  },
  "inference-sampling-double-title-stacked-right": {
    file: "inference-sampling-double-title-stacked-right",
    rules: [
      [/^Prefix 토큰 → Neural Network/, /AUTOREGRESSIVE LOOP/],
      [/^91 → 860 → 287/, /AUTOREGRESSIVE LOOP/],
      [/^한 번에 한 토큰씩 생성/, /AUTOREGRESSIVE LOOP/],
      [/^모델 출력 = 다음 토큰의 확률 분포/, /BIASED COIN FLIP/],
      [/^설정 \| 낮을 때 \| 높을 때/, /SAMPLING KNOBS/],
      [/^구분 \| Training \| Inference/, /FROZEN WEIGHTS/],
      [/^추론 = 학습된 모델에서/, /KEY TAKEAWAYS/],
      // `— 동전 던지기 박스에 넣어주세요`: the coin box by its Korean name.
      [/^We're basically flipping a biased coin/, /BIASED COIN FLIP/],
      // `— put this one with the part about the weights being fixed at deployment`: the frozen-weights box.
      [/^The model is not learning anymore/, /FROZEN WEIGHTS/],
      // No note: the remix is the loop's own last point, or the strip titled for quotes.
      [/^What we get is a kind of remix/, /AUTOREGRESSIVE LOOP|QUOTES/],
    ],
  },
};
