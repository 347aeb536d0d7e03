// Chapters laid out without a box drawing, or drawn with fewer characters than ours: `Row N: [A] [B]` lines, a
// bulleted list of rows, a Markdown table of boxes, `|`/`-` lines with no corners; and the plan quirks that
// came with them (①②③ takeaways, a section that is only a chain, quotes as `> "…" — Karpathy` blocks or said
// in the plan's own running text).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { panelsOf, type Block, type Panel, type Sheet } from "../src/model/sheet.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const shape = (sheet: Sheet) =>
  sheet.rows.map((r) => (r.kind === "title" ? ["title", r.ratio] : [r.panels.map((p) => [p.emoji ? `${p.emoji} ${p.title}` : p.title, p.width ?? null]), r.ratio]));
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
const quotes = (sheet: Sheet): string[] => panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : [])));
const lineOf = (doc: string, needle: string): number => doc.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("a layout written as `Row N: [A] [B]` lines", () => {
  const doc = fixture("introduction-row-list");
  const { sheet, warnings } = readPromptDocument(doc);

  it("gives each bracket a panel, the stated heights and the 2:1:1 widths of row 4", () => {
    expect(shape(sheet)).toEqual([
      ["title", 10],
      // Each title's emoji, written after it, is the panel's emoji (drawn before it, like the others').
      [[["💬 What's Behind the Text Box?", null], ["👥 Who Is This For?", null]], 25],
      [[["🏭 How ChatGPT Gets Built", null]], 35],
      [[["⚖️ Good At / Bad At", 0.5], ["⚠️ Sharp Edges", 0.25], ["📌 Takeaways", 0.25]], 30],
    ]);
    expect(warnings.filter((w) => /layout/i.test(w))).toEqual([]);
  });

  it("without stated heights gives the title 10% and the widest-marked row more, saying so on the layout's line", () => {
    const bare = doc.replace("Row heights: 10% / 25% / 35% / 30%. Row 4 widths = 2:1:1.", "");
    const read = readPromptDocument(bare);
    expect(read.sheet.rows.map((r) => r.ratio)).toEqual([10, 24, 42, 24]);
    expect(read.warnings).toEqual([`line ${lineOf(bare, "Row 1:")}: the layout gives no row heights: the title row gets 10% and the other rows share the rest, a row marked widest more (10% + 24% + 42% + 24%)`]);
  });

  it("reads `1. 1행 (25%): [A] | [B] — 2:1` lines, each row's share and widths on its own line", () => {
    const rows = doc
      .replace(/Row 1: .*\n/, "1. 1행 (10%): [🍌 NANO BANANA CHEAT SHEET: INTRODUCTION 🍌]\n")
      .replace(/Row 2: .*\n/, "2. 2행 (25%): [What's Behind the Text Box? 💬] | [Who Is This For? 👥]\n")
      .replace(/Row 3: .*\n/, "3. 3행 (35%): [How ChatGPT Gets Built 🏭]\n")
      .replace(/Row 4: .*\n/, "4. 4행 (30%): [Good At / Bad At ⚖️] | [Sharp Edges ⚠️] | [Takeaways 📌] — 2:1:1\n")
      .replace("Row heights: 10% / 25% / 35% / 30%. Row 4 widths = 2:1:1.", "");
    const read = readPromptDocument(rows);
    expect(shape(read.sheet)).toEqual(shape(sheet));
    expect(read.warnings).toEqual([]);
  });

  it("says so when the stated heights do not match the rows, and shares the page as if none were given", () => {
    const three = doc.replace("Row heights: 10% / 25% / 35% / 30%.", "Row heights: 10% / 25% / 35%.");
    const read = readPromptDocument(three);
    expect(read.warnings[0]).toBe(`line ${lineOf(three, "Row heights:")}: 3 row heights for the layout's 4 rows; they are not used`);
    expect(read.sheet.rows.map((r) => r.ratio)).toEqual([10, 24, 42, 24]);
  });

  it("takes the title row's banner and, under it, its tagline from the first bracket", () => {
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: INTRODUCTION 🍌");
    expect(sheet.meta.tagline).toBe("LLM을 처음 만나는 사람을 위한 지도");
  });

  it("reads ①②③ lines as the numbered takeaways, marks dropped and bold kept", () => {
    const list = panel(sheet, /Takeaways/).blocks.find((b): b is Extract<Block, { kind: "bullets" }> => b.kind === "bullets");
    expect(list?.style).toBe("takeaways");
    expect(list?.items.map(richText)).toEqual(["LLM은 마법이 아니라 만들어진 파이프라인의 결과", "좋은 mental model이 있으면 더 잘 쓸 수 있다", "강점과 sharp edges를 함께 알아 두기"]);
    expect(list?.items[0]?.some((s) => s.bold && s.text === "만들어진 파이프라인")).toBe(true);
  });

  it("draws a section that is only a chain as its chart, and no second chart from the style's request", () => {
    const flows = panelsOf(sheet).flatMap((p) => p.blocks.filter((b): b is Extract<Block, { kind: "flowchart" }> => b.kind === "flowchart").map((b) => [p.title, b.nodes.map((n) => n.label)]));
    expect(flows).toEqual([["How ChatGPT Gets Built", ["Pretraining", "SFT", "Reinforcement Learning", "ChatGPT"]]]);
  });
});

