// Chapters written by others, read as their writers meant: an RLHF chapter copied from the lecture's transcript —
// each quote opened by the time and the speaker (`[2:51:48] Andrej: "…"`, `(2:58:41) "…"`), boxes titled with
// the moment they cover, the source text a YouTube transcript with each time on its own line — and a base-model
// chapter whose tables and row heights were pasted from a spreadsheet: a ```csv fence, rows with tabs between
// their cells, a ```tsv fence. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { richText } from "../src/model/block-text.js";
import { readSheet } from "../src/read/index.js";
import { csvCells, spreadsheetTables } from "../src/read/prompt/spreadsheet.js";
import { momentMemo, saidAt, titleTime } from "../src/read/prompt/timestamps.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (sheet: Sheet): { text: string; cite?: string }[] =>
  sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).flatMap((b: Block) => (b.kind === "quote" ? [{ text: richText(b.text), ...(b.cite ? { cite: b.cite } : {}) }] : []));
const tableOf = (b: Block | undefined): string[][] => (b?.kind === "table" ? [b.header, ...b.rows].map((r) => r.map(richText)) : []);

const RLHF = "rlhf-transcript-timestamped-quotes";
const SHEET = "base-model-llama3-spreadsheet-csv-tsv";

describe("a quote opened by the time and the speaker it was said at", () => {
  const plan = (lines: string[]): string[] => ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 💬 Quotes", ...lines];

  it("draws the words alone and signs them with the speaker and the time", async () => {
    const { sheet } = await readSheet(
      promptDoc(TWO_BOXES, plan(['> [01:23:45] Andrej: "Alpha words come first."', "", '> (2:14:03) "Beta words come after."', "", '> Karpathy (1:02:10): "Gamma words close it."', "", '> "Delta words, at the end." [0:58:41]'])),
    );
    expect(quotes(sheet).sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: "Alpha words come first.", cite: "Andrej, 01:23:45" },
      { text: "Beta words come after.", cite: "2:14:03" },
      { text: "Delta words, at the end.", cite: "0:58:41" },
      { text: "Gamma words close it.", cite: "Karpathy, 1:02:10" },
    ]);
  });

  it("reads a range's start, a microphone before the time and a bold speaker's label", () => {
    expect(saidAt('[2:58:41–2:59:10] "Alpha words."')).toMatchObject({ time: "2:58:41" });
    expect(saidAt('🎙️ [2:58:41] Andrej: "Alpha words."')).toMatchObject({ name: "Andrej", time: "2:58:41" });
    expect(saidAt('Andrej (01:23:45): "Alpha words."')).toMatchObject({ name: "Andrej", time: "01:23:45" });
  });

  it("reads who said it and when from brackets after the words", () => {
    expect(saidAt('"Alpha words." (Andrej, 1:02:10)')).toMatchObject({ name: "Andrej", time: "1:02:10", to: '"Alpha words."'.length });
    expect(saidAt('"Alpha words." [Karpathy @ 58:41]')).toMatchObject({ name: "Karpathy", time: "58:41" });
    // A gloss in brackets is the quote's own.
    expect(saidAt('"Alpha words." (알파, 1:02:10에 다시)')).toBeUndefined();
  });

  it("reads a list of such quotes under a quotes heading as its quotes, not as a list", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['- [2:51:48] Andrej: "Alpha words come first."', '- (2:53:10) "Beta words come after."', '- 02:27:41 — "Gamma words close it."'])));
    expect(quotes(sheet).map((q) => q.cite).sort()).toEqual(["02:27:41", "2:53:10", "Andrej, 2:51:48"]);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/"kind":"bullets","style":"plain","items":\[\[\{"text":"\[2:51/);
  });

  it("reads a paragraph that is one such quote as the quote, and a paragraph saying more as a paragraph", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['[2:51:48] Andrej: "Alpha words come first."', "", '[2:53:10] Andrej explains "beta words" and then moves on.'])));
    expect(quotes(sheet)).toEqual([{ text: "Alpha words come first.", cite: "Andrej, 2:51:48" }]);
    expect(JSON.stringify(sheet.rows)).toMatch(/"kind":"paragraph","text":\[\{"text":"\[2:53:10\] Andrej explains/);
  });

  it("keeps a signature after the words and adds the time before them to it", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, plan(['> [2:51:48] "Alpha words come first." — Andrej Karpathy'])));
    expect(quotes(sheet)).toEqual([{ text: "Alpha words come first.", cite: "Andrej Karpathy, 2:51:48" }]);
  });

  it("reads the quotable insights of the style part the same way", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two"]).replace(
      "# Output Structure Plan",
      ["# Output Style", "4. **Quotable Insights**:", '   - [2:51:48] Andrej: "Alpha words come first, every time."', "", "# Output Structure Plan"].join("\n"),
    );
    const { sheet } = await readSheet(doc);
    expect(quotes(sheet)).toEqual([{ text: "Alpha words come first, every time.", cite: "Andrej, 2:51:48" }]);
  });

  it("leaves a label before a quote, a time inside its words and a quote with neither as they are", () => {
    expect(saidAt('Note: "Alpha words."')).toBeUndefined();
    expect(saidAt('[2:51:48] 인용: "Alpha words."')).toEqual({ from: '[2:51:48] 인용: '.length, to: '[2:51:48] 인용: "Alpha words."'.length, time: "2:51:48" });
    expect(saidAt('"At 2:51:48 he said it."')).toBeUndefined();
    expect(saidAt('"Alpha words."')).toBeUndefined();
    expect(saidAt("[2:51:48] the loss goes down")).toBeUndefined();
  });

  it("signs the RLHF chapter's four quotes with their speaker and time, none of which is left in the words", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const said = quotes(sheet);
    expect(said.map((q) => q.cite)).toEqual(["Andrej, 2:51:48", "Andrej, 2:53:10", "2:58:41", "Karpathy, 3:00:48"]);
    for (const q of said) expect(q.text).not.toMatch(/\d:\d\d|Andrej|^[[(]/);
    expect(kinds(panel(sheet, /KARPATHY SAID/))).toEqual(["quote", "quote", "quote", "quote"]);
  });
});

