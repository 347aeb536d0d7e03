// Placement by meaning, per fixture: where each quote and plan section must land, named from what the
// document says (panel titles as drawn), checked through the layout report. Fixtures are looked up by name
// in test/fixtures/prompts/ (a name that is absent is skipped), plus the seed and both examples.
// NANOSHEET_PLACEMENT_FIXTURES=<dir> also looks there (for trying a folder of new chapters locally).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutReport, type LayoutReport, type ReportBlock } from "../src/export/report.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { shownLead } from "../src/read/prompt/lead.js";
import { itemWords, Matcher, profileOf } from "../src/read/prompt/meaning.js";
import { namesIn } from "../src/read/prompt/names.js";
import type { Panel } from "../src/model/sheet.js";
import { commonness, wordKey } from "../src/read/prompt/words.js";
import type { Block } from "../src/model/sheet.js";
import { FIXTURES_DIR, HAS_SEED } from "./fixtures/list.js";
import { panel, promptDoc } from "./read-helpers.js";
import { CASES as FIRST } from "./placement-cases.js";
import { MORE } from "./placement-cases-more.js";
import { NEW } from "./placement-cases-new.js";
import { SEVENTH } from "./placement-cases-7.js";
import { EIGHTH } from "./placement-cases-8.js";
import { NINTH } from "./placement-cases-9.js";
import { TENTH } from "./placement-cases-10.js";
import { ELEVENTH } from "./placement-cases-11.js";
import { TWELFTH } from "./placement-cases-12.js";
import { THIRTEENTH } from "./placement-cases-13.js";
import { FOURTEENTH } from "./placement-cases-14.js";
import { FIFTEENTH } from "./placement-cases-15.js";
import { SIXTEENTH } from "./placement-cases-16.js";
import { SEVENTEENTH } from "./placement-cases-17.js";
import { EIGHTEENTH } from "./placement-cases-18.js";
import { NINETEENTH } from "./placement-cases-19.js";
import { TWENTIETH } from "./placement-cases-20.js";
import { TWENTY_FIRST } from "./placement-cases-21.js";
import { TWENTY_SECOND } from "./placement-cases-22.js";
import { TWENTY_THIRD } from "./placement-cases-23.js";
import { TWENTY_FOURTH } from "./placement-cases-24.js";
import { TWENTY_FIFTH } from "./placement-cases-25.js";
import { TWENTY_SIXTH } from "./placement-cases-26.js";
import { TWENTY_SEVENTH } from "./placement-cases-27.js";
import { TWENTY_EIGHTH } from "./placement-cases-28.js";
import { TWENTY_NINTH } from "./placement-cases-29.js";
import { THIRTIETH } from "./placement-cases-30.js";
import { THIRTY_FIRST } from "./placement-cases-31.js";
import { THIRTY_SECOND } from "./placement-cases-32.js";
import { THIRTY_THIRD } from "./placement-cases-33.js";
import { THIRTY_FOURTH } from "./placement-cases-34.js";
import { THIRTY_FIFTH } from "./placement-cases-35.js";
import { THIRTY_SEVENTH } from "./placement-cases-37.js";
import { THIRTY_SIXTH } from "./placement-cases-36.js";
import { THIRTY_EIGHTH } from "./placement-cases-38.js";
import { THIRTY_NINTH } from "./placement-cases-39.js";
import { NINETY_SEVENTH } from "./placement-cases-97.js";
import { EIGHTY_FOURTH } from "./placement-cases-84.js";
import { EIGHTY_THIRD } from "./placement-cases-83.js";
import { EIGHTY_FIFTH } from "./placement-cases-85.js";
import { EIGHTY_SECOND } from "./placement-cases-82.js";
import { SEVENTY_EIGHTH } from "./placement-cases-78.js";
import { SIXTY_EIGHTH } from "./placement-cases-68.js";
import { SIXTY_FOURTH } from "./placement-cases-64.js";
import { SIXTY_FIRST } from "./placement-cases-61.js";
import { SIXTY_SECOND } from "./placement-cases-62.js";
import { FORTIETH } from "./placement-cases-40.js";
import { FORTY_FIRST } from "./placement-cases-41.js";
import { FORTY_SECOND } from "./placement-cases-42.js";
import { FORTY_FOURTH } from "./placement-cases-44.js";
import { FORTY_SIXTH } from "./placement-cases-46.js";
import { FORTY_FIFTH } from "./placement-cases-45.js";
import { FORTY_SEVENTH } from "./placement-cases-47.js";
import { FORTY_EIGHTH } from "./placement-cases-48.js";
import { FORTY_NINTH } from "./placement-cases-49.js";
import { FIFTIETH } from "./placement-cases-50.js";
import { FIFTY_FIRST } from "./placement-cases-51.js";
import { FIFTY_THIRD } from "./placement-cases-53.js";
import { FIFTY_FOURTH } from "./placement-cases-54.js";
import { FIFTY_FIFTH } from "./placement-cases-55.js";
import { FIFTY_SECOND } from "./placement-cases-52.js";
import { FIFTY_SIXTH } from "./placement-cases-56.js";
import { FIFTY_EIGHTH } from "./placement-cases-58.js";
import { SIXTIETH } from "./placement-cases-60.js";
import { FIFTY_NINTH } from "./placement-cases-59.js";
import { SIXTY_THIRD } from "./placement-cases-63.js";
import { SIXTY_SEVENTH } from "./placement-cases-67.js";
import { SEVENTY_FIRST } from "./placement-cases-71.js";
import { SEVENTY_SECOND } from "./placement-cases-72.js";
import { SEVENTY_FOURTH } from "./placement-cases-74.js";
import { SEVENTY_THIRD } from "./placement-cases-73.js";
import { SIXTY_FIFTH } from "./placement-cases-65.js";
import { SIXTY_SIXTH } from "./placement-cases-66.js";
import { SEVENTIETH } from "./placement-cases-70.js";
import { SIXTY_NINTH } from "./placement-cases-69.js";
import { SEVENTY_FIFTH } from "./placement-cases-75.js";
import { SEVENTY_SEVENTH } from "./placement-cases-77.js";
import { SEVENTY_SIXTH } from "./placement-cases-76.js";
import { SEVENTY_NINTH } from "./placement-cases-79.js";
import { EIGHTIETH } from "./placement-cases-80.js";
import { EIGHTY_SIXTH } from "./placement-cases-86.js";
import { EIGHTY_NINTH } from "./placement-cases-89.js";
import { NINETIETH } from "./placement-cases-90.js";
import { EIGHTY_EIGHTH } from "./placement-cases-88.js";
import { NINETY_FIRST } from "./placement-cases-91.js";
import { NINETY_SECOND } from "./placement-cases-92.js";

