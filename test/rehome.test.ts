// The layout repair: blocks the reader placed by meaning or room move out of a panel that overflows at the
// minimum size to a panel that really fits them; pinned blocks move only as the last resort; a page that fits is
// left alone.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { CAPTION_OF } from "../src/layout/rehome.js";
import { balancedSplit } from "../src/layout/split.js";
import { readSheet } from "../src/read/index.js";
import { layoutReport } from "../src/export/report.js";
import { toSheetMarkdown } from "../src/export/markdown.js";
import type { Block, Sheet } from "../src/model/sheet.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { fixtures, HAS_SEED, SEED_PATH, ROOT_DIR } from "./fixtures/list.js";
import { crowdedRow, quoteOf } from "./layout-helpers.js";

const longQuote = (at: Block["at"]): Block => quoteOf("A fixed mathematical expression, with no memory and no state: the same input always gives the same output, token after token, however long the conversation runs on.", at);

/** Panel a: a pinned list and the quote; b and c: a line each. */
const crowded = (items: number, quoteAt: Block["at"]): Sheet => crowdedRow(items, longQuote(quoteAt));

/** The sheet with every panel row's widths stated (evenly), as a document that writes them. */
const stated = (s: Sheet): Sheet => ({ ...s, rows: s.rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => ({ ...p, width: 1 / r.panels.length })) } : r)) });
const overflowing = (p: PositionedSheet): string[] => p.panels.filter((x) => x.overflow).map((x) => x.id);
const blocksOf = (s: Sheet, id: string): Block[] => s.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === id)!.blocks;

/** The fewest list items at which panel a overflows with its quote pinned there but fits without it. */
function crowdedEnough(): number {
  for (let n = 4; n <= 60; n += 2) {
    const pinned = layoutSheet(crowded(n, { line: 9, reason: "title" }), { repair: false });
    const alone = crowded(n, undefined);
    blocksOf(alone, "a").pop();
    if (overflowing(pinned).includes("a") && overflowing(layoutSheet(alone)).length === 0) return n;
  }
  throw new Error("no list length makes panel a overflow only with its quote");
}

