// A drawn row's width shares: written in the ratio table, in a note beside the drawing or in the boxes' titles
// (`[60%]`), else measured from the boxes as drawn (`drawnWidth`, a sketch layout may nudge), equal-looking
// boxes left equal.
import type { Panel } from "../../model/sheet.js";
import type { DiagramBox, DiagramRow } from "./ascii-layout.js";
import type { RatioRow } from "./ratios.js";
import { noteWidths } from "./width-words.js";
import type { Draft } from "./panels.js";

// A row's note naming the sidebar that runs down beside its boxes.
const SIDEBAR = /사이드\s*바|sidebar|side\s+column|세로\s*(?:칸|열)/i;

/** Panels grouped into columns: a panel drawn below another shares its column. */
export function columnsOf(panels: Panel[]): Panel[][] {
  const columns: Panel[][] = [];
  for (const p of panels) {
    const last = columns[columns.length - 1];
    if (p.below && last) last.push(p);
    else columns.push([p]);
  }
  return columns;
}

/**
 * Width shares of a row's columns: stated in the ratio table, else as drawn (each column up to halfway to
 * its neighbours), with equal-looking columns (within two characters) left equal. Returns the fraction of
 * the row's width left free by boxes spanning down from rows above.
 */
export function widthsOf(row: DiagramRow, drafts: Draft[], panels: Panel[], reserved: DiagramBox[], spec: RatioRow | undefined, warnings: string[]): number {
  const columns = columnsOf(panels);
  const extent = (c: Panel[]): [number, number] => {
    const boxes = c.map((p) => drafts[panels.indexOf(p)]?.box).filter((b): b is DiagramBox => b !== undefined);
    return boxes.length ? [Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right))] : [row.left, row.right];
  };
  const segs = [...columns.map((c) => ({ own: c as Panel[] | undefined, at: extent(c) })), ...reserved.map((b) => ({ own: undefined, at: [b.left, b.right] as [number, number] }))]
    .sort((a, b) => a.at[0] - b.at[0]);
  const left = Number.isFinite(row.left) ? row.left : 0;
  const right = Number.isFinite(row.right) ? row.right : 1;
  const widths = segs.map((s, i) => {
    const from = i === 0 ? left : (segs[i - 1]!.at[1] + s.at[0]) / 2;
    const to = i === segs.length - 1 ? right : (s.at[1] + segs[i + 1]!.at[0]) / 2;
    return Math.max(1, to - from);
  });
  const ownWidths = segs.flatMap((s, i) => (s.own ? [{ column: s.own, width: widths[i]! }] : []));
  const ownTotal = ownWidths.reduce((s, w) => s + w.width, 0);
  const free = reserved.length ? ownTotal / widths.reduce((s, w) => s + w, 0) : 1;
  // `equal: 0` is "the boxes alike" with no count: as many as the row draws.
  const stated = spec ? spec.widths?.length ?? (spec.equal === 0 ? columns.length : spec.equal) : undefined;
  if (spec && stated !== undefined) {
    if (stated === columns.length) {
      // `same width`, `3 equal columns`: the boxes alike, as the document says, however the drawing sizes them.
      const widths = spec.widths ?? (spec.alike ? columns.map(() => Math.round(10000 / columns.length) / 10000) : []);
      widths.forEach((w, i) => {
        const p = columns[i]?.[0];
        if (p) p.width = w;
      });
      return free;
    }
    // Widths for the whole row, the column spanning down from above included: that column is already placed.
    if (reserved.length > 0 && stated === columns.length + reserved.length) return free;
    // `좌우 2칸 (오른쪽 사이드바 시작)`: the boxes beside a sidebar that starts in this row, counted without it, the
    // note saying so; with no widths written the drawn ones are what it asks for.
    const starting = columns.filter((c) => (drafts[panels.indexOf(c[0]!)]?.box?.span ?? 1) > 1).length;
    const besideSidebar = starting > 0 && !spec.widths && stated === columns.length - starting && SIDEBAR.test(spec.text);
    if (!besideSidebar)
      warnings.push(
      `line ${spec.line}: the ratio table asks for ${stated} panels in this row but the diagram row at line ${row.line} has ${columns.length}; the drawn widths are used`,
    );
  }
  if (spec?.sidebar !== undefined && sidebarWidth(columns, drafts, panels, ownWidths, spec.sidebar)) return free;
  const noted = (row.notes ?? []).flatMap((n) => {
    const w = noteWidths(n.text, n.line);
    return w ? [{ w, line: n.line }] : [];
  })[0];
  if (noted && columns.length > 1 && noted.w.length === columns.length) {
    columns.forEach((c, i) => (c[0]!.width = noted.w[i]!));
    return free;
  }
  if (noted) warnings.push(`line ${noted.line}: the note beside the drawing gives ${noted.w.length} widths but this row has ${columns.length} boxes; the drawn widths are used`);
  if (columns.length > 1 && writtenWidths(columns.map((c) => drafts[panels.indexOf(c[0]!)]?.width), columns, row, warnings)) return free;
  const sizes = ownWidths.map((w) => w.width);
  if (columns.length < 2 || Math.max(...sizes) - Math.min(...sizes) <= 2) return free;
  // Shares rounded each on its own may sum past 1 (0.391 + 0.422 + 0.188): the widest takes what is left.
  const rounded = ownWidths.map((w) => Math.round((w.width / ownTotal) * 1000) / 1000);
  const widest = sizes.indexOf(Math.max(...sizes));
  rounded[widest] = Math.round((1 - rounded.reduce((s, r, i) => (i === widest ? s : s + r), 0)) * 1000) / 1000;
  ownWidths.forEach((w, i) => {
    w.column[0]!.width = rounded[i]!;
    w.column[0]!.drawnWidth = true;
  });
  return free;
}

