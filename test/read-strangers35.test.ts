// Chapters written by others, read as their writers meant: a knowledge-of-self chapter whose layout was exported
// from a design tool (each panel a frame with pixel coordinates, the page size in px, no drawing at all), and a
// GPT-2 training chapter whose plan asks for pictures (a Markdown image pasted alone, an HTML `<img>`,
// `[이미지: …]`, `📷 […]`, `(insert screenshot of … here)`) among its sections.
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/model/block-text.js";
import { placeholderCaption } from "../src/read/prompt/pictures.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const widths = (sheet: Sheet, row: number): number[] => {
  const r = sheet.rows[row]!;
  return r.kind === "panels" ? r.panels.map((p) => p.width ?? 0) : [];
};
const everything = (sheet: Sheet): string => JSON.stringify(panelsOf(sheet).map((p) => [p.lead, p.blocks]));

const SELF = "knowledge-of-self-figma-frames-px";
const GPT2 = "gpt2-training-gpus-image-placeholders";

const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- three"];
const framesDoc = (frames: string[], plan = PLAN): string => ["# Layout", "Canvas: 1000 × 800 px", "", ...frames, "", "# Output Structure Plan", ...plan, ""].join("\n");

describe("a layout exported from a design tool as frames with pixel coordinates", () => {
  const forms: [string, (name: string, x: number, y: number, w: number, h: number) => string][] = [
    ["Frame \"…\" — x: 0, y: 0, w: …", (n, x, y, w, h) => `Frame "${n}" — x: ${x}, y: ${y}, w: ${w}, h: ${h}`],
    ["Figma's X 0 Y 0 W … H …", (n, x, y, w, h) => `- ${n}   X ${x}  Y ${y}  W ${w}  H ${h}`],
    ["CSS's left/top/width/height in px", (n, x, y, w, h) => `${n}: left: ${x}px; top: ${y}px; width: ${w}px; height: ${h}px;`],
    ["(x, y) w×h", (n, x, y, w, h) => `${n} @ (${x}, ${y}) ${w}×${h}`],
  ];
  for (const [name, line] of forms) {
    it(`reads ${name} into rows, widths and heights`, async () => {
      const frames = [line("🍌 TITLE 🍌", 0, 0, 1000, 80), line("🅰️ ALPHA", 20, 100, 580, 400), line("🅱️ BETA", 620, 100, 360, 400), line("📌 TAKEAWAYS", 20, 520, 960, 240)];
      const { sheet, warnings } = await readSheet(framesDoc(frames));
      expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
      expect(ratios(sheet)).toEqual([11, 56, 33]);
      const [a, b] = widths(sheet, 1);
      expect(a! / b!).toBeCloseTo(580 / 360, 1);
      expect(warnings.filter((w) => /no box diagram|default layout|row heights/.test(w))).toEqual([]);
    });
  }

  it("runs a frame reaching past the next row's top down through it, as a sidebar", async () => {
    const { sheet } = await readSheet(
      framesDoc(['Frame "🍌 TITLE 🍌" x: 0, y: 0, w: 1000, h: 80', 'Frame "🅰️ ALPHA" x: 20, y: 100, w: 640, h: 300', 'Frame "🅱️ BETA" x: 680, y: 100, w: 300, h: 680', 'Frame "📌 TAKEAWAYS" x: 20, y: 420, w: 640, h: 360']),
    );
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /BETA/).rowSpan).toBe(2);
  });

  it("takes a frame holding all the others for the page, and the child layers under a frame for its lines", async () => {
    const { sheet } = await readSheet(
      framesDoc([
        'Frame "Cheat sheet" — x: 0, y: 0, w: 1000, h: 800',
        '  Frame "🍌 TITLE 🍌" — x: 0, y: 0, w: 1000, h: 80',
        '  Frame "🅰️ ALPHA" — x: 20, y: 100, w: 470, h: 400',
        '    ↳ Text "alpha words here"',
        '  Frame "🅱️ BETA" — x: 510, y: 100, w: 470, h: 400',
        '  Frame "📌 TAKEAWAYS" — x: 20, y: 520, w: 960, h: 260',
      ]),
    );
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /ALPHA/).lead.map(richText)).toEqual(["alpha words here"]);
  });

  it("reads a table of frames with x, y, w and h columns", async () => {
    const table = ["| Frame | x | y | w | h |", "|---|---|---|---|---|", "| 🍌 TITLE 🍌 | 0 | 0 | 1000 | 100 |", "| 🅰️ ALPHA | 0 | 120 | 700 | 420 |", "| 🅱️ BETA | 720 | 120 | 280 | 420 |", "| 📌 TAKEAWAYS | 0 | 560 | 1000 | 240 |"];
    const { sheet } = await readSheet(framesDoc(table));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(ratios(sheet)).toEqual([13, 55, 32]);
  });

  it("reads a plugin's JSON export: a frame's text children its lines, a default name giving way to its first text", async () => {
    const json = [
      "```json",
      '{ "name": "Page 1", "x": 0, "y": 0, "width": 1000, "height": 800, "children": [',
      '  { "name": "🍌 TITLE 🍌", "x": 0, "y": 0, "width": 1000, "height": 100 },',
      '  { "name": "🅰️ ALPHA", "x": 20, "y": 120, "width": 600, "height": 400,',
      '    "children": [ { "type": "TEXT", "name": "body", "x": 40, "y": 180, "width": 500, "height": 40, "characters": "alpha words here" } ] },',
      '  { "name": "Frame 12", "x": 640, "y": 120, "width": 340, "height": 400,',
      '    "children": [ { "type": "TEXT", "characters": "🅱️ BETA" } ] },',
      '  { "name": "📌 TAKEAWAYS", "x": 20, "y": 540, "width": 960, "height": 240 }',
      "] }",
      "```",
    ];
    const { sheet } = await readSheet(framesDoc(json));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /ALPHA/).lead.map(richText)).toEqual(["alpha words here"]);
    expect(ratios(sheet)).toEqual([14, 54, 32]);
  });

  it("takes a frame listed inside another, with its own coordinates, for a line of it", async () => {
    const { sheet } = await readSheet(
      framesDoc(['Frame "🍌 TITLE 🍌" — x: 0, y: 0, w: 1000, h: 80', 'Frame "🅰️ ALPHA" — x: 20, y: 100, w: 470, h: 400', 'Text "a note in alpha" — x: 40, y: 200, w: 300, h: 30', 'Frame "🅱️ BETA" — x: 510, y: 100, w: 470, h: 400', 'Frame "📌 TAKEAWAYS" — x: 20, y: 520, w: 960, h: 260']),
    );
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
    expect(panel(sheet, /ALPHA/).lead.map(richText)).toEqual(["a note in alpha"]);
  });

  it("leaves a layout with only a coordinate or two in its words to the other readers", async () => {
    const { sheet } = await readSheet(promptDoc(TWO_BOXES, PLAN, { after: ["The title sits at y: 0, x: 0 (w: full, h: 80)."] }));
    expect(titles(sheet)).toEqual([["title"], ["ALPHA", "BETA"], ["TAKEAWAYS"]]);
  });

  it("reads the knowledge-of-self chapter's seven frames: its rows, the sidebar down three of them, widths and heights", async () => {
    const { sheet, warnings } = await readSheet(fixture(SELF));
    expect(titles(sheet)).toEqual([["title"], ["WHO ARE YOU?", "TOKEN TUMBLER", "KARPATHY SAYS"], ["HOW DEVS HARDCODE IDENTITY"], ["OLMo EXAMPLE", "TAKEAWAYS"]]);
    // The frames' own heights (124, 392, 372, 248 px), not the gaps between them.
    expect(ratios(sheet)).toEqual([11, 35, 33, 22]);
    expect(panel(sheet, /KARPATHY SAYS/).rowSpan).toBe(3);
    const [who, tumbler, says] = widths(sheet, 1);
    expect(who).toBe(tumbler);
    expect(says! / who!).toBeCloseTo(342 / 650, 1);
    expect(panel(sheet, /TOKEN TUMBLER/).lead.map(richText)).toEqual(["부팅 → 토큰 처리 → 꺼짐", "지속되는 자아 없음"]);
    expect(warnings).toEqual([]);
  });
});

