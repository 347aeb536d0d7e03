// A figure, list or quote moved out of its panel for room carries a small tag naming the panel it is about, with an arrow
// pointing there; a figure that was never about the panel it left (placed there by room) gets none, and a tag
// that would cost room is left off.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { layoutReport } from "../src/export/report.js";
import { toSheetMarkdown } from "../src/export/markdown.js";
import { pointer, tagText } from "../src/layout/whose.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

async function laidOut(name: string, page: "a4" | "16:9") {
  const { sheet } = await readSheet(readFileSync(join(FIXTURES_DIR, "prompts", `${name}.txt`), "utf8"), { page });
  const laid = layoutSheet(sheet, { page });
  return { sheet, laid, report: layoutReport(laid, 96, laid.sheet ?? sheet) };
}

describe("the tool-use chapter: the code-interpreter loop drawn in WEB SEARCH", async () => {
  const { laid, report } = await laidOut("tool-use-search-shared-walls-sequence-keycaps", "a4");
  const web = report.panels.find((p) => /^WEB SEARCH/.test(p.title))!;

  it("is tagged with its own panel, the arrow pointing down to it, just above the chart", () => {
    const k = web.blocks.findIndex((b) => b.kind === "flowchart" && /too big for code-interpreter/.test(b.reason ?? ""));
    expect(k).toBeGreaterThan(0);
    const tag = web.blocks[k - 1]!;
    expect(tag).toMatchObject({ kind: "paragraph", text: "↓ 🐍 CODE INTERPRETER", reason: "room (captions a block moved from code-interpreter)" });
    expect(tag.y + tag.height).toBeLessThanOrEqual(web.blocks[k]!.y + 1);
  });

  it("costs nothing: the page still fits", () => {
    expect(laid.panels.filter((p) => p.overflow)).toEqual([]);
  });

  it("is written to the sheet Markdown as the line just before the chart, where a caption stands", () => {
    const md = toSheetMarkdown(laid.sheet!);
    const at = md.indexOf("↓ 🐍 CODE INTERPRETER");
    expect(at).toBeGreaterThan(0);
    expect(md.slice(at, md.indexOf("```mermaid", at)).trim()).toBe("↓ 🐍 CODE INTERPRETER");
  });
});