/**
 * Widths written into the boxes' titles (`[60%]`, `[40%]`): shares of the row, the boxes without one sharing
 * what is left. Whether they were used; shares past 100% with boxes left over are not, with a warning.
 */
function writtenWidths(said: (number | undefined)[], columns: Panel[][], row: DiagramRow, warnings: string[]): boolean {
  if (said.every((w) => w === undefined)) return false;
  const total = said.reduce<number>((s, w) => s + (w ?? 0), 0);
  const unset = said.filter((w) => w === undefined).length;
  if (unset > 0 && total >= 100) {
    warnings.push(`line ${row.line}: the widths written in this row's boxes already add up to ${total}% with ${unset} box(es) left without one; the drawn widths are used`);
    return false;
  }
  const whole = unset > 0 ? 100 : total;
  const rest = unset > 0 ? (100 - total) / unset : 0;
  columns.forEach((c, i) => {
    c[0]!.width = Math.round(((said[i] ?? rest) / whole) * 1000) / 1000;
  });
  return true;
}

/**
 * The row a sidebar starts in, the sidebar's share said in words (`사이드바 20%`): the sidebar's column takes it
 * and the others share the rest as they are drawn. Whether it was used: only with one column spanning down.
 */
function sidebarWidth(columns: Panel[][], drafts: Draft[], panels: Panel[], own: { column: Panel[]; width: number }[], share: number): boolean {
  const spanning = own.filter((w) => (drafts[panels.indexOf(w.column[0]!)]?.box?.span ?? 1) > 1);
  if (spanning.length !== 1 || columns.length < 2 || own.length !== columns.length) return false;
  const rest = own.filter((w) => w !== spanning[0]).reduce((s, w) => s + w.width, 0);
  if (rest <= 0) return false;
  for (const w of own) {
    w.column[0]!.width = Math.round((w === spanning[0] ? share : ((1 - share) * w.width) / rest) * 1000) / 1000;
    w.column[0]!.drawnWidth = true;
  }
  return true;
}
