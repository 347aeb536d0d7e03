// The next chapter, written by others: parts headed by `=== SOURCE ===` banners, TOML metadata, a plan named
// 섹션별 구성 with ①②③ sections, a `# Quotes` part after the plan, tab-indented points, boxes drawn in `*`,
// HTML tables, an xychart, a wall with no junction, and a hand-written sheet's slips. Each rule is tested on a
// small document of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Panel, type Sheet } from "../src/model/sheet.js";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { bannerName, bannerSections } from "../src/read/banner-sections.js";
import { htmlTable } from "../src/read/html-table.js";
import { xmlSections } from "../src/read/xml-sections.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { starBoxes } from "../src/read/prompt/star-boxes.js";
import { sectionKindOf } from "../src/read/prompt/sections.js";
import { xyTable } from "../src/read/prompt/xychart.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (path: string): string => readFileSync(join(FIXTURES_DIR, path), "utf8");
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
/** A row's box titles; the title row, a cell with no boxes, by its text. */
const titles = (r: ReturnType<typeof parseDiagram>[number]): (string | undefined)[] => (r.boxes.length ? r.boxes.map((b) => b.lines[0]?.text) : r.texts.map((t) => t.text));
const kinds = (p: Panel): string[] => p.blocks.map((b) => b.kind);
const quotes = (sheet: Sheet): Extract<Block, { kind: "quote" }>[] =>
  panelsOf(sheet).flatMap((p) => p.blocks.filter((b): b is Extract<Block, { kind: "quote" }> => b.kind === "quote"));
const drawing = ["```", "┌──────────────────────────────┐", "│ 🍌 CHEAT SHEET 🍌            │", "├──────────────┬───────────────┤", "│ 🎧 Audio     │ 🖼️ Image      │", "└──────────────┴───────────────┘", "```"];

describe("parts headed by banner lines (=== SOURCE ===)", () => {
  it("reads a banner's name between runs of one mark, and nothing else", () => {
    expect(bannerName("=== SOURCE ===")).toBe("SOURCE");
    expect(bannerName("  ----- Box contents -----  ")).toBe("Box contents");
    expect(bannerName("---")).toBeUndefined();
    expect(bannerName("*********")).toBeUndefined();
    // Inline Markdown on a line of its own is not a banner: a bold section name stays bold.
    expect(bannerName("**Source Text**")).toBeUndefined();
    expect(bannerName("~~Layout~~")).toBeUndefined();
    expect(bannerName("== a == b")).toBeUndefined();
    expect(bannerName("| --- | --- |")).toBeUndefined();
  });

  it("turns the banners into headings, lines kept, only when two name known parts", () => {
    const text = "intro\n=== SOURCE ===\ntext\n=== LAYOUT ===\nx\n=== NOTES ===\ny";
    expect(bannerSections(text)).toBe("intro\n# SOURCE\ntext\n# LAYOUT\nx\n# NOTES\ny");
    expect(bannerSections("=== SOURCE ===\n=== NOTES ===")).toBe("=== SOURCE ===\n=== NOTES ===");
  });

  it("reads a long line of marks in one pass (a pattern here would backtrack)", () => {
    const line = "=".repeat(200_000) + " x " + "=".repeat(200_000) + "!";
    expect(bannerName(line)).toBeUndefined();
    expect(bannerName("=".repeat(100_000) + " SOURCE " + "=".repeat(100_000))).toBe("SOURCE");
  });

  it("reads the model-zoo chapter as a prompt document with its three places, pricing table and tracking panel", async () => {
    const text = fixture("prompts/model-zoo-pricing-star-html.txt");
    expect(detectInputKind(text)).toBe("prompt");
    const { sheet } = await readSheet(text);
    expect(sheet.meta.title).toBe("22. The Model Zoo: Which LLM, Where, and What It Costs");
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["title"]))).toEqual([
      ["title"],
      ["PROPRIETARY", "OPEN WEIGHTS", "RUN LOCALLY"],
      ["PRICING TIERS", "KEEP TRACK"],
      ["WHICH ONE SHOULD I USE?", "TAKEAWAYS"],
    ]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 28, 32, 30]);
  });
});

