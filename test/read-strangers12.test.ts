// Chapters written by others, read as their writers meant: a `║` frame round ASCII boxes with a sidebar inside
// it, row heights said in a sentence per band (`the middle band … about 60%, the bottom whatever is left`) and
// plan sections counted by keycaps (`1️⃣ 🧽 …`); a ratio table headed in the writer's own words (`How tall`,
// `~10%`) over five boxes said to be the `same width`; a layout written as a table with one column listing each
// row's boxes (`A · B · C`, `(wide, ~60%)`) and a `TL;DR` section; row heights in `fr`, a box's first line
// over a blank one, quotes opening with 💬 under a label naming their box, and closing remarks in brackets.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { kinds, panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const text = (sheet: Sheet, title: RegExp): string => JSON.stringify(panel(sheet, title).blocks);
const widths = (sheet: Sheet, row: number): (number | undefined)[] => {
  const r = sheet.rows[row]!;
  return r.kind === "panels" ? r.panels.map((p) => p.width) : [];
};
const plan = ["# Output Structure Plan", "## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 🆎 Gamma", "- three", ""];
const boxes = [
  "┌──────────────────────────────┐",
  "│ 🍌 TITLE 🍌                  │",
  "└──────────────────────────────┘",
  "┌─────────────┐ ┌──────────────┐",
  "│ 🅰️ ALPHA    │ │ 🅱️ BETA      │",
  "│  a words    │ │  b words     │",
  "└─────────────┘ └──────────────┘",
  "┌──────────────────────────────┐",
  "│ 🆎 GAMMA                     │",
  "│  c words                     │",
  "└──────────────────────────────┘",
];
const drawn = (...after: string[]): string => ["# Layout Structure", "```", ...boxes, "```", ...after, ...plan].join("\n");