describe("a layout written as a bulleted list of rows", () => {
  const { sheet, warnings } = readPromptDocument(fixture("pretraining-to-post-bulleted"));

  it("reads 왼쪽/오른쪽 items and `A · B` as boxes, the title's 부제 and 1 : 3 : 4 : 2 as heights", () => {
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [[["🌐 Base Model = Document Simulator", null], ["💬 What We Want = Assistant", null]], 30],
      [[["🔀 Two Stages", null]], 40],
      [[["💸 Cost", null], ["📌 Takeaways", null]], 20],
    ]);
    expect(sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: PRETRAINING → POST-TRAINING 🍌");
    expect(sheet.meta.tagline).toBe("문서 시뮬레이터에서 assistant로");
    expect(warnings.filter((w) => /layout/i.test(w))).toEqual([]);
  });

  const rewrite = (layout: string[]): string => {
    const doc = fixture("pretraining-to-post-bulleted");
    return `${doc.slice(0, doc.indexOf("대충 이런 느낌으로"))}${layout.join("\n")}\n\n${doc.slice(doc.indexOf("# Output Style"))}`;
  };
  const same = (doc: string) => {
    const read = readPromptDocument(doc);
    expect(shape(read.sheet)).toEqual(shape(sheet));
    expect(read.warnings.filter((w) => !/mermaid block was not parsed|asks for a mind map/.test(w))).toEqual([]);
  };

  it("reads `### Row 2 (30%)` headings with the boxes listed under each", () => {
    same(rewrite(["### Row 1 (10%)", "- 🍌 NANO BANANA CHEAT SHEET: PRETRAINING → POST-TRAINING 🍌", "", "### Row 2 (30%)", "- 🌐 Base Model = Document Simulator", "- 💬 What We Want = Assistant", "", "### Row 3 (40%, biggest)", "- 🔀 Two Stages (mind map)", "", "### Row 4", "- 💸 Cost", "- 📌 Takeaways", "- 20%"]));
  });

  it("reads an English list: Top row / Second row with Left: and Right: under it / Bottom row: A · B", () => {
    same(rewrite(["- Top row: 🍌 NANO BANANA CHEAT SHEET: PRETRAINING → POST-TRAINING 🍌", "  - Subtitle: 문서 시뮬레이터에서 assistant로", "- Second row:", "  - Left: 🌐 Base Model = Document Simulator", "  - Right: 💬 What We Want = Assistant", "- Third row (biggest): 🔀 Two Stages (mind map)", "- Bottom row: 💸 Cost · 📌 Takeaways", "", "Heights roughly 1 : 3 : 4 : 2."]));
  });

  it("keeps a subtitle under a banner without emoji as its tagline, not more banner", () => {
    const doc = rewrite(["- Top row: NANO BANANA CHEAT SHEET: PRETRAINING → POST-TRAINING", "  - Subtitle: 문서 시뮬레이터에서 assistant로", "- Second row:", "  - Left: 🌐 Base Model = Document Simulator", "  - Right: 💬 What We Want = Assistant", "- Third row (biggest): 🔀 Two Stages (mind map)", "- Bottom row: 💸 Cost · 📌 Takeaways", "", "Heights roughly 1 : 3 : 4 : 2."]);
    const { meta } = readPromptDocument(doc).sheet;
    expect([meta.banner, meta.tagline]).toEqual(["NANO BANANA CHEAT SHEET: PRETRAINING → POST-TRAINING", "문서 시뮬레이터에서 assistant로"]);
  });

  it("puts the pasted mind map in the widest row's panel", async () => {
    const { sheet: parsed } = await readPromptDocumentAsync(fixture("pretraining-to-post-bulleted"));
    expect(panel(parsed, /Two Stages/).blocks.map((b) => b.kind)).toEqual(["mindmap"]);
  });
});