describe("a time in a box's title", () => {
  it("is where in the video the box's part is, not its name", () => {
    expect(titleTime("HUMAN RANKING (2:51:48)")).toEqual({ title: "HUMAN RANKING", time: "2:51:48" });
    expect(titleTime("🍌 RLHF — 강화학습 [2:48:17~3:01:46] 🍌")).toEqual({ title: "🍌 RLHF — 강화학습 🍌", time: "2:48:17~3:01:46" });
    expect(titleTime("REWARD HACKING @ 58:41")).toEqual({ title: "REWARD HACKING", time: "58:41" });
  });

  it("keeps a year, a page shape and a title that is only a time", () => {
    for (const t of ["GPT-2 (2019)", "PAGE (16:9)", "(2:51:48)"]) expect(titleTime(t)).toEqual({ title: t });
  });

  it("drops a note that the box's quotes carry their times, which their signatures now do", () => {
    expect(titleTime("KARPATHY SAID (타임스탬프 달아서)").title).toBe("KARPATHY SAID");
    expect(titleTime("QUOTES (with timestamps)").title).toBe("QUOTES");
  });

  it("titles the RLHF chapter's boxes without their times, the clip's range under the banner", async () => {
    const { sheet, warnings } = await readSheet(fixture(RLHF));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["VERIFIABLE vs UNVERIFIABLE", "REWARD MODEL = 사람 시뮬레이터"],
      ["HUMAN RANKING", "REWARD HACKING"],
      ["UPSIDE / DOWNSIDE", "KARPATHY SAID", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([9, 30, 31, 30]);
    expect(sheet.meta.banner).toBe("🍌 RLHF — 사람 피드백으로 배우는 강화학습 🍌");
    expect(sheet.meta.tagline).toBe("2:48:17~3:01:46");
    expect(warnings).toEqual([]);
  });
});

describe("a quote said at the moment a box is titled with", () => {
  const timed = [
    "+------------------------------------------------+",
    "| 🍌 TITLE 🍌                                    |",
    "+------------------------------------------------+",
    "+----------------------+ +-----------------------+",
    "| ALPHA (1:00:00)      | | BETA [1:58:00~2:05:00]|",
    "| a words              | | b words               |",
    "+----------------------+ +-----------------------+",
  ];
  const doc = (quote: string): string =>
    promptDoc(timed, ["## Alpha", "- alpha points here", "## Beta", "- beta points here"]).replace(
      "# Output Structure Plan",
      ["# Output Style", "4. **Quotable Insights**:", `   - ${quote}`, "", "# Output Structure Plan"].join("\n"),
    );

  it("goes to that box, whatever its words say, and to the box whose range holds its time", async () => {
    for (const [quote, box] of [
      ['[1:00:00] Andrej: "Beta words are what beta boxes hold."', /ALPHA/],
      ['(2:01:30) "Alpha words are what alpha boxes hold."', /BETA/],
    ] as const) {
      const { sheet } = await readSheet(doc(quote));
      expect(kinds(panel(sheet, box))).toContain("quote");
    }
  });

  it("goes by its words when no box gives its moment", async () => {
    const { sheet } = await readSheet(doc('[3:00:00] Andrej: "Beta words are what beta boxes hold."'));
    expect(kinds(panel(sheet, /BETA/))).toContain("quote");
  });
});

describe("a plan point asking for a memo of what was said at a moment", () => {
  it("is the memo: the words said, with their time", () => {
    const memo = (t: string): string | undefined => momentMemo([{ text: t }])?.map((s) => s.text).join("");
    expect(memo('2:49:40 "불가능합니다" 부분을 작게 메모')).toBe("“불가능합니다” (2:49:40)");
    expect(memo('[12:30] "the the the" — mark it')).toBe("“the the the” (12:30)");
    // A point that says something at that moment is drawn as written.
    expect(memo('2:49:40 "불가능합니다" 라고 말한다')).toBeUndefined();
    expect(memo('"불가능합니다" 부분을 작게 메모')).toBeUndefined();
  });

  it("draws the RLHF chapter's `2:49:40 … 작게 메모` as the memo", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const items = panel(sheet, /VERIFIABLE/).blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : []));
    expect(items).toContain("“불가능합니다” (2:49:40)");
    expect(JSON.stringify(sheet.rows)).not.toMatch(/작게 메모/);
  });
});

