// Moves for balance: a panel drawn at the minimum beside a nearly bare one in its row gives a block to a panel
// the reader found sharing the block's words; a page without such a row, or a block without such panels, stays.
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { bareBesideCrowded, BARE, panelFill } from "../src/layout/bare.js";
import { layoutReport } from "../src/export/report.js";
import type { Block, Sheet } from "../src/model/sheet.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { bullets, crowdedRow, panel, para, quoteOf, sheetOf } from "./layout-helpers.js";

const quote = (at: Block["at"]): Block => quoteOf("A fixed mathematical expression, with no memory and no state: the same input always gives the same output, token after token.", at);

/** Panel a: a pinned list and the quote; b and c: a line each, all in one row. */
const row = (items: number, quoteAt: Block["at"]): Sheet => crowdedRow(items, quote(quoteAt));

const byId = (s: PositionedSheet, id: string) => s.panels.find((p) => p.id === id)!;
const blocksOf = (s: Sheet, id: string): Block[] => s.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === id)!.blocks;

/** The fewest list items at which panel a is drawn at the minimum size and still fits, beside bare b and c. */
function crowdedButFitting(): number {
  for (let n = 2; n <= 60; n++) {
    const laid = layoutSheet(row(n, { line: 9, reason: "words: memory" }), { repair: false });
    const a = byId(laid, "a");
    if (a.overflow) break;
    if (a.fontPx <= a.minFontPx && panelFill(byId(laid, "b")) < BARE) return n;
  }
  throw new Error("no list length draws panel a at the minimum without overflow");
}

describe("moves for balance", () => {
  const n = crowdedButFitting();

  it("moves the quote out of the panel at the minimum to the bare neighbour that shares its words", () => {
    const sheet = row(n, { line: 9, reason: "words: memory", matches: ["a", "b"] });
    expect(bareBesideCrowded(layoutSheet(sheet, { repair: false })).bare).toContain("b");
    const laid = layoutSheet(sheet);
    expect(laid.moves).toEqual([{ from: "a", to: "b", kind: "quote", line: 9, balance: true }]);
    expect(blocksOf(laid.sheet!, "b").map((b) => b.kind)).toEqual(["paragraph", "quote"]);
    expect(byId(laid, "a").fontPx).toBeGreaterThan(byId(laid, "a").minFontPx);
    expect(bareBesideCrowded(laid).bare).not.toContain("b");
    const report = layoutReport(laid, 96, laid.sheet);
    expect(report.panels.find((p) => p.id === "b")!.blocks.map((b) => [b.kind, b.reason])).toContainEqual(["quote", "balance (moved from a)"]);
    // The input sheet is untouched.
    expect(blocksOf(sheet, "a").map((b) => b.kind)).toEqual(["bullets", "quote"]);
  });

  it("moves nothing to a panel that does not share the block's words", () => {
    for (const at of [{ line: 9, reason: "words: memory" }, { line: 9, reason: "words: memory", matches: ["a", "d"] }]) {
      const laid = layoutSheet(row(n, at));
      expect(laid.moves?.filter((m) => m.to === "b" || m.to === "c") ?? []).toEqual([]);
    }
  });

  it("moves no block on a page with no panel at the minimum beside a bare one", () => {
    const calm = row(Math.max(2, n - 6), { line: 9, reason: "words: memory", matches: ["a", "b"] });
    const laid = layoutSheet(calm);
    expect(bareBesideCrowded(laid).bare).toEqual([]);
    expect(laid.moves).toBeUndefined();
    // Each panel holds what the reader put there (its fuller panel may be drawn wider: fit-even.test.ts).
    const kinds = (s: PositionedSheet): string[][] => s.panels.map((p) => p.blocks.map((b) => b.kind));
    expect(kinds(laid)).toEqual(kinds(layoutSheet(calm, { repair: false })));
  });

  it("trades a quote placed by room for one in the panel it is about, unless that one says its panel's box lines again", () => {
    const q = (text: string, at: Block["at"]): Block => ({ kind: "quote", text: [{ text }], cite: "A. K.", at });
    const room = q("You can loosely think of this as synthetic brain tissue", { line: 7, reason: "room", matches: ["y"] });
    const words = q("It is a fixed mathematical expression, no memory and no state", { line: 8, reason: "words: memory, state", matches: ["y", "x"] });
    const page = (inY: Block): Sheet =>
      sheetOf([
        { kind: "title", ratio: 10 },
        { kind: "panels", ratio: 45, panels: [panel("x", [para("multiply, add, divide"), room]), panel("y", [para("a brain is not a formula"), inY])] },
        { kind: "panels", ratio: 45, panels: [panel("z", [bullets(6)])] },
      ]);
    const laid = layoutSheet(page(words));
    expect(laid.moves).toEqual([
      { from: "x", to: "y", kind: "quote", line: 7, balance: true },
      { from: "y", to: "x", kind: "quote", line: 8, balance: true },
    ]);
    expect(blocksOf(laid.sheet!, "y").at(-1)!.at).toEqual({ line: 7, reason: "balance (moved from x)" });
    // The quote in y is y's box line in the speaker's words (`echo`, the line left out of y's lead for it): it is
    // y's most of all, whatever else its words name.
    expect(layoutSheet(page({ ...words, at: { ...words.at!, echo: [[{ text: "no memory, no state" }]] } } as Block)).moves).toBeUndefined();
    // Without a match back to x, the quote in y stays where the reader put it.
    expect(layoutSheet(page({ ...words, at: { ...words.at!, matches: ["y"] } } as Block)).moves).toBeUndefined();
  });
});

