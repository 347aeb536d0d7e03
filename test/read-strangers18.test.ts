// Chapters written by others, read as their writers meant: a Korean teacher's chapter drawn with rounded corners,
// its title row split to stamp a date beside the banner, a box holding a picture's place (`[이미지: 사과 그림]`),
// a table typed without its `|---|` line and quotes as flag-marked pairs (`🇰🇷 "…"` over `🇺🇸 "…"`); and a prompt a
// chat model handed back, its layout an outline of rows with tree branches (`├── Left (35%): …`), a table whose
// header is a line of bold words, quotes each over a `— 번역` line, and closing tips for whoever uses it.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet, Table } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const all = (sheet: Sheet): Block[] => sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : []));
const plain = (b: Block): string => ("text" in b && Array.isArray(b.text) ? b.text.map((s) => s.text).join("") : "");
const cells = (t: Table): string[][] => [t.header, ...t.rows].map((r) => r.map((c) => c.map((s) => s.text).join("")));
const tables = (sheet: Sheet): Table[] => all(sheet).filter((b): b is Table => b.kind === "table");

const TEACHER = "tokens-to-think-teacher-rounded-date-box";
const CHATTY = "base-model-hyperbolic-chatty-outline-rows";

const boxes = TWO_BOXES;
const doc = (layout: string[], plan: string[], fenced = true): string => promptDoc(layout, plan, { fenced });
const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

describe("a layout written as an outline with tree branches", () => {
  const outline = [
    "Row 1 (10%): Title banner — \"🍌 TITLE 🍌\"",
    "Row 2 (60%):",
    "  ├── Left (40%): 🅰️ Alpha",
    "  ├── Middle (30%): 🅱️ Beta",
    "  └── Right (30%): 🧪 Gamma",
    "Row 3 (30%): 📌 Takeaways",
  ];

  it("reads each branch as a box of its row, its marks and place words out of the title", async () => {
    const { sheet } = await readSheet(doc(outline, [...plan, "## 🧪 Gamma", "- g"], false));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(JSON.stringify(sheet)).not.toMatch(/[├└─]/);
  });

  it("still reads `Middle row` at the outline's own depth as a row of the page", async () => {
    const rows = ["Top row (10%): title", "Middle row (60%): 🅰️ Alpha, 🅱️ Beta", "Bottom row (30%): 📌 Takeaways"];
    const { sheet } = await readSheet(doc(rows, plan, false));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Takeaways"]]);
  });

  it("reads the fixture's three boxes in its second row, titled as written", async () => {
    const { sheet } = await readSheet(fixture(CHATTY));
    expect(titles(sheet)[1]).toEqual(["What is a base model? (베이스 모델이란?)", "Regurgitation (암기해서 되풀이)", "Hallucinated continuations (그럴듯한 지어내기)"]);
    expect(ratios(sheet)).toEqual([12, 38, 35, 15]);
  });
});

