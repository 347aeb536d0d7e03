// The layout report (`build --report`): where every row, panel and diagram node landed, in pixels of the
// PNG at the chosen dpi, so a reviewer or a test can check geometry against the image without parsing SVG.
import type { PositionedPanel, PositionedSheet, Problem } from "../model/positioned.js";
import { coveredShare, round2 } from "../model/positioned.js";
import { panelsOf, type Block, type Sheet } from "../model/sheet.js";
import { pagePixels } from "./png.js";

export interface ReportNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed block: what it is, where it landed, where it came from and why it is in this panel. */
export interface ReportBlock {
  /** The block kind, or `lead` for the lines written in the panel's box of the layout drawing. */
  kind: string;
  /** The start of its text, for reading the report. */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its line in the input, when the reader knows it. */
  source?: number;
  /** `title`, `emoji`, `box line`, `words: a, b`, `room` (prompt documents), `section` (sheet Markdown), `lead`. */
  reason?: string;
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
  /** Share of the panel's content box covered by its blocks' boxes, 0..1. */
  fill: number;
  blocks: ReportBlock[];
}

export interface LayoutReport {
  page: { width: number; height: number };
  rows: { index: number; y: number; height: number; ratio: number }[];
  panels: ReportPanel[];
  warnings: string[];
  problems: Problem[];
}

/** Report the positioned sheet with coordinates scaled from CSS px (96 dpi) to `dpi`; `sheet` (what was laid
 * out) gives each block's text, source line and reason. */
export function layoutReport(positioned: PositionedSheet, dpi = 300, sheet?: Sheet): LayoutReport {
  const k = dpi / 96;
  const s = (n: number): number => round2(n * k);
  const sources = new Map(sheet ? panelsOf(sheet).map((p) => [p.id, p]) : []);
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
      fill: fillOf(p),
      blocks: p.blocks.map((b) => {
        const panel = sources.get(p.id);
        const src = b.src !== undefined ? panel?.blocks[b.src] : undefined;
        const out: ReportBlock = { kind: src ? src.kind : b.src === undefined ? "lead" : b.kind, text: "", x: s(b.box.x), y: s(b.box.y), width: s(b.box.width), height: s(b.box.height) };
        if (src) {
          out.text = short(textOf(src));
          if (src.at?.line !== undefined) out.source = src.at.line;
          out.reason = src.at?.reason ?? "section";
        } else if (b.src === undefined && panel) {
          out.text = short(panel.lead.map((l) => l.map((x) => x.text).join("")).join(" / "));
          out.reason = "lead";
        }
        return out;
      }),
    })),
    warnings: [...positioned.warnings],
    problems: positioned.problems.map((p) => ({ ...p })),
  };
}

/** Covered share of the content box, to three places; 0 for a panel with no content box. */
function fillOf(p: PositionedPanel): number {
  return Math.round((coveredShare(p) ?? 0) * 1000) / 1000;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

function textOf(b: Block): string {
  const rich = (r: { text: string }[]): string => r.map((x) => x.text).join("");
  switch (b.kind) {
    case "paragraph":
    case "quote":
      return rich(b.text);
    case "bullets":
      return b.items.map(rich).join(" / ");
    case "table":
      // A table with no header row (gauges, a table asked for in a line) is named by its first row.
      return (b.header.length > 0 ? b.header : (b.rows[0] ?? [])).map(rich).join(" | ");
    case "flowchart":
      return b.nodes.map((n) => n.label).join(" → ");
    case "mindmap":
      return b.root.label;
    case "knobs":
      return b.knobs.map((x) => x.label).join(", ");
    // A code card is told by what it shows, its lines run together as the report writes every text.
    case "code":
      return b.text;
    default:
      return "";
  }
}