describe("boxes drawn in asterisks", () => {
  it("rewrites `*****` rules and lone `*` sides as +---+ and |, a * in a word left alone", () => {
    const out = starBoxes(["**********************", "*  🏢 A     *  B      *", "*  2*3 **b**  *  c    *", "**********************"].join("\n"));
    expect(out.split("\n")[0]).toBe("+-----------+--------+");
    expect(out.split("\n")[1]).toBe("|  🏢 A     |  B      |");
    expect(out.split("\n")[2]).toBe("|  2*3 **b**  |  c    |");
  });

  it("reads `#########` rules with lone `#` sides the same way, a `C#` staying text", () => {
    const out = starBoxes(["##################", "# 🅰️ C# notes    #", "##################"].join("\n"));
    expect(out.split("\n")).toEqual(["+----------------+", "| 🅰️ C# notes    |", "+----------------+"]);
  });

  it("leaves a drawing without two star rules as it was", () => {
    const text = "******** \n* a *";
    expect(starBoxes(text)).toBe(text);
  });

  it("reads a star drawing's rows and panels", () => {
    const rows = parseDiagram(["**************************", "* 🍌 TITLE 🍌             *", "**************************", "* 🅰️ LEFT    * 🅱️ RIGHT   *", "**************************"].join("\n"), 1, []);
    expect(rows.map(titles)).toEqual([["🍌 TITLE 🍌"], ["🅰️ LEFT", "🅱️ RIGHT"]]);
  });
});

describe("metadata written as TOML between +++ lines", () => {
  it("reads title, Korean title, chapter as a number and the source URL", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/multimodal-tokens-heavy-toml.txt"));
    expect(sheet.meta).toMatchObject({ title: "21-1. Multimodality: Audio & Image Tokens", titleKr: "21-1. 멀티모달: 오디오와 이미지도 토큰이다", chapter: 21, author: "Andrej Karpathy", sourceUrl: "https://www.youtube.com/watch?v=7xTGNNLPyMI" });
    expect(warnings.filter((w) => /metadata/.test(w))).toEqual([]);
    // The metadata lines are not read as the transcript.
    expect(sheet.source?.paragraphs.some((p) => /title =/.test(p.text))).toBe(false);
  });
});

describe("a plan named 섹션별 구성 whose sections are numbered ①②③", () => {
  it("draws every section in its panel, and the # 인용구 part's quotes as quotes", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/multimodal-tokens-heavy-toml.txt"));
    expect(warnings).toEqual([]);
    expect(kinds(panel(sheet, /오디오 → 토큰/))).toContain("bullets");
    expect(kinds(panel(sheet, /하나의 스트림/))).toContain("flowchart");
    expect(kinds(panel(sheet, /토큰 예산/))).toContain("table");
    const takeaways = panel(sheet, /핵심 정리/).blocks.find((b) => b.kind === "bullets");
    expect(takeaways?.kind === "bullets" ? [takeaways.style, takeaways.items.length] : []).toEqual(["takeaways", 4]);
    expect(quotes(sheet).map((q) => richText(q.text))).toEqual(
      expect.arrayContaining(["It's not a fundamental change, you just have to add some tokens.", "You can tokenize audio and images and apply the exact same approach."]),
    );
  });

  it("takes a ① line's next lines as its section's first paragraph", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# 섹션별 구성", "", "① 🎧 Audio", "스펙트로그램을 자른다", "", "② 🖼️ Image", "- 패치로 나눈다"].join("\n");
    const { sheet } = await readSheet(doc);
    expect(panel(sheet, /Audio/).blocks.map((b) => (b.kind === "paragraph" ? richText(b.text) : b.kind))).toEqual(["스펙트로그램을 자른다"]);
    expect(kinds(panel(sheet, /Image/))).toEqual(["bullets"]);
  });
});

describe("a part the template has no name for, after the plan", () => {
  it("is a section of its own: the plan's sections before it are drawn", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Content per box", "", "## 🎧 Audio", "- slices", "", "## 🖼️ Image", "- patches", "", "# Extra notes", "", "- patches are 16×16"].join("\n");
    const { sheet, warnings } = await readSheet(doc);
    expect(warnings.filter((w) => /not drawn/.test(w))).toEqual([]);
    const all = panelsOf(sheet).flatMap((p) => p.blocks).flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : []));
    expect(all).toEqual(expect.arrayContaining(["slices", "patches", "patches are 16×16"]));
  });
});

