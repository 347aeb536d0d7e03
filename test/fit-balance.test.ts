// Balance on real pages: every fixture, the seed and both examples are laid out and checked row by row —
// body sizes evened within a row, no panel left nearly bare beside one squeezed to the minimum, content
// centred in its panel — plus the designer's moves auto-fit makes before it reports overflow.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { NEARLY_EMPTY, ROW_SPREAD } from "../src/layout/balance.js";
import { arrange, columnChoices, fitContext, fitPanel, type FitContext } from "../src/layout/fit.js";
import { branchSides } from "../src/blocks/mindmap/tree.js";
import { columnWidths, layoutTable } from "../src/blocks/table/layout.js";
import { wrapRich } from "../src/layout/wrap.js";
import { layoutFlowchart, planFlowchart, sizesFor } from "../src/blocks/flowchart/layout.js";
import { shapeBox } from "../src/blocks/flowchart/route.js";
import { INK } from "../src/blocks/types.js";
import type { PositionedPanel, PositionedSheet } from "../src/model/positioned.js";
import type { Flowchart, MindNode, Table } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { fixtures, HAS_SEED, ROOT_DIR, SEED_PATH } from "./fixtures/list.js";
import { panel, sheetOf, table } from "./layout-helpers.js";

async function pages(): Promise<{ name: string; sheet: PositionedSheet; overflow?: boolean }[]> {
  const docs: { name: string; text: string; overflow?: boolean }[] = [
    ...fixtures().map((f) => ({ name: f.name, text: f.text, overflow: f.overflow })),
    ...["neural-network-internals.prompt.txt", "neural-network-internals.sheet.md"].map((f) => ({ name: f, text: readFileSync(join(ROOT_DIR, "examples", f), "utf8") })),
    ...(HAS_SEED ? [{ name: "seed", text: readFileSync(SEED_PATH, "utf8") }] : []),
  ];
  const out = [];
  for (const d of docs) {
    const { sheet } = await readSheet(d.text);
    out.push({ name: d.name, sheet: layoutSheet(sheet), overflow: d.overflow });
    out.push({ name: `${d.name} at 16:9`, sheet: layoutSheet(sheet, { page: "16:9" }), overflow: d.overflow });
  }
  return out;
}

/** Share of the content box covered by the positioned blocks' boxes. */
function fill(p: PositionedPanel): number {
  const c = p.content!;
  return p.blocks.reduce((s, b) => s + b.box.width * b.box.height, 0) / (c.width * c.height);
}

function rowsOf(sheet: PositionedSheet): PositionedPanel[][] {
  const rows = new Map<number, PositionedPanel[]>();
  for (const p of sheet.panels) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
  return [...rows.values()];
}

// Known unbalanced pages. A stale entry fails. (tokenization's bottom row: four equal columns in a
// 16% row, the takeaways list (which never moves) at the minimum beside panels holding a line each from the
// drawing, and no block on the page that matches NUMBERS, LANGUAGES or COST: the list sets its lines closer,
// fits larger, and lifts the row's size cap. alphago's SUPERVISED, one line beside REINFORCEMENT's snaked loop,
// takes the imitation quote its box's 모방 is about; in jagged-intelligence's row of five, RESAMPLE's list gives
// LENGTH and VERIFY the points that say their boxes' lines again, and no panel of the row is left at the minimum.
// At 16:9, tokenization's bottom row is four panels in a 16% band: its takeaways, two columns of two points, fit
// only the minimum until drawn two steps wider (widths.ts), which lifts the row's size cap and COST's two lines
// of its box with it.)
// (llm-limits-emoji-titles-tab-text-fence's KEY TAKEAWAYS, holding the overview mind map, is drawn wider than its
// sketched box, as a pen would, once HOW TO USE beside it holds one line.)
const CROWDED_BESIDE_BARE = new Set<string>([
  // At 16:9 the row of five little boxes holds SWISS CHEESE at the minimum beside four boxes that hold only their
  // two drawn lines: the plan writes nothing for them, and no block of SWISS CHEESE shares their words.
  "jagged-left-sidebar-ruler-yaml-rows-trailing-emoji at 16:9",
]);

