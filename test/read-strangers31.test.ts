// Chapters written by others, read as their writers meant: a hallucination chapter under Setext headings whose
// drawing has only `-` and `|` (rules running into a taller neighbour's side, boxes of one row with staggered
// bottoms, a box running down two rows) and whose quotes section only points at the quotes listed above; and a
// chapter whose output plan a chat model emitted as a JSON object of panels in a ```json fence.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => l.map((s) => s.text).join(""));
const spans = (sheet: Sheet): number[][] => sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.rowSpan ?? 1) : [1]));

const HALLUCINATION = "hallucination-tool-use-setext-cornerless-staggered";
const TOKENS = "tokens-to-think-json-plan-panels";

describe("a drawing in `-` and `|` alone whose rules run into a side", () => {
  // ALPHA closes under BETA's side (` -------|`), GAMMA opens there; BETA runs down beside both.
  const drawing = [
    " --------------------------------- ",
    "| 🍌 TITLE 🍌                       |",
    " --------------------------------- ",
    "| 🅰️ ALPHA        | 🅱️ BETA          |",
    "| a words        | b words         |",
    " ----------------|                 |",
    "| 🟢 GAMMA        |                 |",
    "| g words        |                 |",
    " --------------------------------- ",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🟢 Gamma", "- three"];

  it("reads each box, the rule ending on the side as a corner there", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(drawing, plan));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(spans(sheet)[1]).toEqual([1, 2]);
    // With no corner character anywhere, a side meeting a rule has no junction to draw: nothing to say about it.
    expect(warnings.filter((w) => /junction|missing/.test(w))).toEqual([]);
  });

  it("leaves a dash run written after a word in the box's text, no rule", async () => {
    const words = drawing.map((l) => l.replace("| g words        |", "| g 결과 -------|"));
    const { sheet } = await readSheet(promptDoc(words, plan));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(spans(sheet)[1]).toEqual([1, 2]);
    expect(leadOf(sheet, /GAMMA/).join(" ")).toMatch(/결과/);
  });
});

describe("boxes of one row with staggered bottoms", () => {
  // ALPHA is shorter than BETA: GAMMA opens under ALPHA two lines before DELTA opens under BETA; SIDE runs down both rows.
  const drawing = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "└──────────────────────────────────────────┘",
    "┌────────────┐┌────────────┐┌──────────────┐",
    "│ 🅰️ ALPHA    ││ 🅱️ BETA     ││ 📎 SIDE      │",
    "└────────────┘│ b words    ││ s words      │",
    "┌────────────┐│            ││              │",
    "│ 🟢 GAMMA    │└────────────┘│              │",
    "│ g words    │┌────────────┐│              │",
    "│            ││ 🔷 DELTA    ││              │",
    "└────────────┘└────────────┘└──────────────┘",
  ];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🟢 Gamma", "- three", "## 🔷 Delta", "- four", "## 📎 Side", "- five"];

  it("reads the boxes opening under them as the next row, the tall box beside spanning both", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, plan, { after: ["| 행 | 비율 |", "|---|---|", "| 제목 | 10% |", "| 2행 | 40% |", "| 3행 | 50% |"] }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA", "SIDE"], ["GAMMA", "DELTA"]]);
    expect(spans(sheet)[1]).toEqual([1, 1, 2]);
    expect(ratios(sheet)).toEqual([10, 40, 50]);
  });

  it("keeps a box opening under another only after its neighbour has closed as a row of its own", async () => {
    // DELTA opens under BETA after GAMMA has closed: the two are not side by side.
    const later = [
      "┌──────────────────────────────┐",
      "│ 🍌 TITLE 🍌                  │",
      "└──────────────────────────────┘",
      "┌────────────┐┌────────────────┐",
      "│ 🅰️ ALPHA    ││ 🅱️ BETA         │",
      "└────────────┘│                │",
      "┌────────────┐│                │",
      "│ 🟢 GAMMA    ││                │",
      "└────────────┘│                │",
      "┌────────────┐│                │",
      "│ 🔷 DELTA    ││                │",
      "└────────────┘└────────────────┘",
    ];
    const { sheet } = await readSheet(promptDoc(later, plan.slice(0, 8)));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"], ["DELTA"]]);
  });
});

