// A footnote the reader sets right after the block that refers to it (`[2] DeepSeek-AI (2025) …` after a list
// carrying `[2]`) explains that block: wherever layout moves the block, for room or for balance, its notes go
// along, set right after it, and never move alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { companionsOf, notesOf, rides } from "../src/layout/caption.js";
import { put, take } from "../src/layout/move.js";
import { layoutSheet } from "../src/layout/index.js";
import { readSheet } from "../src/read/index.js";
import { panelsOf, type Block, type Sheet } from "../src/model/sheet.js";
import { fixtures } from "./fixtures/list.js";
import { panel } from "./layout-helpers.js";

const p = (text: string): Block => ({ kind: "paragraph", text: [{ text }] });
const list = (...items: string[]): Block => ({ kind: "bullets", style: "plain", items: items.map((text) => [{ text }]) });
const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.kind === "paragraph" ? b.text.map((s) => s.text).join("") : b.kind));

describe("which blocks are a block's notes", () => {
  const results = list("AIME 정확도 ↑", "공개 논문으로 첫 사례[2]", "교과서 비유[3]");
  const two = p("[2] DeepSeek-AI (2025), DeepSeek-R1 논문.");
  const three = p("[3] 강의 2:07:30.");
  const blocks = [p("앞 문단"), results, two, three, p("[4] 아무도 가리키지 않는 주석.")];

  it("takes the footnotes right after a block whose own text carries their numbers", () => {
    expect(notesOf(blocks, results)).toEqual([two, three]);
    expect(companionsOf(blocks, results)).toEqual([two, three]);
    expect(notesOf(blocks, blocks[0]!)).toEqual([]);
  });

  it("a note rides with its block; a paragraph opening with a number nothing before carries does not", () => {
    expect(blocks.map((_, k) => rides(blocks, k))).toEqual([false, false, true, true, false]);
  });

  it("a line opening with a bracketed time is no note", () => {
    const timed = [list("교과서 비유 [2:07:30]"), p("[2:07:30] 교과서를 떠올려 보세요.")];
    expect(notesOf(timed, timed[0]!)).toEqual([]);
  });

  it("a block taken out of a panel takes its notes, and they arrive right after it", () => {
    const from = panel("r1", blocks);
    const t = take(from, results, "room (too big for r1)");
    expect(texts(t.rest.blocks)).toEqual(["앞 문단", "[4] 아무도 가리키지 않는 주석."]);
    expect(t.notes?.map((n) => n.at?.reason)).toEqual(["room (notes a block moved from r1)", "room (notes a block moved from r1)"]);
    const to = put(panel("big", [p("다른 내용"), p("마지막 문단")]), t);
    expect(texts(to.blocks)).toEqual(["다른 내용", "마지막 문단", "bullets", "[2] DeepSeek-AI (2025), DeepSeek-R1 논문.", "[3] 강의 2:07:30."]);
  });
});

/** For every panel block that opens with a footnote number, the panel holding a block that carries that number. */
function strayNotes(sheet: Sheet): string[] {
  const out: string[] = [];
  const panels = panelsOf(sheet);
  const carries = (b: Block, n: string): boolean => b.kind === "bullets" ? b.items.some((i) => i.some((s) => s.text.includes(`[${n}]`))) : (b.kind === "paragraph" || b.kind === "quote") && !/^\[\d+\]\s/.test(b.text.map((s) => s.text).join("")) && b.text.some((s) => s.text.includes(`[${n}]`));
  for (const pn of panels)
    for (const b of pn.blocks) {
      const n = b.kind === "paragraph" ? /^\[(\d+)\]\s/.exec(b.text.map((s) => s.text).join(""))?.[1] : undefined;
      if (n === undefined) continue;
      const home = panels.find((q) => q.blocks.some((x) => carries(x, n)));
      if (home && home.id !== pn.id) out.push(`[${n}] in ${pn.id}, its block in ${home.id}`);
    }
  return out;
}

describe("every chapter with footnotes keeps each note in the panel of the block it explains", () => {
  for (const f of fixtures().filter((x) => x.kind === "prompt" && /\[\^[\w-]+\]:/.test(x.text))) {
    for (const page of ["a4", "16:9"] as const) {
      it(`${f.name} at ${page}`, async () => {
        const { sheet } = await readSheet(readFileSync(f.path, "utf8"), { file: f.path });
        const laid = layoutSheet(sheet, { page });
        expect(strayNotes(laid.sheet ?? sheet)).toEqual([]);
      });
    }
  }
});
