// A chapter's prompt as a chat assistant hands it over: a friendly line above the "---", metadata as bold
// labels, the layout drawing pasted without a fence, the plan titled "What goes in each box", box lines that
// tell the designer what to draw, and a closing "Please render at 300 dpi. Thanks!".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Panel } from "../src/model/sheet.js";
import { readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { sectionKindOf } from "../src/read/prompt/sections.js";
import { dropDirections } from "../src/read/prompt/directions.js";
import { richText } from "../src/read/prompt/rich.js";
import { splitCite } from "../src/read/prompt/quote-forms.js";
import { readSheet } from "../src/read/index.js";
import { xmlSections } from "../src/read/xml-sections.js";
import { hashBoxes } from "../src/read/prompt/plain-boxes.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const text = readFileSync(join(FIXTURES_DIR, "prompts", "post-training-chat-assistant-unfenced.txt"), "utf8");
const titles = (ps: Panel[]): string[] => ps.map((p) => p.title);

describe("a chapter a chat assistant wrote (post-training-chat-assistant-unfenced)", () => {
  it("reads the drawing pasted without a fence: five boxes, LABELERS spanning two rows", async () => {
    const { sheet } = await readPromptDocumentAsync(text);
    expect(titles(panelsOf(sheet))).toEqual(["BASE → ASSISTANT", "CHAT TEMPLATE", "LABELERS", "PRETRAIN vs POST-TRAIN", "KEY INSIGHT: you are talking to a simulation of a labeler"]);
    expect(panelsOf(sheet).find((p) => p.title === "LABELERS")?.rowSpan).toBe(2);
  });

  it("takes 'What goes in each box' as the plan: every box gets its section's content", async () => {
    const { sheet } = await readPromptDocumentAsync(text);
    const kinds = Object.fromEntries(panelsOf(sheet).map((p) => [p.title.split(":")[0], p.blocks.map((b) => b.kind).sort()]));
    expect(kinds).toEqual({
      "BASE → ASSISTANT": ["bullets", "flowchart"],
      "CHAT TEMPLATE": ["bullets", "code"],
      LABELERS: ["bullets"],
      "PRETRAIN vs POST-TRAIN": ["table"],
      "KEY INSIGHT": ["quote"],
    });
  });

  it("drops the designer's notes once the plan fills the box, and the closing request", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    const all = panelsOf(sheet).flatMap((p) => [p.title, ...p.lead.map(richText), ...p.blocks.map((b) => JSON.stringify(b))]).join("\n");
    expect(all).not.toMatch(/pipeline arrow|token sequence box|comparison table|Please render/);
    expect(all).toMatch(/who writes/); // a bracketed line naming no form stays: it may be content
    expect(warnings).toContain('line 78: "Please render at 300 dpi. Thanks!" asks the image maker for something; it is not drawn');
  });

  it("reads the bold-label metadata: chapter, title after the dash, series with its speaker, source link", async () => {
    const { sheet } = await readPromptDocumentAsync(text);
    expect(sheet.meta).toMatchObject({ chapter: 9, title: "Post-Training: Conversations", series: "Deep Dive into LLMs", author: "Andrej Karpathy", sourceUrl: "https://www.youtube.com/watch?v=7xTGNNLPyMI" });
  });
});

describe("the pieces, on their own", () => {
  it("knows the plan by the names people give it", () => {
    for (const t of ["📋 What goes in each box", "Box contents", "Contents of each panel", "박스별 내용", "각 박스에 들어갈 내용"]) expect(sectionKindOf(t)).toBe("plan");
    expect(sectionKindOf("What goes wrong")).toBeUndefined();
  });

  it("keeps a box's notes while the plan gives it nothing, and content in brackets always", () => {
    const lead = ["(pipeline arrow)", "Base (lossy 압축)", "(너무 포괄적)"].map((t) => [{ text: t }]);
    const empty: Panel = { id: "a", title: "A (flow diagram)", lead, blocks: [] };
    dropDirections(empty);
    expect(empty.lead).toHaveLength(3);
    expect(empty.title).toBe("A (flow diagram)");
    const filled: Panel = { id: "b", title: "B (flow diagram)", lead, blocks: [{ kind: "paragraph", text: [{ text: "x" }] }] };
    dropDirections(filled);
    expect(filled.lead.map(richText)).toEqual(["Base (lossy 압축)", "(너무 포괄적)"]);
    expect(filled.title).toBe("B");
  });
});