describe("a plan line that only holds a picture's place", () => {
  it("tells the caption of each placeholder form, and leaves lines that say more alone", () => {
    expect(placeholderCaption("[이미지: 데이터센터 랙 아이콘]")).toBe("데이터센터 랙 아이콘");
    expect(placeholderCaption("📷 [Lambda 대시보드 스크린샷]")).toBe("Lambda 대시보드 스크린샷");
    expect(placeholderCaption("[ 📷 H100 GPU 사진 ]")).toBe("H100 GPU 사진");
    expect(placeholderCaption("(insert screenshot of tiktokenizer here)")).toBe("insert screenshot of tiktokenizer here");
    expect(placeholderCaption("(여기에 loss 그래프 캡처 삽입)")).toBe("여기에 loss 그래프 캡처 삽입");
    for (const line of ["(see the table above)", "[참고] 위 그래프는 예시입니다", "(그래프는 나중에 설명)", "[GPT-2] 1.6B params", "📷 사진은 없어도 됨"]) expect(placeholderCaption(line), line).toBeUndefined();
  });

  const plan = [
    "## 🅰️ Alpha",
    "- one",
    "",
    "![H100 사진](h100.png)",
    "",
    "[이미지: 데이터센터 아이콘]",
    "",
    "## 🅱️ Beta",
    "- two",
    "",
    '<img src="chart.png" alt="Nvidia chart" width="300">',
    "",
    "(insert screenshot of the loss curve here)",
    "",
    "- three ![inline pic](p.png) words",
    "## 📌 Takeaways",
    "- three",
  ];

  it("is left out, each with a warning naming its line, while an image inside a sentence keeps its alt text", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, plan));
    const all = everything(sheet);
    for (const gone of ["H100 사진", "데이터센터 아이콘", "Nvidia chart", "loss curve"]) expect(all).not.toContain(gone);
    expect(all).toContain("inline pic");
    expect(kinds(panel(sheet, /ALPHA/))).toEqual(["bullets"]);
    const lines = (re: RegExp): number[] => warnings.filter((w) => re.test(w)).map((w) => Number(/^line (\d+)/.exec(w)![1])).sort((x, y) => x - y);
    // promptDoc puts the plan after the drawing's fence and its heading: the plan's first line is line 15.
    expect(lines(/H100 사진|데이터센터 아이콘|Nvidia chart|loss curve/)).toEqual([18, 20, 25, 27]);
    expect(warnings.filter((w) => /raw HTML/.test(w))).toEqual([]);
  });

  it("takes a list item that only holds a picture out of its list, at any depth, and a list of nothing else away", async () => {
    const items = ["## 🅰️ Alpha", "- one", "  - 📷 [xAI 데이터센터 사진]", "- ![GPU](gpu.png)", "## 🅱️ Beta", "- [이미지: 랙]", "- (insert screenshot of the loss curve here)", "## 📌 Takeaways", "- three"];
    const { sheet, warnings } = await readSheet(promptDoc(TWO_BOXES, items));
    expect(panel(sheet, /ALPHA/).blocks).toEqual([expect.objectContaining({ kind: "bullets", items: [[{ text: "one" }]] })]);
    expect(panel(sheet, /BETA/).blocks).toEqual([]);
    expect(warnings.filter((w) => /image is not drawn|holds the place of a picture/.test(w))).toHaveLength(4);
    expect(warnings.filter((w) => /alt text "GPU"/.test(w))).toHaveLength(1);
  });

  it("drops a box line of pictures joined by arrows, and keeps one of words in brackets", async () => {
    const drawing = (line: string): string[] => TWO_BOXES.map((l) => (l.includes("a words") ? `| ${line.padEnd(19)}| | b words           |` : l));
    const pictures = await readSheet(promptDoc(drawing("[📷 GPU] → [🏢 DC]"), PLAN));
    expect(panel(pictures.sheet, /ALPHA/).lead).toEqual([]);
    const words = await readSheet(promptDoc(drawing("[GPU] → [DC]"), PLAN));
    expect(panel(words.sheet, /ALPHA/).lead.map(richText)).toEqual(["[GPU] → [DC]"]);
  });

  it("keeps the GPT-2 chapter's sections whole around its seven pictures, none of their captions drawn", async () => {
    const { sheet, warnings } = await readSheet(fixture(GPT2));
    const all = everything(sheet);
    for (const gone of ["논문 첫 페이지", "노드 사진", "대시보드 스크린샷", "랙 아이콘", "주가 그래프", "insert screenshot", "H100 GPU 사진", "Colossus"]) expect(all).not.toContain(gone);
    expect(kinds(panel(sheet, /THE COMPUTE/))).toEqual(["bullets", "flowchart", "bullets"]);
    expect(kinds(panel(sheet, /TRAINING LOOP/))).toEqual(["flowchart", "bullets"]);
    expect(warnings.filter((w) => /image is not drawn|holds the place of a picture/.test(w))).toHaveLength(7);
  });
});

