// Chapters written by others, read as their writers meant: a DeepSeek-R1 chapter laid out as a mermaid block
// diagram, its row heights said in a Korean sentence, its plan holding TeX (`$$\mathbb{E}_{\tau \sim \pi_\theta}$$`),
// footnotes and a quote signed `— DeepSeek-R1 응답 중`, its image request forbidding portrait as `세로 방향은 쓰지 말 것`;
// and an AlphaGo chapter a chat model wrote in English, its layout a nested bullet list (`- Row 2 — the big idea
// (about 20%)` over `  - Col A (wide, ~65%): …`, five `Box N:` items in the middle row, `Full width: "…"` as the
// title), emoji as shortcodes in some titles, a title's gloss ending in a kind word (`(검증 가능한 영역)`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIVE_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (sheet: Sheet): { text: string; cite?: string }[] =>
  panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [{ text: richText(b.text), ...(b.cite ? { cite: b.cite } : {}) }] : [])));

const R1 = "deepseek-r1-block-beta-latex-footnotes";
const ALPHAGO = "alphago-rl-vs-sft-bullet-layout-shortcodes";

const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🧪 Gamma", "- three", "## 📌 Takeaways", "- four"];
const bulleted = (rows: string[]): string => promptDoc(rows, plan, { fenced: false, layoutHeading: "# Layout" });

describe("a layout as a nested bullet list, rows described and boxes named by their place", () => {
  const rows = [
    "- Row 1 — header (about 10% of the height)",
    '  - Full width: "🍌 TITLE 🍌"',
    "- Row 2 — the big idea (about 30%)",
    "  - Col A (wide, ~70%): 🅰️ Alpha",
    "  - Col B (~30%): 🅱️ Beta",
    "- Row 3 — two boxes side by side (about 60%, the heart of the sheet)",
    "  - Box 1: 🧪 Gamma",
    "  - Box 2: 📌 Takeaways",
  ];

  it("reads each row's description as the row, its percent as the height, the items as its boxes", async () => {
    const { sheet } = await readSheet(bulleted(rows));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"], ["Gamma", "Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 30, 60]);
    expect(sheet.meta.banner).toBe("🍌 TITLE 🍌");
  });

  it("gives the boxes the widths their labels' brackets state", async () => {
    const { sheet } = await readSheet(bulleted(rows));
    const row = sheet.rows[1]!;
    expect(row.kind === "panels" && row.panels.map((p) => Math.round((p.width ?? 0) * 100))).toEqual([70, 30]);
  });

  it("keeps the boxes a row's own line names, the items under it describing them", async () => {
    const named = ["- Row 1 — header (10%)", '  - Full width: "🍌 TITLE 🍌"', "- Row 2 (90%): 🅰️ Alpha · 🅱️ Beta", "  - Col 1: the left one holds a table"];
    const { sheet } = await readSheet(promptDoc(named, plan.slice(0, 4), { fenced: false, layoutHeading: "# Layout" }));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta"]]);
  });

  it("reads the fixture's four rows and five boxes in the middle, titled as written", async () => {
    const { sheet } = await readSheet(fixture(ALPHAGO));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["Imitation vs Discovery (모방 vs 발견)", "Beyond Lee Sedol (이세돌을 넘어서)"],
      ["The Elo Curve (엘로 곡선)", "Move 37 (37수)", "What's Move 37 for LLMs?", "Verifiable Domains (검증 가능한 영역)", "Caveats (주의할 점)"],
      ["SFT vs RL at a Glance (한눈에 비교)", "Key Takeaways (핵심 정리)"],
    ]);
    expect(ratios(sheet)).toEqual([10, 20, 45, 25]);
    expect(sheet.meta.banner).toBe("🎮 RL vs SFT — What AlphaGo Taught Us (알파고가 알려준 것)");
  });
});

describe("a box title's gloss holding a kind word", () => {
  it("keeps `영역` inside the title's own brackets, as written", async () => {
    const rows = ["- Row 1 — header (10%)", '  - Full width: "🍌 TITLE 🍌"', "- Row 2 (90%)", "  - Box 1: ✅ Verifiable (검증 가능한 영역)", "  - Box 2: 🧪 Gamma (실험 박스)"];
    const { sheet } = await readSheet(promptDoc(rows, ["## ✅ Verifiable", "- v", "## 🧪 Gamma", "- g"], { fenced: false, layoutHeading: "# Layout" }));
    expect(titles(sheet)[1]).toEqual(["Verifiable (검증 가능한 영역)", "Gamma (실험 박스)"]);
  });
});