describe("points indented by a tab under a heading (Markdown's indented code)", () => {
  it("are the list they were written as, lines kept; a fenced block stays code", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "\t- first **point**", "\t- second point", "", "## 2. 🖼️ Image", "```", "- a code line", "```"].join("\r\n");
    const { sheet } = await readSheet(doc);
    const list = panel(sheet, /Audio/).blocks.find((b) => b.kind === "bullets");
    expect(list?.kind === "bullets" ? list.items.map(richText) : []).toEqual(["first point", "second point"]);
    expect(list?.kind === "bullets" ? list.items[0] : []).toContainEqual({ text: "point", bold: true });
    expect(kinds(panel(sheet, /Image/))).toEqual(["code"]);
  });

  it("keeps each point's line: a warning inside one names the line it is on", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "\t- first", "\t- ![a spectrogram](s.png) second"].join("\n");
    const { warnings } = await readSheet(doc);
    expect(warnings.filter((w) => /image/.test(w))).toEqual([expect.stringMatching(/^line 19: an image is not drawn/)]);
  });

  it("draws the swiss-cheese chapter's tab-indented points as lists, not code cards", async () => {
    const { sheet } = await readSheet(fixture("prompts/swiss-cheese-crlf-checklist.txt"));
    for (const t of [/Why 9\.11/, /Why strawberry/, /Workaround/]) expect(kinds(panel(sheet, t)).includes("code")).toBe(false);
    expect(kinds(panel(sheet, /Why strawberry/))).toContain("bullets");
  });
});

describe("quotes one a line, each with its own attribution", () => {
  it("are as many quotes, each signed by whom it names", async () => {
    const { sheet } = await readSheet(fixture("prompts/thinking-models-six-boxes.txt"));
    const qs = quotes(sheet).map((q) => [richText(q.text), q.cite]);
    expect(qs).toEqual(
      expect.arrayContaining([
        ["Wait, wait. Wait. That's an aha moment I can flag here.", "DeepSeek-R1"],
        ["Nobody is hardcoding this; the model discovers these ways of thinking.", "Andrej Karpathy"],
      ]),
    );
  });

  it("in the plan too; a `Quotes to sprinkle in:` line over them is a label, not drawn", async () => {
    const { sheet } = await readSheet(fixture("prompts/model-zoo-pricing-star-html.txt"));
    expect(quotes(sheet).map((q) => [richText(q.text), q.cite])).toEqual(
      expect.arrayContaining([
        ["This field is moving really, really fast.", "Andrej Karpathy"],
        ["I use LM Arena as a first pass, but I think it's been a little bit gamed.", "Andrej Karpathy"],
      ]),
    );
    const text = panelsOf(sheet).flatMap((p) => p.blocks).flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : []));
    expect(text.filter((t) => /sprinkle/.test(t))).toEqual([]);
  });

  it("a quote whose lines are not each signed stays one quote", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "> “first line", "> second line” — Andrej Karpathy"].join("\n");
    const { sheet } = await readSheet(doc);
    expect(quotes(sheet).map((q) => [richText(q.text), q.cite])).toEqual([["first line second line", "Andrej Karpathy"]]);
  });
});