describe("a box's title and the size note under it", () => {
  const box = (second: string): string[] => [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├────────────────────┬─────────────────────┤",
    "│ 🧠 VAGUE RECALL    │ 🔧 TOOL USE         │",
    `│ ${second.padEnd(19)}│ (두 줄 높이로 길게)  │`,
    "│                    │                     │",
    "│ 흐릿한 기억         │ 검색 결과를 붙여넣기   │",
    "└────────────────────┴─────────────────────┘",
  ];
  const plan = ["## 🧠 Vague recall", "- one", "## 🔧 Tool use", "- two"];

  it("joins a second line opening with its linking word, `vs WORKING MEMORY`", async () => {
    const { sheet } = await readSheet(promptDoc(box("  vs WORKING MEMORY"), plan));
    expect(titles(sheet)[1]).toEqual(["VAGUE RECALL vs WORKING MEMORY", "TOOL USE"]);
  });

  it("keeps a lower-case line that is not a linking word out of the title", async () => {
    const { sheet } = await readSheet(promptDoc(box("  via WORKING MEMORY"), plan));
    expect(titles(sheet)[1]![0]).toBe("VAGUE RECALL");
  });

  it("reads a bracketed line saying how tall the box is as a note to the designer, not the title's gloss", async () => {
    const { sheet } = await readSheet(promptDoc(box(""), plan));
    expect(titles(sheet)[1]![1]).toBe("TOOL USE");
    expect(leadOf(sheet, /TOOL USE/).join(" ")).not.toMatch(/높이/);
  });
});

describe("a plan section that only points at the quotes listed above", () => {
  const style = ["# Output Style", "**Quotable Insights**:", '- "Alpha is the first letter"', '- "Beta comes second"'];
  const doc = (quotesBody: string[]): string =>
    [
      ...promptDoc(
        [
          "┌──────────────────────────────────────────┐",
          "│ 🍌 TITLE 🍌                              │",
          "├─────────────┬──────────────┬─────────────┤",
          "│ 🅰️ ALPHA     │ 🅱️ BETA       │ 💬 SAYS      │",
          "└─────────────┴──────────────┴─────────────┘",
        ],
        ["## 1. 🅰️ Alpha", "- alpha words", "## 2. 🅱️ Beta", "- beta words", "## 3. 💬 Says", ...quotesBody],
        { after: style },
      ).split("\n"),
    ].join("\n");

  it("puts the quotes in that section's box and leaves the pointer undrawn", async () => {
    const { sheet } = await readSheet(doc(["위 Quotable Insights 두 개를 말풍선으로."]));
    expect(kinds(panel(sheet, /SAYS/))).toEqual(["quote", "quote"]);
    expect(JSON.stringify(sheet)).not.toMatch(/말풍선으로/);
  });

  it("lets the quotes go by their words when the section has words of its own", async () => {
    const { sheet } = await readSheet(doc(["- 말풍선 두 개", "- 위 Quotable Insights를 여기에"]));
    expect(kinds(panel(sheet, /ALPHA/))).toContain("quote");
  });
});

