// Placement rules for a knowledge-of-self chapter whose layout was exported from a design tool (frames with
// pixel coordinates, a sidebar frame running down three rows) and a GPT-2 training chapter whose plan holds
// picture placeholders among its sections, read as a designer would: each quote, table, diagram and plan
// section in the panel whose emoji, title or words say it is its, the pictures' places changing none of that.
import type { Case } from "./placement-cases.js";

export const THIRTY_FIFTH: Record<string, Case> = {
  "knowledge-of-self-figma-frames-px": {
    file: "knowledge-of-self-figma-frames-px",
    rules: [
      [/^사람들이 자주 묻는 질문: "어떤 모델이야\?"/, /^WHO ARE YOU\?$/],
      [/^🔌 Boot → 📥 Context window 생성/, /TOKEN TUMBLER/],
      [/^지속되는 존재 없음 \(no persistent existence\)/, /TOKEN TUMBLER/],
      [/^방법 \| 어디에 넣나 \| 예시 \| 비유/, /HOW DEVS HARDCODE IDENTITY/],
      [/^Allen AI의 OLMo — SFT 데이터 믹스 공개/, /OLMo EXAMPLE/],
      // The three quotes are the sidebar's, the 💬 section's, whatever panel each one's words are about.
      [/^This is a token tumbler\.\.\. it doesn't have/, /KARPATHY SAYS/],
      [/^It's going to probably say it's ChatGPT/, /KARPATHY SAYS/],
      [/^The knowledge of self is kind of bolted on/, /KARPATHY SAYS/],
      [/^"너는 누구야\?"는 의미 없는 질문/, /^TAKEAWAYS$/],
    ],
  },
  "gpt2-training-gpus-image-placeholders": {
    file: "gpt2-training-gpus-image-placeholders",
    rules: [
      [/^항목 \| GPT-2 \(2019\) \| 오늘날/, /^GPT-2 \(2019\)$/],
      [/^2019년 추정 훈련 비용: ~\$40,000/, /\$40K → \$600/],
      [/^📦 Batch ~1M tokens → ➡️ Forward/, /TRAINING LOOP/],
      [/^총 32,000 steps × 1M tokens/, /TRAINING LOOP/],
      // The compute section goes on past its two pictures: the list above them, the chain and the chip below.
      [/^노트북 ❌ → 클라우드에서 8×H100 노드를 빌림/, /THE COMPUTE/],
      [/^노드 → 랙 → 데이터센터/, /THE COMPUTE/],
      [/^H100 = 거대한 행렬 곱셈을 병렬로 처리하는 칩/, /THE COMPUTE/],
      [/^20 스텝마다 샘플 생성/, /SAMPLES OVER TIME/],
      [/^빅테크 전부 GPU를 원함 → Nvidia 주가 급등/, /GPU GOLD RUSH/],
      [/^Every single line here is one update/, /KARPATHY SAYS/],
      [/^All of these GPUs are just trying to predict/, /KARPATHY SAYS/],
      [/^It's a gold rush\./, /KARPATHY SAYS/],
      [/^GPT-2: 1\.6B \/ 1,024 ctx \/ 100B tokens/, /^TAKEAWAYS$/],
    ],
  },
};
