// A mind map with a roomy panel to itself grows into it (all branches on one side of the root when the panel
// is too narrow to spread it both ways at a good size); one in a crowded panel keeps the size it had.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { layoutMindmap } from "../src/blocks/mindmap/layout.js";
import { ROW_SPREAD } from "../src/layout/balance.js";
import { INK, type BlockEnv, type BlockLayout } from "../src/blocks/types.js";
import type { PositionedBlock, PositionedPanel, PositionedSheet } from "../src/model/positioned.js";
import type { Mindmap, Panel, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { ROOT_DIR } from "./fixtures/list.js";
import { ENV, expectSane, expectTextInsideOrClear, mindmap17 } from "./diagram-helpers.js";

const LLAMA = join(ROOT_DIR, "test", "fixtures", "sheets", "llama-base-model-by-hand.sheet.md");

async function llama(): Promise<Sheet> {
  return (await readSheet(readFileSync(LLAMA, "utf8"))).sheet;
}

function panelsOf(sheet: Sheet): Panel[] {
  return sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : []));
}

function mapOf(p: PositionedPanel): PositionedBlock {
  const b = p.blocks.find((x) => x.kind === "mindmap");
  expect(b, `panel ${p.id} draws its mind map`).toBeDefined();
  return b!;
}

/** The map's label size: its root is lettered at 1.15 × the label size (a Latin root label: no script scale). */
function labelPx(marks: BlockLayout["marks"], root: string): number {
  const first = root.split(" ")[0]!;
  const m = marks.find((x) => x.kind === "text" && x.text.includes(first));
  expect(m, `the root label "${root}" is drawn`).toBeDefined();
  return (m as Extract<typeof m, { kind: "text" }>)!.size / 1.15;
}

/** Share of the panel's content box the map's labels cover (their node boxes, root included). */
function nodeShare(b: { nodes?: { box: { width: number; height: number } }[] }, p: PositionedPanel): number {
  return (b.nodes ?? []).reduce((s, n) => s + n.box.width * n.box.height, 0) / (p.content!.width * p.content!.height);
}

function boxShare(b: { width: number; height: number }, p: PositionedPanel): number {
  return (b.width * b.height) / (p.content!.width * p.content!.height);
}

/** Whether every branch and leaf lies right of the root oval. */
function oneSided(b: PositionedBlock | BlockLayout): boolean {
  const [root, ...rest] = b.nodes ?? [];
  return !!root && rest.every((n) => n.box.x >= root.box.x + root.box.width - 0.5);
}

/** The map in its panel's content box as the page's one-column stack asks for it, with or without its room. */
function alone(block: Mindmap, p: PositionedPanel, sheet: Sheet, ownRoom: boolean): BlockLayout {
  const env: BlockEnv = { fontPx: p.fontPx, minFontPx: p.minFontPx, accent: p.accent, palette: sheet.style.palette, ink: INK, seed: 1, ...(ownRoom ? { ownRoom: true } : {}) };
  return layoutMindmap(block, env, { width: p.content!.width, height: Math.round(p.content!.height) });
}

function rowOf(page: PositionedSheet, p: PositionedPanel): PositionedPanel[] {
  return page.panels.filter((q) => q.row === p.row);
}

describe("a mind map in a roomy panel grows", async () => {
  const sheet = await llama();
  const block = panelsOf(sheet).find((p) => p.id === "mindmap")!.blocks.find((b): b is Mindmap => b.kind === "mindmap")!;

  for (const page of ["a4", "16:9"] as const) {
    it(`llama, ${page}: the map uses its side panel, drawn larger than spread both ways, within the row's sizes`, () => {
      const laid = layoutSheet(sheet, { page });
      expect(laid.problems).toEqual([]);
      const p = laid.panels.find((x) => x.id === "mindmap")!;
      const map = mapOf(p);
      // What the map spread both ways would be in the same room: the size it had before it could grow.
      const both = alone(block, p, sheet, false);
      const grown = alone(block, p, sheet, true);
      expect(grown.width).toBeCloseTo(map.box.width, 1);
      expect(grown.height).toBeCloseTo(map.box.height, 1);
      expect(oneSided(map)).toBe(true);
      expect(oneSided(both)).toBe(false);
      const px = labelPx(map.marks, block.root.label);
      const before = labelPx(both.marks, block.root.label);
      // At least 10% larger lettering, and the map's box and its labels cover a clearly larger share of the panel.
      expect(px).toBeGreaterThanOrEqual(before * 1.1 - 1e-6);
      expect(boxShare(map.box, p)).toBeGreaterThan(boxShare(both, p) + 0.08);
      expect(boxShare(map.box, p)).toBeGreaterThan(0.9);
      expect(nodeShare(map, p)).toBeGreaterThan(nodeShare(both, p) * 1.3);
      // Never above the panel's body size, which keeps the row within ROW_SPREAD of its smallest.
      const row = rowOf(laid, p).map((q) => q.fontPx);
      expect(px).toBeLessThanOrEqual(p.fontPx + 1e-6);
      expect(px).toBeLessThanOrEqual(Math.min(...row) * ROW_SPREAD + 1e-6);
      expect(Math.max(...row)).toBeLessThanOrEqual(Math.min(...row) * ROW_SPREAD + 1e-6);
      // Inside its panel's content box.
      const c = p.content!;
      expect(map.box.x).toBeGreaterThanOrEqual(c.x - 0.5);
      expect(map.box.y).toBeGreaterThanOrEqual(c.y - 0.5);
      expect(map.box.x + map.box.width).toBeLessThanOrEqual(c.x + c.width + 0.5);
      expect(map.box.y + map.box.height).toBeLessThanOrEqual(c.y + c.height + 0.5);
    });
  }

  it("llama: laid out twice, the same map", () => {
    const a = layoutSheet(sheet).panels.find((x) => x.id === "mindmap")!;
    const b = layoutSheet(sheet).panels.find((x) => x.id === "mindmap")!;
    expect(JSON.stringify(mapOf(a))).toBe(JSON.stringify(mapOf(b)));
  });
});

