// Page geometry: page sizes, the rows (exact height ratios of the area inside the margins) and panel boxes
// (exact width shares of their row). Gutters come out of each box evenly, so the slots keep the ratios.
import type { PageSize, Panel, PanelRow, Row } from "../model/sheet.js";
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
  // Shares are fractions when they add up to at most 1, and percents when each is 10 or more and together they
  // leave some of 100 (`width: 60` beside a panel with none is 60/40, as written); otherwise relative weights,
  // a panel with none weighing their mean (`width: 2`, `width: 1` and one with none: 2:1:1.5).
  const percents = known.length > 0 && known.every((w) => w >= 10) && sumKnown < 100;
  const rest = unknown === 0 ? 0 : sumKnown < 1 ? (1 - sumKnown) / unknown : percents ? (100 - sumKnown) / unknown : sumKnown / Math.max(1, known.length);
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

/**
 * Every panel's slot and box, row by row (in each row's panel order). A panel with `rowSpan` keeps its
 * column through the rows below it, whose panels share what is left; panels marked `below` stack in the
 * column of the panel before them, sharing its height.
 */
export function sheetSlots(rows: Row[], rowBoxes: PositionedRow[], page: PageGeometry): { slot: Box; box: Box }[][] {
  const left = page.margin;
  const right = page.width - page.margin;
  const g = gutterFor(page) / 2;
  const held: { x0: number; x1: number; until: number }[] = [];
  return rows.map((row, r) => {
    if (row.kind !== "panels") return [];
    const columns: Panel[][] = [];
    for (const p of row.panels) {
      const last = columns[columns.length - 1];
      if (p.below && last) last.push(p);
      else columns.push([p]);
    }
    const free = freeSpans(left, right, held.filter((h) => h.until >= r));
    const groups = splitAmong(columns.length, free.map(([a, b]) => b - a));
    const out: { slot: Box; box: Box }[] = [];
    let next = 0;
    free.forEach(([x0, x1], f) => {
      const cols = columns.slice(next, next + (groups[f] ?? 0));
      next += cols.length;
      const shares = widthShares({ kind: "panels", ratio: row.ratio, panels: cols.map((c) => c[0]!) });
      let x = x0;
      cols.forEach((col, c) => {
        const width = (shares[c] ?? 0) * (x1 - x0);
        const span = Math.max(1, Math.min(col[0]!.rowSpan ?? 1, spanLimit(rows, r)));
        const last = rowBoxes[r + span - 1] ?? rowBoxes[r]!;
        const top = rowBoxes[r]!.y;
        const height = (last.y + last.height - top) / col.length;
        if (span > 1) held.push({ x0: x, x1: x + width, until: r + span - 1 });
        col.forEach((_, k) => {
          const slot = { x, y: top + k * height, width, height };
          out.push({ slot, box: { x: slot.x + g, y: slot.y + g, width: slot.width - 2 * g, height: slot.height - 2 * g } });
        });
        x += width;
      });
    });
    return out;
  });
}

/** Rows a panel starting in row `r` may run through: up to the next title row or the last row. */
function spanLimit(rows: Row[], r: number): number {
  let n = 1;
  while (r + n < rows.length && rows[r + n]!.kind === "panels") n++;
  return n;
}

/** The stretches of [left, right] not held by panels spanning down from rows above. */
function freeSpans(left: number, right: number, held: { x0: number; x1: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let x = left;
  for (const h of [...held].sort((a, b) => a.x0 - b.x0)) {
    if (h.x0 - x > 1) out.push([x, h.x0]);
    x = Math.max(x, h.x1);
  }
  if (right - x > 1) out.push([x, right]);
  return out.length ? out : [[left, right]];
}

/** How many of `n` columns go to each free stretch, in proportion to the stretches' widths. */
function splitAmong(n: number, widths: number[]): number[] {
  if (widths.length === 1) return [n];
  const total = widths.reduce((s, w) => s + w, 0) || 1;
  const out = widths.map((w) => Math.max(n > 0 ? 1 : 0, Math.round((n * w) / total)));
  let over = out.reduce((s, v) => s + v, 0) - n;
  for (let k = out.length - 1; over !== 0 && k >= 0; k--) {
    const step = over > 0 ? Math.min(over, out[k]! - (out[k]! > 1 ? 1 : 0)) : over;
    out[k]! -= step;
    over -= step;
  }
  return out;
}
