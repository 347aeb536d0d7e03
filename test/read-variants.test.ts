// The template as other people write it: sections headed with an emoji or a number before the name, one
// level deeper under a chapter title, in capitals with short names, or as bold lines; the metadata in a
// ```yaml block; the row shares as a list. Each must read as the example does — the same page to the byte — and not be refused or
// dropped from a series as "not a chapter".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { drawSvg } from "../src/draw/index.js";
import { parsePromptDoc } from "../src/read/prompt/sections.js";
import { ROOT_DIR } from "./fixtures/list.js";

const EXAMPLE = readFileSync(join(ROOT_DIR, "examples", "neural-network-internals.prompt.txt"), "utf8");

/** The example with each top-level `# Name…` heading rewritten by `head`; other lines by `line`. */
function rewrite(head: (name: string, rest: string) => string, line: (l: string) => string = (l) => l): string {
  return EXAMPLE.split("\n")
    .map((l) => {
      const m = /^# (Role Definition|Source Text|Layout Structure|Output Style|Output Structure Plan)(.*)$/.exec(l);
      return m ? head(m[1]!, m[2]!) : line(l);
    })
    .join("\n");
}

const CAPS: Record<string, string> = { "Role Definition": "ROLE", "Source Text": "TRANSCRIPT", "Layout Structure": "LAYOUT", "Output Style": "STYLE", "Output Structure Plan": "CONTENT PLAN" };
const EMOJI: Record<string, string> = { "Role Definition": "🎭", "Source Text": "📜", "Layout Structure": "📐", "Output Style": "🎨", "Output Structure Plan": "🧭" };
const ORDER = Object.keys(CAPS);

const VARIANTS: [string, string][] = [
  ["an emoji before each name", rewrite((n, r) => `# ${EMOJI[n]} ${n}${r}`)],
  ["numbered sections", rewrite((n, r) => `# ${ORDER.indexOf(n) + 1}. ${n}${r}`)],
  ["capitals and short names", rewrite((n) => `# ${CAPS[n]}`)],
  // Everything one level down under a chapter title: sections at ###, the transcript's and plan's ## at ####.
  ["nested under a chapter title", `# Chapter 5 prompt\n\n${rewrite((n, r) => `### ${n}${r}`, (l) => l.replace(/^## /, "#### "))}`],
  // A bold line, with its remark, and the next line of the paragraph going on without a blank line between.
  ["bold lines", rewrite((n, r) => (n === "Source Text" ? `**${n}**\n` : `**${n}**${r}`))],
  // The metadata as a fenced YAML block, the way models often write it, instead of between --- lines.
  ["metadata in a ```yaml block", EXAMPLE.replace(/^---\n([\s\S]*?)\n---\n/m, "```yaml\n$1\n```\n")],
  // The row shares as a list under the ratio heading instead of a table.
  [
    "row shares as a list",
    EXAMPLE.replace(
      /\| 영역 \|[\s\S]*?\n\n/,
      "- 상단 10%: 타이틀 (전체 너비)\n- 중상단 — 20% — Parameters + DJ Knobs Analogy (좌우 2등분)\n- 중앙 45%: Transformer Data Flow (가장 넓게!)\n- 하단 25%: Math Expression + Not a Brain + Takeaways (3등분)\n\n",
    ),
  ],
  // The drawing in ASCII or double-line box characters, and a colon after a box's title.
  ["ASCII boxes", redraw({ "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "─": "-", "│": "|" })],
  ["double-line boxes", redraw({ "┌": "╔", "┐": "╗", "└": "╚", "┘": "╝", "├": "╠", "┤": "╣", "─": "═", "│": "║" })],
  ["a colon after box titles", EXAMPLE.replace("🔢 PARAMETERS  ", "🔢 PARAMETERS: ").replace("🧠 NOT A BRAIN    ", "🧠 NOT A BRAIN:   ")],
  // The plan's sections in another order than the boxes, and its emoji without variation selectors.
  ["plan sections in another order", reorderPlan([4, 0, 2, 1, 3])],
  ["plan emoji without variation selectors", onPlan((plan) => plan.replace(/\uFE0F/g, ""))],
];

function redraw(map: Record<string, string>): string {
  const [from, to] = [EXAMPLE.indexOf("# Layout Structure"), EXAMPLE.indexOf("## 배치 비율")];
  return EXAMPLE.slice(0, from) + [...EXAMPLE.slice(from, to)].map((c) => map[c] ?? c).join("") + EXAMPLE.slice(to);
}

function onPlan(edit: (plan: string) => string): string {
  const [from, to] = [EXAMPLE.indexOf("# Output Structure Plan"), EXAMPLE.indexOf("---\n\n## 이미지")];
  return EXAMPLE.slice(0, from) + edit(EXAMPLE.slice(from, to)) + EXAMPLE.slice(to);
}

function reorderPlan(order: number[]): string {
  return onPlan((plan) => {
    const [head, ...sections] = plan.split(/(?=^## \d\. )/m);
    return head + order.map((k) => sections[k]).join("");
  });
}

const pageOf = async (text: string): Promise<string> => drawSvg(layoutSheet((await readSheet(text, { file: "ch5.txt" })).sheet));

describe("the template written other ways", async () => {
  const expected = await pageOf(EXAMPLE);
  for (const [name, text] of VARIANTS) {
    it(`${name}: read as a prompt document, the same page as the example`, async () => {
      expect(text).not.toBe(EXAMPLE);
      expect(detectInputKind(text)).toBe("prompt");
      const kinds = parsePromptDoc(text).sections.map((s) => s.kind).filter((k) => k !== "other");
      expect(kinds).toEqual(["role", "source", "layout", "style", "plan", "image"]);
      expect(await pageOf(text)).toBe(expected);
    });
  }

  it("a numbered heading in a pasted transcript that only begins with a section's name does not cut it short", () => {
    const text = EXAMPLE.replace("## 5. Neural Network Internals", "# 1. Source of the numbers\n\n## 5. Neural Network Internals");
    const doc = parsePromptDoc(text);
    expect(doc.sections.filter((s) => s.kind === "source")).toHaveLength(1);
    expect(doc.sections.find((s) => s.kind === "source")!.nodes.some((n) => n.type === "heading" && n.depth === 1)).toBe(true);
  });

  it("notes with ordinary headings are still not a chapter", () => {
    expect(() => detectInputKind("# Deep Dive into LLMs\n\n## Notes\n\n**Todo**: redo chapter 8\n")).toThrow(/not a nanosheet input/);
  });
});
