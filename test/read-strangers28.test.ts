// Chapters written by others, read as their writers meant: a base-model chapter whose drawing was copied out of a
// chat UI with its line-number gutter (`01 │ ┌───…`), its quotes in Korean corner brackets with the English in
// brackets after, one its full panel has no room for drawn in the box titled for them (`📌 KEY TAKEAWAYS + 인용`); and a neural-network chapter
// written by a model, its row heights given as CSS (`grid-template-rows: 3fr 4fr 2fr;`) for the rows under the title.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { gutterless } from "../src/read/prompt/gutter.js";
import { FIVE_BOXES, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (p: Panel): string[] => p.blocks.flatMap((b) => (b.kind === "quote" ? [b.text.map((s) => s.text).join("")] : []));

const GUTTERED = "base-model-inference-gutter-roman-corner-quotes";
const CSS_ROWS = "nn-internals-latex-subgraph-rounded-ascii-fr";

const plan = ["## ALPHA", "- one", "## BETA", "- two", "## GAMMA", "- three", "## DELTA", "- four", "## 📌 Takeaways", "- five"];
const numbered = (lines: string[]): string[] => lines.map((l, k) => `${String(k + 1).padStart(2, "0")} │ ${l}`);

describe("a drawing copied with its line-number gutter", () => {
  it("reads the boxes the writer drew, not the gutter's bar as a wall", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(numbered(FIVE_BOXES), plan));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA", "GAMMA"], ["DELTA", "TAKEAWAYS"]]);
    expect(warnings.filter((w) => /stray/.test(w))).toEqual([]);
  });

  it("takes the gutter off only when the numbers count up line by line", () => {
    expect(gutterless(["1 | a", "2 | b", "3 | c"].join("\n"))).toBe("a\nb\nc");
    // Numbers as box text, not counting: the drawing stays as typed.
    const boxes = ["1 | +--+", "1 | |  |", "1 | +--+"].join("\n");
    expect(gutterless(boxes)).toBe(boxes);
    // A line without a number: no gutter.
    const mixed = ["01 │ ┌──┐", "│  │", "03 │ └──┘"].join("\n");
    expect(gutterless(mixed)).toBe(mixed);
  });

  it("reads the fixture's three rows of boxes under its title", async () => {
    const { sheet, warnings } = await readSheet(fixture(GUTTERED));
    expect(titles(sheet)).toEqual([
      ["title"],
      ["HYPERBOLIC PLAYGROUND", "TOKEN AUTOCOMPLETE"],
      ["REGURGITATION", "FEW-SHOT PROMPT", "ASSISTANT PROMPT"],
      ["KEY TAKEAWAYS + 인용"],
    ]);
    expect(ratios(sheet)).toEqual([8, 27, 45, 20]);
    expect(warnings).toEqual([]);
  });
});

describe("the box titled for the quotes", () => {
  const drawn = FIVE_BOXES.map((l) => l.replace("📌 TAKEAWAYS    ", "📌 TAKEAWAYS + 인용"));
  const style = ["# Output Style", "4. **Quotable Insights**:", '   - "Alpha is where it starts"', '   - "Nothing here is said twice"'];
  const stray = (sheet: Sheet): string | undefined => panelsOf(sheet).find((p) => quotes(p).includes("Nothing here is said twice"))?.title;

  it("holds a quote whose words name no panel, rather than the emptiest panel", async () => {
    const { sheet } = await readSheet(promptDoc(drawn, plan, { after: style }));
    expect(stray(sheet)).toBe("TAKEAWAYS + 인용");
    // Without a box titled for quotes it goes where there is most room, never to the summary.
    const { sheet: plain } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: style }));
    expect(stray(plain)).not.toMatch(/TAKEAWAYS/);
  });

  it("leaves a quote about a panel to that panel", async () => {
    const { sheet } = await readSheet(promptDoc(drawn, plan, { after: style }));
    expect(quotes(panel(sheet, /ALPHA/))).toEqual(["Alpha is where it starts"]);
  });

  it("draws the fixture's quote its full panel has no room for in `📌 KEY TAKEAWAYS + 인용`", async () => {
    const { sheet } = await readSheet(fixture(GUTTERED));
    const said = quotes(panel(sheet, /KEY TAKEAWAYS/));
    expect(said).toContain(`그냥 토큰 자동완성기입니다 ("It's just a token autocomplete")`);
    expect(quotes(panel(sheet, /REGURGITATION/))).toEqual([]);
  });
});

describe("row heights given as CSS grid tracks", () => {
  const css = (rows: string): string[] => ["```css", `grid-template-rows: ${rows};`, "```"];

  it("reads one fr track per drawn row as its share", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: css("1fr 5fr 4fr") }));
    expect(ratios(sheet)).toEqual([10, 50, 40]);
    expect(warnings.filter((w) => /ratio|heights/.test(w))).toEqual([]);
  });

  it("gives the title its thin row when the tracks leave it out", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: css("3fr 1fr") }));
    expect(ratios(sheet)).toEqual([10, 68, 23]);
  });

  it("reads a declaration typed in backticks in a sentence", async () => {
    const { sheet } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: ["Rows: `grid-template-rows: 10% 60% 30%`."] }));
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("ignores tracks that give no share (`auto`) and leaves the heights to the drawing", async () => {
    const { warnings } = await readSheet(promptDoc(FIVE_BOXES, plan, { after: css("auto 1fr 1fr") }));
    expect(warnings.some((w) => /no layout ratio table/.test(w))).toBe(true);
  });

  it("keeps the fixture's 3fr / 4fr / 2fr under the title's thin row", async () => {
    const { sheet, warnings } = await readSheet(fixture(CSS_ROWS));
    expect(ratios(sheet)).toEqual([10, 30, 40, 20]);
    expect(titles(sheet)[1]).toEqual(["∑ THE BIG EXPRESSION", "PARAMETERS = KNOBS"]);
    expect(warnings).toEqual([]);
  });
});