describe("a layout written as a Markdown table of boxes", () => {
  const doc = fixture("rl-practice-table-layout");

  it("makes each filled cell a box, an empty cell widening the one on its left, with the 높이 column's heights", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc);
    expect(shape(sheet)).toEqual([
      ["title", 10],
      [[["🍎 연습문제 하나", null], ["🧮 같은 답, 다른 풀이", null], ["🤔 라벨러는 모른다", null]], 27],
      [[["🔁 여러 번 풀고 맞은 것만 강화", null]], 38],
      [[["📚 교과서 비유", null], ["🏢 누가 무엇을 하나", null], ["📌 핵심 정리", null]], 25],
    ]);
    expect(sheet.page).toBe("16:9");
    expect(warnings).toEqual([]);
  });

  it("widens a box over the empty cells after it", () => {
    const table = doc.replace("| 2 | 27% | 🍎 연습문제 하나 | 🧮 같은 답, 다른 풀이 | 🤔 라벨러는 모른다 |", "| 2 | 27% | 🍎 연습문제 하나 | | 🤔 라벨러는 모른다 |");
    const row = readPromptDocument(table).sheet.rows[1];
    expect(row?.kind === "panels" ? row.panels.map((p) => [p.title, p.width]) : []).toEqual([["연습문제 하나", 0.667], ["라벨러는 모른다", 0.333]]);
  });

  it("takes a header holding only the cheat sheet's name as the title row", () => {
    const start = doc.indexOf("| 행 | 높이 |");
    const end = doc.indexOf("\n\n", start);
    const headed = `${doc.slice(0, start)}${[
      "| 🍌 NANO BANANA CHEAT SHEET: 강화학습 🍌 | | |",
      "|---|---|---|",
      "| 🍎 연습문제 하나 | 🧮 같은 답, 다른 풀이 | 🤔 라벨러는 모른다 |",
      "| 🔁 여러 번 풀고 맞은 것만 강화 (가장 넓게!) | | |",
      "| 📚 교과서 비유 | 🏢 누가 무엇을 하나 | 📌 핵심 정리 |",
    ].join("\n")}${doc.slice(end)}`;
    const read = readPromptDocument(headed);
    expect(read.sheet.meta.banner).toBe("🍌 NANO BANANA CHEAT SHEET: 강화학습 🍌");
    expect(shape(read.sheet).map((r) => (r[0] === "title" ? "title" : (r[0] as unknown[]).length))).toEqual(["title", 3, 1, 3]);
    expect(read.sheet.rows.map((r) => r.ratio)).toEqual([10, 24, 42, 24]);
  });

  it("names the table's line when its heights do not add up to 100%", () => {
    const short = doc.replace("| 4 | 25% |", "| 4 | 20% |");
    let err: unknown;
    try {
      readPromptDocument(short);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe("the layout's row heights add up to 95%, not 100%");
    expect((err as InputError).where.line).toBe(lineOf(doc, "| 행 | 높이 |"));
  });

  it("draws a quotable insight the plan's text already quotes in “…” once, there", async () => {
    const { sheet } = await readPromptDocumentAsync(doc);
    expect(quotes(sheet)).toEqual(["The model has to discover for itself what token sequences lead to the correct answer"]);
    const said = panel(sheet, /라벨러는 모른다/).blocks.map((b) => (b.kind === "paragraph" ? richText(b.text) : ""));
    expect(said.some((t) => t.includes("“We don't know what is easy or hard for the model”"))).toBe(true);
  });
});