describe("a figure the reader placed by room, moved on", async () => {
  // The grand summary's overview map (LLM psychology, matching four small panels a little) was set in THE THREE
  // STAGES for room and moves on to WHO AM I TALKING TO: it was never THE THREE STAGES', so no arrow says so.
  const { report } = await laidOut("grand-summary-dense-crlf", "a4");
  it("gets no tag", () => {
    const who = report.panels.find((p) => /^WHO AM I TALKING TO/.test(p.title))!;
    const k = who.blocks.findIndex((b) => b.kind === "mindmap" && /moved from the-three-stages/.test(b.reason ?? ""));
    expect(k).toBeGreaterThanOrEqual(0);
    // (The quotes moved out of their panels on this page are tagged; the map, never THE THREE STAGES', is not.)
    expect(who.blocks[k - 1]?.reason ?? "").not.toMatch(/^room \(captions a block moved from/);
  });
});

describe("a figure whose caption is its own", async () => {
  // The inference chapter's loop is captioned **추론**; the pointer joins that caption in brackets.
  const { report } = await laidOut("inference-loop-chains", "a4");
  it("gets the pointer after its caption", () => {
    const texts = report.panels.flatMap((p) => p.blocks).map((b) => b.text);
    expect(texts).toContain("추론 (↓ 🧊 INFERENCE ≠ TRAINING)");
  });
});

describe("pointer", () => {
  const box = (x: number, y: number, width = 100, height = 100) => ({ x, y, width, height });
  it("points straight along a shared column or row, diagonally otherwise", () => {
    expect(pointer(box(0, 200), box(0, 0))).toBe("↑");
    expect(pointer(box(0, 0), box(50, 200))).toBe("↓");
    expect(pointer(box(0, 0), box(300, 20))).toBe("→");
    expect(pointer(box(300, 0), box(0, 0, 100, 400))).toBe("←");
    expect(pointer(box(300, 300), box(0, 0))).toBe("↖\uFE0E");
    expect(pointer(box(0, 300), box(300, 0))).toBe("↗\uFE0E");
    expect(pointer(box(300, 0), box(0, 300))).toBe("↙\uFE0E");
    expect(pointer(box(0, 0), box(300, 300))).toBe("↘\uFE0E");
  });
  it("cuts a long title at a word", () => {
    const panel = { id: "p", emoji: "🧪", title: "TEST-TIME TRAINING AND CONTINUAL LEARNING", lead: [], blocks: [] };
    expect(tagText("←", panel)).toBe("← 🧪 TEST-TIME TRAINING AND…");
  });
  it("names a title without the gloss in brackets at its end, unless that is all it says", () => {
    const at = (title: string) => tagText("↑", { id: "p", emoji: "🧮", title, lead: [], blocks: [] });
    expect(at("토큰당 계산량은 유한 (Finite Compute per Token)")).toBe("↑ 🧮 토큰당 계산량은 유한");
    expect(at("Move 37 (37수)")).toBe("↑ 🧮 Move 37");
    expect(at("(Q&A)")).toBe("↑ 🧮 (Q&A)");
  });
});

describe("a section's list moved into the takeaways panel", async () => {
  // The where-to chapter at A4: the together.ai / Hyperbolic points leave Open Weights, whose table fills it,
  // for the takeaways sidebar, where without a word they would read as takeaways.
  const { report } = await laidOut("where-to-use-llms-pipe-table-layout-positional-plan-quadrant", "a4");
  it("is tagged with the panel it is about, the takeaways themselves untagged", () => {
    const side = report.panels.find((p) => /^Key Takeaways/.test(p.title))!;
    const k = side.blocks.findIndex((b) => b.kind === "bullets" && /^together\.ai/.test(b.text));
    expect(side.blocks[k - 1]).toMatchObject({ kind: "paragraph", text: "← 🔓 Open Weights & Base 모델" });
    const takeaways = side.blocks.findIndex((b) => /^파라가기|^따라가기/.test(b.text));
    expect(side.blocks[takeaways - 1]?.kind ?? "none").not.toBe("paragraph");
  });
});

describe("a quote moved out of the panel it is about", async () => {
  // The FineWeb chapter at 16:9: "It's a design decision…" is LANGUAGE FILTER's quote, too big for that panel beside
  // its chart; it stands in DEDUP & PII, where without a word it would read as said of deduplication.
  const { report } = await laidOut("fineweb-equals-walls-arrow-steps-callout", "16:9");
  it("is tagged with its panel, just above the quote card, the arrow pointing across the row", () => {
    const dedup = report.panels.find((p) => /^DEDUP/.test(p.title))!;
    const k = dedup.blocks.findIndex((b) => b.kind === "quote" && /^It's a design decision/.test(b.text));
    expect(dedup.blocks[k]!.reason).toMatch(/language-filter/);
    expect(dedup.blocks[k - 1]).toMatchObject({ kind: "paragraph", text: "← 🌍 LANGUAGE FILTER", reason: "room (captions a block moved from language-filter)" });
    expect(dedup.blocks[k - 1]!.y + dedup.blocks[k - 1]!.height).toBeLessThanOrEqual(dedup.blocks[k]!.y + 1);
  });
});

describe("a quote set beside the full panel it is about", async () => {
  // ASSISTANT HACK's table fills it at the legible minimum; its quote ("Here is a conversation between an AI
  // assistant…") shares that panel's words alone, so it stands in REGURGITATION above, saying whose it is.
  const { report } = await laidOut("base-model-llama-tall-left", "a4");
  const regurgitation = report.panels.find((p) => /^REGURGITATION/.test(p.title))!;
  const k = regurgitation.blocks.findIndex((b) => b.kind === "quote" && /^Here is a conversation/.test(b.text));

  it("is reported as too big for that panel, and tagged with it just above", () => {
    expect(regurgitation.blocks[k]?.reason).toBe("room (too big for assistant-hack)");
    expect(regurgitation.blocks[k - 1]).toMatchObject({ kind: "paragraph", text: "↓ 💬 ASSISTANT HACK" });
  });

  it("is named only when its words share that one panel: a quote also about two others stays plain `room`", async () => {
    // The RL chapter's "We sample maybe 15 solutions" shares RL이란, 응답 길이 ↑ and the comparison table alike: no
    // one home to point to.
    const { report: rl } = await laidOut("deepseek-rl-dense-eight-boxes", "a4");
    const quote = rl.panels.flatMap((p) => p.blocks).find((b) => b.kind === "quote" && /^We sample maybe 15 solutions/.test(b.text));
    expect(quote?.reason).toBe("room");
  });
});