describe("an HTML <table> in the plan", () => {
  it("reads rows and cells, <br> as a line break, entities decoded, tags inside cells dropped", () => {
    expect(htmlTable("<table><tr><th>Plan</th><th>Price</th></tr><tr><td><b>Free</b></td><td>$0<br/>&amp; ads</td></tr></table>")).toEqual({
      header: ["Plan", "Price"],
      rows: [["Free", "$0\n& ads"]],
    });
    expect(htmlTable("<div>no table</div>")).toBeUndefined();
  });

  it("reads a broken table of many open tags in linear time and keeps its rows", () => {
    const rows = htmlTable("<table>" + "<tr><td>a<td>b".repeat(20_000) + "</table>");
    expect(rows?.rows.length).toBe(19_999);
    expect(htmlTable("<table>" + "<td".repeat(100_000) + "</table>")).toBeUndefined();
  });

  it("in a prompt whose parts are XML-tagged, stays HTML: `<table>` and `<tbody>` on lines of their own are no parts", async () => {
    const text = ["<source_text>", "---", 'title: "x"', "---", "</source_text>", "<layout>", ...drawing, "</layout>", "<content>", "## 1. 🎧 Audio", "<table>", "<tbody>", "<tr><th>a</th><th>b</th></tr>", "<tr><td>1</td><td>2</td></tr>", "</tbody>", "</table>", "</content>"].join("\n");
    expect(xmlSections(text).split("\n").filter((l) => l.startsWith("# "))).toEqual(["# source text", "# layout", "# content"]);
    const { sheet, warnings } = await readSheet(text);
    expect(warnings.filter((w) => /HTML/.test(w))).toEqual([]);
    expect(kinds(panel(sheet, /Audio/))).toEqual(["table"]);
  });

  it("is drawn as a table, the list right under it as a list", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/model-zoo-pricing-star-html.txt"));
    expect(warnings.filter((w) => /HTML/.test(w))).toEqual([]);
    const pricing = panel(sheet, /PRICING/);
    const table = pricing.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" ? [table.header.map(richText), table.rows.map((r) => richText(r[0]!))] : []).toEqual([["Plan", "월 요금", "쓸 수 있는 모델", "누구에게?"], ["Free", "Plus", "Pro"]]);
    expect(kinds(pricing)).toContain("bullets");
  });
});

describe("a Mermaid xychart", () => {
  it("is a table with a row per x value and a column per series", () => {
    const t = xyTable(['xychart-beta', '  title "len"', '  x-axis ["0", "2k"]', '  y-axis "tokens" 0 --> 10000', "  line [800, 2500]", "  bar [1, 2]"].join("\n"));
    expect(t?.block.kind === "table" ? [t.block.header.map(richText), t.block.rows.map((r) => r.map(richText))] : []).toEqual([
      ["x", "line", "bar"],
      [
        ["0", "800", "1"],
        ["2k", "2500", "2"],
      ],
    ]);
    expect(xyTable("flowchart LR\n A --> B")).toBeUndefined();
    expect(xyTable("xychart-beta\n  line [" + "[".repeat(50_000))).toBeUndefined();
  });

  it("no longer fails the thinking-models chapter: its chart is a table in its panel, its title right above it", async () => {
    const { sheet } = await readSheet(fixture("prompts/thinking-models-six-boxes.txt"));
    const blocks = panel(sheet, /응답 길이/).blocks;
    const at = blocks.findIndex((b) => b.kind === "table");
    expect(at).toBeGreaterThan(0);
    const above = blocks[at - 1];
    expect(above?.kind === "paragraph" ? above.text : []).toEqual([{ text: "RL 단계별 평균 응답 길이 (개념도)", bold: true }]);
  });
});

describe("a wall under a border line that has no junction for it", () => {
  it("splits the row, with a warning naming the line", () => {
    const warnings: string[] = [];
    const rows = parseDiagram(["┌──────────────────────────┐", "│ 🍌 TITLE                 │", "├──────────────────────────┤", "│ 🧠 LEFT     │ 📈 RIGHT   │", "└──────────────────────────┘"].join("\n"), 1, warnings);
    expect(rows.map(titles)).toEqual([["🍌 TITLE"], ["🧠 LEFT", "📈 RIGHT"]]);
    expect(warnings[0]).toMatch(/^line 4: the │ at column \d+ has no junction in the border line above; assumed one there$/);
  });

  it("reads the thinking-models chapter's six-box row and the two rows drawn without junctions", async () => {
    const { sheet } = await readSheet(fixture("prompts/thinking-models-six-boxes.txt"));
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.length : 0))).toEqual([0, 2, 6, 2]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([8, 40, 22, 30]);
  });
});

