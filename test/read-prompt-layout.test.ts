// The pieces of the prompt reader that are easiest to get wrong on hand-drawn input: the box
// diagram (read by border order, not column), the ratio table wording, and key-term bolding.
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { findRatioTable } from "../src/read/prompt/ratios.js";
import { boldKeyTerms, richFromLine } from "../src/read/prompt/rich.js";
import { parseMarkdown } from "../src/read/prompt/sections.js";
import { slug, splitEmoji, stripLayoutRemarks } from "../src/read/prompt/words.js";
import { bannerOf } from "../src/read/prompt/banner-lines.js";

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error("expected an InputError");
};

describe("parseDiagram", () => {
  it("reads boxes by border order even when right borders do not line up", () => {
    const rows = parseDiagram(
      [
        "┌──────────────────────────────┐",
        "│ 🍌 TITLE 🍌 │",
        "├──────────────────────┤",
        "│ ┌─────┐ ┌──────────┐ ┌──┐│",
        "│ │ 🔢 한글 제목 │ │ 🎛️ B │ │ 📌 C      ││",
        "│ │ 두 칸 너비 글자  │ │ line b │ │ c ││",
        "│ └─────┘ └──────┘ └───────┘│",
        "└──────────────────────────────┘",
      ].join("\n"),
      10,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]?.boxes).toEqual([]);
    expect(rows[0]?.texts.map((t) => t.text)).toEqual(["🍌 TITLE 🍌"]);
    const boxes = rows[1]?.boxes ?? [];
    expect(boxes.map((b) => b.lines.map((l) => l.text))).toEqual([
      ["🔢 한글 제목", "두 칸 너비 글자"],
      ["🎛️ B", "line b"],
      ["📌 C", "c"],
    ]);
    expect(boxes[0]?.line).toBe(13);
    expect(boxes[0]?.lines[1]?.line).toBe(15);
  });

  it("collects little boxes and arrow chains as the schematic, not as text", () => {
    const rows = parseDiagram(
      [
        "┌────────────────────────────────────┐",
        "│ ⚡ FLOW (widest!)                   │",
        "│ ┌────────────────────────────────┐ │",
        "│ │ A → B → C                      │ │",
        "│ │ ┌─────┐   ┌──────┐             │ │",
        "│ │ │ One │ → │ Two  │             │ │",
        "│ │ │ Up  │   │ Down │           │ │",
        "│ │ └─────┘   └──────┘             │ │",
        "│ │ plain note                     │ │",
        "│ └────────────────────────────────┘ │",
        "└────────────────────────────────────┘",
      ].join("\n"),
      1,
    );
    const row = rows[0];
    expect(row?.headingFirst).toBe(true);
    expect(row?.texts.map((t) => t.text)).toEqual(["⚡ FLOW (widest!)"]);
    expect(row?.boxes[0]?.chains).toEqual([["A", "B", "C"]]);
    expect(row?.boxes[0]?.nested).toEqual(["One Up", "Two Down"]);
    expect(row?.boxes[0]?.lines.map((l) => l.text)).toEqual(["plain note"]);
  });

  it("rejects a drawing with no closed box, naming its first line", () => {
    const err = errorOf(() => parseDiagram("│ a │\n└───┘", 5));
    expect(err.message).toMatch(/no closed box/);
    expect(err.where.line).toBe(5);
  });

  it("reads past a corner without its partner, with a warning naming the line", () => {
    const warnings: string[] = [];
    const rows = parseDiagram(["┌────────┐", "│ ┌──── │", "│ text   │", "└────────┘"].join("\n"), 3, warnings);
    expect(rows.map((r) => r.texts.map((t) => t.text))).toEqual([["text"]]);
    expect(warnings).toEqual(["line 4: ┌ has no matching corner on this line; that border was ignored"]);
  });

  it("assumes a lost right border continues, and says so with the line", () => {
    const warnings: string[] = [];
    const rows = parseDiagram(["┌────────┐", "│ title  │", "│ text", "└────────┘"].join("\n"), 1, warnings);
    expect(rows[0]?.texts.map((t) => t.text)).toEqual(["title", "text"]);
    expect(warnings).toEqual(["line 3: a │ border is missing at column 10; assumed it continues"]);
  });
});