describe("moving blocks out of overflowing panels", () => {
  const n = crowdedEnough();

  it("moves the quote placed by its words to the best-ranked panel that fits, and nothing overflows", () => {
    const sheet = crowded(n, { line: 9, reason: "words: memory, state", alternatives: ["c", "b", "d"] });
    const laid = layoutSheet(sheet);
    expect(overflowing(laid)).toEqual([]);
    expect(laid.moves).toEqual([{ from: "a", to: "c", kind: "quote", line: 9 }]);
    // The repaired sheet is what was laid out; the input sheet is untouched.
    expect(blocksOf(laid.sheet!, "a").map((b) => b.kind)).toEqual(["bullets"]);
    const moved = blocksOf(laid.sheet!, "c").at(-1)!;
    expect(moved.kind).toBe("quote");
    // Placed in a by its words, it keeps a as the panel it is about: it may go home when the page has room.
    expect(moved.at).toEqual({ line: 9, reason: "room (moved from a)", matches: ["a"] });
    expect(blocksOf(sheet, "a").map((b) => b.kind)).toEqual(["bullets", "quote"]);
    // The report follows the moved block.
    const report = layoutReport(laid, 96, laid.sheet);
    const c = report.panels.find((p) => p.id === "c")!;
    expect(c.blocks.map((b) => [b.kind, b.reason])).toContainEqual(["quote", "room (moved from a)"]);
  });

  it("says a block placed by room went home when it lands in the panel it matches best", () => {
    const laid = layoutSheet(crowded(n, { line: 9, reason: "room", alternatives: ["c", "b", "d"], matches: ["c", "a"] }));
    expect(overflowing(laid)).toEqual([]);
    // It keeps the panels it matches: a block moved for room may still go home later, when the page has room.
    expect(blocksOf(laid.sheet!, "c").at(-1)!.at).toEqual({ line: 9, reason: "room (moved home from a)", matches: ["c", "a"] });
  });

  it("moves a pinned block only as the last resort: alone, to the nearest panel that takes it", () => {
    for (const at of [{ line: 9, reason: "title" }, { line: 9, reason: "emoji" }]) {
      // The widths are the document's (stated): the row cannot draw panel a wider instead.
      const laid = layoutSheet(stated(crowded(n, at)));
      expect(overflowing(laid)).toEqual([]);
      // The quote, not the pinned list that is the panel's own content; b is the nearest panel in reading order.
      expect(laid.moves).toEqual([{ from: "a", to: "b", kind: "quote", line: 9 }]);
      expect(blocksOf(laid.sheet!, "a").map((b) => b.kind)).toEqual(["bullets"]);
      expect(blocksOf(laid.sheet!, "b").at(-1)!.at?.reason).toBe("room (too big for a)");
    }
  });

  it("keeps a pinned block home when its row, of widths the document left unstated, can draw its panel wider", () => {
    const laid = layoutSheet(crowded(n, { line: 9, reason: "emoji" }));
    expect(overflowing(laid)).toEqual([]);
    expect(laid.moves).toBeUndefined();
    expect(blocksOf(laid.sheet!, "a").map((b) => b.kind)).toEqual(["bullets", "quote"]);
    const widths = laid.sheet!.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).filter((p) => ["a", "b", "c"].includes(p.id)).map((p) => p.width!);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  it("gives the box back the lines only the moved block said again", () => {
    const laid = layoutSheet(crowded(n, { line: 9, reason: "words: memory", alternatives: ["c"], echo: [[{ text: "no memory, no state" }]] }));
    expect(laid.moves).toEqual([{ from: "a", to: "c", kind: "quote", line: 9 }]);
    const a = laid.sheet!.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === "a")!;
    expect(a.lead).toEqual([[{ text: "no memory, no state" }]]);
    expect(blocksOf(laid.sheet!, "c").at(-1)!.at).toEqual({ line: 9, reason: "room (moved from a)", matches: ["a"] });
  });

  it("never moves a block the prompt reader did not place (sheet Markdown sections, sheets built in code)", () => {
    for (const at of [{ line: 9, reason: "section" }, undefined]) {
      // Crowded past what setting its lines closer and widening its panel (the last rescues) cure.
      const sheet = crowded(n + 40, at);
      const list = blocksOf(sheet, "a")[0]!;
      if (at) list.at = { line: 3, reason: "section" };
      else delete list.at;
      const laid = layoutSheet(sheet);
      expect(overflowing(laid)).toContain("a");
      expect(laid.moves).toBeUndefined();
    }
  });

  it("prefers a movable block to a pinned one", () => {
    const sheet = crowded(n, { line: 9, reason: "words: memory", alternatives: ["c"] });
    expect(layoutSheet(sheet).moves).toEqual([{ from: "a", to: "c", kind: "quote", line: 9 }]);
  });

  it("lays out a sheet that fits identically with or without alternatives on its blocks", () => {
    const fits = crowded(Math.max(2, n - 12), { line: 9, reason: "words: memory", alternatives: ["c", "b", "d"] });
    const plain = crowded(Math.max(2, n - 12), { line: 9, reason: "words: memory" });
    const a = layoutSheet(fits);
    expect(overflowing(a)).toEqual([]);
    expect(a.moves).toBeUndefined();
    // The same page: the repaired sheet it may carry (a packed panel drawn wider) differs only by the alternatives.
    const page = (s: PositionedSheet): string => JSON.stringify({ ...s, sheet: undefined });
    expect(page(a)).toBe(page(layoutSheet(plain)));
  });
});

describe("the reader's alternatives", () => {
  const inputs = [...(HAS_SEED ? [{ name: "seed", path: SEED_PATH }] : []), ...fixtures().filter((f) => f.kind === "prompt")];
  it.each(inputs.map((f) => [f.name, f.path] as const))("%s: only blocks placed by words or room (or quotes a box line sent) carry alternatives, never their own panel", async (_, path) => {
    const { sheet } = await readSheet(readFileSync(path, "utf8"));
    const ids = new Set(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.map((p) => p.id) : [])));
    let movable = 0;
    let byMeaning = 0;
    for (const row of sheet.rows) {
      if (row.kind !== "panels") continue;
      for (const p of row.panels) {
        for (const b of p.blocks) {
          if (/^(room|words: )/.test(b.at?.reason ?? "")) byMeaning++;
          const alts = b.at?.alternatives;
          if (!alts) continue;
          movable++;
          // A quote a box's line sends there (`+ 💬 명언`) may move on by its words too.
          if (b.at?.reason === "box line") expect(b.kind).toBe("quote");
          else expect(b.at!.reason!).toMatch(/^(room|words: )/);
          expect(alts).not.toContain(p.id);
          for (const id of alts) expect(ids.has(id)).toBe(true);
          expect(new Set(alts).size).toBe(alts.length);
        }
      }
    }
    // A chapter whose every plan section names its box has nothing placed by meaning, so nothing to move.
    if (byMeaning > 0) expect(movable).toBeGreaterThan(0);
  });
});

