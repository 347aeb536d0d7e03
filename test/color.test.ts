// Stable accent colours: a panel's accent follows the panel (its id, or the colour the user set), not its
// position, and neighbouring panels never share one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutSheet } from "../src/layout/index.js";
import { accentsFor, touching } from "../src/layout/color.js";
import type { PositionedSheet } from "../src/model/positioned.js";
import { DEFAULT_STYLE } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { HAS_SEED, ROOT_DIR, SEED_PATH, fixtures } from "./fixtures/list.js";

const EXAMPLE = join(ROOT_DIR, "examples", "neural-network-internals.sheet.md");
const accents = (p: PositionedSheet) => Object.fromEntries(p.panels.map((x) => [x.id, x.accent]));
const load = async (path: string) => (await readSheet(readFileSync(path, "utf8"), { file: path })).sheet;

describe("neighbouring panels never share an accent", () => {
  const inputs = [...fixtures().map((f) => f.path), EXAMPLE, ...(HAS_SEED ? [SEED_PATH] : [])];
  it.each(inputs)("%s", async (path) => {
    const laid = layoutSheet(await load(path));
    for (const a of laid.panels) {
      for (const b of laid.panels) {
        if (a !== b && touching(a.box, b.box, 20)) expect(a.accent, `${a.id} beside ${b.id}`).not.toBe(b.accent);
      }
    }
  });
});

describe("a panel's accent follows the panel", () => {
  it("adding a panel at the end recolours none of the others", async () => {
    const sheet = await load(EXAMPLE);
    const before = accents(layoutSheet(sheet));
    const more = structuredClone(sheet);
    const last = more.rows[more.rows.length - 1]!;
    if (last.kind !== "panels") throw new Error("the example ends with a row of panels");
    last.panels.push({ id: "one-more", title: "ONE MORE", lead: [[{ text: "x" }]], blocks: [] });
    const after = accents(layoutSheet(more));
    for (const [id, colour] of Object.entries(before)) expect(after[id], id).toBe(colour);
    expect(Object.values(after)).toContain(after["one-more"]);
  });

  it("a panel keeps its colour in another sheet where no neighbour clashes with it", async () => {
    const sheet = await load(EXAMPLE);
    const before = layoutSheet(sheet).panels;
    // Each panel alone on a page of its own: no neighbours, so only its id picks the colour.
    for (const p of before) {
      const alone = structuredClone(sheet);
      const panel = alone.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((x) => x.id === p.id)!;
      alone.rows = [{ kind: "panels", ratio: 100, panels: [panel] }];
      const own = layoutSheet(alone).panels[0]!.accent;
      const clash = before.some((o) => o !== p && touching(o.box, p.box, 20) && o.accent === own);
      if (!clash) expect(p.accent, p.id).toBe(own);
    }
  });

  it("takes the colour set in the sheet's layout, and the neighbours keep clear of it", async () => {
    const text = readFileSync(EXAMPLE, "utf8");
    const id = /panels: \[([a-z0-9-]+)/.exec(text)![1]!;
    const { sheet } = await readSheet(text.replace(`panels: [${id}`, `panels: [{ id: ${id}, color: "#2f9e44" }`), { file: EXAMPLE });
    const laid = layoutSheet(sheet);
    const mine = laid.panels.find((p) => p.id === id)!;
    expect(mine.accent).toBe("#2f9e44");
    for (const p of laid.panels) if (p !== mine && touching(p.box, mine.box, 20)) expect(p.accent).not.toBe("#2f9e44");
  });

  it("spreads ids over the palette rather than handing out colours in order", () => {
    const box = (k: number) => ({ x: k * 1000, y: 0, width: 10, height: 10 });
    const got = accentsFor(["alpha", "beta", "gamma", "delta", "epsilon", "zeta"].map((id, k) => ({ id, box: box(k) })), DEFAULT_STYLE.palette, 5);
    expect(new Set(got.values()).size).toBeGreaterThan(2);
    expect([...got.values()]).not.toEqual(DEFAULT_STYLE.palette.slice(0, 6));
  });
});