describe("a title row split to stamp a date beside the banner", () => {
  const stamped = [
    "╭──────────────────────────────┬──────────╮",
    "│ 🍌 TITLE 🍌                  │ 📅 2025.03│",
    "╰──────────────────────────────┴──────────╯",
    ...boxes.slice(3),
  ];

  it("is the title row: the banner from the big box, the stamp under it", async () => {
    const { sheet } = await readSheet(doc(stamped, plan));
    expect(sheet.rows[0]?.kind).toBe("title");
    expect(sheet.meta.banner).toBe("🍌 TITLE 🍌");
    expect(sheet.meta.tagline).toBe("📅 2025.03");
    expect(titles(sheet).slice(1)).toEqual([["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("keeps two boxes as panels when neither is the banner's, or the second is no small stamp", async () => {
    const noBanner = stamped.map((l) => l.replace("🍌 TITLE 🍌", "🅾️ OVERVIEW "));
    expect((await readSheet(doc(noBanner, [...plan, "## 🅾️ Overview", "- o"]))).sheet.rows[0]?.kind).toBe("panels");
    const wide = [
      "╭──────────────────────┬───────────────────╮",
      "│ 🍌 TITLE 🍌          │ 🗓️ DATES          │",
      "│                      │ many words here   │",
      "╰──────────────────────┴───────────────────╯",
      ...boxes.slice(3),
    ];
    expect((await readSheet(doc(wide, [...plan, "## 🗓️ Dates", "- d"]))).sheet.rows[0]?.kind).toBe("panels");
  });

  it("reads the fixture's banner and its date", async () => {
    const { sheet } = await readSheet(fixture(TEACHER));
    expect(sheet.rows[0]?.kind).toBe("title");
    expect(sheet.meta.banner).toMatch(/^🍌 NANO BANANA 필기노트: 모델도 생각할 토큰이 필요해요 🍌$/);
    expect(sheet.meta.tagline).toBe("📅 2025.03");
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
  });
});

describe("a table typed without its |---| line", () => {
  const planWith = (table: string[]): string[] => ["## 🅰️ Alpha", ...table, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];

  it("reads pipe rows as a table, the first its header", async () => {
    const { sheet } = await readSheet(doc(boxes, planWith(["| **Kind** | **Cost** |", "| apple | $3 |", "| orange | $2 |"])));
    const t = tables(sheet);
    expect(t.map(cells)).toEqual([[["Kind", "Cost"], ["apple", "$3"], ["orange", "$2"]]]);
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["table"]);
  });

  it("reads a line of bold words over pipe rows of as many cells as the header", async () => {
    const { sheet } = await readSheet(doc(boxes, planWith(["**Kind** **Cost**", "| apple | $3 |"])));
    expect(tables(sheet).map(cells)).toEqual([[["Kind", "Cost"], ["apple", "$3"]]]);
  });

  it("leaves a lone pipe line, rows of different widths and a bold line over other rows as text", async () => {
    for (const lines of [["| just | one |"], ["| a | b |", "| c | d | e |"], ["**Kind** **Cost** **Tax**", "| apple | $3 |"]]) {
      const { sheet } = await readSheet(doc(boxes, planWith(lines)));
      expect(tables(sheet), lines.join(" / ")).toEqual([]);
    }
  });

  it("reads both fixtures' tables", async () => {
    const teacher = (await readSheet(fixture(TEACHER))).sheet;
    const t = tables(teacher).map(cells);
    expect(t).toHaveLength(1);
    expect(t[0]![0]).toEqual(["구분", "❌ 나쁜 답", "✅ 좋은 답"]);
    expect(t[0]).toHaveLength(5);
    const chatty = (await readSheet(fixture(CHATTY))).sheet;
    const c = tables(chatty).map(cells);
    expect(c.map((x) => x[0])).toEqual([["Trick", "What you write", "What the model does"]]);
    expect(c[0]!.map((r) => r[0])).toEqual(["Trick", "Few-shot", "Assistant prompt"]);
  });
});

describe("a chat reply's closing tips", () => {
  const closing = ["", "---", "", "**Tips for best results:**", "1. Ask for 16:9.", "2. Keep the glosses short.", "", "Let me know if you want changes!"];

  it("leaves tips under a closing rule out, with a warning", async () => {
    const { sheet, warnings } = await readSheet(doc(boxes, [...plan, ...closing]));
    expect(JSON.stringify(sheet)).not.toMatch(/Ask for 16:9|Tips for best/);
    expect(warnings.some((w) => /"Tips for best results:" and the list under it are tips/.test(w))).toBe(true);
  });

  it("keeps a plan's own `Tips:` over a list when no rule closes the plan above it", async () => {
    const { sheet } = await readSheet(doc(boxes, [...plan, "", "Tips:", "- use code for arithmetic"]));
    expect(JSON.stringify(sheet)).toMatch(/use code for arithmetic/);
  });

  it("draws none of the fixture's tips", async () => {
    const { sheet, warnings } = await readSheet(fixture(CHATTY));
    expect(JSON.stringify(sheet)).not.toMatch(/crowds the page|default to square|glosses short/);
    expect(warnings.filter((w) => /tips for whoever/.test(w))).toHaveLength(1);
  });
});

describe("a box line holding a picture's place", () => {
  it("is not drawn as the box's text; other bracketed lines are", async () => {
    const layout = boxes.map((l) => l.replace("| a words            |", "| [이미지: 사과 그림] |").replace("| b words           |", "| [중요] b words     |"));
    const { sheet } = await readSheet(doc(layout, plan));
    const lead = (re: RegExp): string => JSON.stringify(panel(sheet, re).lead);
    expect(lead(/ALPHA/)).not.toMatch(/이미지/);
    expect(lead(/BETA/)).toMatch(/\[중요\] b words/);
  });

  it("leaves the fixture's apple picture out and keeps its sum", async () => {
    const { sheet } = await readSheet(fixture(TEACHER));
    const lead = JSON.stringify(panel(sheet, /Emily의 사과 문제/).lead);
    expect(lead).not.toMatch(/이미지/);
    expect(lead).toMatch(/사과 3개 \+ 오렌지 2개 = 13달러/);
  });
});

describe("quotes each over their gloss in one blockquote", () => {
  const quoted = (lines: string[]) => doc(boxes, ["## 🅰️ Alpha", ...lines, "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"]);
  const quotesOf = (sheet: Sheet): string[] => all(sheet).filter((b) => b.kind === "quote").map(plain);

  it("reads `\"…\"` over `— 번역` pairs as one quote each, the gloss in brackets", async () => {
    const { sheet } = await readSheet(quoted(['> "First words here."', "> — 첫 번째 말", '> "Second words here."', "> — 두 번째 말"]));
    expect(quotesOf(sheet)).toEqual(["First words here. (첫 번째 말)", "Second words here. (두 번째 말)"]);
  });

  it("reads flag-marked lines in two languages as one quote, without the flags", async () => {
    const { sheet } = await readSheet(quoted(['> 🇰🇷 "토큰이 필요해요."', '> 🇺🇸 "It needs tokens."']));
    expect(quotesOf(sheet)).toEqual(['토큰이 필요해요. ("It needs tokens.")']);
  });

  it("keeps two quoted lines with no gloss, or a remark in the quote's own language, as the one quote they were", async () => {
    const { sheet } = await readSheet(quoted(['> "First words here."', '> "Second words here."']));
    expect(quotesOf(sheet)).toHaveLength(1);
    const remark = (await readSheet(quoted(['> "First words here."', "> — Karpathy, in the 2025 lecture"]))).sheet;
    expect(quotesOf(remark).join(" ")).not.toMatch(/\(Karpathy/);
  });

  it("reads both fixtures' quotes two by two, no flag left", async () => {
    const teacher = quotesOf((await readSheet(fixture(TEACHER))).sheet);
    expect(teacher).toHaveLength(2);
    expect(teacher[0]).toMatch(/^모델은 생각하려면 토큰이 필요해요\. \("The models need tokens to think\."\)$/);
    expect(teacher.join(" ")).not.toMatch(/\p{Regional_Indicator}/u);
    const chatty = quotesOf((await readSheet(fixture(CHATTY))).sheet);
    expect(chatty).toHaveLength(2);
    expect(chatty[1]).toMatch(/^The base model is not an assistant.*\(베이스 모델은 비서가 아니지만/);
  });
});
