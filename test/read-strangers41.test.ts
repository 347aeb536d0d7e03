// Chapters written by others, read as their writers meant: a dense reinforcement-learning chapter a chat model
// wrote for its user, with a Mermaid flowchart pasted straight into a box of the layout drawing, a box line
// `(python 코드)` telling the designer the plan's code goes there, and a ratio table counting a row's boxes
// without the sidebar that starts in it (`좌우 2칸 (오른쪽 Mind Map 사이드바 시작)`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Mindmap, Sheet } from "../src/model/sheet.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { layoutMindmap } from "../src/blocks/mindmap/layout.js";
import { ENV } from "./diagram-helpers.js";

const RL = "rl-aha-dense-a4-chat-reply-mermaid-in-box";
const path = join(FIXTURES_DIR, "prompts", `${RL}.txt`);
const fixture = (): string => readFileSync(path, "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : []));
const leads = (sheet: Sheet, title: RegExp): string[] => panel(sheet, title).lead.map(richText);

/** A title over 🔁 LOOP, whose box holds the given lines, and 📌 TAKEAWAYS. */
const withLoop = (lines: string[]): string[] => [
  "+------------------------------------------+",
  "| 🍌 TITLE 🍌                              |",
  "+------------------------------------------+",
  "+---------------------------+ +------------+",
  "| 🔁 LOOP                   | | 📌 NOTES   |",
  ...lines.map((l) => `| ${l.padEnd(25)} | |            |`),
  "+---------------------------+ +------------+",
];
const PLAN = ["## 🔁 Loop", "- 한 문제에 풀이 여러 개", "## 📌 Notes", "- 끝"];

describe("a Mermaid flowchart pasted into a box of the drawing", () => {
  const sketch = ["graph LR", "  P[문제] --> S[풀이 15개]", "  S --> C{정답?}", "  C -->|O| T[학습]", "  C -->|X| D[버림]"];

  it("is the box's flowchart: its nodes, shapes and link labels, not lines of text", async () => {
    const { sheet } = await readSheet(promptDoc(withLoop(sketch), PLAN));
    const loop = panel(sheet, /LOOP/);
    const chart = loop.blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind).toBe("flowchart");
    if (chart?.kind !== "flowchart") return;
    expect(chart.direction).toBe("LR");
    expect(chart.nodes.map((n) => `${n.id}:${n.label}:${n.shape}`)).toEqual(["P:문제:rect", "S:풀이 15개:rect", "C:정답?:diamond", "T:학습:rect", "D:버림:rect"]);
    expect(chart.edges.map((e) => `${e.from}>${e.to}${e.label ? `|${e.label}` : ""}`)).toEqual(["P>S", "S>C", "C>T|O", "C>D|X"]);
    expect(JSON.stringify(loop.lead)).not.toMatch(/graph LR|-->/);
  });

  it("stays in its box when the plan has a flowchart of its own", async () => {
    const plan = [...PLAN, "## 📈 Flow", "```mermaid", "flowchart TD", "  A --> B", "```"];
    const { sheet } = await readSheet(promptDoc(withLoop(sketch), plan));
    expect(kinds(panel(sheet, /LOOP/))).toContain("flowchart");
  });

  it("keeps the box's other lines, before and after the sketch, as its text", async () => {
    const { sheet } = await readSheet(promptDoc(withLoop(["정답만 보고 학습", ...sketch.slice(0, 3), "맞은 풀이만 강화"]), PLAN));
    expect(leads(sheet, /LOOP/)).toEqual(["정답만 보고 학습", "맞은 풀이만 강화"]);
  });

  it("leaves a `graph LR` line with no link under it as the box's text", async () => {
    const { sheet } = await readSheet(promptDoc(withLoop(["graph LR", "그래프는 왼쪽에서 오른쪽"]), PLAN));
    expect(kinds(panel(sheet, /LOOP/))).not.toContain("flowchart");
    expect(leads(sheet, /LOOP/)).toContain("graph LR");
  });
});

describe("a box line in brackets naming the code the plan puts there", () => {
  const code = ["## 🔁 Loop", "```python", "def reward(a, b):", "    return 1.0 if a == b else 0.0", "```", "## 📌 Notes", "- 끝"];

  it("is left out once the panel shows the code", async () => {
    const { sheet } = await readSheet(promptDoc(withLoop(["맞으면 1.0", "(python 코드)"]), code));
    expect(kinds(panel(sheet, /LOOP/))).toContain("code");
    expect(leads(sheet, /LOOP/)).toEqual(["맞으면 1.0"]);
  });

  it("stays when the plan gives the box no code", async () => {
    const { sheet } = await readSheet(promptDoc(withLoop(["맞으면 1.0", "(python 코드)"]), PLAN));
    expect(leads(sheet, /LOOP/)).toContain("(python 코드)");
  });
});