describe("balanced pages", async () => {
  const all = await pages();
  for (const { name, sheet, overflow } of all) {
    it(`${name}: body sizes within ${ROW_SPREAD}× in every row, unless a panel is nearly empty`, () => {
      for (const row of rowsOf(sheet)) {
        // As below: a fixture still flagged as overflowing waits for the repair in its overflowing row.
        if (overflow && row.some((p) => p.overflow)) continue;
        const dense = row.filter((p) => fill(p) >= NEARLY_EMPTY);
        if (dense.length < 2) continue;
        const sizes = dense.map((p) => p.fontPx);
        expect(Math.max(...sizes) / Math.min(...sizes), row.map((p) => `${p.id} ${p.fontPx}px fill ${fill(p).toFixed(2)}`).join(", ")).toBeLessThanOrEqual(ROW_SPREAD + 1e-9);
      }
    });

    const run = CROWDED_BESIDE_BARE.has(name) ? it.fails : it;
    run(`${name}: no panel under 0.25 fill beside one at the minimum size`, () => {
      for (const row of rowsOf(sheet)) {
        if (!row.some((p) => p.fontPx <= p.minFontPx)) continue;
        // A fixture still flagged as overflowing: a row whose crowded panel overflows waits for the repair that
        // moves blocks out of it (the flag's own test in read-prompt-room fails once the page fits).
        if (overflow && row.some((p) => p.overflow)) continue;
        for (const p of row) expect(fill(p), `${p.id} beside a panel at the minimum`).toBeGreaterThanOrEqual(0.25);
      }
    });

    it(`${name}: each panel's content centred in its free width`, () => {
      for (const p of sheet.panels) {
        if (p.blocks.length === 0 || p.overflow) continue;
        const c = p.content!;
        const left = Math.min(...p.blocks.map((b) => b.box.x)) - c.x;
        const right = c.x + c.width - Math.max(...p.blocks.map((b) => b.box.x + b.box.width));
        expect(Math.abs(left - right), `${p.id}: ${left.toFixed(1)} px left, ${right.toFixed(1)} px right`).toBeLessThanOrEqual(Math.max(2, c.width * 0.02));
      }
    });

    it(`${name}: the title banner spans the title row`, () => {
      if (!sheet.title) return;
      const b = sheet.title.box;
      const xs = sheet.title.marks.flatMap((m) => (m.kind === "highlight" || m.kind === "text" ? [m.x, m.x + m.width] : []));
      expect((Math.max(...xs) - Math.min(...xs)) / b.width).toBeGreaterThan(0.9);
    });
  }
});

const ctx = (width: number, height: number): FitContext => ({ accent: "#1971c2", palette: ["#e8590c", "#1971c2", "#2f9e44"], seed: 3, minFontPx: 12, maxFontPx: 22, width, height });
const rich = (text: string) => [{ text }];

