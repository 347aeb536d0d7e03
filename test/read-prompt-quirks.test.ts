// What chapters written by other people do that ours did not: ratio cells as fractions or ranges, a ratio
// table that leaves a row out, a frame cell titled over its own little boxes beside a sidebar, a title wrapped
// over a narrow box's lines, a lone nested box, a pasted sequenceDiagram, a quote said twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { panelsOf, type Block, type Panel, type Sheet } from "../src/model/sheet.js";
import { parseDiagram } from "../src/read/prompt/ascii-layout.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { sequenceAsFlowchart } from "../src/read/prompt/mermaid.js";
import { joinTitle, titleLines } from "../src/read/prompt/panels.js";
import { findRatioTable } from "../src/read/prompt/ratios.js";
import { richText } from "../src/read/prompt/rich.js";
import { parseMarkdown } from "../src/read/prompt/sections.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { promptDoc } from "./layout-helpers.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8");
const panel = (sheet: Sheet, id: string): Panel => {
  const p = panelsOf(sheet).find((x) => x.id === id);
  if (!p) throw new Error(`no panel ${id} in ${panelsOf(sheet).map((x) => x.id).join(", ")}`);
  return p;
};
const kinds = (p: Panel): Block["kind"][] => p.blocks.map((b) => b.kind);

/** A prompt document around a layout drawing, its ratio table (under a 배치 비율 heading) and a plan. */
const doc = (diagram: string[], table: string[], plan: string[] = ["## 1. 📌 Key Takeaways", "- 하나", "- 둘"]): string =>
  promptDoc(diagram, ["## 배치 비율", "", ...table], plan, '"Test"');

describe("ratio cells as people write them", () => {
  const ratios = (cells: string[]) =>
    findRatioTable(parseMarkdown(["| 구역 | 비율 |", "|---|---|", ...cells.map((c, k) => `| r${k} | ${c} |`)].join("\n")).children)?.rows.map((r) => r.ratio);

  it("reads fractions of the page: 1/10, 1/4, 2/5", () => {
    expect(ratios(["1/10", "1/4", "2/5", "1/4"])).toEqual([10, 25, 40, 25]);
  });

  it("reads a range as its middle and 약 (about) as the number", () => {
    expect(ratios(["10%", "20~25%", "40%", "25-30%"])).toEqual([10, 22.5, 40, 27.5]);
    expect(ratios(["약 8%", "약 37%", "약 30%", "약 25%"])).toEqual([8, 37, 30, 25]);
  });

  it("still rejects fractions that do not make the page", () => {
    expect(() => ratios(["1/10", "1/4", "1/4"])).toThrow(/add up to 60%, not 100%/);
  });
});