describe("a ratio table counting a row's boxes without the sidebar that starts in it", () => {
  const drawing = [
    "+------------------------------------------------+",
    "| 🍌 TITLE 🍌                                    |",
    "+------------------------------------------------+",
    "+--------------+ +--------------+ +--------------+",
    "| 🅰️ ALPHA     | | 🅱️ BETA      | | 🗺️ SIDE      |",
    "| a words      | | b words      | | s words      |",
    "+--------------+ +--------------+ |              |",
    "+-------------------------------+ |              |",
    "| 🅲 GAMMA                      | |              |",
    "| g words                       | |              |",
    "+-------------------------------+ +--------------+",
  ];
  const table = (note: string): string[] => ["", "| 영역 | 비율 | 배치 |", "|---|---|---|", "| 상단 | 10% | 전체 |", `| 2행 | 40% | ${note} |`, "| 3행 | 50% | 전체 |", ""];
  const plan = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 🗺️ Side", "- three", "## 🅲 Gamma", "- four"];

  it("reads the count as the boxes beside the sidebar, when the note names it, and says nothing", async () => {
    const { sheet, warnings } = await readSheet(promptDoc(drawing, plan, { after: table("좌우 2칸 (오른쪽 사이드바 시작)") }));
    expect(titles(sheet)[1]).toEqual(["ALPHA", "BETA", "SIDE"]);
    expect(warnings.join("\n")).not.toMatch(/asks for 2 panels/);
  });

  it("still warns when the note names no sidebar", async () => {
    const { warnings } = await readSheet(promptDoc(drawing, plan, { after: table("좌우 2칸") }));
    expect(warnings.join("\n")).toMatch(/the ratio table asks for 2 panels in this row but the diagram row at line \d+ has 3/);
  });
});

describe("a mind map in a tall, narrow sidebar on a page that overflows after every rescue", () => {
  const sidebar = { width: 200, height: 420 };
  const leaf = (label: string) => ({ label, children: [] });
  const branch = (label: string, leaves: string[]) => ({ label, children: leaves.map(leaf) });
  const map = (): Mindmap => ({
    kind: "mindmap",
    root: { label: "Reinforcement Learning", children: [branch("교과서 비유", ["설명 = pretraining", "예제 = SFT", "연습 문제 = RL"]), branch("Guess and check", ["풀이 15개", "정답과 비교", "맞은 풀이로 학습"]), branch("DeepSeek-R1", ["정확도 상승", "응답 길이 증가", "Aha moment"]), branch("AlphaGo", ["Move 37", "사람을 넘어섬"])] },
  });

  it("is written stacked, branch under branch, within the box's width", () => {
    const radial = layoutMindmap(map(), { ...ENV, tight: true }, sidebar);
    expect(radial.width).toBeGreaterThan(sidebar.width);
    const stacked = layoutMindmap(map(), { ...ENV, tight: true, mapStack: true }, sidebar);
    expect(stacked.width).toBeLessThanOrEqual(sidebar.width + 0.5);
    // The root on top, every branch under it.
    const root = stacked.nodes!.find((n) => n.id === "root")!;
    expect(stacked.nodes!.filter((n) => n.id !== "root").every((n) => n.box.y >= root.box.y + root.box.height - 0.5)).toBe(true);
  });

  it("stays radial where the radial map fits the box", () => {
    const wide = { width: 900, height: 420 };
    const a = layoutMindmap(map(), { ...ENV, tight: true }, wide);
    const b = layoutMindmap(map(), { ...ENV, tight: true, mapStack: true }, wide);
    expect(b.marks).toEqual(a.marks);
  });

  it("keeps the fixture's sidebar map inside its panel", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const laid = layoutSheet(sheet, { page: "a4" });
    const side = laid.panels.find((p) => p.title === "RL MIND MAP")!;
    const map = side.blocks.find((b) => b.kind === "mindmap")!;
    expect(map.box.x + map.box.width).toBeLessThanOrEqual(side.box.x + side.box.width);
  });
});

describe(`the fixture ${RL}`, () => {
  it("reads the chat model's prompt as its writer meant: rows, titles, heights", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: path });
    expect(titles(sheet)).toEqual([
      ["title"],
      ["TEXTBOOK 비유 & KEY TERMS", "EMILY의 사과 문제", "RL MIND MAP"],
      ["RL LOOP (guess & check)", "REWARD = 정답 체크"],
      ["DEEPSEEK-R1", "AHA MOMENT", "SFT vs RL", "MOVE 37", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 26, 28, 38]);
    expect(warnings).toEqual([]);
  });

  it("draws the flowchart pasted into the RL LOOP box, and each plan section where its emoji says", async () => {
    const { sheet } = await readSheet(fixture(), { file: path });
    const loop = panel(sheet, /^RL LOOP/);
    const chart = loop.blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" && chart.nodes.map((n) => n.label)).toEqual(["문제 1개", "풀이 15개 샘플", "정답?", "그 풀이로 학습", "버림"]);
    expect(kinds(panel(sheet, /^RL MIND MAP/))).toContain("mindmap");
    expect(kinds(panel(sheet, /^TEXTBOOK/))).toContain("table");
    expect(kinds(panel(sheet, /^REWARD/))).toContain("code");
    expect(leads(sheet, /^REWARD/)).not.toContain("(python 코드)");
    expect(kinds(panel(sheet, /^DEEPSEEK/))).toContain("flowchart");
    expect(kinds(panel(sheet, /^SFT vs RL/))).toEqual(["table"]);
  });

  it("draws each of the four listed quotes in the panel it is about", async () => {
    const read = (await readSheet(fixture(), { file: path })).sheet;
    const sheet = layoutSheet(read, { page: "a4" }).sheet ?? read;
    expect(quotes(panel(sheet, /^RL LOOP/).blocks)).toEqual(["The model needs to discover for itself what token sequences reliably get to the answer."]);
    expect(quotes(panel(sheet, /^AHA MOMENT/).blocks)).toEqual(["Wait, wait. Wait. That's an aha moment I can flag here."]);
    expect(quotes(panel(sheet, /^DEEPSEEK/).blocks)).toEqual(["The responses get longer because the model learns that thinking more gets it to the correct answer."]);
    expect(quotes(panel(sheet, /^MOVE 37/).blocks)).toEqual(["Move 37 was a move that no human would play, but in retrospect it was brilliant."]);
  });
});