describe("an output plan emitted as a JSON object of panels", () => {
  const drawing = [
    "┌──────────────────────────────────────────┐",
    "│ 🍌 TITLE 🍌                              │",
    "├─────────────┬──────────────┬─────────────┤",
    "│ 🅰️ ALPHA     │ 🅱️ BETA       │ 🟢 GAMMA     │",
    "└─────────────┴──────────────┴─────────────┘",
  ];
  const json = (panels: string): string[] => ["아래 JSON이 설계안입니다.", "", "```json", panels, "```"];
  const three = `{
  "panels": [
    {"id": "a", "title": "🅰️ Alpha", "type": "mindmap", "root": "A", "items": [{"label": "one", "children": ["x", "y"]}, "two"]},
    {"id": "b", "name": "🅱️ Beta", "kind": "table", "columns": ["k", "v"], "rows": [["p", "1"], ["q", "2"]], "design_note": "draw it big"},
    {"id": "c", "title": "🟢 Gamma", "type": "flowchart", "steps": ["start", "middle", "end"], "caption": "three steps"}
  ],
  "quotes": [{"text": "Beta is second", "speaker": "Andrej Karpathy", "panel": "b"}]
}`;

  it("reads each panel as a section of its kind, in the box its emoji names", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(drawing, json(three)));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["mindmap"]);
    expect(kinds(panel(sheet, /BETA/))).toEqual(["table", "quote"]);
    expect(kinds(panel(sheet, /GAMMA/))).toContain("flowchart");
    expect(JSON.stringify(panel(sheet, /GAMMA/))).toMatch(/three steps/);
    // The small document has no ratio table or metadata; the plan itself gives no warning.
    expect(warnings.filter((w) => !/ratio table|metadata block/.test(w))).toEqual([]);
  });

  it("leaves the note to the artist and the lead-in undrawn", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, json(three)));
    expect(JSON.stringify(sheet)).not.toMatch(/draw it big|설계안/);
  });

  it("gives each block the line of the JSON it came from", async () => {
    const { sheet } = await readSheet(promptDoc(drawing, json(three)));
    // The fence opens on line 12 (the drawing's fence, heading and the lead-in come first): one panel a line after
    // `{` and `"panels": [`; a quote named for a panel is that panel's, as one written under its heading is.
    const lineOf = (title: RegExp, kind: string): number | undefined => panel(sheet, title).blocks.find((b) => b.kind === kind)?.at?.line;
    expect([lineOf(/ALPHA/, "mindmap"), lineOf(/BETA/, "table"), lineOf(/GAMMA/, "flowchart"), lineOf(/BETA/, "quote")]).toEqual([15, 16, 17, 16]);
  });

  it("reads a `sections` array with an `emoji` key and quotes given as plain strings, each quote by its words", async () => {
    const sections = `{"sections": [
  {"emoji": "🅰️", "name": "Alpha", "bullets": ["alpha words"]},
  {"emoji": "🅱️", "name": "Beta", "bullets": [{"text": "beta words", "children": ["deeper"]}]},
  {"emoji": "🟢", "name": "Gamma", "bullets": ["gamma words"]}
], "quotes": ["Gamma words are the green ones"]}`;
    const { sheet } = await readSheet(promptDoc(drawing, json(sections)));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    expect(JSON.stringify(panel(sheet, /BETA/).blocks)).toMatch(/beta words.*deeper/);
    expect(kinds(panel(sheet, /GAMMA/))).toEqual(["bullets", "quote"]);
  });

  it("keeps a JSON block that is no plan of panels as code", async () => {
    const other = '{"model": "gpt-4o", "temperature": 0.2}';
    const { sheet } = await readSheet(promptDoc(drawing, ["## 🅰️ Alpha", "```json", other, "```", "## 🅱️ Beta", "- b", "## 🟢 Gamma", "- c"]));
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["code"]);
  });
});

describe("the hallucination chapter (Setext headings, a cornerless drawing with staggered bottoms)", () => {
  it("reads its four rows at the written heights, the tool-use box running down two", async () => {
    const { sheet, warnings } = await readSheet(fixture(HALLUCINATION));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["WHY HALLUCINATE?", "KNOWLEDGE PROBING", "TOOL USE: SEARCH"],
      ["VAGUE RECOLLECTION vs WORKING MEMORY", "KARPATHY SAYS"],
      ["KEY TAKEAWAYS"],
    ]);
    expect(spans(sheet)[1]).toEqual([1, 1, 2]);
    expect(ratios(sheet)).toEqual([8, 35, 37, 20]);
    expect(warnings).toEqual([]);
  });

  it("draws the three listed quotes in the quotes box, and not the sentence pointing at them", async () => {
    const { sheet } = await readSheet(fixture(HALLUCINATION));
    expect(kinds(panel(sheet, /KARPATHY SAYS/))).toEqual(["quote", "quote", "quote"]);
    expect(JSON.stringify(sheet)).not.toMatch(/말풍선으로|두 줄 높이/);
  });
});

describe("the tokens-to-think chapter (its plan a JSON object)", () => {
  it("reads every panel of the JSON into its box, with the quotes it names", async () => {
    const { sheet, warnings } = await readSheet(fixture(TOKENS));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["COMPUTE PER TOKEN", "GOOD vs BAD ANSWER"], ["SPREAD IT OUT", "USE CODE", "COUNTING & SPELLING"], ["KEY TAKEAWAYS + 💬 QUOTES"]]);
    expect(ratios(sheet)).toEqual([9, 30, 38, 23]);
    expect(kinds(panel(sheet, /COMPUTE PER TOKEN/))).toEqual(["mindmap"]);
    expect(kinds(panel(sheet, /GOOD vs BAD/))).toEqual(["table", "paragraph"]);
    expect(kinds(panel(sheet, /SPREAD IT OUT/))[0]).toBe("flowchart");
    expect(kinds(panel(sheet, /USE CODE/))).toEqual(["bullets", "quote"]);
    expect(JSON.stringify(sheet)).not.toMatch(/design_note|손으로 그려서|GPT가 뽑아준/);
  });
});