describe("a ratio table with fewer rows than the drawing", () => {
  const diagram = [
    "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
    "┃  🍌 TITLE 🍌                                  ┃",
    "┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┫",
    "┃ 📖 THE TEXTBOOK               ┃ 🎯 PRACTICE    ┃",
    "┃  본문 → 예제                   ┃  답만 있음     ┃",
    "┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┫                ┃",
    "┃ 🔁 TRY MANY                   ┃                ┃",
    "┃  샘플 → 강화                   ┃                ┃",
    "┃                               ┃                ┃",
    "┣━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━┫",
    "┃  📌 KEY TAKEAWAYS                             ┃",
    "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
  ];
  const header = ["| Area | Share | What goes here |", "|---|---|---|"];

  it("matches rows by the titles they name and gives the rest to the rows it leaves out, with a warning", () => {
    const text = doc(diagram, [...header, "| Header | 8% | Title |", "| Middle | 55 % | Textbook + Practice + Try Many |"]);
    const { sheet, warnings } = readPromptDocument(text);
    // 55% split 2 : 3 by the lines drawn inside THE TEXTBOOK and TRY MANY.
    expect(sheet.rows.map((r) => r.ratio)).toEqual([8, 22, 33, 37]);
    const tableLine = text.split("\n").findIndex((l) => l.startsWith("| Area")) + 1;
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^line ${tableLine}: the layout ratio table has 2 rows but the diagram has 4: .*37% \\(the rest\\)`)));
    expect(panel(sheet, "practice").rowSpan).toBe(2);
  });

  it("splits a table row's share between its drawn rows by their lines", () => {
    const { sheet } = readPromptDocument(doc(diagram, [...header, "| Header | 10% | Title |", "| Middle | 60% | Textbook + Try Many |", "| Bottom | 30% | Takeaways |"]));
    // THE TEXTBOOK's band has 2 lines inside, TRY MANY's 3: 60% as 24 + 36.
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 24, 36, 30]);
  });

  it("is still an error naming the row counts when the table leaves nothing for the rows it leaves out", () => {
    const text = doc(diagram, [...header, "| Header | 10% | Title |", "| Middle | 90% | Textbook + Try Many |"]);
    expect(() => readPromptDocument(text)).toThrow(/the layout ratio table has 2 rows but the layout diagram \(lines \d+–\d+\) has 4 rows/);
  });
});

describe("a frame cell titled over its own boxes", () => {
  const drawing = [
    "╔══════════════════════════════════════════════════╗",
    "║  🍌 TITLE 🍌                                     ║",
    "╠══════════════════════════════════╦═══════════════╣",
    "║  🏭 THE STAGES                   ║ 💬 WHAT       ║",
    "║  ┌────────┐     ┌────────┐       ║  HAPPENS      ║",
    "║  │ 📚 PRE │ ──▶ │ 🎯 RL  │       ║ ┌───────────┐ ║",
    "║  └────────┘     └────────┘       ║ │ <im_start>│ ║",
    "╠══════════════════════════════════╣ └───────────┘ ║",
    "║  ┌────────────┐  ┌────────────┐  ║               ║",
    "║  │ 🤖 WHO     │  │ ⚖️ RLHF    │  ║               ║",
    "║  └────────────┘  └────────────┘  ║               ║",
    "╚══════════════════════════════════╩═══════════════╝",
  ];

  it("is one panel holding its boxes beside a sidebar; a cell with no title of its own splits into its boxes", () => {
    const rows = parseDiagram(drawing.join("\n"), 1);
    expect(rows.map((r) => r.boxes.map((b) => b.lines[0]?.text))).toEqual([[], ["🏭 THE STAGES", "💬 WHAT"], ["🤖 WHO", "⚖️ RLHF"]]);
    expect(rows[1]!.boxes[0]!.nested).toEqual(["📚 PRE", "🎯 RL"]);
    expect(rows[1]!.boxes[1]!.span).toBe(2);
    expect(rows[1]!.texts).toEqual([]);
  });

  it("reads the grand summary's sidebar, stages and five-box row as drawn", () => {
    const { sheet } = readPromptDocument(fixture("grand-summary-dense-crlf"));
    const rows = sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["(title)"]));
    expect(rows).toEqual([
      ["(title)"],
      ["THE THREE STAGES", "WHAT HAPPENS WHEN I PRESS ENTER?"],
      ["WHO AM I TALKING TO?", "RLHF"],
      ["HALLUCINATION", "TOKENS TO THINK", "SPELLING & COUNTING", "JAGGED", "TAKEAWAYS"],
    ]);
    expect(panel(sheet, "what-happens-when-i-press-enter").rowSpan).toBe(2);
    // The lone box inside WHO AM I TALKING TO? is that panel's line, not lost.
    expect(panel(sheet, "who-am-i-talking-to").lead.map(richText)).toContain("🧠 thinking 모델 = RL로 발견한 사고");
  });
});

describe("a title wrapped over a narrow box's lines", () => {
  it("joins all-capitals continuation lines and a hyphen-broken word, never a note", () => {
    const read = (lines: string[]) => {
      const { title = "", more, rest } = titleLines(lines);
      return [joinTitle(title, more), ...rest];
    };
    expect(read(["🤥 HALLUCI-", "NATION", "모르면 검색"])).toEqual(["🤥 HALLUCINATION", "모르면 검색"]);
    expect(read(["💬 WHAT HAPPENS", "WHEN I PRESS", "ENTER?", "질문 → 토큰"])).toEqual(["💬 WHAT HAPPENS WHEN I PRESS ENTER?", "질문 → 토큰"]);
    expect(read(["🔢 TOKENS", "GPT-4: 100,277"])).toEqual(["🔢 TOKENS", "GPT-4: 100,277"]);
    expect(read(["🔢 9.11 vs 9.9 ❓", "RLHF"])).toEqual(["🔢 9.11 vs 9.9 ❓", "RLHF"]);
    expect(read(["🧠 NOT LIKE BRAIN", "기억 없음"])).toEqual(["🧠 NOT LIKE BRAIN", "기억 없음"]);
  });

  it("becomes whole when the panel shows it on two lines of its tape, the continuation no longer lead lines", () => {
    const { sheet } = readPromptDocument(fixture("grand-summary-dense-crlf"));
    const sidebar = panel(sheet, "what-happens-when-i-press-enter");
    expect(sidebar.title).toBe("WHAT HAPPENS WHEN I PRESS ENTER?");
    expect(sidebar.lead.map(richText)).not.toContain("WHEN I PRESS");
    expect(sidebar.lead.map(richText)).not.toContain("ENTER?");
  });
});

describe("a sequenceDiagram pasted into the plan", () => {
  // A note says what happens at the message it follows: drawn as that step's caption.
  it("becomes a top-down flowchart of its messages, in order, with participants' names and notes as captions", () => {
    const code = ["sequenceDiagram", "    participant U as User", "    actor B as Base model", "    U->>B: 질문", "    B-->>U: 답 이어 쓰기", "    Note over U,B: 문서처럼 이어 씀", "    B-)U: \"또\" 질문"].join("\n");
    expect(sequenceAsFlowchart(code)).toBe(
      ["flowchart TD", '    m0["User → Base model: 질문"]', '    m1["Base model → User: 답 이어 쓰기<br/>문서처럼 이어 씀"]', '    m2["Base model → User: #quot;또#quot; 질문"]', "    m0 --> m1", "    m1 --> m2"].join("\n"),
    );
    expect(sequenceAsFlowchart("flowchart LR\n  A --> B")).toBeUndefined();
  });

  it("is drawn in the fixture's FAKE ASSISTANT panel, with a warning naming its line", async () => {
    const text = fixture("base-vs-assistant-fewshot");
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    const chart = panel(sheet, "fake-assistant").blocks.find((b) => b.kind === "flowchart");
    expect(chart?.kind === "flowchart" ? chart.nodes.map((n) => n.label) : []).toEqual([
      'User → Base model: "다음은 사람과 AI 어시스턴트의 대화입니다" + 질문',
      "Base model → User: 어시스턴트 답 이어 쓰기",
      "Base model → User: 사람의 다음 질문까지 지어냄 🙃",
    ]);
    // The fence line, just above `sequenceDiagram`.
    const fence = text.split("\n").indexOf("sequenceDiagram");
    expect(warnings).toContain(`line ${fence}: a sequenceDiagram is drawn as a flowchart of its messages, in order`);
  });
});

describe("quotes as people mark them", () => {
  it("draws a quote the plan and the Quotable Insights both give once, where the plan put it, without its marks", () => {
    const { sheet } = readPromptDocument(fixture("grand-summary-dense-crlf"));
    const quotes = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [{ at: p.id, text: richText(b.text) }] : [])));
    const labeler = quotes.filter((q) => q.text.includes("statistical simulation of a human labeler"));
    expect(labeler).toEqual([{ at: "who-am-i-talking-to", text: "What you're talking to is a statistical simulation of a human labeler" }]);
  });

  it("takes 「」, « » and ‘ ’ off a quotable insight", () => {
    const texts = (sheet: Sheet) => panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "quote" ? [richText(b.text)] : [])));
    expect(texts(readPromptDocument(fixture("jagged-intelligence-mixed-five")).sheet)).toContain("복사는 모델이 잘하고, 세는 건 인터프리터가 한다");
    expect(texts(readPromptDocument(fixture("sft-to-rl-heavy-sparse")).sheet)).toContain("We don't know what is easy or hard for the model");
  });
});

describe("little boxes whose panel got no flowchart", () => {
  it("are that panel's first line, as a chain, not lost", async () => {
    const { sheet } = await readPromptDocumentAsync(fixture("base-vs-assistant-fewshot"));
    const fewShot = panel(sheet, "few-shot-prompt");
    expect(kinds(fewShot)).not.toContain("flowchart");
    expect(fewShot.lead.map(richText)[0]).toBe("apple: 사과 → book: 책 → teacher: ___");
  });
});

describe("rounded ASCII corners", () => {
  it("reads .---. over '---' boxes, in a +---+ frame or alone, and finds the diagram by them", () => {
    const rows = parseDiagram(
      [
        "+--------------------------------------+",
        "| 🍌 TITLE 🍌                          |",
        "+--------------------------------------+",
        "| .--------------. .----------------.  |",
        "| | 🎭 FAKE      | | 📌 KEY         |  |",
        "| | 대화처럼 시작 | | 프롬프트 = 설계 |  |",
        "| '--------------' '----------------'  |",
        "+--------------------------------------+",
      ].join("\n"),
      1,
    );
    expect(rows.map((r) => r.boxes.map((b) => b.lines.map((l) => l.text)))).toEqual([[], [["🎭 FAKE", "대화처럼 시작"], ["📌 KEY", "프롬프트 = 설계"]]]);
    const alone = [".------------.", "| 🍌 TITLE 🍌 |", "|------------|", "| 🎭 FAKE    |", "| 둘째 줄     |", "'------------'"];
    const { sheet } = readPromptDocument(doc(alone, ["| 구역 | 비율 |", "|---|---|", "| 위 | 10% |", "| 아래 | 90% |"]));
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : ["(title)"]))).toEqual([["(title)"], ["FAKE"]]);
  });

  it("leaves a dot or apostrophe beside a short dash as text", () => {
    const rows = parseDiagram(["┌────────────────┐", "│ 🧪 A           │", "│ etc.-- and '-' │", "└────────────────┘"].join("\n"), 1);
    expect(rows[0]!.texts.map((t) => t.text)).toEqual(["🧪 A", "etc.-- and '-'"]);
  });
});

describe("the drawing's fence", () => {
  it("is read whatever language word the editor put on it", () => {
    const text = fixture("sft-to-rl-heavy-sparse");
    for (const lang of ["markdown", "ascii-art", "plaintext"]) {
      const { sheet } = readPromptDocument(text.replace("```\n┏", `\`\`\`${lang}\n┏`));
      expect(panelsOf(sheet).map((p) => p.id), lang).toEqual(["the-textbook", "why-practice", "try-many-keep-what-works", "key-takeaways"]);
    }
  });
});