describe("a box drawing in | and - with no corners", () => {
  const { sheet, warnings } = readPromptDocument(fixture("nn-io-pipes-only"));

  it("splits each row at its inner sides, with no warnings about junctions or a missing bottom", () => {
    expect(shape(sheet).map((r) => (r[0] === "title" ? "title" : (r[0] as [string, unknown][]).map((p) => p[0])))).toEqual([
      "title",
      ["TOKEN WINDOW (INPUT)", "100,277 PROBABILITIES (OUTPUT)"],
      ["ONE TRAINING NUDGE"],
      ["IN CODE", "EVERY POSITION AT ONCE", "KEY TAKEAWAYS"],
    ]);
    expect(sheet.meta.banner).toBe("NANO BANANA CHEAT SHEET: NEURAL NETWORK I/O");
    expect(warnings).toEqual([]);
  });

  it("reads the same drawing with bare `-----` lines, its Korean lines' sides pushed past the lines' ends", () => {
    const bare = fixture("nn-io-pipes-only").replace(/^\|(-{20,})\|$/gm, (_, d: string) => `-${d}-`);
    const read = readPromptDocument(bare);
    expect(shape(read.sheet)).toEqual(shape(sheet));
    expect(read.warnings).toEqual([]);
  });

  it("keeps each box's own lines, with no stray | in them", () => {
    expect(panel(sheet, /^IN CODE$/).lead.map(richText)).toEqual(["logits = model(x)", "loss = CE(logits, y)"]);
    expect(panelsOf(sheet).flatMap((p) => p.lead.map(richText)).filter((l) => l.includes("|"))).toEqual([]);
  });

  it("reads the quotes given as `> \"…\" — Karpathy` blocks after the Quotable Insights label", () => {
    expect(quotes(sheet).sort()).toEqual(["The output is exactly 100,277 numbers", "We're trying to model the statistical relationships of how these tokens follow each other in the sequence"]);
  });
});

describe("cornerless drawings as people draw them", () => {
  const read = (lines: string[]) => {
    const warnings: string[] = [];
    const rows = parseDiagram(lines.join("\n"), 1, warnings);
    return { rows: rows.map((r) => [r.texts.map((t) => t.text), r.boxes.map((b) => b.lines.map((l) => l.text))]), warnings };
  };

  it("finds boxes drawn with | and - inside a | - frame, and no boxes in the margins beside them", () => {
    expect(
      read([
        "|------------------------------|",
        "| TITLE                        |",
        "|------------------------------|",
        "|  |-----------| |----------|  |",
        "|  | A         | | B        |  |",
        "|  | a line    | | b line   |  |",
        "|  |-----------| |----------|  |",
        "|------------------------------|",
      ]),
    ).toEqual({ rows: [[["TITLE"], []], [[], [["A", "a line"], ["B", "b line"]]]], warnings: [] });
  });

  it("reads rows split by bare dash lines with | only on the text lines", () => {
    expect(
      read([
        "--------------------------------",
        "| TITLE                        |",
        "--------------------------------",
        "| A            | B             |",
        "| a line       | b line        |",
        "--------------------------------",
      ]),
    ).toEqual({ rows: [[["TITLE"], []], [[], [["A", "a line"], ["B", "b line"]]]], warnings: [] });
  });
});

describe("every drawn chapter redrawn with | and - only reads the same", () => {
  // What a person without box characters would type for the same drawing: lines as `-`, sides, corners and
  // junctions as `|`. Spans, stacks, `<|im_start|>` written in a box and ┻ junctions included.
  const cornerless = (doc: string): string =>
    doc.replace(/```[^\n]*\n([\s\S]*?)```/, (all, body: string) =>
      /[┌┏]/.test(body) ? all.replace(body, body.replace(/[─━]/g, "-").replace(/[│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋]/g, "|")) : all,
    );
  const panels = (sheet: Sheet) =>
    sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => [p.title, p.rowSpan ?? 1, p.below ?? false, p.lead.map(richText)]) : "title"));

  for (const name of ["post-training-chat-template-code", "inference-loop-chains", "sft-to-rl-heavy-sparse", "gpt2-training-sidebar", "hallucination-tools-stated-widths"]) {
    it(name, () => {
      const doc = fixture(name);
      const redrawn = cornerless(doc);
      expect(redrawn).not.toBe(doc);
      const read = readPromptDocument(redrawn);
      expect(panels(read.sheet)).toEqual(panels(readPromptDocument(doc).sheet));
      expect(read.warnings.filter((w) => /border|box|junction|corner/.test(w))).toEqual([]);
    });
  }
});