describe("layout and closing words said other ways", () => {
  it("reads only the percents of a heights line whose rows are named with numbers (중단1 30% / 중단2 30%)", async () => {
    const box = ["```", "╔════════════════════════╗", "║ 🧮 TITLE               ║", "╠════════════╦═══════════╣", "║ 🧠 A       ║ 📏 B      ║", "╠════════════╩═══════════╣", "║ 🔢 C                   ║", "╚════════════════════════╝", "```"];
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...box, "", "높이: 상단 15% / 중단1 45% / 하단2 40%", "", "# Output Structure Plan", "", "## 1. 🧠 A", "- a"].join("\n");
    const { sheet, warnings } = await readSheet(doc);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([15, 45, 40]);
    expect(warnings).toEqual([]);
  });

  it("reads a line of one percent per drawn row as the heights, whatever labels stand between", async () => {
    const { sheet } = await readSheet(fixture("prompts/swiss-cheese-crlf-checklist.txt"));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([8, 34, 36, 22]);
  });

  it("a closing paragraph asking for a landscape page is the image request, not a panel's text", async () => {
    const { sheet, warnings } = await readSheet(fixture("prompts/model-zoo-pricing-star-html.txt"));
    expect(warnings.some((w) => /^line 108: "One image, A4 landscape/.test(w))).toBe(true);
    const text = panelsOf(sheet).flatMap((p) => p.blocks).flatMap((b) => (b.kind === "paragraph" ? [richText(b.text)] : []));
    expect(text.filter((t) => /landscape|OUTPUT/.test(t))).toEqual([]);
  });
});

describe("a sheet Markdown written by hand (llama-base-model-by-hand)", () => {
  it("reads a title holding ': ' as text, with a warning to quote it", async () => {
    const { sheet, warnings } = await readSheet(fixture("sheets/llama-base-model-by-hand.sheet.md"));
    expect(sheet.meta.title).toBe("8. Llama 3.1 base model: an internet document simulator");
    expect(warnings).toContain('line 3: the value of `title` holds ": ", read as text; quote it (title: "…") to say so');
  });

  it("still fails YAML that quoting the value does not mend, naming its line", async () => {
    await expect(readSheet("---\nnanosheet: 1\ntitle: [unclosed\n---\n\n## 🅰️ A\n\ntext\n")).rejects.toThrow(/frontmatter YAML/);
  });

  it("signs a quote written `\"…\" -- Name` on one line, its marks taken off", async () => {
    const { sheet } = await readSheet(fixture("sheets/llama-base-model-by-hand.sheet.md"));
    expect(quotes(sheet).map((q) => [richText(q.text), q.cite])).toEqual([["The model is a very expensive autocomplete", "Andrej Karpathy"]]);
  });
});

describe("hostile input to the new rules", () => {
  it("reads a TOML value of many blanks, and a heights line of many digits, and still answers", async () => {
    const blanks = " ".repeat(200_000);
    const digits = "1".repeat(200_000);
    const doc = ["# Source Text", "+++", `title = x${blanks}y`, "+++", "", "# Layout Structure", ...drawing, `sizes ${digits} x ${digits}%`, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "- a"].join("\n");
    const { sheet } = await readSheet(doc);
    expect(sheet.meta.title.startsWith("x")).toBe(true);
  });
});

describe("what a box line says it will show, once the plan shows it", () => {
  it("drops `Free / Plus / Pro table` over the table and a title's `(flow)` over the flowchart", async () => {
    const { sheet } = await readSheet(fixture("prompts/model-zoo-pricing-star-html.txt"));
    expect(panel(sheet, /PRICING/).lead.map(richText)).toEqual([]);
    expect(panelsOf(sheet).map((p) => p.title)).toContain("WHICH ONE SHOULD I USE?");
    // A box line that names no drawn form stays.
    expect(panel(sheet, /KEEP TRACK/).lead.map(richText)).toEqual(["LM Arena, AI News, X"]);
  });

  it("keeps such a line when the panel has no block of that form", async () => {
    const box = ["```", "┌──────────────────────────────┐", "│ 🍌 CHEAT SHEET 🍌            │", "├──────────────┬───────────────┤", "│ 💳 Prices    │ 🖼️ Image      │", "│ 요금제 비교 표 │              │", "└──────────────┴───────────────┘", "```"];
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...box, "", "# Output Structure Plan", "", "## 1. 💳 Prices", "- free or paid"].join("\n");
    const { sheet } = await readSheet(doc);
    expect(panel(sheet, /Prices/).lead.map(richText)).toEqual(["요금제 비교 표"]);
  });
});