describe("a takeaways section named as a summary", () => {
  it("goes to a box titled just KEY, as a takeaways list", () => {
    const text = fixture("base-vs-assistant-fewshot").replace("## 5. 📌 Key Takeaways", "## 5. 핵심 요약");
    const { sheet } = readPromptDocument(text);
    const key = panel(sheet, "key").blocks;
    expect(key.map((b) => (b.kind === "bullets" ? b.style : b.kind))).toEqual(["takeaways"]);
  });
});

describe("a drawing of the title box alone", () => {
  it("keeps the plan: its sections get default panels under that title, with a warning naming the line", () => {
    const text = doc(["┌──────────────┐", "│ 🔁 LOOP      │", "└──────────────┘"], [], ["## 1. 🔁 Loop", "- one", "- two", "", "## 2. 📌 Takeaways", "- 셋"]);
    const { sheet, warnings } = readPromptDocument(text);
    expect(sheet.rows[0]!.kind).toBe("title");
    const panels = panelsOf(sheet);
    expect(panels.map((p) => p.title)).toEqual(["Loop", "Takeaways"]);
    expect(panels.flatMap((p) => p.blocks).map((b) => (b.kind === "bullets" ? b.items.map(richText) : []))).toEqual([["one", "two"], ["셋"]]);
    expect(warnings.some((w) => /^line \d+: the layout diagram draws only the title box; the 2 plan sections get a default layout/.test(w))).toBe(true);
  });
});

