// A title row drawn as the banner's box with a little box beside it (`│ 🍌 NANO BANANA … 🍌 │ 📅 2025.03 │`): the
// writer split the top strip to stamp a date, a class or a version next to the title, as on a worksheet's header.
// Read as the title row, not as two panels: the banner from the big box, the stamp as the tagline under it.
import type { DiagramRow } from "./ascii-layout.js";

/** What a banner box says of itself: the template's banana or its name, or "cheat sheet" in either language. */
const BANNER = /🍌|nano\s*banana|cheat\s*sheet|치트\s*시트/i;
/** A stamp is a few words on one line: `📅 2025.03`, `2학년 3반`, `v2`. */
const STAMP_CHARS = 24;
/** …in a box at most this share of the row's width. */
const STAMP_SHARE = 0.3;

/** The top row's banner lines and stamps when it is a banner box with stamps beside it, else undefined. */
export function stampedTitle(row: DiagramRow): { lines: string[]; stamps: string[] } | undefined {
  if (row.boxes.length < 2 || row.boxes.some((b) => b.span > 1 || b.below || b.nested.length > 0 || b.chains.length > 0)) return undefined;
  const width = Math.max(1, row.right - row.left);
  const banners = row.boxes.filter((b) => b.lines.some((l) => BANNER.test(l.text)));
  if (banners.length !== 1) return undefined;
  const banner = banners[0]!;
  const stamps = row.boxes.filter((b) => b !== banner);
  const small = stamps.every((b) => (b.right - b.left) / width <= STAMP_SHARE && b.lines.length <= 1 && [...(b.lines[0]?.text.trim() ?? "")].length <= STAMP_CHARS);
  if (!small) return undefined;
  return { lines: banner.lines.map((l) => l.text), stamps: stamps.map((b) => b.lines[0]?.text.trim() ?? "").filter(Boolean) };
}

/**
 * A top row of the banner's box beside a sidebar drawn down every row (`| 🧭 CORE | 🍌 … 🍌 |` over the rows right
 * of it): the page's title is drawn across the top of the page, so the banner's box is the title row and the
 * sidebar starts in the row under it and runs through the rest, in its place at the row's left or right.
 */
export function titleBesideSidebar(rows: DiagramRow[]): DiagramRow[] | undefined {
  const [top, next] = rows;
  if (!top || !next || top.boxes.length !== 2) return undefined;
  const side = top.boxes.find((b) => b.span >= rows.length && !b.below);
  const banner = top.boxes.find((b) => b !== side);
  if (!side || !banner || banner.span > 1 || banner.nested.length > 0 || banner.chains.length > 0) return undefined;
  if (!banner.lines.some((l) => BANNER.test(l.text))) return undefined;
  const boxes = [...next.boxes, { ...side, span: side.span - 1 }].sort((a, b) => a.left - b.left);
  return [{ ...top, boxes: [], texts: banner.lines, headingFirst: true }, { ...next, boxes }, ...rows.slice(2)];
}
