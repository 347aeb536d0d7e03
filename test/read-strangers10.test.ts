// Chapters written by others, read as their writers meant: a `+--+` drawing nested in a frame whose sidebar runs
// beside two rows (the second a box as wide as the two above), its heights given in a sentence mixing a percent
// with fractions "each"; a quote written under the box it is about; a prompt a chat model wrote, with its
// "Here's your prompt:" and its closing offer. Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { fractionHeights } from "../src/read/prompt/fraction-heights.js";
import { shownLead } from "../src/read/prompt/lead.js";
import { richText } from "../src/read/prompt/rich.js";
import { panel, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => r.ratio);

describe("a sidebar beside two rows of `+--+` boxes in a frame", () => {
  const drawing = [
    "+--------------------------------------+",
    "| TITLE                                |",
    "+--------------------------------------+",
    "| +---------+ +---------+ +----------+ |",
    "| | 🌫️ LEFT  | | 🧠 MID   | | 💡 SIDE   | |",
    "| |  a      | |  b      | |  c       | |",
    "| +---------+ +---------+ |          | |",
    "| +---------------------+ |  d       | |",
    "| | 📖 WIDE              | |          | |",
    "| +---------------------+ +----------+ |",
    "| +----------------------------------+ |",
    "| | 📌 BOTTOM                         | |",
    "| +----------------------------------+ |",
    "+--------------------------------------+",
  ].join("\n");

  it("starts a row at the box that opens under two boxes, and the sidebar spans both rows", () => {
    const rows = parseDiagram(drawing, 1).filter((r) => r.boxes.length > 0);
    // (A box alone in its row is read as that row's text.)
    expect(rows.map((r) => r.boxes.map((b) => b.lines[0]?.text))).toEqual([["🌫️ LEFT", "🧠 MID", "💡 SIDE"], ["📖 WIDE"]]);
    expect(rows[0]!.boxes.map((b) => b.span)).toEqual([1, 1, 2]);
    expect(rows[0]!.boxes.some((b) => b.below)).toBe(false);
  });

  it("keeps a column of boxes beside a sidebar as a stack when each box is under one other", () => {
    const column = drawing.replace("| +---------------------+ |  d       | |", "| +---------+ +---------+ |  d       | |")
      .replace("| | 📖 WIDE              | |          | |", "| | 📖 DOWN  | | 🔧 TOO   | |          | |")
      .replace("| +---------------------+ +----------+ |", "| +---------+ +---------+ +----------+ |");
    const rows = parseDiagram(column, 1).filter((r) => r.boxes.length > 0);
    expect(rows[0]!.boxes.map((b) => [b.lines[0]?.text, b.below])).toEqual([["🌫️ LEFT", false], ["📖 DOWN", true], ["🧠 MID", false], ["🔧 TOO", true], ["💡 SIDE", false]]);
  });

  it("gives no warning for a `+--+` box closed over one opened inside the frame's walls", async () => {
    const { warnings } = await readSheet(fixture("context-window-plus-sidebar-prose-ratios"));
    expect(warnings.filter((w) => /repeats the one above/.test(w))).toEqual([]);
  });
});

describe("row heights in a sentence mixing a percent and fractions", () => {
  it("reads `각각 3분의 1` as one fraction for each of two rows, and a percent beside them as a row", () => {
    expect(fractionHeights("타이틀은 대략 8%, 위 두 줄이 각각 3분의 1쯤, 맨 아래 줄은 나머지", 4)?.values).toEqual([8, 33.3, 33.3, 25.3]);
    expect(fractionHeights("the title about 10%, the two middle rows a quarter each, the rest the bottom row", 4)?.values).toEqual([10, 25, 25, 40]);
    // A percent alone is left to the percent reader, and a fraction without `each` stands for one row.
    expect(fractionHeights("타이틀 10%, 위 줄 30%, 아래 줄 60%", 3)).toBeUndefined();
    expect(fractionHeights("타이틀은 10%, 위 줄은 3분의 1, 나머지는 아래 줄", 3)?.values).toEqual([10, 33.3, 56.7]);
  });

  it("reads the fixture's heights from its prose, with the sidebar beside the first two rows", async () => {
    const { sheet, warnings } = await readSheet(fixture("context-window-plus-sidebar-prose-ratios"));
    expect(warnings).toEqual([]);
    expect(ratios(sheet).map(Math.round)).toEqual([8, 33, 33, 25]);
    expect(titles(sheet)).toEqual([["title"], ["흐릿한 기억", "작업 기억", "실전 팁"], ["오만과 편견 예시"], ["핵심 정리"]]);
  });
});