describe("a transcript copied from YouTube, each time on its own line over the words", () => {
  it("keeps each paragraph's time as its time", async () => {
    const doc = ["# Source Text", "", "2:48:17", "Andrej: alpha words.", "", "(2:48:52) beta words.", "", "[2:49:40] gamma words.", "", promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one"])].join("\n");
    const { sheet } = await readSheet(doc);
    expect(sheet.source?.paragraphs).toEqual([
      { time: "2:48:17", text: "Andrej: alpha words." },
      { time: "2:48:52", text: "beta words." },
      { time: "2:49:40", text: "gamma words." },
    ]);
  });

  it("times a subtitle file's cue by its start", async () => {
    const doc = ["# Source Text", "", "02:27:41 --> 02:28:05 alpha words.", "", "00:02:27,410 --> 00:02:29,000 beta words.", "", promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one"])].join("\n");
    const { sheet } = await readSheet(doc);
    expect(sheet.source?.paragraphs).toEqual([
      { time: "02:27:41", text: "alpha words." },
      { time: "00:02:27", text: "beta words." },
    ]);
  });

  it("reads the RLHF chapter's twelve transcript paragraphs with their times", async () => {
    const { sheet } = await readSheet(fixture(RLHF));
    const times = sheet.source!.paragraphs.flatMap((p) => (p.time ? [p.time] : []));
    expect(times).toHaveLength(12);
    expect([times[0], times[11]]).toEqual(["2:48:17", "3:01:46"]);
    expect(sheet.source!.paragraphs[1]!.text).toMatch(/^Andrej: 그런데 unverifiable domain/);
  });
});

describe("tables pasted from a spreadsheet", () => {
  const layout = ["+--------------------+", "| 🍌 TITLE 🍌        |", "+--------------------+", "| 🅰️ ALPHA | 🅱️ BETA |", "+--------------------+"];
  const read = async (alpha: string[]): Promise<Sheet> => (await readSheet(promptDoc(layout, ["## 🅰️ Alpha", ...alpha, "", "## 🅱️ Beta", "- two"]))).sheet;

  it("reads quoted CSV cells with the separator and doubled quote marks in them", () => {
    expect(csvCells('"Llama 3.1 405B, base",405B,"say ""hi""",', ",")).toEqual(["Llama 3.1 405B, base", "405B", 'say "hi"', ""]);
    expect(csvCells('a,"open', ",")).toBeUndefined();
  });

  it("draws a ```csv fence as its table", async () => {
    const sheet = await read(["```csv", "Model,Params", '"Llama 3.1, base",405B', "GPT-2,1.6B", "```"]);
    expect(tableOf(panel(sheet, /ALPHA/).blocks[0])).toEqual([["Model", "Params"], ["Llama 3.1, base", "405B"], ["GPT-2", "1.6B"]]);
  });

  it("draws a ```tsv fence, and a ```csv fence Excel wrote with semicolons, as their tables", async () => {
    expect(tableOf(panel(await read(["```tsv", "English\t한국어", "ocean\t바다", "```"]), /ALPHA/).blocks[0])).toEqual([["English", "한국어"], ["ocean", "바다"]]);
    expect(tableOf(panel(await read(["```csv", "Model;Params", "GPT-2;1.6B", "```"]), /ALPHA/).blocks[0])).toEqual([["Model", "Params"], ["GPT-2", "1.6B"]]);
  });

  it("draws rows with tabs between their cells as a table, under a line of text or a heading alike", async () => {
    expect(tableOf(panel(await read(["", "Term\tWhen", "Regurgitation\t자주 본 문서", "Hallucination\tcutoff 이후"]), /ALPHA/).blocks[0])).toEqual([
      ["Term", "When"],
      ["Regurgitation", "자주 본 문서"],
      ["Hallucination", "cutoff 이후"],
    ]);
    expect(tableOf(panel(await read(["표:", "Term\tWhen", "Regurgitation\t자주 본 문서"]), /ALPHA/).blocks.find((b) => b.kind === "table"))).toEqual([
      ["Term", "When"],
      ["Regurgitation", "자주 본 문서"],
    ]);
  });

  it("draws a CSV pasted bare as its table: three rows at least, a number in each under the header", async () => {
    const sheet = await read(["", "Model,Params,Tokens", "GPT-2,1.6B,100B", "Llama 3.1,405B,15T"]);
    expect(tableOf(panel(sheet, /ALPHA/).blocks[0])).toEqual([["Model", "Params", "Tokens"], ["GPT-2", "1.6B", "100B"], ["Llama 3.1", "405B", "15T"]]);
    // Lines of prose with as many commas, or two lines alone, are no sheet.
    const prose = ["", "Alpha, beta, gamma are words.", "Delta, epsilon, zeta are more.", "Eta, theta, iota close it.", ""].join("\n");
    expect(spreadsheetTables(prose)).toBe(prose);
    const two = ["", "Model,Params,Tokens", "GPT-2,1.6B,100B", ""].join("\n");
    expect(spreadsheetTables(two)).toBe(two);
    // Lines whose cells each name their value are records (a design tool's frames), not a sheet's rows.
    const frames = ["", 'Frame "ALPHA" — x: 0, y: 0, w: 600, h: 100', 'Frame "BETA" — x: 0, y: 100, w: 600, h: 300', 'Frame "GAMMA" — x: 600, y: 100, w: 400, h: 300', ""].join("\n");
    expect(spreadsheetTables(frames)).toBe(frames);
  });

  it("leaves code in a fence of its own, tab rows of different widths and indented tab lines as written", () => {
    const code = ["```python", "a\tb", "c\td", "```"].join("\n");
    expect(spreadsheetTables(code)).toBe(code);
    const ragged = ["", "a\tb\tc", "d\te", ""].join("\n");
    expect(spreadsheetTables(ragged)).toBe(ragged);
    const indented = ["", "\ta\tb", "\tc\td", ""].join("\n");
    expect(spreadsheetTables(indented)).toBe(indented);
    const open = ["```csv", 'a,"b', "c,d", "```"].join("\n");
    expect(spreadsheetTables(open)).toBe(open);
  });

  it("keeps each row on its line, and the document's lines as many", () => {
    const out = spreadsheetTables(["intro", "```csv", "a,b", "1,2", "3,4", "```", "after"].join("\n")).split("\n");
    expect(out).toEqual(["intro", "| a | b |", "| --- | --- |", "| 1 | 2 |", "| 3 | 4 |", "", "after"]);
    const tabs = spreadsheetTables(["intro", "", "a\tb", "1\t2", "", "after"].join("\n")).split("\n");
    expect(tabs).toEqual(["intro", "| a | b |", "| --- | --- |", "| 1 | 2 |", "", "after"]);
  });

  it("reads row heights given as a CSV under the drawing, fenced or bare, or as rows copied with tabs", async () => {
    const csv = ["row,height,content", "1,10%,title", "2,60%,alpha and beta", "3,30%,takeaways"];
    for (const rows of [["```csv", ...csv, "```"], csv, csv.map((l) => l.replace(/,/g, "\t") + "\t")]) {
      const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"], {
        after: ["", "## 배치 비율", "", ...rows, ""],
      });
      const { sheet, warnings } = await readSheet(doc);
      expect(ratios(sheet)).toEqual([10, 60, 30]);
      expect(warnings.filter((w) => /ratio/.test(w))).toEqual([]);
    }
  });

  it("reads row heights given as a ```csv fence right under the drawing", async () => {
    const doc = promptDoc(TWO_BOXES, ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"], {
      after: ["```csv", "row,height,content", "1,10%,title", "2,60%,alpha and beta", "3,30%,takeaways", "```"],
    });
    const { sheet, warnings } = await readSheet(doc);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(warnings.filter((w) => /ratio/.test(w))).toEqual([]);
  });

  it("reads the base-model chapter's heights and widths from its CSV, and its three pasted tables", async () => {
    const { sheet } = await readSheet(fixture(SHEET));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["LLAMA 3.1 405B", "STOCHASTIC TOKEN SIMULATOR"],
      ["REGURGITATION vs HALLUCINATION", "FEW-SHOT PROMPT"],
      ["ASSISTANT BY PROMPT", "QUOTES", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 30, 37, 25]);
    const widths = sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => Math.round((p.width ?? 0) * 100)) : []));
    expect(widths.slice(1, 3)).toEqual([[50, 50], [65, 35]]);
    // `3 equal`: no widths of their own, shared out alike.
    expect(new Set(widths[3]).size).toBe(1);
    const specs = tableOf(panel(sheet, /LLAMA/).blocks.find((b) => b.kind === "table"));
    expect(specs[0]).toEqual(["Model", "Parameters", "Training tokens", "Released by", "Can chat?"]);
    expect(specs[2]![0]).toBe("Llama 3.1 405B, base");
    expect(tableOf(panel(sheet, /REGURGITATION/).blocks.find((b) => b.kind === "table"))[0]).toEqual(["Term", "When", "Example", "Why"]);
    expect(tableOf(panel(sheet, /FEW-SHOT/).blocks.find((b) => b.kind === "table"))).toHaveLength(4);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/"kind":"code"/);
  });
});