import { EIGHTY_SEVENTH } from "./placement-cases-87.js";

import { NINETY_THIRD } from "./placement-cases-93.js";

import { NINETY_FOURTH } from "./placement-cases-94.js";

import { NINETY_FIFTH } from "./placement-cases-95.js";

import { NINETY_SIXTH } from "./placement-cases-96.js";
import { NINETY_EIGHTH } from "./placement-cases-98.js";

import { NINETY_NINTH } from "./placement-cases-99.js";

import { HUNDREDTH } from "./placement-cases-100.js";
import { HUNDRED_FIRST } from "./placement-cases-101.js";
import { HUNDRED_SECOND } from "./placement-cases-102.js";

const CASES = { ...FIRST, ...MORE, ...NEW, ...SEVENTH, ...EIGHTH, ...NINTH, ...TENTH, ...ELEVENTH, ...TWELFTH, ...THIRTEENTH, ...FOURTEENTH, ...FIFTEENTH, ...SIXTEENTH, ...SEVENTEENTH, ...EIGHTEENTH, ...NINETEENTH, ...TWENTIETH, ...TWENTY_FIRST, ...TWENTY_SECOND, ...TWENTY_THIRD, ...TWENTY_FOURTH, ...TWENTY_FIFTH, ...TWENTY_SIXTH, ...TWENTY_SEVENTH, ...TWENTY_EIGHTH, ...TWENTY_NINTH, ...THIRTIETH, ...THIRTY_FIRST, ...THIRTY_SECOND, ...THIRTY_THIRD, ...THIRTY_FOURTH, ...THIRTY_FIFTH, ...THIRTY_SEVENTH, ...THIRTY_SIXTH, ...THIRTY_EIGHTH, ...THIRTY_NINTH, ...FORTIETH, ...FORTY_FIRST, ...FORTY_SECOND, ...FORTY_FOURTH, ...FORTY_FIFTH, ...FORTY_SIXTH, ...FORTY_EIGHTH, ...FORTY_SEVENTH, ...FORTY_NINTH, ...FIFTIETH, ...FIFTY_FIRST, ...FIFTY_THIRD, ...FIFTY_FOURTH, ...FIFTY_SECOND, ...FIFTY_FIFTH, ...FIFTY_SIXTH, ...SIXTY_FIRST, ...FIFTY_NINTH, ...SIXTIETH, ...FIFTY_EIGHTH, ...SIXTY_THIRD, ...SIXTY_SECOND, ...SIXTY_FOURTH, ...SIXTY_SIXTH, ...SIXTY_FIFTH, ...SIXTY_SEVENTH, ...SIXTY_NINTH, ...SEVENTIETH, ...SIXTY_EIGHTH, ...SEVENTY_FIRST, ...SEVENTY_THIRD, ...SEVENTY_FOURTH, ...SEVENTY_SECOND, ...SEVENTY_FIFTH, ...SEVENTY_NINTH, ...SEVENTY_SIXTH, ...SEVENTY_SEVENTH, ...SEVENTY_EIGHTH, ...EIGHTIETH, ...EIGHTY_SECOND, ...EIGHTY_THIRD, ...EIGHTY_SIXTH, ...EIGHTY_FOURTH, ...EIGHTY_FIFTH, ...EIGHTY_NINTH, ...EIGHTY_EIGHTH, ...EIGHTY_SEVENTH, ...NINETIETH, ...NINETY_FIRST, ...NINETY_SECOND, ...NINETY_THIRD, ...NINETY_FOURTH, ...NINETY_FIFTH, ...NINETY_SIXTH, ...NINETY_EIGHTH, ...NINETY_NINTH, ...HUNDREDTH, ...HUNDRED_FIRST, ...HUNDRED_SECOND, ...NINETY_SEVENTH };