// Chapters written by other hands (not part of the repository): how many build without overflow.
const INCOMING = [join(ROOT_DIR, ".."), join(ROOT_DIR, "..", "..")].map((d) => join(d, "incoming-fixtures")).find((d) => existsSync(d)) ?? "";
const incoming = INCOMING ? readdirSync(INCOMING).filter((f) => f.endsWith(".txt")).sort() : [];
describe.skipIf(incoming.length === 0)("incoming chapters", () => {
  // Those the repair makes fit: they overflowed with blocks the reader placed by meaning in a full panel.
  const CURED = ["gpt2-training-sidebar.txt"];
  it.each(CURED)("%s: builds without overflow after moving blocks", async (name) => {
    const { sheet } = await readSheet(readFileSync(join(INCOMING, name), "utf8"));
    const laid = layoutSheet(sheet);
    expect(overflowing(laid)).toEqual([]);
    expect(laid.moves?.length).toBeGreaterThan(0);
    for (const m of laid.moves!) expect(m.from).not.toBe(m.to);
    // The sheet Markdown written from the repaired sheet has each moved block under its new panel, and fits.
    const back = (await readSheet(toSheetMarkdown(laid.sheet!))).sheet;
    for (const m of laid.moves!) expect(blocksOf(back, m.to).filter((b) => b.kind === m.kind).length).toBe(blocksOf(laid.sheet!, m.to).filter((b) => b.kind === m.kind).length);
    expect(overflowing(layoutSheet(back))).toEqual([]);
  });

  it("never makes a chapter overflow more, and moves a block without alternatives only as the last resort or for balance", async () => {
    for (const name of incoming) {
      const { sheet } = await readSheet(readFileSync(join(INCOMING, name), "utf8"));
      const movable = new Set(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.filter((b) => b.at?.alternatives).map((b) => `${p.id}:${b.at?.line}`)) : [])));
      const sharing = new Set(sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.filter((b) => b.at?.matches).map((b) => `${p.id}:${b.at?.line}`)) : [])));
      const fixed = structuredClone(sheet);
      for (const r of fixed.rows) if (r.kind === "panels") for (const p of r.panels) for (const b of p.blocks) delete b.at?.alternatives;
      const laid = layoutSheet(sheet);
      const total = (s: PositionedSheet) => s.panels.reduce((sum, p) => sum + p.overflowPx, 0);
      const before = total(layoutSheet(fixed, { repair: false }));
      if (laid.moves?.some((m) => !m.balance)) expect(total(laid), name).toBeLessThan(before);
      else expect(total(laid), name).toBeLessThanOrEqual(before);
      // A block without alternatives moves only as the last resort, and says so; a move for balance only to a
      // panel the reader found sharing its words.
      const lastResort = (s: Sheet) => new Set(s.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks.filter((b) => b.at?.reason?.startsWith("room (too big for ")).map((b) => `${b.at!.reason!.slice(18, -1)}:${b.at?.line}`)) : [])));
      const forced = laid.sheet ? lastResort(laid.sheet) : new Set<string>();
      for (const m of laid.moves ?? []) {
        // ...or back to the panel a move for room took it from (the panel it was placed in by its words).
        const back = (laid.moves ?? []).some((r) => !r.balance && r.line === m.line && r.to === m.from && r.from === m.to);
        if (m.balance) expect(sharing.has(`${m.from}:${m.line}`) || back, `${name}: ${m.from} line ${m.line}`).toBe(true);
        else expect(movable.has(`${m.from}:${m.line}`) || forced.has(`${m.from}:${m.line}`), `${name}: ${m.from} line ${m.line}`).toBe(true);
      }
      if (laid.sheet) {
        // Pinned blocks stay, but for those moved as the last resort or for balance.
        const pinnedHere = (b: Block) => !/^(room|words|balance)/.test(b.at?.reason ?? "");
        const pinned = (s: Sheet) => s.rows.flatMap((r) => (r.kind === "panels" ? r.panels.map((p) => `${p.id}:${p.blocks.filter(pinnedHere).length}`) : []));
        const balanced = (laid.moves ?? []).filter((m) => m.balance && blocksOf(sheet, m.from).some((b) => b.at?.line === m.line && pinnedHere(b)));
        // A caption that went along with the block it titles (rehome.ts) left with it.
        const captionsFrom = (s: Sheet, id: string) => s.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).filter((b) => b.at?.reason === `${CAPTION_OF}${id})`).length;
        const stayed = pinned(laid.sheet)
          .map((x) => x.split(":"))
          .map(([id, k]) => `${id}:${Number(k) + [...forced].filter((f) => f.startsWith(`${id}:`)).length + balanced.filter((m) => m.from === id).length + captionsFrom(laid.sheet!, id!)}`);
        expect(stayed, name).toEqual(pinned(sheet));
      }
    }
  });
});