describe("a map one side tall", () => {
  const maps: [string, Mindmap][] = [["17 nodes, icons", mindmap17() as Mindmap]];
  it.each([
    [340, 560],
    [360, 500],
    [380, 420],
  ])("in %i × %i px of its own: every branch right of the root, nothing overlapping, inside the width", (width, height) => {
    for (const [name, block] of maps) {
      const space = { width, height };
      const grown = layoutMindmap(block, { ...ENV, ownRoom: true }, space);
      const both = layoutMindmap(block, ENV, space);
      expect(oneSided(grown), name).toBe(true);
      expectSane(grown, space);
      expectTextInsideOrClear(grown);
      expect(grown.height).toBeLessThanOrEqual(height - 0.5);
      expect(labelPx(grown.marks, block.root.label)).toBeGreaterThan(labelPx(both.marks, block.root.label) * 1.08 - 1e-6);
      expect(labelPx(grown.marks, block.root.label)).toBeLessThanOrEqual(ENV.fontPx + 1e-6);
    }
  });

  it("the real llm-psychology map (boxed, hexagon and round branches, four levels) in its panel: sane", async () => {
    const sheet = (await readSheet(readFileSync(join(ROOT_DIR, "test", "fixtures", "sheets", "llm-psychology.sheet.md"), "utf8"))).sheet;
    const laid = layoutSheet(sheet);
    expect(laid.problems).toEqual([]);
    const p = laid.panels.find((x) => x.blocks.some((b) => b.kind === "mindmap"))!;
    const map = mapOf(p);
    expect(oneSided(map)).toBe(true);
    const block = panelsOf(sheet).flatMap((q) => q.blocks).find((b): b is Mindmap => b.kind === "mindmap")!;
    const space = { width: p.content!.width, height: Math.round(p.content!.height) };
    const env: BlockEnv = { fontPx: p.fontPx, minFontPx: p.minFontPx, accent: p.accent, palette: sheet.style.palette, ink: INK, seed: 1, ownRoom: true };
    const l = layoutMindmap(block, env, space);
    expect(l.width).toBeCloseTo(map.box.width, 1);
    expectSane(l, space, env);
    expectTextInsideOrClear(l);
  });
});

describe("a mind map in a crowded panel keeps its size", async () => {
  const sheet = await llama();
  // The first panel's list moved in above the map: the panel fits only at the minimum size.
  const crowded: Sheet = {
    ...sheet,
    rows: sheet.rows.map((r) => {
      if (r.kind !== "panels") return r;
      const first = r.panels.find((p) => p.id === "what-is-base");
      if (!first) return r;
      const list = first.blocks.filter((b) => b.kind === "bullets");
      return { ...r, panels: r.panels.map((p) => (p.id === "mindmap" ? { ...p, blocks: [...list, ...p.blocks] } : p.id === "what-is-base" ? { ...p, blocks: first.blocks.filter((b) => b.kind !== "bullets") } : p)) };
    }),
  };
  const block = panelsOf(sheet).find((p) => p.id === "mindmap")!.blocks.find((b): b is Mindmap => b.kind === "mindmap")!;

  it("llama with a list over the map: the map is spread both ways, as it was, and the page still fits", () => {
    const laid = layoutSheet(crowded, { repair: false });
    expect(laid.problems).toEqual([]);
    const p = laid.panels.find((x) => x.id === "mindmap")!;
    expect(p.fontPx).toBe(p.minFontPx);
    const map = mapOf(p);
    const list = p.blocks.find((b) => b.kind === "bullets")!;
    expect(list.box.y + list.box.height).toBeLessThanOrEqual(map.box.y);
    expect(oneSided(map)).toBe(false);
    // The height the one-column stack leaves the map (the panel's less the list and the gap between them, a
    // tight gap if the panel needed the rescue spacing): there, allowed to grow, the map is the very one it was
    // before it could.
    const env: BlockEnv = { fontPx: p.fontPx, minFontPx: p.minFontPx, accent: p.accent, palette: sheet.style.palette, ink: INK, seed: 1 };
    const asked = [false, true].map((tight) => {
      const e: BlockEnv = { ...env, ...(tight ? { tight: true } : {}) };
      const room = { width: p.content!.width, height: Math.round(p.content!.height - list.box.height - p.fontPx * (tight ? 0.3 : 0.6)) };
      return { allowed: layoutMindmap(block, { ...e, ownRoom: true }, room), before: layoutMindmap(block, e, room) };
    });
    const drawn = asked.find(({ before }) => Math.abs(before.width - map.box.width) < 0.05 && Math.abs(before.height - map.box.height) < 0.05);
    expect(drawn, "the map is the one laid out in the room the stack leaves it").toBeDefined();
    expect(JSON.stringify(drawn!.allowed)).toBe(JSON.stringify(drawn!.before));
  });
});
