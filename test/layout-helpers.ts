// Geometry helpers shared by the layout, glyph and draw tests.
import { DEFAULT_STYLE, type Block, type Panel, type Row, type Sheet } from "../src/model/sheet.js";
import type { Box, Mark, PositionedSheet } from "../src/model/positioned.js";

export function sheetOf(rows: Row[], over: Partial<Sheet> = {}): Sheet {
  return { meta: { title: "Test Sheet", titleKr: "테스트", author: "Tester", sourceUrl: "https://example.com/x" }, page: "a4", rows, style: DEFAULT_STYLE, ...over };
}

export function panel(id: string, blocks: Block[], over: Partial<Panel> = {}): Panel {
  return { id, title: id.toUpperCase(), emoji: "📌", lead: [], blocks, ...over };
}

export const para = (text: string): Block => ({ kind: "paragraph", text: [{ text: "핵심", bold: true }, { text: ` ${text}` }] });
export const bullets = (n: number, style: "plain" | "takeaways" | "checks" = "plain"): Block => ({
  kind: "bullets",
  style,
  items: Array.from({ length: n }, (_, i) => [{ text: `항목 ${i + 1}: ` }, { text: "key term", bold: true }, { text: " 설명이 조금 깁니다" }]),
});
export const table: Block = {
  kind: "table",
  header: [[{ text: "특성" }], [{ text: "생물학적 뉴런" }], [{ text: "인공 뉴런" }]],
  rows: [
    [[{ text: "상태" }], [{ text: "동적, 기억 있음" }], [{ text: "고정, " }, { text: "상태 없음", bold: true }]],
    [[{ text: "복잡도" }], [{ text: "매우 복잡" }], [{ text: "상대적으로 단순" }]],
  ],
};
export const quote: Block = { kind: "quote", text: [{ text: "Think of these parameters as kind of like knobs on a DJ set" }], cite: "Andrej Karpathy" };

/** A quote by the lecturer, with where the reader placed it. */
export const quoteOf = (text: string, at?: Block["at"]): Block => ({ kind: "quote", text: [{ text }], cite: "Andrej Karpathy", ...(at ? { at } : {}) });

/** Panel a holds a pinned list of `items` and `extra`; b and c a line each, all in one row; d a list below. */
export function crowdedRow(items: number, extra: Block): Sheet {
  const list = { ...bullets(items), at: { line: 3, reason: "emoji" } } as Block;
  return sheetOf([
    { kind: "title", ratio: 10 },
    { kind: "panels", ratio: 30, panels: [panel("a", [list, extra]), panel("b", [para("짧은 한 줄")]), panel("c", [para("또 한 줄")])] },
    { kind: "panels", ratio: 60, panels: [panel("d", [bullets(12)])] },
  ]);
}

/** The area a mark covers, px. Text: a tight box around the ink (cap height to a little below the baseline). */
export function bounds(m: Mark): Box {
  switch (m.kind) {
    case "text":
      return { x: m.x, y: m.y - m.size * 0.75, width: m.width, height: m.size * 0.9 };
    case "emoji":
      return { x: m.x, y: m.y, width: m.size, height: m.size };
    case "rect":
    case "highlight":
      return { x: m.x, y: m.y, width: m.width, height: m.height };
    case "ellipse":
      return { x: m.cx - m.width / 2, y: m.cy - m.height / 2, width: m.width, height: m.height };
    case "line":
      return fromPoints([[m.x1, m.y1], [m.x2, m.y2]]);
    case "polyline":
    case "polygon":
    case "curve":
      return fromPoints(m.points);
    case "path": {
      const n = (m.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      return fromPoints(n.flatMap((v, i) => (i % 2 === 0 ? [[v, n[i + 1] ?? 0] as [number, number]] : [])));
    }
  }
}

function fromPoints(pts: [number, number][]): Box {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function inside(b: Box, outer: Box, tol = 1.5): boolean {
  return b.x >= outer.x - tol && b.y >= outer.y - tol && b.x + b.width <= outer.x + outer.width + tol && b.y + b.height <= outer.y + outer.height + tol;
}

export function overlap(a: Box, b: Box, tol = 1): boolean {
  return a.x + tol < b.x + b.width && b.x + tol < a.x + a.width && a.y + tol < b.y + b.height && b.y + tol < a.y + a.height;
}

/** Geometry faults of a laid-out sheet: marks outside their panel, overlapping text (text blocks only). */
export function geometryFaults(ps: PositionedSheet): string[] {
  const faults: string[] = [];
  const textKinds = new Set(["paragraph", "bullets", "table", "quote"]);
  for (const p of ps.panels) {
    if (p.overflow) continue;
    const all = [...p.marks, ...p.blocks.flatMap((b) => b.marks)];
    for (const m of all) {
      if (!inside(bounds(m), p.box)) faults.push(`${p.id}: ${m.kind} ${"text" in m ? m.text : ""} outside ${JSON.stringify(p.box)}: ${JSON.stringify(bounds(m))}`);
    }
    const texts = [...p.marks, ...p.blocks.filter((b) => textKinds.has(b.kind)).flatMap((b) => b.marks)].filter((m) => m.kind === "text" || m.kind === "emoji");
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        if (overlap(bounds(a), bounds(b))) faults.push(`${p.id}: "${"text" in a ? a.text : a.emoji}" overlaps "${"text" in b ? b.text : b.emoji}"`);
      }
    }
  }
  return faults;
}

/**
 * A prompt document around a layout drawing: the lines set under the drawing (a ratio table, with its heading
 * if the test wants one), then the plan.
 */
export function promptDoc(diagram: string[], underDiagram: string[] = [], plan: string[] = ["## 1. 📌 Notes", "- one point"], title = "7. Test Chapter"): string {
  return ["# Source Text", "", "---", `title: ${title}`, "---", "", "# Layout Structure", "", "```", ...diagram, "```", "", ...underDiagram, "", "# Output Structure Plan", "", ...plan].join("\n");
}