describe("names people give the template's parts", () => {
  it("reads the plan, layout, quotes and final request under the names strangers use", () => {
    const kinds = ["섹션별 구성", "칸별 내용", "Box-by-box content", "Panel by panel", "Per-box contents", "Contents by box", "📋 구성 계획 (Plan)", "구성", "4. 내용"].map(sectionKindOf);
    expect(kinds).toEqual(Array(9).fill("plan"));
    expect(["배치 (Layout)", "📐 배치", "배치"].map(sectionKindOf)).toEqual(["layout", "layout", "layout"]);
    expect(["Quotes", "인용구", "인용", "Quotable Insights", "Key quotes (use 2)"].map(sectionKindOf)).toEqual(Array(5).fill("style"));
    expect(["Final request", "최종 요청"].map(sectionKindOf)).toEqual(["image", "image"]);
    // Not parts: the ratio heading under the layout, a quote about something, a chapter's own section.
    expect(["배치 비율", "Quotes from the paper and what they mean", "Output of the model"].map(sectionKindOf)).toEqual([undefined, undefined, undefined]);
  });
});

describe("a line of percents that gives widths, not heights", () => {
  it("is not read as the rows' heights", async () => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "left 60%, right 40%", "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "- a"].join("\n");
    const { sheet, warnings } = await readSheet(doc);
    expect(sheet.rows.map((r) => r.ratio)).not.toEqual([60, 40]);
    expect(warnings.some((w) => /no layout ratio table/.test(w))).toBe(true);
  });
});

describe("a drawn row's widths stated beside the drawing", () => {
  const doc = (widths: string): string =>
    ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "Sizes: title 10%, row 2 = 90%", widths, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", "- a", "## 2. 🖼️ Image", "- b"].join("\n");
  const widths = async (line: string): Promise<(number | undefined)[]> => {
    const row = (await readSheet(doc(line))).sheet.rows[1];
    return row?.kind === "panels" ? row.panels.map((p) => p.width) : [];
  };

  it("reads `row 2 columns: 2fr 1fr` as that row's widths", async () => {
    expect(await widths("row 2 columns: 2fr 1fr")).toEqual([0.6667, 0.3333]);
    expect(await widths("2행 폭: 3fr 1fr")).toEqual([0.75, 0.25]);
  });

  it("leaves the drawing's widths when the line gives another count or adds up wrong", async () => {
    const drawn = await widths("");
    expect(await widths("row 2 columns: 1fr 1fr 1fr")).toEqual(drawn);
    expect(await widths("row 2: 30% — left 60% / right 50%")).toEqual(drawn);
  });

  it("reads the swiss-cheese chapter's `2fr 1fr` and `1fr 1fr 1fr`", async () => {
    const { sheet } = await readSheet(fixture("prompts/swiss-cheese-crlf-checklist.txt"));
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.width) : []))).toEqual([[], [0.6667, 0.3333], [0.3333, 0.3333, 0.3333], [undefined]]);
  });
});

describe("a checklist in the plan", () => {
  const items = async (list: string[]): Promise<[string, string[], boolean[] | undefined]> => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", ...list].join("\n");
    const b = panelsOf((await readSheet(doc)).sheet).flatMap((p) => p.blocks).find((x) => x.kind === "bullets");
    return b?.kind === "bullets" ? [b.style, b.items.map(richText), b.done] : ["", [], undefined];
  };

  it("keeps each item's box when ticked and unticked items mix: which is which is the point", async () => {
    expect(await items(["- [x] verify outputs", "- [ ] trust it blindly"])).toEqual(["checks", ["verify outputs", "trust it blindly"], [true, false]]);
  });

  it("draws a to-do list with nothing ticked as empty boxes, and an all-ticked list as a plain list", async () => {
    expect(await items(["- [ ] read the paper", "- [ ] try the demo"])).toEqual(["checks", ["read the paper", "try the demo"], [false, false]]);
    expect(await items(["- [x] read the paper", "- [x] try the demo"])).toEqual(["plain", ["read the paper", "try the demo"], undefined]);
  });

  it("keeps the swiss-cheese chapter's unticked warning apart from its ticked takeaways", async () => {
    const { sheet } = await readSheet(fixture("prompts/swiss-cheese-crlf-checklist.txt"));
    const list = panel(sheet, /Takeaways/).blocks.find((b) => b.kind === "bullets");
    expect(list?.kind === "bullets" ? [list.style, list.done] : []).toEqual(["checks", [true, true, true, false]]);
    // The box's "(checklist)" told the designer the form; the boxes now show it.
    expect(panel(sheet, /Takeaways/).title).toBe("Takeaways");
  });
});