describe("parseDiagram: stray, missing and doubled borders are warnings naming the line", () => {
  const read = (lines: string[]) => {
    const warnings: string[] = [];
    const rows = parseDiagram(lines.join("\n"), 1, warnings);
    return { texts: rows.map((r) => r.texts.map((t) => t.text)), warnings };
  };

  it("closes a gap in a border line", () => {
    expect(read(["┌──────────────┐", "│ TITLE        │", "├─────   ──────┤", "│ A            │", "└──────────────┘"])).toEqual({
      texts: [["TITLE"], ["A"]],
      warnings: ["line 3: a gap in the border line at column 7 was closed"],
    });
  });

  it("reads a separator drawn twice as one", () => {
    expect(read(["┌──────────────┐", "│ TITLE        │", "├──────────────┤", "├──────────────┤", "│ A            │", "└──────────────┘"])).toEqual({
      texts: [["TITLE"], ["A"]],
      warnings: ["line 4: this border line repeats the one above it; read as one"],
    });
  });

  it("assumes a bottom border when the drawing stops without one", () => {
    expect(read(["┌──────────────┐", "│ TITLE        │", "├──────────────┤", "│ A            │"])).toEqual({
      texts: [["TITLE"], ["A"]],
      warnings: ["line 5: the drawing ends without a bottom border; assumed one under its last line"],
    });
  });
});

