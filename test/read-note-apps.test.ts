// A chapter kept in a note-taking app (hallucination-obsidian-callouts.md): the app's own properties at the top of
// the file, `==highlights==`, `[[links]]` to other notes, `> [!quote] Name` callouts, a plan headed just "Plan"
// with emoji after the section titles, and boxes titled `1. WHY IT HAPPENS` over a Korean note. Each rule is
// tested on a small input of its own and on the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelsOf, type Block, type Panel, type Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { phrasingSpans } from "../src/read/inline.js";
import { joinWrappedItems } from "../src/read/prompt/box-lines.js";
import { sectionKindOf } from "../src/read/prompt/sections.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const FILE = "prompts/hallucination-obsidian-callouts.md";
const read = async (): Promise<{ sheet: Sheet; warnings: string[] }> =>
  readSheet(readFileSync(join(FIXTURES_DIR, FILE), "utf8"), { file: FILE });
const panel = (sheet: Sheet, title: RegExp): Panel => {
  const p = panelsOf(sheet).find((x) => title.test(x.title));
  if (!p) throw new Error(`no panel ${title} in ${panelsOf(sheet).map((x) => x.title).join(", ")}`);
  return p;
};
const text = (value: string) => phrasingSpans([{ type: "text", value }]);
const quotes = (p: Panel): Extract<Block, { kind: "quote" }>[] => p.blocks.filter((b): b is Extract<Block, { kind: "quote" }> => b.kind === "quote");

describe("a plan headed in few words", () => {
  it("reads Plan, Sheet plan, 플랜 and 계획 as the plan; a plan of something else is not", () => {
    for (const t of ["Plan", "## Plan", "Sheet plan", "Cheat sheet plan", "Panel plan (per box)", "플랜", "구성 계획", "계획:"]) expect(sectionKindOf(t), t).toBe("plan");
    expect(sectionKindOf("Layout plan")).toBe("layout");
    expect(sectionKindOf("Plans for next week")).toBeUndefined();
    expect(sectionKindOf("Planning the study session")).toBeUndefined();
  });
});

describe("inline marks of note apps", () => {
  it("draws ==highlight== and <mark> as the bold key term, and leaves a comparison with == alone", () => {
    expect(text("the ==Llama 3== paper")).toEqual([{ text: "the " }, { text: "Llama 3", bold: true }, { text: " paper" }]);
    expect(text("parameters == vague recollection, context == working memory")).toEqual([{ text: "parameters == vague recollection, context == working memory" }]);
    expect(text("a ==b== and ==c==")).toEqual([{ text: "a " }, { text: "b", bold: true }, { text: " and " }, { text: "c", bold: true }]);
    const marked = phrasingSpans([{ type: "html", value: "<mark>" }, { type: "text", value: "key" }, { type: "html", value: "</mark>" }]);
    expect(marked).toEqual([{ text: "key", bold: true }]);
  });

  it("draws [[links]] to other notes as the words they show, and leaves nested brackets of numbers alone", () => {
    expect(text("see [[sampling]] and [[Tokenization#BPE|byte pairs]]")).toEqual([{ text: "see sampling and byte pairs" }]);
    expect(text("shape [[1, 2]] tensor")).toEqual([{ text: "shape [[1, 2]] tensor" }]);
  });
});

describe("a box titled with a number", () => {
  it("keeps a box's numbered first line as its title, not an item the next line goes on", () => {
    const at = (t: string, line: number, col: number) => ({ text: t, line, col });
    expect(joinWrappedItems([at("1. WHY IT HAPPENS", 1, 2), at("통계적 어조 모방", 2, 4)]).map((l) => l.text)).toEqual(["1. WHY IT HAPPENS", "통계적 어조 모방"]);
    // A wrapped bullet further down still goes on.
    expect(joinWrappedItems([at("TITLE", 1, 2), at("- one node,", 2, 2), at("rented", 3, 4)]).map((l) => l.text)).toEqual(["TITLE", "- one node, rented"]);
  });
});

describe("the note-app chapter", () => {
  it("reads the plan, titles each panel from its box and takes the emoji its plan section has", async () => {
    const { sheet, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(panelsOf(sheet).map((p) => `${p.emoji} ${p.title}`)).toEqual([
      "🤔 1. WHY IT HAPPENS",
      "🔍 2. KNOW WHAT YOU DON'T KNOW",
      "🛠️ 3. TOOL USE",
      "🧠 4. PARAMETERS vs CONTEXT",
      "✅ 5. TAKEAWAYS",
    ]);
    expect(panel(sheet, /WHY IT HAPPENS/).lead.map((l) => l.map((s) => s.text).join(""))).toEqual(["통계적 어조 모방"]);
    expect(panel(sheet, /KNOW WHAT/).blocks.map((b) => b.kind)).toEqual(["flowchart", "bullets"]);
  });

  it("takes the chapter's metadata from the Source Text, over the app's properties at the top", async () => {
    const { sheet } = await read();
    expect(sheet.meta).toMatchObject({ author: "Andrej Karpathy", chapter: 9, sourceUrl: "https://www.youtube.com/watch?v=7xTGNNLPyMI&t=5405s" });
    expect(JSON.stringify(sheet)).not.toMatch(/source_url:|tags:/);
  });

  it("signs a [!quote] callout with the name on its title line", async () => {
    const { sheet } = await read();
    const [q] = quotes(panel(sheet, /WHY IT HAPPENS/));
    expect(q?.cite).toBe("Karpathy");
    expect(q?.text.map((s) => s.text).join("")).toBe("These models are just imitating the statistical patterns of their training set.");
  });

  it("draws the highlights bold and the note links as words", async () => {
    const { sheet } = await read();
    const texts = [...JSON.stringify(sheet.rows).matchAll(/"text":("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(texts.filter((t) => /==|\[\[/.test(t))).toEqual([]);
    expect(texts.join(" ")).toContain("sampling");
    const know = panel(sheet, /KNOW WHAT/).blocks.find((b) => b.kind === "bullets");
    expect(JSON.stringify(know)).toContain('{"text":"Llama 3","bold":true}');
  });
});
