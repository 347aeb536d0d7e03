// Chapters written by others, read as their writers meant: a pretraining chapter forwarded through a plain-text
// mail client that hard-wrapped every line at 72 columns (headings, table rows, dot-leader ratio rows, quotes and
// bold terms broken over lines), its drawing indented four spaces and so left whole, the ratio table typed as dot
// leaders (`Row 1 (title) ........ 8%`). Each rule is tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { hardWrapped } from "../src/read/prompt/hard-wrap.js";
import { leaderTable } from "../src/read/prompt/leader-ratios.js";
import { countsQuotes } from "../src/read/prompt/designer-notes.js";
import { parsePromptDoc, plainText } from "../src/read/prompt/sections.js";
import { panel } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "pretraining-nn-training-mail-hard-wrapped-72-dot-leaders";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));

/** Prose wrapped greedily at `width` characters, as a mail client does. */
function wrap(line: string, width = 72): string[] {
  const out: string[] = [];
  let cur = "";
  for (const w of line.split(" ")) {
    if (cur !== "" && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur === "" ? w : `${cur} ${w}`;
  }
  return [...out, cur];
}

const PROSE = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} says the loss is a single number that tells you how well the network is doing right now, and lower is better for every step of the run.`);

describe("a document hard-wrapped by a mail client", () => {
  it("joins a paragraph's, a heading's and a table row's broken lines, keeping the line count", () => {
    const heading = "## 2. 📟 The Training Log — what every line of the llm.c output is telling you";
    const row = "| ② | 오늘 (llm.c 재현) | ~$600 | 더 잘 필터링된 데이터셋, 훨씬 빠른 GPU, 더 좋은 소프트웨어 |";
    const lines = [...PROSE.flatMap((p) => [...wrap(p), ""]), ...wrap(heading), "", "| 단계 | 시점 | 비용 | 왜 |", "|---|---|---|---|", ...wrap(row), "| ③ | 정말 노력하면 | ~$100 | 끝까지 최적화 |"];
    const out = hardWrapped(lines.join("\n")).split("\n");
    expect(out.length).toBe(lines.length);
    expect(out).toContain(heading);
    expect(out).toContain(row);
    for (const p of PROSE) expect(out).toContain(p);
    // The next row, whole, stays a row of its own.
    expect(out).toContain("| ③ | 정말 노력하면 | ~$100 | 끝까지 최적화 |");
  });

  it("gives a quote's continuation that lost its `> ` back to the quote, and joins `> ` lines of one quote", () => {
    const quote = `> "Every single line here is one update to the model. We're improving the prediction on one million tokens in the training set, simultaneously." — Karpathy`;
    const [first, ...rest] = wrap(quote);
    const lost = [first!, ...rest];
    // A client that knows quotes wraps the words two columns narrower and quotes every line again.
    const kept = wrap(quote.slice(2), 70).map((l) => `> ${l}`);
    for (const q of [lost, kept]) {
      const out = hardWrapped([...PROSE.flatMap((p) => [...wrap(p), ""]), ...q].join("\n")).split("\n");
      expect(out).toContain(quote);
    }
  });

  it("keeps lines that were really separate: labelled lines, numbered rows, list items, short lines", () => {
    const separate = [
      "From: Junho Park <junho.park@llmstudy.kr> on behalf of the whole study group",
      "Subject: [치트시트] 7장 프롬프트 - NN training / GPT-2 with the log",
      "Row 1 (title) and a long description of what goes in it ........ 8%",
      "Row 2 (📉 Loss Going Down + 📟 The Training Log, 좌우) ...... 92%",
      "- 20 step마다 모델에서 샘플을 뽑음 → 모델이 배우는 게 눈에 보임 (매번)",
      "- 클라우드에서 빌림",
      "감사합니다!",
      "준호",
    ];
    const text = [...PROSE.flatMap((p) => [...wrap(p), ""]), ...separate].join("\n");
    expect(hardWrapped(text).split("\n").slice(-separate.length)).toEqual(separate);
  });

  it("leaves a document that was not wrapped as it is, and a drawing indented four spaces untouched", () => {
    const unwrapped = [...PROSE, "", "## A heading", "- a point"].join("\n");
    expect(hardWrapped(unwrapped)).toBe(unwrapped);
    const drawing = ["    +==============================================================================+", "    | 🍌 A TITLE THAT RUNS PAST SEVENTY-TWO COLUMNS BECAUSE THE DRAWING IS WIDE 🍌    |"];
    const text = [...PROSE.flatMap((p) => [...wrap(p), ""]), ...drawing].join("\n");
    expect(hardWrapped(text).split("\n").slice(-2)).toEqual(drawing);
  });
});

describe("a ratio table typed as dot leaders", () => {
  const nodes = (md: string) => parsePromptDoc(md).tree.children;

  it("reads each row's label, share and the content in its brackets", () => {
    const t = leaderTable(nodes(["Row 1 (title) .............. 8%", "Row 2 (📉 Loss + 📟 Log, 좌우 2등분) ...... 60%", "Row 3 (💬 Quotes) …… 32%"].join("\n")));
    expect(t?.children.map((r) => r.children.map((c) => plainText(c)))).toEqual([
      ["영역", "비율", "내용"],
      ["Row 1 (title)", "8%", "title"],
      ["Row 2 (📉 Loss + 📟 Log, 좌우 2등분)", "60%", "📉 Loss + 📟 Log, 좌우 2등분"],
      ["Row 3 (💬 Quotes)", "32%", "💬 Quotes"],
    ]);
  });

  it("takes no table of contents whose numbers are not a page's shares", () => {
    expect(leaderTable(nodes(["Chapter 1 ........ 12", "Chapter 2 ........ 40"].join("\n")))).toBeUndefined();
    expect(leaderTable(nodes(["Row 1 ........ 30%", "Row 2 ........ 30%"].join("\n")))).toBeUndefined();
  });
});

describe("a quotes box's count line naming the sticky notes it is drawn on", () => {
  it("is a count, in brackets and with its form after it", () => {
    for (const line of ["(인용 2~3개, 포스트잇)", "인용 3개, 포스트잇처럼", "(2-3 quotes, sticky notes)", "인용 2~3개"]) expect(countsQuotes(line), line).toBe(true);
    for (const line of ["(토큰 2~3개, 포스트잇)", "포스트잇 3장 붙이기 예시"]) expect(countsQuotes(line), line).toBe(false);
  });
});

describe(`the fixture ${NAME}`, () => {
  it("reads the dot-leader rows the wrap broke as the row heights, with no warning", async () => {
    const { sheet, warnings } = await readSheet(fixture());
    expect(ratios(sheet)).toEqual([8, 34, 33, 25]);
    expect(warnings).toEqual([]);
  });

  it("draws no heading's tail as a line of its panel, and each wrapped table row as one row", async () => {
    const { sheet } = await readSheet(fixture());
    const text = (title: RegExp): string => JSON.stringify(panel(sheet, title));
    expect(text(/TRAINING LOG/)).not.toContain("telling you");
    expect(text(/GOLD RUSH/)).not.toContain("난리인가");
    const cost = panel(sheet, /3-STAGE COST/).blocks.find((b) => b.kind === "table");
    const loss = panel(sheet, /LOSS GOING DOWN/).blocks.find((b) => b.kind === "table");
    expect(cost?.kind === "table" && cost.rows.length).toBe(3);
    expect(loss?.kind === "table" && loss.rows.length).toBe(3);
  });

  it("keeps the quotes box's count: the quote it got for room stays beside the one its section gives it", async () => {
    const { sheet } = await readSheet(fixture());
    const quotes = panel(sheet, /KARPATHY SAYS/).blocks.filter((b) => b.kind === "quote");
    expect(quotes.length).toBe(2);
    expect(JSON.stringify(panel(sheet, /KARPATHY SAYS/).lead)).not.toContain("포스트잇");
  });
});