describe("parseDiagram: every way of drawing boxes", () => {
  const titles = (rows: ReturnType<typeof parseDiagram>) => rows.map((r) => (r.boxes.length ? r.boxes.map((b) => b.lines[0]?.text) : r.texts.map((t) => t.text)));

  it("reads plain ASCII boxes with `=` separators, arrows and `+` in text", () => {
    const warnings: string[] = [];
    const rows = parseDiagram(
      [
        "+----------------------------------+",
        "| 🍌 TITLE 🍌                       |",
        "+==================================+",
        "|  +-------------+ +-------------+ |",
        "|  | 🌐 CRAWL    | | 📦 한글 제목  | |",
        "|  | a -> b + c  | | x = y       | |",
        "|  +-------------+ +-------------+ |",
        "+----------------------------------+",
      ].join("\n"),
      1,
      warnings,
    );
    expect(titles(rows)).toEqual([["🍌 TITLE 🍌"], ["🌐 CRAWL", "📦 한글 제목"]]);
    expect(rows[1]?.boxes.map((b) => b.lines[1]?.text)).toEqual(["a -> b + c", "x = y"]);
    expect(warnings).toEqual([]);
  });

  it("reads mixtures: Unicode corners with ASCII sides, ASCII corners on Unicode lines, `|` inside text", () => {
    const warnings: string[] = [];
    const sides = parseDiagram(["┌──────────────────┐", "| TITLE            |", "├──────────────────┤", "| ┌─────┐ ┌──────┐ |", "| | A   | | <|x|>| |", "| └─────┘ └──────┘ |", "└──────────────────┘"].join("\n"), 1, warnings);
    const corners = parseDiagram(["+──────────────────+", "│ TITLE            │", "+──────────────────+", "│ +─────+ +─────+  │", "│ │ A   │ │ B   │  │", "│ +─────+ +─────+  │", "+──────────────────+"].join("\n"), 1, warnings);
    expect(titles(sides)).toEqual([["TITLE"], ["A", "<|x|>"]]);
    expect(titles(corners)).toEqual([["TITLE"], ["A", "B"]]);
    expect(warnings).toEqual([]);
  });

  it("takes words written into a top border as the box's title", () => {
    const warnings: string[] = [];
    const cells = parseDiagram(["┌─────────────────────────┐", "│ TITLE                   │", "├─ 🔢 LEFT ──┬─ 🎛️ RIGHT ──┤", "│ a          │ b          │", "└────────────┴────────────┘"].join("\n"), 1, warnings);
    const ascii = parseDiagram(["+------------------------+", "|  TITLE                 |", "+------------------------+", "| +-- A ---+ +-- 한글 --+ |", "| | x      | | y        | |", "| +--------+ +----------+ |", "+------------------------+"].join("\n"), 1, warnings);
    expect(titles(cells)).toEqual([["TITLE"], ["🔢 LEFT", "🎛️ RIGHT"]]);
    expect(titles(ascii)).toEqual([["TITLE"], ["A", "한글"]]);
    expect(cells[1]?.boxes.map((b) => b.lines.map((l) => l.text))).toEqual([["🔢 LEFT", "a"], ["🎛️ RIGHT", "b"]]);
    expect(warnings).toEqual([]);
  });

  it("reads double, heavy and rounded boxes and frame cells split by ╦ ╬ ╩", () => {
    const rows = parseDiagram(
      [
        "╔═══════════════════════╗",
        "║ TITLE                 ║",
        "╠═══════════╦═══════════╣",
        "║ A         ║ B         ║",
        "╠═══════════╬═══════════╣",
        "║ ┏━━━━━━━┓ ║ ╭───────╮ ║",
        "║ ┃ C     ┃ ║ │ D     │ ║",
        "║ ┗━━━━━━━┛ ║ ╰───────╯ ║",
        "╚═══════════╩═══════════╝",
      ].join("\n"),
      1,
    );
    expect(titles(rows)).toEqual([["TITLE"], ["A", "B"], ["C", "D"]]);
  });

  it("expands tabs and reads a right sidebar joined with ┬ … ┤ … ┴ as one box spanning two rows", () => {
    const rows = parseDiagram(
      [
        "┌───────────────────────────────┐",
        "│ TITLE                         │",
        "├───────────────────────┬───────┤",
        "│ 🤖 SPECS 한글          │ 💸 SIDE│",
        "│\t\t\t│ a     │",
        "├───────────────────────┤ b     │",
        "│ 📉 LOSS               │ c     │",
        "├───────────────────────┴───────┤",
        "│ ┌─────────┐ ┌───────────────┐ │",
        "│ │ X       │ │ Y             │ │",
        "│ └─────────┘ └───────────────┘ │",
        "└───────────────────────────────┘",
      ].join("\n"),
      1,
    );
    expect(titles(rows)).toEqual([["TITLE"], ["🤖 SPECS 한글", "💸 SIDE"], ["📉 LOSS"], ["X", "Y"]]);
    expect(rows[1]?.boxes.map((b) => b.span)).toEqual([1, 2]);
    expect(rows[1]?.boxes[1]?.lines.map((l) => l.text)).toEqual(["💸 SIDE", "a", "b", "c"]);
    expect(rows[2]?.boxes.map((b) => b.span)).toEqual([1]);
  });

  it("reads boxes stacked in one column of a row as stacked, and a box of stacked boxes the same way", () => {
    const drawn = (inner: string[]) =>
      parseDiagram(["┌──────────────────────────────┐", "│ TITLE                        │", "├──────────────────────────────┤", ...inner, "└──────────────────────────────┘"].join("\n"), 1);
    const side = drawn([
      "│ ┌────────────┐ ┌───────────┐ │",
      "│ │ TALL       │ │ TOP       │ │",
      "│ │            │ └───────────┘ │",
      "│ │            │ ┌───────────┐ │",
      "│ │            │ │ BOTTOM    │ │",
      "│ └────────────┘ └───────────┘ │",
    ]);
    const nested = drawn([
      "│ ┌────────────┐ ┌───────────┐ │",
      "│ │ TALL       │ │┌─────────┐│ │",
      "│ │            │ ││ TOP     ││ │",
      "│ │            │ │└─────────┘│ │",
      "│ │            │ │┌─────────┐│ │",
      "│ │            │ ││ BOTTOM  ││ │",
      "│ │            │ │└─────────┘│ │",
      "│ └────────────┘ └───────────┘ │",
    ]);
    for (const rows of [side, nested]) {
      expect(titles(rows)).toEqual([["TITLE"], ["TALL", "TOP", "BOTTOM"]]);
      expect(rows[1]?.boxes.map((b) => b.below)).toEqual([false, false, true]);
    }
  });

  it("keeps little boxes side by side inside a box as its schematic", () => {
    const rows = parseDiagram(
      ["┌──────────────────────────┐", "│ ┌──────────────────────┐ │", "│ │ FLOW                 │ │", "│ │ ┌─────┐   ┌─────┐    │ │", "│ │ │ A   │ → │ B   │    │ │", "│ │ └─────┘   └─────┘    │ │", "│ └──────────────────────┘ │", "└──────────────────────────┘"].join("\n"),
      1,
    );
    expect(rows[0]?.boxes.map((b) => [b.lines.map((l) => l.text), b.nested])).toEqual([[["FLOW"], ["A", "B"]]]);
  });

  it("reads five and six boxes in a row, and a frame without a title row or separators", () => {
    const box = (n: number) => [`┌────┐`.repeat(n), `│ B${"".padEnd(2)}│`.repeat(n), `└────┘`.repeat(n)];
    const rows = parseDiagram([...box(5), ...box(6)].join("\n"), 1);
    expect(rows.map((r) => r.boxes.length)).toEqual([5, 6]);
  });
});