const EXTRA = process.env["NANOSHEET_PLACEMENT_FIXTURES"];

function pathOf(file: string): string | undefined {
  if (file.includes("/")) return existsSync(file) ? file : undefined;
  for (const dir of [join(FIXTURES_DIR, "prompts"), ...(EXTRA ? [EXTRA] : [])]) {
    for (const ext of [".txt", ".md"]) {
      const p = join(dir, `${file}${ext}`);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

async function report(path: string): Promise<LayoutReport> {
  // The file's bytes, as the CLI hands them over: a fixture saved in another encoding is decoded as it would be.
  const { sheet } = await readSheet(readFileSync(path), { file: path });
  const laid = layoutSheet(sheet);
  return layoutReport(laid, 96, laid.sheet ?? sheet);
}

/**
 * The panels holding blocks whose text matches (a list flowing over two columns is two boxes of one block). A
 * block the layout moved out of an overflowing panel counts as placed where the reader put it: the report names
 * that panel in its reason (`room (moved from …)`), and the page had no room for it there; so does a note that
 * went along with the block it explains.
 */
function panelsOf(r: LayoutReport, block: RegExp): { title: string; block: ReportBlock }[] {
  const titleOf = new Map(r.panels.map((p) => [p.id, p.title]));
  const placedIn = (b: ReportBlock, title: string): string => {
    const from = /^room \((?:moved from|too big for|notes a block moved from) (.+)\)$/.exec(b.reason ?? "")?.[1];
    return (from && titleOf.get(from)) ?? title;
  };
  return r.panels.flatMap((p) => p.blocks.filter((b) => b.kind !== "lead" && block.test(b.text)).map((b) => ({ title: placedIn(b, p.title), block: b })));
}

for (const [name, c] of Object.entries(CASES)) {
  const path = pathOf(c.file);
  describe.skipIf(!path || (name === "seed" && !HAS_SEED))(`placement: ${name}`, () => {
    let cached: Promise<LayoutReport> | undefined;
    const got = (): Promise<LayoutReport> => (cached ??= report(path!));
    for (const [block, panel] of c.rules) {
      it(`${block.source} → ${panel.source}`, async () => {
        const hits = panelsOf(await got(), block);
        expect(hits.length, `a block matches ${block}`).toBeGreaterThan(0);
        for (const h of hits) expect(h.title).toMatch(new RegExp(panel.source, "i"));
      });
    }
    for (const [[block, panel], why] of c.misses ?? []) {
      // A miss fails for being in the wrong panel, never for naming no block (the report keeps a block's first
      // 60 characters): the block must be found for the miss to say anything.
      it(`a block matches ${block.source}`, async () => {
        expect(panelsOf(await got(), block).length).toBeGreaterThan(0);
      });
      it.fails(`not yet: ${block.source} → ${panel.source} (${why})`, async () => {
        const hits = panelsOf(await got(), block);
        for (const h of hits) expect(h.title).toMatch(new RegExp(panel.source, "i"));
      });
    }
    it("reports every block with its reason, and a source line for what the plan and quotes hold", async () => {
      const r = await got();
      const prompt = !path!.endsWith(".sheet.md");
      for (const p of r.panels) {
        expect(p.fill).toBeGreaterThanOrEqual(0);
        expect(p.fill).toBeLessThanOrEqual(1);
        for (const b of p.blocks) {
          expect(b.reason, `${p.id}: ${b.kind} ${b.text}`).toMatch(prompt ? /^(title|emoji|box line|order|words: .+|room( \((moved from|moved home from|too big for|captions a block moved from|notes a block moved from) [a-z0-9-]+\))?|balance \(moved from [a-z0-9-]+\)|lead)$/ : /^(section|lead)$/);
          if (prompt && (b.kind === "quote" || b.kind === "table" || b.kind === "mindmap")) expect(b.source, b.text).toBeGreaterThan(0);
        }
      }
    });
  });
}

// The last resort for a panel overflowing at the minimum moves one of its pinned blocks: by meaning when one is
// about another panel. INFERENCE ≠ TRAINING draws two chains; the inference one (프롬프트 → 모델 → 토큰 선택 →
// 시퀀스에 추가, named 추론) is the generation loop again, the training one belongs to no other panel.
describe.skipIf(!pathOf("inference-loop-chains"))("the last resort moves a pinned block by meaning", () => {
  it("inference-loop-chains: the inference chain goes to THE GENERATION LOOP, the training chain stays", async () => {
    const r = await report(pathOf("inference-loop-chains")!);
    const where = (text: RegExp): string[] => r.panels.filter((p) => p.blocks.some((b) => text.test(b.text))).map((p) => p.title);
    expect(where(/^프롬프트 → 모델/)).toEqual(["THE GENERATION LOOP"]);
    expect(where(/^Batch → Forward/)).toEqual(["INFERENCE ≠ TRAINING"]);
  });
});

// A chart belongs to the panel it is about: LM Arena's voting flowchart and its list of how rankings are made are
// pinned there by its emoji. When they do not fit together, the row (whose widths the document leaves unstated)
// draws LM Arena wider rather than send the chart or the list to AI News or X for room.
describe.skipIf(!pathOf("keeping-track-screen-aligned"))("a pinned chart stays home when a wider panel fits it", () => {
  for (const page of ["a4", "16:9"] as const) {
    it(`keeping-track-screen-aligned at ${page}: the voting chart and the ranking list are drawn in LM Arena`, async () => {
      const path = pathOf("keeping-track-screen-aligned")!;
      const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
      const laid = layoutSheet(sheet, { page });
      const r = layoutReport(laid, 96, laid.sheet ?? sheet);
      const where = (text: RegExp): string[] => r.panels.filter((p) => p.blocks.some((b) => b.kind !== "lead" && text.test(b.text))).map((p) => p.title);
      expect(where(/^사람의 질문 → 모델 A 답/)).toEqual(["LM Arena"]);
      expect(where(/^어떻게 순위가 정해지나/)).toEqual(["LM Arena"]);
      expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
    });
  }
});

describe("a box line that previews a block", () => {
  const code: Block = { kind: "code", text: "<|im_start|>user<|im_sep|>What is 2+2?<|im_end|>\n<|im_start|>assistant<|im_sep|>" };
  const lead = [[{ text: "WHEN I PRESS" }], [{ text: "<|im_start |>user..." }]];
  it("is dropped when a block of the panel begins with what it shows before its ellipsis", () => {
    expect(shownLead(lead, [code])).toEqual([lead[0]]);
  });
  it("stays without the ellipsis, or when no block begins with it", () => {
    expect(shownLead([lead[0]!, [{ text: "<|im_start |>user" }]], [code])).toHaveLength(2);
    expect(shownLead([lead[0]!, [{ text: "<|im_sep|>What..." }]], [code])).toHaveLength(2);
  });
});

describe("a box drawn with an emoji alone", () => {
  const doc = promptDoc(
    [
    "┌────────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                                │",
    "└────────────────────────────────────────────┘",
    "┌──────────────────────┐ ┌───────────────────┐",
    "│ 🔢                   │ │ 💻                │",
    "│                      │ │  모델은 복사만     │",
    "└──────────────────────┘ └───────────────────┘",
    ],
    ["## 🔢 Counting", "- 점 개수 세기 → 한 토큰 안에서 전부 계산", "## 💻 Use Code", "- Python이 센다", "## Quotable Insights", '- "Models are not very good at counting"'],
  );
  it("is named by the section of its emoji when quotes are placed: a quote saying that name goes there", async () => {
    const { sheet } = await readSheet(doc);
    expect(panel(sheet, /^Counting$/).blocks.map((b) => [b.kind, b.at?.reason])).toEqual([["bullets", "emoji"], ["quote", "words: count"]]);
  });
});

describe("a list item opening with another panel's name", () => {
  const doc = (item: string): string =>
    promptDoc(
      [
      "┌────────────────────────────────────────────┐",
      "│ 🍌 TITLE 🍌                                │",
      "└────────────────────────────────────────────┘",
      "┌──────────────────────┐ ┌───────────────────┐",
      "│ 🤖 REWARD MODEL      │ │ 👾 REWARD HACKING │",
      "│  사람은 순위만        │ │  adversarial      │",
      "│                      │ │  examples 무한히   │",
      "└──────────────────────┘ └───────────────────┘",
      ],
      ["## 🤖 Reward Model", "- 사람이 순위를 매김", "## 👾 Reward Hacking", "- 처음 몇백 스텝：농담이 좋아짐", `- ${item}`],
    );
  const items = async (item: string, title: string): Promise<string[]> => {
    const { sheet } = await readSheet(doc(item));
    return panel(sheet, new RegExp(`^${title}$`)).blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map((i) => i.map((r) => r.text).join("")) : []));
  };
  it("goes to that panel", async () => {
    expect(await items("Reward model = 사람의 시뮬레이션", "REWARD MODEL")).toContain("Reward model = 사람의 시뮬레이션");
  });
  it("stays when it says again its own box's lines", async () => {
    const item = "reward model = 거대한 신경망 → adversarial example이 무한히 많음";
    expect(await items(item, "REWARD HACKING")).toContain(item);
    expect(await items(item, "REWARD MODEL")).not.toContain(item);
  });
});

// A plan section may offer quotes for anywhere on the sheet: they go by their words, however the offer is worded.
// A plain "Quote:" over them is that section's quote and stays with it.
describe.skipIf(!pathOf("model-zoo-pricing-star-html"))("quotes a plan section offers for anywhere", () => {
  const placedIn = async (label: string): Promise<string[]> => {
    const path = pathOf("model-zoo-pricing-star-html")!;
    const text = readFileSync(path, "utf8").replace("Quotes to sprinkle in:", label);
    const { sheet } = await readSheet(text, { file: path });
    const laid = layoutSheet(sheet);
    const r = layoutReport(laid, 96, laid.sheet ?? sheet);
    return panelsOf(r, /^I use LM Arena as a first pass/).map((h) => `${h.title}: ${h.block.reason}`);
  };
  for (const label of ["Quotes to sprinkle in:", "Quotes (use where they fit):", "인용구 후보:"]) {
    it(`"${label}": the LM Arena quote goes to KEEP TRACK by its words`, async () => {
      expect(await placedIn(label)).toEqual([expect.stringMatching(/^KEEP TRACK: words: lm arena/)]);
    });
  }
  it('"Quote:": the quotes stay with TAKEAWAYS, the section they are written under', async () => {
    // `[Box 7] 📌 Takeaways`: the box label before the emoji counts the box, the emoji pins the section.
    expect(await placedIn("Quote:")).toEqual(["TAKEAWAYS: emoji"]);
  });
});

describe("names and common words", () => {
  it("a name is two capitalised words or more in a row, each one that says something", () => {
    expect(namesIn("I use LM Arena as a first pass")).toEqual([["lm", "arena"]]);
    expect(namesIn("AI News is very comprehensive, and so is Common Crawl.")).toEqual([["ai", "news"], ["common", "crawl"]]);
    expect(namesIn("If I Use it")).toEqual([]);
    expect(namesIn("LM Arena, AI News")).toEqual([["lm", "arena"], ["ai", "news"]]);
  });
  it("a capital letter standing alone in a title is a name a quote may say (`on X`), but not A, I or a sentence's first letter", () => {
    const panel = (id: string, title: string): Panel => ({ id, title, lead: [], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("news", "AI News"), panel("x", "🐦 X (Twitter)"), panel("box-b", "B")].map((p) => profileOf(p, "", [], new Map())));
    expect(m.phrase(1, "A lot of AI happens on X (AI의 많은 일이 X에서 일어난다)").words).toEqual(["X"]);
    expect(m.phrase(0, "A lot of AI happens on X").score).toBe(0);
    // A sentence opening with a capital letter names nothing: `B. Then…` is no more the panel B than `A lot` is A.
    expect(m.phrase(2, "B is for base. So is the model").score).toBe(0);
    expect(m.phrase(2, "Then it says B again").words).toEqual(["B"]);
  });
  it("a word any sentence says weighs a quarter; the lecture's own words do not", () => {
    expect(commonness(wordKey("use")!)).toBe(0.25);
    expect(commonness(wordKey("합니다")!)).toBe(0.25);
    expect(commonness(wordKey("arena")!)).toBe(1);
    // "own" is the lecture vocabulary's self (자신), not a common word.
    expect(commonness(wordKey("own")!)).toBe(1);
  });
  it("the course's subject (model, 모델) weighs half: a panel titled with it does not outbid one saying the quote's own topic", () => {
    expect(commonness(wordKey("model")!)).toBe(0.5);
    expect(commonness(wordKey("모델이")!)).toBe(0.5);
    const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("sees", "모델이 보는 세상", "토큰 ID"), panel("quant", "QUANTIZATION", "lower precision, smaller file")].map((p) => profileOf(p, "", [], new Map())));
    const w = itemWords("", "They lower the precision so the model fits on a laptop", 1);
    expect(m.match(1, w).score).toBeGreaterThan(m.match(0, w).score);
    // Still a word of the title: a section saying the whole title is named after it.
    expect(m.titleHit(0, "모델이 보는 세상")).toContain("모델");
  });
  it("a word the chapter says in most of its panels counts as common as the panels saying it, even in the one title naming it", () => {
    const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] }) as unknown as Panel;
    const para = (text: string): Block => ({ kind: "paragraph", text: [{ text }] });
    const panels = [panel("reset", "NEW CHAT = RESET", "새 대화마다 처음부터"), panel("flows", "HOW IT FLOWS", "context 맨 앞에 붙임"), panel("bank", "MEMORY BANK", "기억할 만한 정보")];
    const profiles = (said: boolean) => panels.map((p, k) => profileOf(p, "", [], new Map(), said && k > 0 ? [para("대화 중에 쌓인 것")] : []));
    const w = itemWords("", "It's stuck at the top of every conversation", 1);
    // Said only in NEW CHAT's title, `conversation` (대화) names it; said in every panel, it hardly does.
    const alone = new Matcher(profiles(false)).match(0, w).score;
    const everywhere = new Matcher(profiles(true)).match(0, w).score;
    expect(alone).toBeGreaterThan(0);
    expect(everywhere).toBeLessThan(alone * 0.6);
  });
  it("small is 작은 (listed by its forms: the stem 작 begins 작성, write, and 작업)", () => {
    for (const w of ["smaller", "작은", "작게"]) expect(wordKey(w)).toBe(wordKey("small"));
    for (const w of ["작성", "작업"]) expect(wordKey(w)).not.toBe(wordKey("small"));
  });
  it("a quote glossing itself in the other language says each word once", () => {
    const panel = (id: string, title: string): Panel => ({ id, title, lead: [], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("meta", "Meta의 방법: 모델 심문하기")].map((p) => profileOf(p, "", [], new Map())));
    const alone = m.match(0, itemWords("", "The model is just imitating the style", 1));
    const glossed = m.match(0, itemWords("", "The model is just imitating the style (모델은 스타일을 흉내 낼 뿐)", 1));
    expect(glossed.score).toBe(alone.score);
    expect(glossed.words).toEqual(["model≈모델"]);
  });
  it("words any sentence says match a panel only beside a word of its topic", () => {
    const panel = (id: string, title: string): Panel => ({ id, title, lead: [], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("node", "ONE 8×H100 NODE"), panel("loss", "WATCHING THE LOSS")].map((p) => profileOf(p, "", [], new Map())));
    expect(m.match(0, itemWords("", "Every single line here is one update to the model", 1)).score).toBe(0);
    expect(m.match(0, itemWords("", "One node is eight GPUs", 1)).words).toEqual(["node", "one"]);
  });
  it("the notes' 아무도 and 누구도 say nobody, 무오류 infallible, 책임 responsible", () => {
    expect(wordKey("아무도")).toBe(wordKey("Nobody"));
    expect(wordKey("누구도")).toBe(wordKey("nobody"));
    expect(wordKey("무오류")).toBe(wordKey("infallible"));
    expect(wordKey("책임")).toBe(wordKey("responsible"));
  });
  it("a section is named after a panel by a common word only when it says the panel's whole title", () => {
    const panel = (id: string, title: string): Panel => ({ id, title, lead: [], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("which", "WHICH ONE SHOULD I USE?"), panel("arena", "LM ARENA")].map((p) => profileOf(p, "", [], new Map())));
    expect(m.titleHit(0, "How to use it")).toEqual([]);
    expect(m.titleHit(0, "Which one should I use? (flowchart)")).toEqual(["one", "should", "use"]);
    expect(m.titleHit(1, "How the arena ranks")).toEqual(["arena"]);
  });
  it("a phrase said again verbatim is three words as written: a contraction is one", () => {
    const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] }) as unknown as Panel;
    const m = new Matcher([panel("why", "왜 지어내나?", 'add "I don\'t know" examples'), panel("rm", "GAMING THE RM", '"the the the the"')].map((p) => profileOf(p, "", [], new Map())));
    expect(m.phrase(0, "I don't trust the model's mental arithmetic").score).toBe(0);
    expect(m.phrase(0, "If it doesn't know, say I don't know examples").words).toEqual(["i don t know …"]);
    expect(m.phrase(1, "The top joke becomes: the the the the the").words).toEqual(["the the the the"]);
  });
  it("a verb made with 하다 or 되다 is the noun before it", () => {
    expect(wordKey("비교한다")).toBe(wordKey("비교"));
    expect(wordKey("공개됩니다")).toBe(wordKey("공개"));
  });
});