describe("more slips in a sheet Markdown written by hand", () => {
  const sheetMd = (front: string, body: string): string => `---\n${front}\n---\n\n# 9. Post-training\n\n${body}\n`;

  it("reads frontmatter indented with tabs as two spaces a tab, with a warning naming the first line", async () => {
    const { sheet, warnings } = await readSheet(sheetMd('nanosheet: 1\ntitle: "9"\nlayout:\n\t- { ratio: 10, title: true }\n\t- { ratio: 90, panels: [data] }', "## 📚 Data\n<!-- id: data -->\n\ntext"));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 90]);
    expect(warnings).toContain("line 5: the frontmatter is indented with tabs, read as two spaces each; indent with spaces");
  });

  it("draws a quote's own marks once: marks around the whole quote are the drawn quote's", async () => {
    const { sheet } = await readSheet(sheetMd("nanosheet: 1\ntitle: x", '## 👥 People\n\n> "You are talking to a simulation of a labeler"\n> -- Andrej Karpathy\n\n> Said "twice" here\n> — A. K.'));
    expect(quotes(sheet).map((q) => [richText(q.text), q.cite])).toEqual([
      ["You are talking to a simulation of a labeler", "Andrej Karpathy"],
      ['Said "twice" here', "A. K."],
    ]);
  });

  it("the hand-written hallucinations sheet's quote loses its doubled marks", async () => {
    const { sheet } = await readSheet(fixture("sheets/hallucinations-by-hand.sheet.md"));
    expect(quotes(sheet).map((q) => richText(q.text))).toEqual(["The knowledge in the parameters == vague recollection, the knowledge in the tokens of the context window == working memory"]);
  });
});

describe("callouts as Obsidian writes them", () => {
  const blocks = async (quote: string[]): Promise<[string, string | undefined][]> => {
    const doc = ["# Source Text", "---", 'title: "x"', "---", "", "# Layout Structure", ...drawing, "", "# Output Structure Plan", "", "## 1. 🎧 Audio", ...quote].join("\n");
    return panelsOf((await readSheet(doc)).sheet)
      .flatMap((p) => p.blocks)
      .flatMap((b): [string, string | undefined][] => (b.kind === "quote" ? [[richText(b.text), b.cite]] : []));
  };

  it("reads `> [!QUOTE]` as the quote it marks, and `> [!INFO]-` with its label", async () => {
    expect(await blocks(["> [!QUOTE]", "> A move no human would play — 1 in 10,000 chance."])).toEqual([["A move no human would play — 1 in 10,000 chance.", undefined]]);
    expect(await blocks(["> [!INFO]-", "> Spectrograms are cut into slices."])).toEqual([["Info: Spectrograms are cut into slices.", undefined]]);
  });
});

describe("layout shares written with a percent sign in sheet Markdown", () => {
  it("reads `ratio: 10%` and `width: 60%` as the numbers they say; other text is still refused on its line", async () => {
    const front = (r: string): string => `---\nnanosheet: 1\ntitle: x\nlayout:\n  - { ratio: 10%, title: true }\n  - { ratio: ${r}, panels: [{ id: a, width: 60% }, b] }\n---\n\n# x\n\n## 🍓 A\n<!-- id: a -->\n\ntext\n\n## 🔤 B\n<!-- id: b -->\n\nmore\n`;
    const { sheet } = await readSheet(front("90%"));
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 90]);
    // The same sheet as `width: 60` written as a number.
    const plain = await readSheet(front("90%").replace("width: 60%", "width: 60"));
    expect(sheet.rows).toEqual(plain.sheet.rows);
    await expect(readSheet(front("ninety"))).rejects.toMatchObject({ message: expect.stringMatching(/^layout row 2 needs a positive number `ratio`/), where: { line: 6 } });
  });
});