describe("a ║ frame round ASCII boxes, a sidebar inside it, heights said per band", () => {
  const frame = [
    "╔════════════════════════════════════════╗",
    "║ 🍌 TITLE 🍌                            ║",
    "╠════════════════════════════════════════╣",
    "║ +-----------+ +-----------+ +--------+ ║",
    "║ | 🅰️ ALPHA  | | 🅱️ BETA   | | 🆎 SIDE| ║",
    "║ |  a words  | |  b words  | |  side  | ║",
    "║ +-----------+ +-----------+ |  words | ║",
    "║ +-------------------------+ |        | ║",
    "║ | 🆑 WIDE                 | |        | ║",
    "║ |  w words                | |        | ║",
    "║ +-------------------------+ +--------+ ║",
    "╠════════════════════════════════════════╣",
    "║ +-------------------------------------+║",
    "║ | 🆗 LOW                              |║",
    "║ +-------------------------------------+║",
    "╚════════════════════════════════════════╝",
  ];
  const doc = (sentence: string): string =>
    ["# Layout Structure", "```", ...frame, "```", sentence, "# Output Structure Plan", "## 🅰️ Alpha", "- one", "## 🆑 Wide", "- two", ""].join("\n");

  it("reads boxes closed over boxes opened inside the frame as one border, without a warning", async () => {
    const { sheet, warnings } = await readSheet(doc(""));
    expect(warnings.filter((w) => /repeats the one above/.test(w))).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA", "SIDE"], ["WIDE"], ["LOW"]]);
  });

  it("spreads a band's height over the rows its sidebar joins, and gives the last band what is left", async () => {
    const { sheet, warnings } = await readSheet(doc("Heights: the title is about 10% of the page height, the middle band with the sidebar about 70%, and the bottom strip gets whatever is left."));
    expect(warnings.filter((w) => /row heights|ratio table/.test(w))).toEqual([]);
    expect(ratios(sheet)).toEqual([10, 40, 30, 20]);
  });

  it("still says a sentence giving neither one height a row nor one a band is not used", async () => {
    const { warnings } = await readSheet(doc("Heights: title 10%, the rest 90%. "));
    expect(warnings.some((w) => /row heights for the drawing's 4 rows; they are not used/.test(w))).toBe(true);
  });

  it("reads the fixture as four rows, the sidebar down two, heights per band and no warning", async () => {
    const { sheet, warnings } = await readSheet(fixture("chatgpt-memory-double-plus-sidebar"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["NEW CHAT = RESET", "MEMORY BANK", "CUSTOM INSTRUCTIONS"], ["HOW IT FLOWS INTO EVERY CHAT"], ["MANAGE IT", "NOT REAL MEMORY", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 33, 27, 30]);
    expect(sheet.page).toBe("a4");
  });
});

describe("plan sections counted by keycaps", () => {
  it("takes the emoji after the keycap as the section's, so it finds its box", async () => {
    const doc = drawn().replace("## 1. 🅰️ Alpha", "## 1️⃣ 🅰️ First things").replace("## 2. 🅱️ Beta", "## 2️⃣ 🅱️ Second things").replace("## 3. 🆎 Gamma", "## 🔟 🆎 Last things");
    const { sheet } = await readSheet(doc);
    expect(text(sheet, /ALPHA/)).toMatch(/one/);
    expect(text(sheet, /BETA/)).toMatch(/two/);
    expect(text(sheet, /GAMMA/)).toMatch(/three/);
  });

  it("reads any other count before the section's emoji as a count: `Step 2 —`, `[2]`, `(2)`, `2/3`, `#2`, `II.`, `B.`, `Box 2 →`, `Panel 2 of 3:`, `2단계`", async () => {
    const forms: ((n: number) => string)[] = [
      (n) => `Step ${n} —`,
      (n) => `[${n}]`,
      (n) => `(${n})`,
      (n) => `${n}/3`,
      (n) => `#${n}`,
      (n) => `${["I", "II", "III"][n - 1]}.`,
      (n) => `${"ABC"[n - 1]}.`,
      (n) => `Box ${n} →`,
      (n) => `Panel ${n} of 3:`,
      (n) => `${n}단계`,
    ];
    for (const count of forms) {
      const doc = drawn()
        .replace("## 1. 🅰️ Alpha", `## ${count(1)} 🅰️ First things`)
        .replace("## 2. 🅱️ Beta", `## ${count(2)} 🅱️ Second things`)
        .replace("## 3. 🆎 Gamma", `## ${count(3)} 🆎 Last things`);
      const { sheet } = await readSheet(doc);
      expect([text(sheet, /ALPHA/), text(sheet, /BETA/), text(sheet, /GAMMA/)].map((t) => /one|two|three/.exec(t)?.[0]), count(1)).toEqual(["one", "two", "three"]);
    }
  });

  it("keeps a keycap with no emoji after it as the section's emoji", async () => {
    const doc = drawn()
      .replace("│ 🅰️ ALPHA    │", "│ 1️⃣ ALPHA    │")
      .replace("## 1. 🅰️ Alpha", "## 1️⃣ First things")
      .replace("## 2. 🅱️ Beta", "## 2️⃣ 🅱️ Beta")
      .replace("## 3. 🆎 Gamma", "## 3️⃣ 🆎 Gamma");
    const { sheet } = await readSheet(doc);
    expect(text(sheet, /ALPHA/)).toMatch(/one/);
  });

  it("places the fixture's sections in the boxes of their emoji", async () => {
    const { sheet } = await readSheet(fixture("chatgpt-memory-double-plus-sidebar"));
    expect(text(sheet, /NEW CHAT/)).toMatch(/context window/);
    expect(text(sheet, /HOW IT FLOWS/)).toMatch(/새 대화 시작/);
    expect(text(sheet, /NOT REAL MEMORY/)).toMatch(/장기 기억/);
    expect(kinds(panel(sheet, /MEMORY BANK/))).toContain("flowchart");
  });
});

describe("a closing offer that mentions a portrait version", () => {
  it("asks for no portrait page", async () => {
    const { warnings } = await readSheet(drawn() + "\n## 이미지 생성 요청\n- A4 가로\n\nLet me know if you want a 16:9 version or a portrait one for printing! 😊\n");
    expect(warnings.filter((w) => /portrait/.test(w))).toEqual([]);
  });

  it("is left out of the plan when written in brackets, as the offer it is", async () => {
    const { sheet, warnings } = await readSheet(drawn() + "\n(Feel free to drop a box if space gets tight.)\n");
    expect(warnings.some((w) => /is an offer from whoever wrote the prompt/.test(w))).toBe(true);
    expect(JSON.stringify(panelsOf(sheet).map((p) => p.blocks))).not.toMatch(/Feel free/);
  });
});

describe("a ratio table in the writer's own words", () => {
  const table = (col: string, cells: string[]): string[] => [`| Strip | ${col} | What |`, "|---|---|---|", ...["top", "middle", "bottom"].map((r, k) => `| ${r} | ${cells[k]} | x |`)];

  it("reads a column of hedged percents (`~10%`) under any header as the heights", async () => {
    const { sheet } = await readSheet(drawn(...table("How tall", ["~10%", "약 50%", "≈ 40%"])));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("reads heights in `fr` as proportions of the page", async () => {
    const { sheet } = await readSheet(drawn(...table("Height (fr)", ["1fr", "5fr", "4fr"])));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("reads small numbers with no percent anywhere as proportions", async () => {
    const { sheet } = await readSheet(drawn(...table("비율", ["1", "5", "4"])));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
  });

  it("still refuses percents that do not add up", async () => {
    await expect(readSheet(drawn(...table("비율", ["10%", "50%", "30%"])))).rejects.toThrow(/add up to 90%/);
  });

  it("makes a row said to be `same width` equal, however its boxes are drawn", async () => {
    const doc = drawn("| Row | Height | Content |", "|---|---|---|", "| 1 | 10% | title |", "| 2 | 50% | alpha, beta, same width |", "| 3 | 40% | gamma |");
    const { sheet } = await readSheet(doc.replace("┌─────────────┐ ┌──────────────┐", "┌────────┐ ┌───────────────────┐").replace("│ 🅰️ ALPHA    │ │ 🅱️ BETA      │", "│ 🅰️ ALPHA│ │ 🅱️ BETA           │").replace("│  a words    │ │  b words     │", "│ a words│ │  b words          │").replace("└─────────────┘ └──────────────┘", "└────────┘ └───────────────────┘"));
    // Set, not left to the layout: a full box of the row is not drawn wider than the others.
    expect(widths(sheet, 1)).toEqual([0.5, 0.5]);
  });

  it("reads the fixture's `How tall` table and its five equal boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture("pretraining-cost-five-across-bare-mindmap"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["2019", "$40K", "TODAY", "DATA", "HW + SW"], ["COST FORMULA", "LOSS GOES DOWN"], ["FRONTIER SCALE", "QUOTES", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 25, 35, 30]);
    expect(widths(sheet, 1)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(kinds(panel(sheet, /DATA/))).toEqual(["mindmap"]);
    expect(kinds(panel(sheet, /COST FORMULA/))).toEqual(["code", "bullets"]);
    expect(kinds(panel(sheet, /QUOTES/))).toEqual(["quote", "quote", "quote"]);
    expect(text(panelsOf(sheet).length ? sheet : sheet, /QUOTES/)).toMatch(/2019년보다 지금이 훨씬 싸다/);
  });
});

describe("a layout table listing each row's boxes in one column", () => {
  const doc = [
    "# Layout Structure",
    "| Row | Height | Boxes (left → right) |",
    "|---|---|---|",
    "| 1 | 10% | 🍌 TITLE 🍌 |",
    "| 2 | 50% | 🅰️ ALPHA (wide, ~70%) · 🅱️ BETA |",
    "| 3 | 40% | 🆎 GAMMA |",
    ...plan,
  ].join("\n");

  it("reads the cells' boxes as the rows, a bracketed percent as that box's width", async () => {
    const { sheet, warnings } = await readSheet(doc);
    expect(warnings.filter((w) => /metadata|default layout/.test(w) === false)).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(widths(sheet, 1).map((w) => Math.round((w ?? 0) * 100))).toEqual([70, 30]);
  });

  it("splits a cell's titles at commas, slashes, arrows or `<br>` before an emoji, and reads `[A] [B]`", async () => {
    for (const cell of ["🅰️ ALPHA, 🅱️ BETA", "🅰️ ALPHA / 🅱️ BETA", "🅰️ ALPHA<br>🅱️ BETA", "🅰️ ALPHA → 🅱️ BETA", "[🅰️ ALPHA] [🅱️ BETA (60%)]"]) {
      const { sheet } = await readSheet(doc.replace("🅰️ ALPHA (wide, ~70%) · 🅱️ BETA", cell));
      expect(titles(sheet), cell).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    }
    const { sheet } = await readSheet(doc.replace("🅰️ ALPHA (wide, ~70%) · 🅱️ BETA", "🅰️ ALPHA, the wide one"));
    expect(titles(sheet)[1]).toEqual(["ALPHA, the wide one"]);
  });

  it("leaves a ratio table that names no boxes to the default layout", async () => {
    const ratio = doc.replace("Boxes (left → right)", "Content");
    const { warnings } = await readSheet(ratio);
    expect(warnings.some((w) => /no box diagram/.test(w))).toBe(true);
  });

  it("reads the fixture's table as its eight boxes, the simulator 60% wide, TL;DR the takeaways", async () => {
    const { sheet, warnings } = await readSheet(fixture("llama3-herd-table-layout-nested-plan"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["MODEL FAMILY", "15T TOKENS", "405B PARAMS"], ["DOCUMENT SIMULATOR", "BASE vs INSTRUCT"], ["FEW-SHOT TRICKS", "QUOTES", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 35, 25]);
    expect(widths(sheet, 2)).toEqual([0.6, 0.4]);
    expect(text(sheet, /TAKEAWAYS/)).toMatch(/open weights/);
    expect(kinds(panel(sheet, /QUOTES/))).toEqual(["quote", "quote"]);
  });
});

describe("a box's first line over a blank one, and quotes opening with 💬", () => {
  it("does not carry a mixed-case title on to a line after a blank one", async () => {
    const doc = drawn().replace("│ 🅰️ ALPHA    │", "│ 🅰️ Why GPUs │").replace("│  a words    │", "│             │\n│ matrix math │");
    const { sheet } = await readSheet(doc.replace("## 1. 🅰️ Alpha", "## 1. 🅰️ Why GPUs"));
    expect(titles(sheet)[1]).toEqual(["Why GPUs", "BETA"]);
  });

  it("still joins a mixed-case title wrapped onto the line right under it", async () => {
    const doc = drawn().replace("│ 🅰️ ALPHA    │", "│ 🅰️ Test-time│").replace("│  a words    │", "│ training    │");
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)[1]).toEqual(["Test-time training", "BETA"]);
  });

  const quotes = ["", "Quotes for the 🆎 box:", "💬 All of this hardware is collaborating — Andrej", "💬 You pay by the hour — Andrej Karpathy", ""];

  it("reads each 💬 line as a quote signed by the name after its dash, in the box the label names", async () => {
    const { sheet } = await readSheet(drawn() + quotes.join("\n"));
    const gamma = panel(sheet, /GAMMA/).blocks.filter((b) => b.kind === "quote");
    expect(gamma.map((q) => (q.kind === "quote" ? [q.text.map((s) => s.text).join(""), q.cite] : []))).toEqual([
      ["All of this hardware is collaborating", "Andrej"],
      ["You pay by the hour", "Andrej Karpathy"],
    ]);
  });

  it("keeps balloon quotes in their section when the label names no box", async () => {
    const { sheet } = await readSheet(drawn() + quotes.join("\n").replace("Quotes for the 🆎 box:", "Quotes:"));
    expect(panelsOf(sheet).flatMap((p) => p.blocks).filter((b) => b.kind === "quote")).toHaveLength(2);
    expect(JSON.stringify(panelsOf(sheet).map((p) => p.blocks))).not.toMatch(/💬/);
  });

  it("reads the fixture: fr heights, the sidebar down two rows, its quotes in 💬 QUOTES, the closing remarks left out", async () => {
    const { sheet, warnings } = await readSheet(fixture("gpu-cluster-free-boxes-fr-heights"));
    expect(warnings.map((w) => w.slice(0, 9))).toEqual(["line 145:", "line 143:"]);
    expect(titles(sheet)).toEqual([["title"], ["ONE NODE", "WHY GPUs", "FROM NODE TO DATA CENTER"], ["READING A TRAINING LOG"], ["TOKENS = FUEL", "QUOTES", "TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 30, 30, 30]);
    expect(kinds(panel(sheet, /QUOTES/))).toEqual(["quote", "quote", "quote"]);
    expect(text(sheet, /QUOTES/)).toMatch(/"cite":"Andrej"/);
    expect(JSON.stringify(panelsOf(sheet).map((p) => p.blocks))).not.toMatch(/Image request|Feel free/);
    expect(kinds(panel(sheet, /TRAINING LOG/))).toEqual(["code", "bullets"]);
  });
});

describe("quotable insights written with a speaker, a balloon or a gloss", () => {
  const box = ["┌──────────────────────────────┐", "│ 🍌 TITLE 🍌                  │", "└──────────────────────────────┘", "┌─────────────┐ ┌──────────────┐", "│ 🅰️ ALPHA    │ │ 💬 QUOTES    │", "│  a words    │ │              │", "└─────────────┘ └──────────────┘"];
  const doc = (q: string): string =>
    ["# Layout Structure", "```", ...box, "```", "# Output Style", "4. **Quotable Insights**:", `   - ${q}`, "# Output Structure Plan", "## 1. 🅰️ Alpha", "- one", "## 2. 💬 Quotes", "- quotes go here", ""].join("\n");
  const quote = async (q: string): Promise<[string, string | undefined]> => {
    const { sheet } = await readSheet(doc(q));
    const b = panelsOf(sheet).flatMap((p) => p.blocks).find((x) => x.kind === "quote");
    return b?.kind === "quote" ? [b.text.map((s) => s.text).join(""), b.cite] : ["", undefined];
  };

  it("signs a quote by the name before its gloss, the gloss kept after the words", async () => {
    expect(await quote('"The model is a simulator" — Andrej Karpathy (모델은 시뮬레이터)')).toEqual(["The model is a simulator (모델은 시뮬레이터)", "Andrej Karpathy"]);
  });

  it("signs a quote by the speaker named before it, and drops a label that names no one", async () => {
    expect(await quote('Karpathy: "The model is a simulator"')).toEqual(["The model is a simulator", "Karpathy"]);
    expect(await quote('Note: "The model is a simulator"')).toEqual(["The model is a simulator", undefined]);
  });

  it("drops the balloon before a quote, and reads a Korean gloss after an arrow or a slash as its translation", async () => {
    expect(await quote('💬 "The model is a simulator"')).toEqual(["The model is a simulator", undefined]);
    expect(await quote('"The model is a simulator" → 모델은 시뮬레이터')).toEqual(["The model is a simulator (모델은 시뮬레이터)", undefined]);
    expect(await quote('"The model is a simulator" / 모델은 시뮬레이터')).toEqual(["The model is a simulator (모델은 시뮬레이터)", undefined]);
  });
});
