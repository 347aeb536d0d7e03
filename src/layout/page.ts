// Page geometry: page sizes, the rows (exact height ratios of the area inside the margins) and panel boxes
// (exact width shares of their row). Gutters come out of each box evenly, so the slots keep the ratios.
import type { PageSize, PanelRow, Row } from "../model/sheet.js";
import type { Box, PageGeometry, PositionedRow } from "../model/positioned.js";

const PX_PER_MM = 96 / 25.4;

// 16:9 is 13.333 × 7.5 in, i.e. exactly 1280 × 720 CSS px (338.67 × 190.5 mm rounded).
const SIZES_MM: Record<PageSize, [number, number]> = {
  a4: [297, 210],
  "16:9": [(40 / 3) * 25.4, 7.5 * 25.4],
};

export function pageGeometry(size: PageSize): PageGeometry {
  const [widthMm, heightMm] = SIZES_MM[size];
  return { size, widthMm: Math.round(widthMm * 100) / 100, heightMm: Math.round(heightMm * 100) / 100, width: widthMm * PX_PER_MM, height: heightMm * PX_PER_MM, margin: 8 * PX_PER_MM };
}

export const MM = PX_PER_MM;

/** Space between neighbouring panels and rows, px. */
export function gutterFor(page: PageGeometry): number {
  return 3 * PX_PER_MM;
}

export function layoutRows(rows: Row[], page: PageGeometry): PositionedRow[] {
  const areaH = page.height - 2 * page.margin;
  const total = rows.reduce((s, r) => s + r.ratio, 0) || 1;
  let y = page.margin;
  return rows.map((row, index) => {
    const height = (row.ratio / total) * areaH;
    const out = { index, y, height, ratio: row.ratio / total };
    y += height;
    return out;
  });
}

/** Width shares of the panels in a row: given shares as they are, the rest split evenly among the others. */
export function widthShares(row: PanelRow): number[] {
  const given = row.panels.map((p) => p.width);
  const known = given.filter((w): w is number => w !== undefined);
  const unknown = given.length - known.length;
  const sumKnown = known.reduce((a, b) => a + b, 0);
  // Shares are fractions when they add up to at most 1; otherwise they are relative weights.
  const rest = unknown === 0 ? 0 : sumKnown < 1 ? (1 - sumKnown) / unknown : sumKnown / Math.max(1, known.length);
  const shares = given.map((w) => w ?? rest);
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  return shares.map((s) => s / sum);
}

/** The slot of each panel in a row (before the gutter), and the panel box inside it. */
export function panelSlots(row: PanelRow, rowBox: PositionedRow, page: PageGeometry): { slot: Box; box: Box }[] {
  const areaW = page.width - 2 * page.margin;
  const g = gutterFor(page) / 2;
  let x = page.margin;
  return widthShares(row).map((share) => {
    const slot = { x, y: rowBox.y, width: share * areaW, height: rowBox.height };
    x += slot.width;
    return { slot, box: { x: slot.x + g, y: slot.y + g, width: slot.width - 2 * g, height: slot.height - 2 * g } };
  });
}