describe("a phrase written under each box of a row", () => {
  const drawing = [
    "┌──────────────────────────────────────────┐",
    "│ TITLE                                    │",
    "├──────────────────────────────────────────┤",
    "│ ┌─────────────────┐  ┌─────────────────┐ │",
    "│ │ 🎨 LEFT         │  │ 🤖 RIGHT        │ │",
    "│ │  a              │  │  b              │ │",
    "│ └─────────────────┘  └─────────────────┘ │",
    "│   “left words”         “right words”     │",
    "├──────────────────────────────────────────┤",
    "│ ┌──────────┐ ┌──────────┐ ┌───────────┐  │",
    "│ │ 🖱️ ONE    │ │ 🌙 TWO    │ │ 📌 THREE   │  │",
    "│ └──────────┘ └──────────┘ └───────────┘  │",
    "└──────────────────────────────────────────┘",
  ].join("\n");

  it("is the caption of the box it stands under, in that box's row", () => {
    const rows = parseDiagram(drawing, 1).filter((r) => r.boxes.length > 0);
    expect(rows[0]!.boxes.map((b) => b.lines.map((l) => l.text))).toEqual([["🎨 LEFT", "a", "“left words”"], ["🤖 RIGHT", "b", "“right words”"]]);
    expect(rows[0]!.texts).toEqual([]);
    expect(rows[1]!.texts).toEqual([]);
  });

  it("stays the row's text when one phrase runs under both boxes", () => {
    const across = drawing.replace("│   “left words”         “right words”     │", "│      both of these boxes say one thing   │");
    const rows = parseDiagram(across, 1).filter((r) => r.boxes.length > 0);
    expect(rows[0]!.texts.map((t) => t.text)).toEqual(["both of these boxes say one thing"]);
  });

  it("drops the caption from the box once the quote it excerpts is placed there", async () => {
    const { sheet, warnings } = await readSheet(fixture("preview-multimodal-agents-bare-mermaid"));
    expect(warnings).toEqual([]);
    const multimodal = panel(sheet, /MULTIMODAL/);
    const agents = panel(sheet, /AGENTS/);
    expect(multimodal.blocks.some((b) => b.kind === "quote" && /fundamental change/.test(richText(b.text)))).toBe(true);
    expect(agents.blocks.some((b) => b.kind === "quote" && /human to robot ratios/.test(richText(b.text)))).toBe(true);
    expect(shownLead(multimodal.lead, multimodal.blocks).map(richText)).toEqual(["text + audio + image", "→ 한 컨텍스트 윈도우"]);
  });

  it("keeps a quoted box line that no block says", () => {
    const quote = { kind: "quote" as const, text: [{ text: "A greeting is exactly two tokens" }] };
    expect(shownLead([[{ text: "“Hello world”" }], [{ text: "→ 2 IDs" }]], [quote]).map(richText)).toEqual(["“Hello world”", "→ 2 IDs"]);
    expect(shownLead([[{ text: "“exactly two tokens”" }], [{ text: "xylophone" }]], [quote]).map(richText)).toEqual(["xylophone"]);
    // A phrase of fewer than three words is the box's sketch, and only a quote's excerpt goes.
    const pelican = { kind: "quote" as const, text: [{ text: "The top joke becomes: the the the the the" }] };
    expect(shownLead([[{ text: "\"the the the the\"" }], [{ text: "xylophone" }]], [pelican]).map(richText)).toEqual(["\"the the the the\"", "xylophone"]);
    const bullets = { kind: "bullets" as const, style: "plain" as const, items: [[{ text: "A greeting is exactly two tokens" }]] };
    expect(shownLead([[{ text: "“exactly two tokens”" }], [{ text: "xylophone" }]], [bullets]).map(richText)).toEqual(["“exactly two tokens”", "xylophone"]);
  });
});