describe("findRatioTable", () => {
  const table = (md: string) => findRatioTable(parseMarkdown(md).children);

  it("reads English headings, equal splits and percentage widths", () => {
    const t = table(
      [
        "## Proportions",
        "",
        "| Area | Height | Split |",
        "|---|---|---|",
        "| Top | 10% | full width |",
        "| Middle | 50% | 65/35 |",
        "| Bottom | 40% | thirds |",
      ].join("\n"),
    );
    expect(t?.line).toBe(3);
    expect(t?.rows.map((r) => [r.ratio, r.widths, r.equal])).toEqual([
      [10, undefined, undefined],
      [50, [0.65, 0.35], undefined],
      [40, undefined, 3],
    ]);
  });

  it("reads Korean wording: 좌우 2등분, 좌 70% / 우 30%", () => {
    const t = table(
      ["## 배치 비율", "", "| 영역 | 비율 | 배치 |", "|---|---|---|", "| 상단 | 30% | **좌우 2등분** |", "| 하단 | 70% | 좌 70% / 우 30% |"].join("\n"),
    );
    expect(t?.rows.map((r) => [r.equal, r.widths])).toEqual([
      [2, undefined],
      [undefined, [0.7, 0.3]],
    ]);
  });

  it("reads any column order and language, and values as 10%, 10 or 0.1", () => {
    const rows = (md: string[]) => table(md.join("\n"))?.rows.map((r) => [r.ratio, r.widths]);
    expect(rows(["## Layout Ratios", "", "| Ratio | Area | Placement |", "|---|---|---|", "| 0.10 | Top | full |", "| 0.55 | Middle | left 3/4, right 1/4 |", "| 0.35 | Bottom | 2:1 |"])).toEqual([
      [10, undefined],
      [55, [0.75, 0.25]],
      [35, [0.6667, 0.3333]],
    ]);
    expect(rows(["## 배치 비율", "", "| 영역 | 높이 | 배치 |", "|---|---|---|", "| 상단 | 8 | 전체 |", "| 중단 | 52 | 좌 2/3 · 우 1/3 |", "| 하단 | 40 | |"])).toEqual([
      [8, undefined],
      [52, [0.6667, 0.3333]],
      [40, undefined],
    ]);
  });

  it("accepts sums off by one from rounding and rejects more", () => {
    const sum = (a: number, b: number) => () => table(["| 영역 | 비율 |", "|---|---|", `| 상단 | ${a}% |`, `| 하단 | ${b}% |`].join("\n"));
    expect(sum(33, 66)()?.rows.map((r) => r.ratio)).toEqual([33, 66]);
    expect(sum(34, 67)()?.rows.map((r) => r.ratio)).toEqual([34, 67]);
    expect(errorOf(sum(33, 65)).message).toBe("the layout ratios add up to 98%, not 100%");
  });

  it("rejects negative and absurd ratios, naming the row's line", () => {
    for (const bad of ["-10%", "10e5%", "0%"]) {
      const err = errorOf(() => table(["| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", `| 하단 | ${bad} |`].join("\n")));
      expect(err.message).toMatch(/is not a share of the page/);
      expect(err.where.line).toBe(4);
    }
  });

  it("rejects widths that do not sum to 100", () => {
    const err = errorOf(() =>
      table(["| 영역 | 비율 | 배치 |", "|---|---|---|", "| 상단 | 100% | left 60% / right 30% |"].join("\n")),
    );
    expect(err.message).toBe("the widths in this ratio table row add up to 90%, not 100%");
    expect(err.where.line).toBe(3);
  });
});

