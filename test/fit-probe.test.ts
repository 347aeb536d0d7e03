import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { arrange, columnChoices, fitsBox, type FitContext } from "../src/layout/fit.js";
import { diagramLayoutMs, layoutBlock } from "../src/blocks/index.js";
import { mindmapMinHeight } from "../src/blocks/mindmap/layout.js";
import { readSheet } from "../src/read/index.js";
import { panelsOf, type Mindmap, type Panel } from "../src/model/sheet.js";
import { fixtures, HAS_SEED, ROOT_DIR, SEED_PATH } from "./fixtures/list.js";

// Auto-fit's search asks only whether an arrangement fits; its probe skips laying out the diagrams of a
// one-column stack whose text, gaps and the diagrams' least heights already overrun the panel. The answer
// must be the one the full arrangement gives.

async function documents(): Promise<{ name: string; panels: Panel[] }[]> {
  const paths = [
    ...fixtures().map((f) => ({ name: f.name, text: f.text })),
    ...["neural-network-internals.prompt.txt", "neural-network-internals.sheet.md"].map((f) => ({ name: f, text: readFileSync(join(ROOT_DIR, "examples", f), "utf8") })),
    ...(HAS_SEED ? [{ name: "seed", text: readFileSync(SEED_PATH, "utf8") }] : []),
  ];
  const out = [];
  for (const p of paths) out.push({ name: p.name, panels: panelsOf((await readSheet(p.text)).sheet) });
  return out;
}

// Every fixture's diagram panels at every size and arrangement: the time allowed grows with the fixtures (about
// 1 s each on a loaded two-core machine), as the fuzz test's does.
const TIMEOUT = Math.max(60_000, fixtures().length * 1_500);

const ctxOf = (width: number, height: number, tight: boolean): FitContext => ({
  accent: "#1971c2",
  palette: ["#e8590c", "#1971c2", "#2f9e44", "#9c36b5"],
  seed: 7,
  minFontPx: 12,
  maxFontPx: 20,
  width,
  height,
  tight,
});

describe("auto-fit's probe", () => {
  it("answers every arrangement of every panel with a diagram as the full arrangement does", async () => {
    let skipped = 0;
    let skippedColumns = 0;
    for (const doc of await documents()) {
      for (const panel of doc.panels.filter((p) => p.blocks.some((b) => b.kind === "mindmap" || b.kind === "flowchart" || b.kind === "knobs"))) {
        for (const [width, height] of [[1000, 60], [1000, 220], [500, 120], [500, 400], [320, 220]] as const) {
          for (const tight of [false, true]) {
            const ctx = ctxOf(width, height, tight);
            for (const n of columnChoices(panel, width, tight)) {
              for (const px of [12, 16, 20]) {
                const probe = arrange(panel, px, n, ctx, true);
                const full = arrange(panel, px, n, ctx);
                const where = `${doc.name} ${panel.id} ${width}x${height} n=${JSON.stringify(n)} px=${px}${tight ? " tight" : ""}`;
                expect(fitsBox(probe, ctx), where).toBe(fitsBox(full, ctx));
                if (probe.height === Infinity) {
                  skipped++;
                  if (n.n > 1) skippedColumns++;
                }
                else expect([probe.height, probe.overWidth, probe.columns], where).toEqual([full.height, full.overWidth, full.columns]);
              }
            }
          }
        }
      }
    }
    // The shortcut is taken (short panels cannot hold a mind map), so the comparison above is not idle.
    expect(skipped).toBeGreaterThan(0);
    // Columns too: a diagram taller at its least than the room under the full-width top.
    expect(skippedColumns).toBeGreaterThan(0);
  }, TIMEOUT);

  it("skips the diagrams' layout for a stack that cannot fit", async () => {
    const doc = (await documents()).find((d) => d.name === "neural-network-internals.prompt.txt")!;
    // Fresh block objects: nothing of them is cached yet.
    const panel = structuredClone(doc.panels.find((p) => p.blocks.some((b) => b.kind === "mindmap"))!);
    const before = diagramLayoutMs();
    const a = arrange(panel, 12, 1, ctxOf(1000, 60, false), true);
    expect(a.height).toBe(Infinity);
    expect(diagramLayoutMs()).toBe(before);
  });

  it("takes a mind map's least height as a true lower bound of its layouts", async () => {
    let maps = 0;
    for (const doc of await documents()) {
      for (const block of doc.panels.flatMap((p) => p.blocks).filter((b): b is Mindmap => b.kind === "mindmap")) {
        maps++;
        for (const fontPx of [12, 15, 19]) {
          const env = { fontPx, minFontPx: 12, accent: "#1971c2", palette: ["#e8590c", "#1971c2"], ink: "#22304a", seed: 3 };
          const least = mindmapMinHeight(block, env);
          for (const [width, height] of [[1000, 40], [500, 200], [320, 500], [800, 900]] as const) {
            expect(layoutBlock(block, env, { width, height }).height, `${doc.name} ${fontPx}px ${width}x${height}`).toBeGreaterThanOrEqual(least - 1e-6);
          }
        }
      }
    }
    expect(maps).toBeGreaterThan(2);
  }, TIMEOUT);
});
