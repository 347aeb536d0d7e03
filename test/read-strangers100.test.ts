// Chapters written by others, read as their writers meant: a Llama 3 base-model chapter whose layout is a picture
// of a hand sketch (`![레이아웃 스케치](./sketch-ch8.png)`, or Obsidian's `![[…]]`, or an HTML `<img>`), with an
// italic caption under it and a paragraph for when the picture does not show, in Korean sentences: `맨 위는 제목
// 띠(10%), 가운데 줄(55%)은 세 칸인데 왼쪽 "🦙 …" 칸이 제일 넓게(절반 정도), 가운데는 "🗜️ …", …`.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { InputError } from "../src/errors.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "base-model-llama3-sketch-image-caption-fallback";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet, row: number): (number | undefined)[] => {
  const r = sheet.rows[row]!;
  return r.kind === "panels" ? r.panels.map((p) => p.width) : [];
};
const PLAN = ["## 1. 🅰️ Alpha", "- one", "## 2. 🅱️ Beta", "- two", "## 3. 🆎 Gamma", "- three", "## 4. 📌 Takeaways", "- four"];
const words = (layout: string[]): string => promptDoc(layout, PLAN, { fenced: false });
const ROWS = '맨 위는 제목 띠(10%), 가운데 줄(60%)은 세 칸인데 왼쪽 "🅰️ Alpha", 가운데는 "🅱️ Beta", 오른쪽은 "🆎 Gamma". 맨 아래 줄(30%)은 "📌 Takeaways".';

describe("a layout given as a picture of a sketch, with words describing it", () => {
  const sketch = (image: string): string[] => [image, "*위: 제목 / 가운데: 3칸 / 아래: 정리*", "", `사진이 안 보이면: ${ROWS}`, "", "※ 스케치는 대충 그린 거예요."];

  for (const image of ["![레이아웃 스케치](./sketch.png)", "![[sketch.png|400]]", '<img src="./sketch.png" alt="레이아웃 스케치" width="600">']) {
    it(`reads the rows from the fullest description beside ${image.slice(0, 12)}…, warning once that the picture is not read`, async () => {
      const { sheet, warnings } = await readSheet(words(sketch(image)));
      expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Takeaways"]]);
      expect(ratios(sheet)).toEqual([10, 60, 30]);
      expect(warnings.filter((w) => /sketch|image|picture|HTML/i.test(w))).toEqual([
        `line 2: the layout sketch image "${image.includes("[[") ? "sketch.png" : "./sketch.png"}" is not read; the layout is taken from its description on line 5`,
      ]);
      expect(warnings.join("\n")).not.toMatch(/no box diagram|default layout/);
    });
  }

  it("takes the alt text when it is the only description", async () => {
    const { sheet, warnings } = await readSheet(words([`![${ROWS.replace(/"/g, "")}](sketch.png)`]));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Takeaways"]]);
    expect(warnings[0]).toBe('line 2: the layout sketch image "sketch.png" is not read; the layout is taken from its description on line 2');
  });

  it("says so when no words describe the picture, and lays the plan out by default", async () => {
    const { sheet, warnings } = await readSheet(words(["![](sketch.png)", "", "대충 이런 느낌으로!"]));
    expect(titles(sheet).length).toBeGreaterThan(1);
    expect(warnings.join("\n")).toMatch(/^line 2: the layout sketch image "sketch.png" is not read, and no words beside it describe its rows$/m);
  });

  it("leaves a picture beside a drawn layout alone", async () => {
    const drawn = ["![sketch](s.png)", "```", "┌──────────────┐", "│ 🍌 TITLE     │", "└──────────────┘", "┌──────┐ ┌─────┐", "│ 🅰️ A │ │ 🅱️ B │", "└──────┘ └─────┘", "```"];
    const { warnings } = await readSheet(promptDoc(drawn, PLAN.slice(0, 4), { fenced: false }));
    expect(warnings.join("\n")).not.toMatch(/sketch image/);
  });

  it("answers a hostile description of thousands of lines, with a sheet or one typed error", async () => {
    const many = Array.from({ length: 2000 }, (_, k) => (k % 2 ? "" : `가운데 줄(1%)은 왼쪽 "🅰️ A${k}", 가운데는 "🅱️ B", 오른쪽은 "🆎 C", 맨 아래는 ${"\"".repeat(50)}`));
    const outcome = await readSheet(words(["![](s.png)", ...many])).then(() => "read", (e: unknown) => (e instanceof InputError ? "refused" : String(e)));
    expect(outcome).toMatch(/^(read|refused)$/);
  });
});

describe("rows said in Korean sentences", () => {
  it("reads a row head with its particle (`맨 위는`, `가운데 줄(60%)은`) and rows cut at a comma before one", async () => {
    const { sheet } = await readSheet(words([ROWS]));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Takeaways"]]);
    expect(ratios(sheet)).toEqual([10, 60, 30]);
  });

  it("keeps a bare place after a comma as the row's box, not a row", async () => {
    const { sheet } = await readSheet(words(['맨 위: 제목 (10%)', '2행 (60%): 왼쪽 🅰️ Alpha, 가운데 🅱️ Beta, 오른쪽 🆎 Gamma', '맨 아래 (30%): 📌 Takeaways']));
    expect(titles(sheet)).toEqual([["title"], ["Alpha", "Beta", "Gamma"], ["Takeaways"]]);
  });

  it("takes a quoted title after its place word whole (`가운데는 \"🅱️ Beta\"`), not the words between two quotes", async () => {
    const { sheet } = await readSheet(words(['맨 위: 제목 (10%)', '2행 (60%): 왼쪽 "🅰️ Alpha", 가운데는 "🅱️ Beta", 오른쪽은 "🆎 Gamma"', '3행 (30%): "📌 Takeaways"']));
    expect(titles(sheet)[1]).toEqual(["Alpha", "Beta", "Gamma"]);
  });

  it("reads a box said to take half its row (`(절반 정도)`) and the count before it (`세 칸인데`)", async () => {
    const { sheet } = await readSheet(words(['맨 위: 제목 (10%)', '2행 (60%)은 세 칸인데 왼쪽 "🅰️ Alpha" 칸이 제일 넓게(절반 정도), 가운데는 "🅱️ Beta", 오른쪽은 "🆎 Gamma"', '3행 (30%): "📌 Takeaways"']));
    expect(titles(sheet)[1]).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(widths(sheet, 1).map((w) => Math.round((w ?? 0) * 100))).toEqual([50, 25, 25]);
  });
});

describe(NAME, () => {
  it("reads the fixture as its writer meant", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(sheet.meta.title).toBe("Base Model in the Wild: Llama 3");
    expect(titles(sheet)).toEqual([["title"], ["Llama 3 = 문서 시뮬레이터", "손실 압축된 인터넷", "Few-shot & 어시스턴트 흉내"], ["핵심 정리", "인용"]]);
    expect(ratios(sheet)).toEqual([10, 55, 35]);
    expect(widths(sheet, 1).map((w) => Math.round((w ?? 0) * 100))).toEqual([50, 25, 25]);
    expect(kinds(panel(sheet, /^Llama 3 =/))).toEqual(["bullets", "flowchart", "table"]);
    expect(kinds(panel(sheet, /^인용/))).toEqual(["quote", "quote", "quote"]);
    expect(warnings).toEqual(['line 31: the layout sketch image "./sketch-ch8.png" is not read; the layout is taken from its description on line 34']);
  });
});