describe("words and rich text", () => {
  it("splits leading emoji, keeping variation selectors", () => {
    expect(splitEmoji("🎛️ DJ KNOBS")).toEqual({ emoji: "🎛️", rest: "DJ KNOBS" });
    expect(splitEmoji("1️⃣ First")).toEqual({ emoji: "1️⃣", rest: "First" });
    expect(splitEmoji("Plain")).toEqual({ rest: "Plain" });
  });

  it("takes a title's emoji written last, when it is the title's only one", () => {
    expect(splitEmoji("Takeaways 📌")).toEqual({ emoji: "📌", rest: "Takeaways" });
    expect(splitEmoji("Who Writes the Data 👩‍💼 (Mind Map)")).toEqual({ emoji: "👩‍💼", rest: "Who Writes the Data (Mind Map)" });
    expect(splitEmoji("Good ✅ vs Bad ❌")).toEqual({ rest: "Good ✅ vs Bad ❌" });
  });

  it("keeps a leading emoji that is a term of a comparison (`❌ vs ✅ …`) in the title", () => {
    expect(splitEmoji("❌ vs ✅ 두 가지 답 비교")).toEqual({ rest: "❌ vs ✅ 두 가지 답 비교" });
    expect(splitEmoji("🐢 ↔ 🚀 속도")).toEqual({ rest: "🐢 ↔ 🚀 속도" });
    // A leading emoji before a title that only says `vs` in words is still the icon.
    expect(splitEmoji("⚖️ SFT vs RL")).toEqual({ emoji: "⚖️", rest: "SFT vs RL" });
  });

  it("reads a title box's lines as its banner and the tagline under it", () => {
    expect(bannerOf(["🍌 NANO BANANA CHEAT SHEET: TOOLS 🍌", "계산기와 검색을 쥐여 주기"])).toEqual({ banner: "🍌 NANO BANANA CHEAT SHEET: TOOLS 🍌", tagline: "계산기와 검색을 쥐여 주기" });
    expect(bannerOf(["NANO BANANA CHEAT SHEET: TOOLS", "부제: “계산기와 검색”"])).toEqual({ banner: "NANO BANANA CHEAT SHEET: TOOLS", tagline: "계산기와 검색" });
    // A banner wrapped over two lines stays one banner.
    expect(bannerOf(["🍌 NANO BANANA CHEAT SHEET:", "TOOLS AND SEARCH 🍌"])).toEqual({ banner: "🍌 NANO BANANA CHEAT SHEET: TOOLS AND SEARCH 🍌" });
  });

  it("makes ids from the ASCII part only", () => {
    expect(slug("PARAMETERS란?")).toBe("parameters");
    expect(slug("데이터 한눈에 보기")).toBe("");
  });

  it("strips layout remarks but keeps content in parentheses", () => {
    expect(stripLayoutRemarks("TRANSFORMER ARCHITECTURE (이 섹션이 가장 넓어야 함!)")).toBe("TRANSFORMER ARCHITECTURE");
    expect(stripLayoutRemarks("숫자들 (가중치)")).toBe("숫자들 (가중치)");
  });

  it("bolds the first occurrence of each key term per line and keeps written bold", () => {
    const line = richFromLine("**BPE** merges; the Transformer uses BPE tokens, Transformer again");
    expect(boldKeyTerms(line, ["Transformer", "BPE", "token"])).toEqual([
      { text: "BPE", bold: true },
      { text: " merges; the " },
      { text: "Transformer", bold: true },
      { text: " uses BPE tokens, Transformer again" },
    ]);
    expect(boldKeyTerms(richFromLine("파라미터를 조절"), ["파라미터"])).toEqual([
      { text: "파라미터", bold: true },
      { text: "를 조절" },
    ]);
  });
});