describe("mermaid diagrams we do not draw as such", () => {
  const plan = (body: string[]): string[] => ["## 1. 📊 Data Mix", "```mermaid", ...body, "```", "", "## 2. 📌 Key Takeaways", "- 하나"];
  const drawing = ["┌──────────────────────────────┐", "│ 🍌 CHEAT SHEET: T            │", "├──────────────┬───────────────┤", "│ 📊 DATA MIX  │ 📌 TAKEAWAYS  │", "└──────────────┴───────────────┘"];
  const ratios = ["| 영역 | 비율 |", "|---|---|", "| 상단 | 10% |", "| 본문 | 90% |"];

  const pieTable = async (slices: string[]): Promise<{ rows: string[][]; warnings: string[] }> => {
    const { sheet, warnings } = await readPromptDocumentAsync(doc(drawing, ratios, plan(["pie title 데이터 구성", ...slices])));
    const table = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "table");
    return { rows: table && table.kind === "table" ? [table.header, ...table.rows].map((r) => r.map(richText)) : [], warnings };
  };

  it("a pie chart is a table of its slices, largest first, with each one's value and share", async () => {
    const { rows, warnings } = await pieTable(['    "Code" : 30', '    "Web" : 120', '    "Books" : 50']);
    expect(rows).toEqual([
      ["데이터 구성", "value", "%"],
      ["Web", "120", "60%"],
      ["Books", "50", "25%"],
      ["Code", "30", "15%"],
    ]);
    expect(warnings.some((w) => /^line \d+: a pie chart is drawn as a table of its slices \(value and share\)/.test(w))).toBe(true);
  });

  it("a pie chart written in percents of 100 is a table of its slices and their shares alone", async () => {
    const { rows, warnings } = await pieTable(['    "Code" : 15', '    "Web" : 60', '    "Books" : 25']);
    expect(rows).toEqual([
      ["데이터 구성", "%"],
      ["Web", "60%"],
      ["Books", "25%"],
      ["Code", "15%"],
    ]);
    expect(warnings.some((w) => /^line \d+: a pie chart is drawn as a table of its slices \(their shares\)/.test(w))).toBe(true);
  });

  it("a timeline is a left-to-right flowchart of its periods, each with its events under it", async () => {
    const text = doc(drawing, ratios, plan(["timeline", "    title GPT 계보", "    section OpenAI", "    2019 : GPT-2 : 1.5B 파라미터", "    2020 : GPT-3", "         : few-shot 학습", "    2022 : ChatGPT"]));
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    const chart = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "flowchart");
    expect(chart && chart.kind === "flowchart" && chart.direction).toBe("LR");
    expect(chart && chart.kind === "flowchart" && chart.nodes.map((n) => [n.label, n.caption])).toEqual([
      ["OpenAI · 2019", "GPT-2 · 1.5B 파라미터"],
      ["2020", "GPT-3 · few-shot 학습"],
      ["2022", "ChatGPT"],
    ]);
    expect(chart && chart.kind === "flowchart" && chart.edges.map((e) => `${e.from}→${e.to}`)).toEqual(["t0→t1", "t1→t2"]);
    expect(warnings.some((w) => /^line \d+: a timeline is drawn as a flowchart/.test(w))).toBe(true);
  });

  it("a rewritten diagram too big for one chart is an error in its own terms, on its line", async () => {
    const text = doc(drawing, ratios, plan(["timeline", ...Array.from({ length: 600 }, (_, k) => `    ${1400 + k} : event ${k}`)]));
    await expect(readPromptDocumentAsync(text)).rejects.toThrow(/^this timeline makes a chart of 600 steps; a diagram holds at most 150$/);
    const err = await readPromptDocumentAsync(text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).where.line).toBe(text.split("\n").indexOf("```mermaid") + 1);
  });

  it("a state diagram is a flowchart of its states and transitions, start and end as round nodes", async () => {
    const text = doc(drawing, ratios, plan(["stateDiagram-v2", "    [*] --> Pretrain", "    Pretrain --> SFT : 대화 데이터", "    SFT --> RL", "    RL --> [*]", "    SFT : 지도 미세조정"]));
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    const chart = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "flowchart");
    expect(chart && chart.kind === "flowchart" && chart.nodes.map((n) => n.label)).toEqual(["start", "Pretrain", "지도 미세조정", "RL", "end"]);
    expect(chart && chart.kind === "flowchart" && chart.edges.map((e) => e.label ?? "")).toEqual(["", "대화 데이터", "", ""]);
    expect(warnings.some((w) => /^line \d+: a stateDiagram is drawn as a flowchart/.test(w))).toBe(true);
  });

  it("a state diagram runs top-down as Mermaid draws it, unless it says `direction LR`", async () => {
    const states = ["stateDiagram-v2", "    [*] --> A", "    A --> B : ok", "    A --> C : no", "    B --> [*]"];
    const directionOf = async (lines: string[]): Promise<string | undefined> => {
      const { sheet } = await readPromptDocumentAsync(doc(drawing, ratios, plan(lines)));
      const chart = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "flowchart");
      return chart?.kind === "flowchart" ? chart.direction : undefined;
    };
    expect(await directionOf(states)).toBe("TB");
    expect(await directionOf([states[0]!, "    direction LR", ...states.slice(1)])).toBe("LR");
  });
});

describe("two chapters pasted into one file", () => {
  it("draws the first and names the line where the second begins", async () => {
    const first = fixture("rlhf");
    const second = fixture("tokenization");
    const both = await readPromptDocumentAsync(`${first}\n${second}`);
    const alone = await readPromptDocumentAsync(first);
    expect(both.sheet).toEqual(alone.sheet);
    const start = first.split("\n").length + 1;
    const roleLine = start + second.split("\n").findIndex((l) => /^#\s/.test(l));
    expect(both.warnings.filter((w) => /second chapter/.test(w))).toEqual([
      expect.stringMatching(new RegExp(`^line ${roleLine}: a second chapter starts here .*build them together$`)),
    ]);
    expect(alone.warnings.some((w) => /second chapter/.test(w))).toBe(false);
  });
});