// A panel a move for room left bare is not the box a designer fills with any line sharing a word with it: a quote
// placed by its words stays in the panel it is most about (only one that matches the bare panel better goes).
describe("a panel bare because its content left for room", () => {
  const list = { ...bullets(40), at: { line: 3, reason: "room", alternatives: ["f"] } } as Block;
  const page = (quoteAt: Block["at"]): Sheet =>
    sheetOf([
      { kind: "title", ratio: 10 },
      { kind: "panels", ratio: 25, panels: [panel("e", [list])] },
      { kind: "panels", ratio: 65, panels: [panel("f", [para("넓은 칸")]), panel("t", [para("인용이 말하는 주제"), bullets(24), quote(quoteAt)])] },
    ]);
  it("takes no quote placed by its words elsewhere that merely shares a word with it", () => {
    const laid = layoutSheet(page({ line: 9, reason: "words: memory", matches: ["t", "e"] }));
    expect(laid.moves?.[0]).toMatchObject({ from: "e", to: "f" });
    expect(laid.moves?.filter((m) => m.to === "e") ?? []).toEqual([]);
    expect(blocksOf(laid.sheet!, "t").map((b) => b.kind)).toEqual(["paragraph", "bullets", "quote"]);
  });
  it("takes one that matches it better than the panel it is in", () => {
    const laid = layoutSheet(page({ line: 9, reason: "words: memory", matches: ["e", "t"] }));
    expect(laid.moves).toContainEqual({ from: "t", to: "e", kind: "quote", line: 9, balance: true });
  });
});

describe("a block placed by room that its panel shares no words with", () => {
  const n = crowdedButFitting();
  const calm = (at: Block["at"]): Sheet => row(Math.max(2, n - 6), at);
  const bareCount = (s: PositionedSheet): number => s.panels.filter((p) => panelFill(p) < BARE).length;

  it("goes into a nearly bare panel on the real fit, the barest first, and fewer panels are bare", () => {
    const sheet = calm({ line: 9, reason: "room" });
    const before = layoutSheet(sheet, { repair: false });
    const laid = layoutSheet(sheet);
    const to = laid.moves?.find((m) => m.kind === "quote")?.to;
    expect(["b", "c"]).toContain(to);
    expect(blocksOf(laid.sheet!, to!).map((b) => b.kind)).toEqual(["paragraph", "quote"]);
    expect(bareCount(laid)).toBeLessThan(bareCount(before));
  });

  it("stays when it shares words with its panel, or was placed there by its words", () => {
    for (const at of [{ line: 9, reason: "room", matches: ["a"] }, { line: 9, reason: "words: memory" }]) {
      const laid = layoutSheet(calm(at));
      expect(laid.moves?.filter((m) => m.kind === "quote") ?? []).toEqual([]);
    }
  });
});
