// What fit hands to drawing: an ellipsis node in a chain is dots on the arrow, and an overflowing panel drawn
// anyway is clipped to its border in the SVG and the PDF.
import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { layoutBlock } from "../src/blocks/index.js";
import { layoutSheet } from "../src/layout/index.js";
import { drawPage, svgOf } from "../src/draw/index.js";
import { renderPdf } from "../src/export/pdf.js";
import type { Flowchart } from "../src/model/sheet.js";
import { panel, sheetOf } from "./layout-helpers.js";

const env = { fontPx: 14, minFontPx: 12, accent: "#1971c2", palette: ["#1971c2"], ink: "#22304a", seed: 5 };

describe("an ellipsis node in a chain", () => {
  for (const label of ["…", "...", "⋯"]) {
    it(`"${label}" is three dots on the arrow, with no box and no arrow head into it`, () => {
      const ids = ["a", "b", "dots", "c"];
      const chart: Flowchart = {
        kind: "flowchart",
        direction: "LR",
        nodes: ids.map((id) => ({ id, label: id === "dots" ? label : `Step ${id}`, shape: "rect" as const })),
        edges: ids.slice(1).map((to, i) => ({ from: ids[i]!, to, kind: "arrow" as const, stroke: "normal" as const })),
      };
      const out = layoutBlock(chart, env, { width: 900, height: 200 });
      const box = out.nodes!.find((n) => n.id === "dots")!.box;
      const inside = (x: number, y: number): boolean => x >= box.x - 1 && x <= box.x + box.width + 1 && y >= box.y - 1 && y <= box.y + box.height + 1;
      const dots = out.marks.filter((m) => m.kind === "ellipse" && inside(m.cx, m.cy));
      expect(dots).toHaveLength(3);
      // No shape drawn for it: every rect is another node's, well apart from the dots.
      expect(out.marks.filter((m) => m.kind === "rect" && inside(m.x + m.width / 2, m.y + m.height / 2))).toEqual([]);
      // Arrow heads: one into each real node after the first (b, c), none into the dots.
      const heads = out.marks.filter((m) => m.kind === "polygon" || m.kind === "polyline");
      expect(heads.filter((m) => m.points.some(([x, y]) => inside(x, y) && Math.abs(x - box.x) < 2))).toEqual([]);
      // The dots sit narrower than a boxed step.
      const other = out.nodes!.find((n) => n.id === "b")!.box;
      expect(box.width).toBeLessThan(other.width);
    });
  }
});

describe("--allow-overflow draws an overflowing panel clipped to its border", () => {
  const long = Array.from({ length: 90 }, (_, i) => ({ kind: "paragraph" as const, text: [{ text: `line ${i} of far too much text for one small panel` }] }));
  const sheet = sheetOf([{ kind: "title", ratio: 10 }, { kind: "panels", ratio: 45, panels: [panel("crammed", long), panel("calm", [{ kind: "paragraph", text: [{ text: "ok" }] }])] }, { kind: "panels", ratio: 45, panels: [panel("below", [{ kind: "paragraph", text: [{ text: "below" }] }])] }]);
  const positioned = layoutSheet(sheet);
  const drawn = drawPage(positioned);

  it("clips only the overflowing panel, to its box", () => {
    const crammed = positioned.panels.find((p) => p.id === "crammed")!;
    expect(crammed.overflow).toBe(true);
    const clip = drawn.panels.find((p) => p.id === "crammed")!.clip!;
    expect(clip.y + clip.height).toBeLessThan(crammed.box.y + crammed.box.height + 8);
    expect(drawn.panels.filter((p) => p.clip).map((p) => p.id)).toEqual(["crammed"]);
    const svg = svgOf(drawn);
    expect(svg).toContain('<clipPath id="panel-crammed-clip">');
    expect(svg).toContain('<g clip-path="url(#panel-crammed-clip)">');
    expect(svg).not.toContain("panel-calm-clip");
  });

  it("clips in the PDF too", async () => {
    const pdf = await renderPdf(drawn);
    const text = pdf.toString("latin1");
    // A content stream, inflated when compressed: a rectangle then `W n` (clip, no paint).
    const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      const raw = Buffer.from(m[1]!, "latin1");
      try {
        return inflateSync(raw).toString("latin1");
      } catch {
        return raw.toString("latin1");
      }
    });
    const c = drawn.panels.find((p) => p.id === "crammed")!.clip!;
    expect(streams.some((s) => s.includes(`${c.x} ${c.y} ${c.width} ${c.height} re`) && /re\s+W n/.test(s))).toBe(true);
  });
});