describe("captions travel with what they title", () => {
  it("a chain moved out of its crowded panel takes its one-line caption along (inference-loop-chains)", async () => {
    const fixture = fixtures().find((f) => f.name === "inference-loop-chains");
    expect(fixture, "fixture").toBeDefined();
    const { sheet } = await readSheet(fixture!.text);
    const laid = layoutSheet(sheet);
    const where = (s: Sheet, test: (b: Block) => boolean) =>
      s.rows.flatMap((r) => (r.kind === "panels" ? r.panels.filter((p) => p.blocks.some(test)).map((p) => p.id) : []));
    const chain = (b: Block) => b.kind === "flowchart" && b.nodes.some((n) => n.label === "프롬프트");
    // Moved, it also points home (whose.ts): `추론 (↓ 🧊 INFERENCE ≠ TRAINING)`.
    const caption = (b: Block) => b.kind === "paragraph" && /^추론(?: \(↓ 🧊 INFERENCE ≠ TRAINING\))?$/.test(b.text.map((s) => s.text).join(""));
    expect(where(sheet, chain)).toEqual(where(sheet, caption));
    const after = laid.sheet ?? sheet;
    // Whether or not the chain had to move, its caption sits with it, just before it.
    expect(where(after, caption)).toEqual(where(after, chain));
    const panel = after.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.blocks.some(chain))!;
    expect(panel.blocks.findIndex(caption)).toBe(panel.blocks.findIndex(chain) - 1);
  });

  it("a pinned block moves into a panel once a quote placed there for room moves on (post-training at 16:9)", async () => {
    const fixture = fixtures().find((f) => f.name === "post-training-chat-template-code");
    expect(fixture, "fixture").toBeDefined();
    const { sheet } = await readSheet(fixture!.text);
    // As read, CONVERSATIONS AS DATA is over at 16:9, and its flowchart alone does not fit CHAT TEMPLATE.
    expect(overflowing(layoutSheet(sheet, { page: "16:9", repair: false }))).toContain("conversations-as-data");
    const laid = layoutSheet(sheet, { page: "16:9" });
    expect(overflowing(laid)).toEqual([]);
    const flow = laid.moves!.findIndex((m) => m.kind === "flowchart");
    expect(laid.moves![flow]).toMatchObject({ from: "conversations-as-data", to: "chat-template-tokens" });
    // The room it took: the labeling-instructions quote the reader put there for room left in the same step.
    expect(laid.moves![flow + 1]).toMatchObject({ from: "chat-template-tokens", kind: "quote", line: 88 });
  });

  it("a list beside a taller quote splits evenly over its columns, not one item and the rest", () => {
    // Five list items (the first two lines tall) and a quote taller than any cut of the list: every cut
    // leaves the quote's column the tallest, and the list then goes 2 | 3.
    const h = [40, 20, 20, 20, 20, 120];
    const split = balancedSplit([h, h, h], 3, 5);
    expect(split).toEqual([[0, 1], [2, 3, 4], [5]]);
  });

  it("columns never drop a block when there are fewer blocks than columns", () => {
    expect(balancedSplit([[10], [10], [10]], 3, 1)).toEqual([[0], [], []]);
    expect(balancedSplit([[10, 5], [10, 5]], 3, 1).flat().sort()).toEqual([0, 1]);
  });
});

describe("a pinned block stays home when a block placed by room can make way", () => {
  it("keeps the grand summary's hallucination list in HALLUCINATION at 16:9 and moves the quote placed there for room", async () => {
    const path = join(ROOT_DIR, "test/fixtures/prompts/grand-summary-dense-crlf.txt");
    const { sheet } = await readSheet(readFileSync(path, "utf8"), { file: path });
    const laid = layoutSheet(sheet, { page: "16:9" });
    const report = layoutReport(laid, 96, laid.sheet ?? sheet);
    const hall = report.panels.find((p) => p.id === "hallucination")!;
    // The list written under HALLUCINATION, beside its table, as the reader pinned it.
    expect(hall.blocks.filter((b) => b.kind === "bullets").map((b) => [b.text.slice(0, 5), b.reason])).toContainEqual(["지어낸 답", "title"]);
    // The quote the reader put there only for room went on, to a panel that takes it.
    const check = report.panels.flatMap((p) => p.blocks.map((b) => ({ p: p.id, b }))).find((x) => x.b.text.startsWith("Check their work"))!;
    expect(check.p).not.toBe("hallucination");
    expect(check.b.reason).toBe("room (moved from hallucination)");
    expect(overflowing(laid)).toEqual([]);
  });
});