describe("the plan sections a panel holds tell what a quote is about", () => {
  it("puts a quote with the section whose heading says its words", async () => {
    const { sheet } = await readSheet(fixture("preview-multimodal-agents-bare-mermaid"));
    const sleep = panel(sheet, /TEST-TIME/).blocks.filter((b) => b.kind === "quote").map((b) => (b.kind === "quote" ? richText(b.text) : ""));
    expect(sleep).toEqual(["The model doesn't have an equivalent of sleep"]);
  });
});

describe("a prompt a chat model wrote, with its preamble and closing offer", () => {
  it("draws neither, says the offer is left out, and keeps the A4 page the offer's 16:9 does not ask for", async () => {
    const { sheet, warnings } = await readSheet(fixture("model-zoo-local-chatty-preamble"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 122: "Let me know.*is an offer from whoever wrote the prompt; it is not drawn$/);
    expect(sheet.page).toBe("a4");
    expect(titles(sheet)).toEqual([["title"], ["PROPRIETARY", "OPEN WEIGHTS"], ["LM STUDIO ON A LAPTOP"], ["QUANTIZATION", "TAKEAWAYS"]]);
    const all = JSON.stringify(sheet.rows);
    expect(all).not.toMatch(/Let me know|Here's your prompt/);
  });

  it("leaves out a closing offer after the plan's last rule, and a request before it", async () => {
    const doc = (tail: string): string =>
      ["# Layout Structure", "```", "┌──────┐", "│ 🅰️ A  │", "└──────┘", "```", "# Output Structure Plan", "## 1. 🅰️ A", "- one", "", "---", "", tail, ""].join("\n");
    const offered = await readSheet(doc("Want me to make a 16:9 version for slides?"));
    expect(JSON.stringify(offered.sheet.rows)).not.toMatch(/16:9 version/);
    expect(offered.sheet.page).toBe("a4");
    expect(offered.warnings.some((w) => /is an offer from whoever wrote the prompt/.test(w))).toBe(true);
    // A paragraph that is neither stays content.
    const kept = await readSheet(doc("Tokens are the atoms of the model."));
    expect(JSON.stringify(kept.sheet.rows)).toMatch(/atoms of the model/);
  });
});

describe("a run of spaces inside inline code", () => {
  it("is kept as written when the line is wrapped, where prose has one space", async () => {
    const { wrapRich } = await import("../src/layout/wrap.js");
    const text = (rich: Parameters<typeof wrapRich>[0]): string => wrapRich(rich, 1000, 16).map((l) => l.pieces.map((p) => p.text).join("")).join("\n");
    expect(text([{ text: "hello  world", code: true }])).toBe("hello  world");
    expect(text([{ text: "hello  world" }])).toBe("hello world");
    // The spaces take the room they are drawn in.
    const width = (t: string): number => wrapRich([{ text: t, code: true }], 1000, 16)[0]!.width;
    expect(width("hello  world")).toBeGreaterThan(width("hello world"));
  });
});

describe("a quoted string whose spacing is its point", () => {
  it("keeps the two spaces of \"hello  world\" in the Tiktokenizer box, set as code; alignment spaces still go", async () => {
    const { sheet } = await readSheet(fixture("tokenizer-emoji-numbers-double-five"));
    const lines = panel(sheet, /TIKTOKENIZER/).lead;
    expect(lines.map(richText).slice(0, 2)).toEqual(['"hello world" → [15339] [1917] 2 tokens', '"hello  world" → 다른 토큰화!']);
    expect(lines[1]!.find((s) => s.code)?.text).toBe("hello  world");
  });

  it("leaves a quote open at the line's end, and runs of spaces between quoted strings, to the alignment", () => {
    const drawing = [
      "+--------------------------------+ +--------+",
      "| ONE                            | | TWO    |",
      '| "A"   vs   "B"    "left  open  | | x      |',
      "+--------------------------------+ +--------+",
    ].join("\n");
    const rows = parseDiagram(drawing, 1).filter((r) => r.boxes.length > 0);
    expect(rows[0]!.boxes[0]!.lines.map((l) => l.text)).toEqual(["ONE", '"A" vs "B" "left open']);
  });
});
