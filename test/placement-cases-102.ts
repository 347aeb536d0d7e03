// Placement rules for a pretraining chapter (GPT-2's training run: the loss, the log, the 8×H100 node, the gold
// rush for GPUs and the three-stage cost) forwarded through a mail client that hard-wrapped every line at 72
// columns: headings, table rows, dot-leader ratio rows and quotes broken over lines, the drawing (indented) left
// whole. Read as the writer wrote it: each section, table and quote in the panel it names.
import type { Case } from "./placement-cases.js";

export const HUNDRED_SECOND: Record<string, Case> = {
  "pretraining-nn-training-mail-hard-wrapped-72-dot-leaders": {
    file: "pretraining-nn-training-mail-hard-wrapped-72-dot-leaders",
    rules: [
      // The loss table's wrapped row is one row: its tail `됨 |` is no row of its own.
      [/^구간 \| step \| loss \(대략\)/, /^LOSS GOING DOWN$/],
      [/^The number you want to watch is the loss/, /^LOSS GOING DOWN$/],
      [/^step +1\/32000/, /^THE TRAINING LOG$/],
      // The quote whose continuation lines lost their `> ` is still one quote, in its section's panel.
      [/^Every single line here is one update to the model\. We/, /^THE TRAINING LOG$/],
      [/^H100 GPU → 8×H100 Node/, /^8×H100 NODE$/],
      [/^빅테크가 GPU를 최대한 많이 모으려는 이유/, /^GPU DATA CENTERS & THE GOLD RUSH$/],
      [/^All of these GPUs are just collaborating/, /^GPU DATA CENTERS & THE GOLD RUSH$/],
      [/^단계 \| 시점 \| 비용 \| 왜/, /^3-STAGE COST$/],
      // The long English quote broken in two is one quote; the quotes box counts 2~3 and keeps the ones it got.
      [/^It's a single number that is telling you how well your/, /^KARPATHY SAYS$/],
      [/^This is the gold rush/, /^KARPATHY SAYS$/],
      [/^훈련 로그 한 줄 = 업데이트 1번/, /^KEY TAKEAWAYS$/],
    ],
  },
};
