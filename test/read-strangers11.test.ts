// Chapters written by others, read as their writers meant: boxes walled in `#` alone with row heights written
// into them (`h=20`); a layout written as a nested outline whose items describe the boxes their row names; box
// titles that are an emoji alone, naming the plan's sections of the same emoji (some `###` headings, some bold
// lines); a 16:9 page asked for beside the layout; a portrait page asked for in a sentence; the CJK comma `、`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drawnForm } from "../src/fonts/measure.js";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { hashBoxes } from "../src/read/prompt/plain-boxes.js";
import { richText } from "../src/read/prompt/rich.js";
import { panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const leadOf = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map((l) => richText(l));
const allText = (sheet: Sheet): string => JSON.stringify(panelsOf(sheet).map((p) => [p.title, p.lead, p.blocks]));
const plan = ["# Output Structure Plan", "## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 🆎 Gamma", "- three", ""];

describe("boxes walled in `#` alone, side by side, with `h=` heights in them", () => {
  const drawing = [
    "##################################",
    "#  🍌 TITLE 🍌               h=10 #",
    "##################################",
    "################ ################",
    "# 🅰️ ALPHA     # # 🅱️ BETA      #",
    "#  h=60        # #  b words     #",
    "#  a words     # #              #",
    "################ ################",
    "##################################",
    "# 🆎 GAMMA                  h=30 #",
    "#  c words                       #",
    "##################################",
  ];
  const doc = ["# Layout Structure", "```", ...drawing, "```", ...plan].join("\n");

  it("reads a rule of several `#` runs as the tops of that many boxes", () => {
    const rows = parseDiagram(hashBoxes(drawing.join("\n")), 1).filter((r) => r.boxes.length > 0);
    expect(rows[0]!.boxes.map((b) => b.lines[0]?.text)).toEqual(["🅰️ ALPHA", "🅱️ BETA"]);
    expect(hashBoxes(drawing.join("\n")).split("\n")[3]).toBe("+--------------+ +--------------+");
  });

  it("takes each row's height from its `h=` and leaves the token out of the boxes", async () => {
    const { sheet, warnings } = await readSheet(doc);
    expect(warnings.filter((w) => !/metadata/.test(w))).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
    expect(allText(sheet)).not.toMatch(/h=/);
    expect(leadOf(sheet, /ALPHA/).join(" ")).toMatch(/a words/);
  });

  it("gives the rows no stated height when fewer than half of them carry one", async () => {
    const one = doc.replace("h=60", "    ").replace("h=30", "    ");
    const { sheet, warnings } = await readSheet(one);
    expect(warnings.some((w) => /no layout ratio table/.test(w))).toBe(true);
    expect(allText(sheet)).not.toMatch(/h=/);
  });

  it("reads the fixture's drawing as its four rows, heights as written", async () => {
    const { sheet, warnings } = await readSheet(fixture("fineweb-hash-walls-h-tokens"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["COMMON CRAWL", "URL FILTERING", "TEXT EXTRACTION"], ["FINEWEB PIPELINE", "LANGUAGE FILTER"], ["DEDUP & PII", "RESULT", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 20, 45, 25]);
    expect(allText(sheet)).not.toMatch(/h=\d/);
  });
});

describe("a layout outline whose rows name their boxes and whose items describe them", () => {
  const doc = [
    "# Layout Structure",
    "- 페이지 구성",
    "  - Row 1 (10%)：🍌 TITLE 🍌 — 전체 너비",
    "  - Row 2 (50%)：🅰️ ALPHA | 🅱️ BETA",
    "    - 왼쪽 칸：alpha note",
    "    - 오른쪽 칸：beta note",
    "  - Row 3 (40%)：🆎 GAMMA — 가장 넓게!",
    "    - gamma note",
    ...plan,
  ].join("\n");

  it("gives each item to the box it names by place, or to the row's one box, and adds no box", async () => {
    const { sheet, warnings } = await readSheet(doc);
    expect(warnings.filter((w) => !/metadata/.test(w))).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
    expect(leadOf(sheet, /ALPHA/)).toContain("alpha note");
    expect(leadOf(sheet, /BETA/)).toContain("beta note");
    expect(leadOf(sheet, /GAMMA/)).toContain("gamma note");
  });

  it("keeps the banner's words without the remark on its width", async () => {
    const { sheet } = await readSheet(doc);
    expect(sheet.meta.banner).toBe("🍌 TITLE 🍌");
  });

  it("still reads items under a row that names no boxes as its boxes", async () => {
    const listed = doc.replace("  - Row 2 (50%)：🅰️ ALPHA | 🅱️ BETA", "  - Row 2 (50%)：").replace("왼쪽 칸：alpha note", "왼쪽：🅰️ ALPHA").replace("오른쪽 칸：beta note", "오른쪽：🅱️ BETA");
    const { sheet } = await readSheet(listed);
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["GAMMA"]]);
  });

  it("reads the fixture (CRLF, full-width colons) as four rows of its own boxes", async () => {
    const { sheet, warnings } = await readSheet(fixture("reward-hacking-outline-crlf"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["VERIFIABLE vs UNVERIFIABLE", "REWARD MODEL"], ["REWARD HACKING"], ["고르기 vs 만들기", "WHEN TO STOP", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 25, 40, 25]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: RL IN UNVERIFIABLE DOMAINS 🍌");
  });
});

describe("the CJK enumeration comma and full stop", () => {
  it("are drawn as the comma and full stop a pen writes, not tofu", () => {
    expect(drawnForm("、")).toBe(",");
    expect(drawnForm("。")).toBe(".");
  });
});

describe("box titles that are an emoji alone, and plan sections titled by headings and bold lines", () => {
  const doc = [
    "# Layout Structure",
    "```",
    "┌───────────────────────────┐",
    "│ 🍌 TITLE 🍌               │",
    "└───────────────────────────┘",
    "┌────────────┐ ┌────────────┐",
    "│ 🔢         │ │ 🔤         │",
    "│ a line     │ │ b line     │",
    "└────────────┘ └────────────┘",
    "```",
    "# Output Structure Plan",
    "### 🗺️ Overview",
    "- first",
    "",
    "**🔢 Counting**",
    "- counting point",
    "",
    "### 🔤 Spelling (Table)",
    "- spelling point",
    "",
  ].join("\n");

  it("starts a section at an emoji-led bold line between emoji-led headings", async () => {
    const { sheet } = await readSheet(doc);
    const counting = panel(sheet, /Counting/);
    expect(JSON.stringify(counting.blocks)).toMatch(/counting point/);
    expect(JSON.stringify(counting.blocks)).not.toMatch(/spelling point/);
  });

  it("titles each emoji-only box by the section of its emoji, without the section's kind remark", async () => {
    const { sheet } = await readSheet(doc);
    expect(titles(sheet)).toEqual([["title"], ["Counting", "Spelling"]]);
  });

  it("leaves bold lines inside numbered sections as their parts", async () => {
    const numbered = doc.replace("### 🗺️ Overview", "### 1. 🗺️ Overview").replace("### 🔤 Spelling (Table)", "### 2. 🔤 Spelling (Table)");
    const { sheet } = await readSheet(numbered);
    expect(panelsOf(sheet).some((p) => p.title === "Counting")).toBe(false);
  });

  it("reads the fixture's six emoji-only boxes by their sections", async () => {
    const { sheet, warnings } = await readSheet(fixture("llm-limits-emoji-titles-tab-text-fence"));
    expect(warnings).toEqual([]);
    expect(titles(sheet)).toEqual([["title"], ["Counting", "Spelling", "Swiss Cheese"], ["Use Code"], ["How to Use", "Key Takeaways"]]);
    expect(JSON.stringify(panel(sheet, /^Counting/).blocks)).toMatch(/점 개수 세기/);
    expect(JSON.stringify(panel(sheet, /^Use Code/).blocks)).toMatch(/flowchart/);
  });
});

describe("the page asked for outside the image request", () => {
  const base = (layoutNote: string, image: string): string =>
    ["# Layout Structure", "```", "┌──────┐", "│ 🅰️ A  │", "└──────┘", "```", layoutNote, "# Output Structure Plan", "## 1. 🅰️ A", "- one", "", "## 이미지 생성 요청", image, ""].join("\n");

  it("is 16:9 when only the layout's prose says so and the image request names no page", async () => {
    expect((await readSheet(base("화면에 띄울 거라 16:9 가로 화면 비율로 만들어 주세요.", "- 펜 노트필기 느낌"))).sheet.page).toBe("16:9");
    expect((await readSheet(fixture("llm-limits-emoji-titles-tab-text-fence"))).sheet.page).toBe("16:9");
  });

  it("follows the image request when it names a page", async () => {
    expect((await readSheet(base("16:9 가로 화면 비율로 만들어 주세요.", "- **A4 가로 방향** 치트시트"))).sheet.page).toBe("a4");
  });

  it("says a portrait page asked for in a sentence is drawn landscape, and nothing for one forbidden", async () => {
    const asked = await readSheet(base("", "**A4 세로 방향(Portrait) 치트시트 이미지**를 생성해주세요."));
    expect(asked.warnings.filter((w) => /portrait page is asked for/.test(w))).toHaveLength(1);
    const forbidden = await readSheet(base("", "- 세로(Portrait) 방향은 사용하지 마세요"));
    expect(forbidden.warnings.filter((w) => /portrait/.test(w))).toEqual([]);
    const { warnings } = await readSheet(fixture("lecture-summary-portrait-deep-numbered"));
    expect(warnings).toEqual(["line 26: a portrait page is asked for; a cheat sheet is drawn landscape (A4 or 16:9), so this one is A4 landscape"]);
  });
});