describe("a quotable insight the plan quotes again with another translation", () => {
  it("is drawn once, as the plan has it", async () => {
    const doc = [
      "# Output Style",
      "4. **Quotable Insights**:",
      '   - "It is going to probably say it is ChatGPT by OpenAI" (아마 자기가 ChatGPT라고 할 것이다)',
      ...promptDoc(TWO_BOXES, [...PLAN, "## 💬 Quotes", '> "It is going to probably say it is ChatGPT by OpenAI."', "> — 가장 흔한 이름을 댄다"]).split("\n"),
    ].join("\n");
    const { sheet } = await readSheet(doc);
    const quotes = panelsOf(sheet).flatMap((p) => p.blocks).filter((b) => b.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(JSON.stringify(quotes[0])).toContain("가장 흔한 이름");
  });

  it("leaves the knowledge-of-self chapter three quotes, not four", async () => {
    const { sheet } = await readSheet(fixture(SELF));
    expect(kinds(panel(sheet, /KARPATHY SAYS/))).toEqual(["quote", "quote", "quote"]);
  });
});

describe("a dash line under a quote in the other language", () => {
  const read = async (lines: string[]) => {
    const { sheet } = await readSheet(promptDoc(["+-------+", "| 💬 명언 |", "+-------+"], ["## 💬 명언", ...lines]));
    return panelsOf(sheet).flatMap((p) => p.blocks).filter((b) => b.kind === "quote");
  };

  it("glosses it when it closes a sentence (`— 골드 러시다`), however short", async () => {
    const [q] = await read(['> "It\'s a gold rush."', "> — 골드 러시다"]);
    expect(q?.kind === "quote" && q.cite).toBeFalsy();
    expect(q?.kind === "quote" && richText(q.text)).toContain("골드 러시다");
  });

  it("signs it when it is a name (`— 카파시`)", async () => {
    const [q] = await read(['> "Models need tokens to think."', "> — 카파시"]);
    expect(q?.kind === "quote" && q.cite).toBe("카파시");
  });

  it("draws the GPT-2 chapter's three quotes each with its translation, none signed by it", async () => {
    const { sheet } = await readSheet(fixture(GPT2));
    const quotes = panel(sheet, /KARPATHY SAYS/).blocks.filter((b) => b.kind === "quote");
    expect(quotes.map((q) => (q.kind === "quote" ? q.cite ?? "" : ""))).not.toContain("골드 러시다");
    expect(quotes.some((q) => q.kind === "quote" && /gold rush.*골드 러시다/.test(richText(q.text)))).toBe(true);
  });
});