describe("what auto-fit tries before giving up", () => {
  it("splits a mind map's branches so both sides carry about as many leaves", () => {
    const node = (label: string, n: number): MindNode => ({ label, children: Array.from({ length: n }, (_, i) => ({ label: `${label} ${i}`, children: [] })) });
    // In document order the best prefix split is 3 | 7 or 7 | 3; any split allows 6 | 4.
    const counts = [3, 4, 3];
    const sides = branchSides({ label: "root", children: counts.map((n, i) => node(`b${i}`, n)) });
    const right = counts.reduce((s, n, i) => s + (sides[i] === 1 ? n : 0), 0);
    expect([right, 10 - right].sort()).toEqual([4, 6]);
    // A prefix split that is already even keeps the document's order.
    expect(branchSides({ label: "root", children: [node("a", 2), node("b", 3), node("c", 2), node("d", 3)] })).toEqual([1, 1, -1, -1]);
  });

  it("sets short text in a narrow column beside a wide table when that fits larger text", () => {
    const definitions: Table = {
      kind: "table",
      header: [rich("Term"), rich("Definition"), rich("Example")],
      rows: ["Token", "BPE", "Vocabulary", "Context window", "Embedding"].map((t) => [rich(t), rich(`what ${t.toLowerCase()} means in one longer sentence of explanation`), rich("e.g. 42")]),
    };
    const p = panel("mixed", [{ kind: "paragraph", text: rich("Short note") }, { kind: "paragraph", text: rich("Another short note") }, definitions]);
    expect(columnChoices(p, 900).some((c) => c.split !== undefined)).toBe(true);
    const fit = fitPanel(p, ctx(900, 190));
    expect(fit.fits).toBe(true);
    expect(fit.choice.split).toBeDefined();
    const equal = arrange(p, fit.px, { n: 2 }, ctx(900, 190));
    expect(equal.height).toBeGreaterThan(190);
  });

  it("sets a panel that fits only the minimum tight when that fits a size 1 px larger, its items beside their points", () => {
    // Two points, each with two nested under it, in a box too short for them at loose spacing.
    const items = ["출력 = 어휘 크기만큼의 숫자", "토큰 하나당 확률 하나", "예: \"Direction\" 4%", "입력 = 토큰 시퀀스", "최대 8,000 토큰", "예시는 4개"];
    const p = panel("probabilities", [{ kind: "bullets", style: "plain", items: items.map(rich), depths: [0, 1, 1, 0, 1, 1] }]);
    // 300 px wide: one column at loose spacing (its columns are 170 px at least), two at tight (110).
    const c = ctx(300, 118);
    const loose = arrange(p, 12, { n: 1 }, c);
    const fit = fitPanel(p, c);
    expect(fit.fits).toBe(true);
    expect(fit.tight).toBe(true);
    expect(fit.px).toBeGreaterThanOrEqual(13);
    expect(loose.height).toBeLessThanOrEqual(118);
    expect(arrange(p, 13, { n: 1 }, c).height).toBeGreaterThan(118);
    // Two columns, each point with its own nested points: no column opens with a nested point.
    expect(fit.part).toBeUndefined();
    const a = arrange(p, fit.px, fit.choice, fitContext(c, fit));
    expect(a.cols.filter((col) => col.length > 0).length).toBe(2);
  });

  it("wraps a long table header before widening its column", () => {
    const t: Table = { kind: "table", header: [rich("Aspect"), rich("Answer A (the answer first, then why)"), rich("Answer B (working first)")], rows: [[rich("first token"), rich("$3"), rich("$4")], [rich("where"), rich("one token"), rich("many tokens")]] };
    const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: [], ink: "#222", seed: 1 };
    const out = layoutTable(t, env, { width: 300, height: 200 });
    expect(out.width).toBeLessThanOrEqual(300);
    // The header row's text comes in more than one line; the body's short cells stay on one.
    const baselines = new Set(out.marks.filter((m) => m.kind === "text" && /Answer|first,|why|working/.test(m.text)).map((m) => (m.kind === "text" ? Math.round(m.y) : 0)));
    expect(baselines.size).toBeGreaterThan(1);
  });

  it("reports what still does not fit, naming the panel and the px over", () => {
    const long = Array.from({ length: 200 }, (_, i) => ({ kind: "paragraph" as const, text: rich(`line ${i} of far too much text for one small panel`) }));
    const s = sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 90, panels: [panel("crammed", long), panel("calm", [{ kind: "paragraph", text: rich("ok") }])] }]);
    const problems = layoutSheet(s).problems.filter((p) => p.kind === "overflow");
    expect(problems.map((p) => p.panel)).toEqual(["crammed"]);
    expect(problems[0]!.message).toMatch(/"crammed".* \d+ px too tall/);
  });
  it("draws a full panel wider in a row of unstated widths, its neighbours narrower, and keeps stated widths", () => {
    // Five even panels; the last holds more than its share fits at the minimum, the others a line each.
    const items = Array.from({ length: 8 }, (_, i) => rich(`point ${i} says one thing in a few words`));
    const row = (width?: number) => ({
      kind: "panels" as const,
      ratio: 25,
      panels: ["a", "b", "c", "d"].map((id) => panel(id, [{ kind: "paragraph" as const, text: rich("한 줄") }], width ? { width } : {})).concat(panel("e", [{ kind: "bullets", style: "takeaways", items }], width ? { width } : {})),
    });
    const even = sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 65, panels: [panel("top", [{ kind: "paragraph", text: rich("x") }])] }, row()]);
    const asRead = layoutSheet(even, { repair: false });
    expect(asRead.panels.find((p) => p.id === "e")!.overflow).toBe(true);
    const laid = layoutSheet(even);
    const e = laid.panels.find((p) => p.id === "e")!;
    expect(e.overflow).toBe(false);
    expect(e.box.width).toBeGreaterThan(asRead.panels.find((p) => p.id === "e")!.box.width * 1.1);
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
    // The repaired sheet states the widths it drew, so the Markdown shows them.
    const widths = laid.sheet!.rows[2]!.kind === "panels" ? laid.sheet!.rows[2]!.panels.map((p) => p.width) : [];
    expect(widths.every((w) => w !== undefined)).toBe(true);
    // Widths the user stated stay as stated, full or not.
    const stated = layoutSheet(sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 65, panels: [panel("top", [{ kind: "paragraph", text: rich("x") }])] }, row(0.2)]));
    expect(stated.panels.find((p) => p.id === "e")!.box.width).toBeCloseTo(asRead.panels.find((p) => p.id === "e")!.box.width, 1);
  });

  it("wraps the one column that falls shortest of its text rather than a cell in every column", () => {
    // The grand summary's stage table: one long cell in 데이터, every other cell short.
    const t: Table = {
      kind: "table",
      header: [rich("Stage"), rich("데이터"), rich("누가 만드나"), rich("결과"), rich("비유")],
      rows: [
        [rich("Pretraining"), rich("인터넷 문서 (FineWeb, ~44TB)"), rich("crawler + 필터"), rich("base model"), rich("교과서 본문")],
        [rich("SFT"), rich("대화 데이터셋"), rich("사람 라벨러 (+ LLM)"), rich("assistant"), rich("풀이 있는 예제")],
        [rich("RL"), rich("프롬프트 + 정답"), rich("모델 스스로"), rich("thinking model"), rich("연습문제")],
        [rich("RLHF"), rich("사람 순위 → 보상 모델"), rich("사람 + RM"), rich("다듬어진 답"), rich("취향 맞추기")],
      ],
    };
    const env = { fontPx: 12, minFontPx: 12, accent: "#1971c2", palette: [], ink: "#222", seed: 1 };
    const whole = layoutTable(t, env, { width: 2000, height: 400 });
    // The least width that keeps every cell on one line, then 20 px less.
    let w = 300;
    while (layoutTable(t, env, { width: w, height: 400 }).height > whole.height) w += 5;
    const snug = layoutTable(t, env, { width: w - 20, height: 400 });
    // One line more than the whole table: the long cell wraps, the others stay on their line.
    const lineH = whole.height / 5;
    expect(snug.height).toBeLessThan(whole.height + lineH * 1.2);
  });

  it("sets a flowchart beside two tables as wide as it needs, giving the tables the rest", () => {
    const chain = Array.from({ length: 4 }, (_, i) => ({ id: `n${i}`, label: `step ${i}`, shape: "rect" as const }));
    const flow = { kind: "flowchart" as const, direction: "LR" as const, nodes: chain, edges: chain.slice(1).map((n, i) => ({ from: `n${i}`, to: n.id, kind: "arrow" as const, stroke: "normal" as const })) };
    const p = panel("stages", [flow, table, table]);
    const choices = columnChoices(p, 800, true, false, true);
    const snug = choices.find((c) => c.snug)!;
    expect(snug).toBeDefined();
    const a = arrange(p, 12, snug, { ...ctx(800, 400), tight: true, shelves: true });
    const even = arrange(p, 12, { n: 2, flow: true }, { ...ctx(800, 400), tight: true, shelves: true });
    expect(a.colWidths[0]!).toBeLessThan(even.colWidths[0]!);
    expect(a.colWidths[1]!).toBeGreaterThan(even.colWidths[1]!);
    expect(a.overWidth).toBe(0);
  });

  it("keeps a table's short label column whole when the table is too narrow for its longest word", () => {
    // A card: 약점 / 왜? / 대처 beside a cell holding one long code word; only the long word's column gives way.
    const widths = columnWidths([40, 300], [40, 300], 200);
    expect(widths).toEqual([40, 160]);
    // Narrower than every column's share: they share the room equally.
    expect(columnWidths([40, 300], [40, 300], 60)).toEqual([30, 30]);
  });

  it("breaks an over-long word after its punctuation before breaking between letters", () => {
    const code = [{ text: '"strawberry".count("r")', code: true }];
    const whole = wrapRich(code, 10000, 14)[0]!.width;
    const lines = wrapRich(code, whole * 0.8, 14).map((l) => l.pieces.map((p) => p.text).join(""));
    expect(lines).toEqual(['"strawberry".count', '("r")']);
  });

  it("breaks a dashed compound after its dash, and a number nowhere inside it", () => {
    const gap = [{ text: "Discriminator–generator" }];
    const w = wrapRich(gap, 10000, 14)[0]!.width;
    expect(wrapRich(gap, w * 0.75, 14).map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["Discriminator–", "generator"]);
    // A label and a number in a column narrower than both: broken after the label's colon, not inside 40,000.
    const width = (text: string): number => wrapRich([{ text }], 10000, 14)[0]!.width;
    const room = (width("budget:~$40,") + width("budget:~$40,0")) / 2;
    expect(wrapRich([{ text: "budget:~$40,000" }], room, 14).map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["budget:", "~$40,000"]);
  });

  it("sets a title too long for a narrow sidebar's tape on two lines, so its words do not become body text", async () => {
    // The grand summary's sidebar draws 💬 WHAT HAPPENS / WHEN I PRESS / ENTER? over three lines of its box: the
    // whole question is the title, lettered on two lines of tape, and at 16:9 the sidebar then fits.
    const f = fixtures().find((x) => x.name === "grand-summary-dense-crlf")!;
    const laid = layoutSheet((await readSheet(f.text)).sheet, { page: "16:9" });
    const side = laid.panels.find((p) => p.title === "WHAT HAPPENS WHEN I PRESS ENTER?")!;
    expect(side).toBeDefined();
    const tapeLines = new Set(side.marks.filter((m) => m.kind === "text").map((m) => (m.kind === "text" ? Math.round(m.y) : 0)));
    expect(tapeLines.size).toBe(2);
    expect(laid.panels.filter((p) => p.overflow).map((p) => p.id)).toEqual([]);
  });

  it("writes a top-down chart's edge labels beside their arrows when it is too tall every other way", () => {
    const steps = ["질문", "토큰", "템플릿", "다음 토큰", "답"];
    const chart: Flowchart = {
      kind: "flowchart",
      direction: "TB",
      nodes: steps.map((label, i) => ({ id: `n${i}`, label, shape: "rect" })),
      edges: steps.slice(1).map((_, i) => ({ from: `n${i}`, to: `n${i + 1}`, kind: "arrow", stroke: "normal", label: ["tokenize", "chat template", "sample", "end"][i] })),
    };
    const env = { fontPx: 12, minFontPx: 12, accent: "#1971c2", palette: ["#1971c2"], ink: INK, seed: 1, tight: true };
    // A narrow sidebar: too narrow to turn the chart on its side.
    const roomy = layoutFlowchart(chart, env, { width: 200, height: 1000 });
    const pressed = layoutFlowchart(chart, env, { width: 200, height: 100 });
    // Each label's rank is gone: shorter by most of a line per arrow.
    expect(pressed.height).toBeLessThan(roomy.height - 4 * 8);
    expect(pressed.width).toBeLessThanOrEqual(200);
    // Not pressed for room (no rescue spacing): labels stay on their arrows.
    expect(layoutFlowchart(chart, { ...env, tight: false }, { width: 200, height: 100 }).height).toBeGreaterThan(pressed.height);
  });

  it("keeps a line leading in with a colon in the same column as the formula it introduces", async () => {
    // nn-internals: `신경망 전체를 한 줄로 쓰면:` then the display formula; at A4 the panel sets its text in two columns.
    const f = fixtures().find((x) => x.name === "nn-internals-latex-bom")!;
    const laid = layoutSheet((await readSheet(f.text)).sheet, { page: "a4" });
    const blocks = laid.panels.flatMap((p) => p.blocks);
    const text = (b: (typeof blocks)[number]): string => b.marks.flatMap((m) => (m.kind === "text" ? [m.text] : [])).join("");
    const lead = blocks.find((b) => text(b).includes("한 줄로 쓰면"))!;
    const formula = blocks.find((b) => text(b).includes("softmax") && !text(b).includes("한 줄로"))!;
    expect(Math.abs(lead.box.x - formula.box.x)).toBeLessThan(1);
    expect(formula.box.y).toBeGreaterThanOrEqual(lead.box.y + lead.box.height - 1);
    expect(formula.box.y - (lead.box.y + lead.box.height)).toBeLessThan(20);
  });

  it("routes a snake's turn to the next row round the side that crosses no node", async () => {
    // chat-turn's state diagram: start alone on the first row, UserTurn at the far end of the mirrored second row.
    const f = fixtures().find((x) => x.name === "chat-turn-sequence-shortcodes")!;
    const chart = (await readSheet(f.text)).sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).flatMap((p) => p.blocks).find((b): b is Flowchart => b.kind === "flowchart" && b.nodes.some((n) => n.label === "UserTurn"))!;
    const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: ["#1971c2"], ink: INK, seed: 1 };
    for (const rows of [2, 3]) {
      const plan = planFlowchart(chart, env, sizesFor(env, 14, 7.5), rows);
      const nodes = [...plan.placement.nodes.values()];
      for (const r of plan.routes.filter((x) => !x.curve)) {
        const others = nodes.filter((n) => n.id !== r.edge.from && n.id !== r.edge.to).map(shapeBox);
        for (const [k, q] of r.points.slice(1).entries()) {
          const p = r.points[k]!;
          for (const o of others) {
            const through = Math.min(p[0], q[0]) < o.x + o.width - 1 && Math.max(p[0], q[0]) > o.x + 1 && Math.min(p[1], q[1]) < o.y + o.height - 1 && Math.max(p[1], q[1]) > o.y + 1;
            expect(through, `${rows} rows: ${r.edge.from} → ${r.edge.to} runs through a node`).toBe(false);
          }
        }
      }
    }
  });

  it("sets lines closer only on a page allowed it, as the last rescue of a panel that fits no other way", () => {
    const items = Array.from({ length: 9 }, (_, i) => rich(`point ${i} that says one thing on a line`));
    const p = panel("list", [{ kind: "bullets", style: "takeaways", items }]);
    // Tall enough at 1.24 em lines, too short at 1.4 em.
    const at = (h: number, denseOk: boolean) => fitPanel(p, { ...ctx(200, h), ...(denseOk ? { denseOk } : {}) });
    let h = 100;
    while (!at(h, true).fits) h += 5;
    expect(at(h, false).fits).toBe(false);
    expect(at(h, true).dense).toBe(true);
    // Room enough without it: the usual lines, whether allowed or not.
    expect(at(h * 1.3, true).dense).toBeUndefined();
  });
});