describe("a prompt written with XML tags around its parts (reinforcement-learning-xml-tags)", () => {
  const xml = readFileSync(join(FIXTURES_DIR, "prompts", "reinforcement-learning-xml-tags.txt"), "utf8");

  it("reads <source_text>, <layout>, <content> and <style> as the template's sections, keeping line numbers", () => {
    const out = xmlSections(xml);
    expect(out.split("\n")).toHaveLength(xml.split("\n").length);
    expect(out).toMatch(/^# source text$/m);
    expect(out).toMatch(/^# layout$/m);
    expect(out).not.toMatch(/<\/?(source_text|layout|content|style)>/);
    // Text that merely holds a tag or two is left alone.
    const note = "Use <b>bold</b> here.\n<note>\nkeep\n</note>\n";
    expect(xmlSections(note)).toBe(note);
  });

  it("draws every part in its box, with metadata from <metadata> and the quote's speaker as its cite", async () => {
    const { sheet } = await readSheet(xml);
    expect(sheet.meta).toMatchObject({ title: "14. Reinforcement Learning", titleKr: "14. 강화학습", chapter: 14, series: "deep-dive-llms", author: "Andrej Karpathy" });
    const kinds = Object.fromEntries(panelsOf(sheet).map((p) => [p.title, p.blocks.map((b) => b.kind).sort()]));
    expect(kinds).toEqual({
      "TEXTBOOK ANALOGY": ["table"],
      "TRIAL & ERROR": ["bullets", "flowchart"],
      "WHY NOT HUMANS?": ["bullets", "quote"],
      "THREE STAGES": ["mindmap"],
      TAKEAWAYS: ["bullets"],
    });
    const quote = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "quote");
    expect(quote?.kind === "quote" && [richText(quote.text), quote.cite]).toEqual(["We don't know what is easy or hard for the model.", "Karpathy"]);
  });

  it("splits a speaker off a quote, not a remark after a dash", () => {
    expect(splitCite([{ text: '"Models need tokens to think." — Andrej Karpathy' }])).toEqual({ text: [{ text: '"Models need tokens to think."' }], cite: "Andrej Karpathy" });
    expect(splitCite([{ text: "“9.11이 9.9보다 크다” — 가끔 맞히고 가끔 틀린다" }]).cite).toBeUndefined();
    expect(splitCite([{ text: "“토큰으로 생각한다” — 카파시" }]).cite).toBe("카파시");
  });
});

describe("a prompt in parts with a table for a layout (rlhf-assistant-parts-table)", () => {
  const parts = readFileSync(join(FIXTURES_DIR, "prompts", "rlhf-assistant-parts-table.txt"), "utf8");

  it("knows 'Part 1 — Source material' and 'Part 2 — Page layout (16:9)' as the template's sections", () => {
    expect(sectionKindOf("Part 1 — Source material")).toBe("source");
    expect(sectionKindOf("Part 2 — Page layout (16:9)")).toBe("layout");
    expect(sectionKindOf("Part 3 — Content for each box")).toBe("plan");
  });

  it("takes the table's first row, one cell across the page at 12%, as the title, and emoji lines as the plan's sections", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(parts);
    expect(warnings).toEqual([]);
    expect(sheet.meta.banner).toBe("🎭 RLHF: 검증할 수 없는 것을 배우기");
    expect(sheet.rows.map((r) => r.ratio)).toEqual([12, 50, 38]);
    const kinds = Object.fromEntries(panelsOf(sheet).map((p) => [p.title, p.blocks.map((b) => b.kind).sort()]));
    expect(kinds).toEqual({
      "Reward Model": ["bullets"],
      "Ranking > Scoring": ["table"],
      "RLHF Loop": ["flowchart"],
      "Gaming the Reward": ["bullets", "quote"],
      Takeaways: ["bullets"],
    });
  });
});

describe("boxes drawn with underscores, as on paper (inference-underscore-boxes)", () => {
  const text = readFileSync(join(FIXTURES_DIR, "prompts", "inference-underscore-boxes.txt"), "utf8");

  it("reads ` ____ ` tops, `|____|____|` bottoms and a wall that starts under a border", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    expect(warnings).toEqual([]);
    expect(sheet.meta.banner).toBe("🎲 INFERENCE CHEAT SHEET");
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.map((p) => p.title) : "title"))).toEqual(["title", ["THE LOOP", "BIASED COIN"], ["TAKEAWAYS"]]);
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 60, 30]);
  });
});

describe("boxes labelled on a line of their own (knowledge-of-self-box-labels)", () => {
  const text = readFileSync(join(FIXTURES_DIR, "prompts", "knowledge-of-self-box-labels.txt"), "utf8");

  it("takes the line under `박스 1` as the box's title, and `배치 비율: 제목 10%, …` as the row heights", async () => {
    const { sheet, warnings } = await readPromptDocumentAsync(text);
    expect(warnings).toEqual([]);
    expect(panelsOf(sheet).map((p) => `${p.emoji ?? ""} ${p.title}`)).toEqual(["🪞 자아가 없다", "🤖 누가 만들었나", "🛠️ 해결책", "📌 핵심 정리"]);
    expect(panelsOf(sheet).map((p) => p.blocks.map((b) => b.kind).join("+"))).toEqual(["bullets+quote", "bullets", "table", "bullets"]);
  });
});

describe("hostile input to what this reads", () => {
  it("leaves a long run of underscores that ends in text as it is, and turns a long top into a border", () => {
    const line = `|${"_".repeat(5000)}x`;
    expect(hashBoxes(line)).toBe(line);
    const side = `|${" ".repeat(5000)}|`;
    expect(hashBoxes(` ${"_".repeat(5000)}\n${side}`)).toBe(`+${"-".repeat(5000)}+\n${side}`);
  });

  it("names the first panel a sheet without `layout` has no row for", async () => {
    const text = "---\ntitle: T\n---\n\n" + Array.from({ length: 25 }, (_, i) => `## P${i}\n\n- x\n`).join("\n");
    await expect(readSheet(text)).rejects.toThrow(/25 panels and no `layout` in the frontmatter: rows made in document order hold 20 at most/);
  });
});