describe("TeX whose subscripts would read as emphasis", () => {
  it("draws `$$…$$` with two subscripts as math, not as italics and raw commands", async () => {
    const math = ["## 🅰️ Alpha", "$$\\nabla_\\theta J(\\theta) = \\mathbb{E}_{\\tau \\sim \\pi_\\theta}[R(\\tau)]$$", "", "- inline $x_i$ and $y_j$ stay math", ...plan.slice(2)];
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, math));
    const words = JSON.stringify(panel(sheet, /ALPHA/).blocks);
    expect(words).not.toMatch(/\\\\(?:nabla|mathbb|theta)|\$\$/);
    expect(words).toContain("∇");
    expect(words).toContain("𝔼");
    expect(words).not.toMatch(/"italic"|"emphasis"/);
  });

  it("reads the fixture's policy gradient as one line of math", async () => {
    const { sheet } = await readSheet(fixture(R1));
    const words = JSON.stringify(panel(sheet, /EMERGENT THINKING/).blocks);
    expect(words).toMatch(/∇_θ J\(θ\) = 𝔼_\(τ ∼ π_θ\)/);
    expect(words).not.toMatch(/\\\\(?:nabla|mathbb)/);
  });
});

describe("a quote signed by a name and a Korean note of where it was said", () => {
  it("takes `— DeepSeek-R1 응답 중` as the signature, and the same quote listed in the style is drawn once", async () => {
    const said = ["## 🅰️ Alpha", '> "Wait, that is an aha moment." — DeepSeek-R1 응답 중', ...plan.slice(2)];
    const style = ["# Output Style", "4. **Quotable Insights**:", '   - "Wait, that is an aha moment."', ""].join("\n");
    const { sheet } = await readSheet(style + promptDoc(FIVE_BOXES, said));
    expect(quotes(sheet)).toEqual([{ text: "Wait, that is an aha moment.", cite: "DeepSeek-R1 응답 중" }]);
    expect(kinds(panel(sheet, /ALPHA/))).toContain("quote");
  });

  it("still reads a note naming a box (`— LM Arena 칸`) as no signature", async () => {
    const said = ["## 🅰️ Alpha", '> "Gamed a bit." — Alpha Arena 칸', ...plan.slice(2)];
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, said));
    expect(quotes(sheet).map((q) => q.cite)).not.toContain("Alpha Arena 칸");
  });

  it("draws the fixture's aha quote once", async () => {
    const { sheet } = await readSheet(fixture(R1));
    expect(quotes(sheet).filter((q) => /aha moment/.test(q.text))).toHaveLength(1);
  });
});

describe("portrait forbidden in the note form `…하지 말 것`", () => {
  it("gives no portrait warning for `세로 방향은 쓰지 말 것`, and still warns for a page set to portrait", async () => {
    const image = (line: string): string => `${promptDoc(FIVE_BOXES, plan)}\n## 이미지 생성 요청\n\n- 가로로 넓은 이미지 (A4 가로)\n- ${line}\n`;
    for (const line of ["세로 방향은 쓰지 말 것", "세로 방향은 쓰지 마", "세로 방향으로 만들지 말아 주세요"]) {
      const { warnings } = await readSheet(image(line));
      expect(warnings.filter((w) => /portrait/.test(w)), line).toEqual([]);
    }
    const { warnings } = await readSheet(image("A4 세로 방향으로 그려주세요"));
    expect(warnings.some((w) => /portrait page is asked for/.test(w))).toBe(true);
  });

  it("reads the fixture without warnings", async () => {
    expect((await readSheet(fixture(R1))).warnings).toEqual([]);
  });
});

describe("the block-beta fixture", () => {
  it("reads its rows, widths and the heights its sentence gives", async () => {
    const { sheet } = await readSheet(fixture(R1));
    expect(titles(sheet)).toEqual([["title"], ["RL = 교과서 연습문제", "R1 결과: 정확도 & 응답 길이"], ["EMERGENT THINKING: aha moment 💡"], ["SFT vs RL", "Thinking Model 써보기", "KEY TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([10, 15, 50, 25]);
  });
});
