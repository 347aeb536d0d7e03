// The layout report (`build --report`): where every row, panel and diagram node landed, in pixels of the
// PNG at the chosen dpi, so a reviewer or a test can check geometry against the image without parsing SVG.
import type { PositionedSheet, Problem } from "../model/positioned.js";
import { round2 } from "../model/positioned.js";
import { pagePixels } from "./png.js";

export interface ReportNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReportPanel {
  id: string;
  title: string;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Font sizes stay in CSS px (what auto-fit chose), not scaled: they compare against LEGIBLE_MIN_PX. */
  fontPx: number;
  minFontPx: number;
  overflow: boolean;
  nodes: ReportNode[];
}

export interface LayoutReport {
  page: { width: number; height: number };
  rows: { index: number; y: number; height: number; ratio: number }[];
  panels: ReportPanel[];
  warnings: string[];
  problems: Problem[];
}

/** Report the positioned sheet with coordinates scaled from CSS px (96 dpi) to `dpi`. */
export function layoutReport(positioned: PositionedSheet, dpi = 300): LayoutReport {
  const k = dpi / 96;
  const s = (n: number): number => round2(n * k);
  return {
    page: pagePixels(positioned.page, dpi),
    rows: positioned.rows.map((r) => ({ index: r.index, y: s(r.y), height: s(r.height), ratio: r.ratio })),
    panels: positioned.panels.map((p) => ({
      id: p.id,
      title: p.title,
      row: p.row,
      x: s(p.box.x),
      y: s(p.box.y),
      width: s(p.box.width),
      height: s(p.box.height),
      fontPx: p.fontPx,
      minFontPx: p.minFontPx,
      overflow: p.overflow,
      nodes: p.blocks.flatMap((b) =>
        (b.nodes ?? []).map((n) => ({
          id: n.id,
          label: n.label,
          x: s(n.box.x),
          y: s(n.box.y),
          width: s(n.box.width),
          height: s(n.box.height),
        })),
      ),
    })),
    warnings: [...positioned.warnings],
    problems: positioned.problems.map((p) => ({ ...p })),
  };
}
