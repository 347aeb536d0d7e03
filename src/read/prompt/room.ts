// How full a panel would be: its content box (from row ratio × width share of the page) against the
// height its lead lines and blocks need, all measured at one reference body size. The reader cannot
// run the real layout (it comes later in the pipeline), so these are estimates, calibrated against
// `layoutSheet` on the seed and the prompt fixtures: text heights land within ~10%, diagrams (which
// stretch into whatever room they get) are counted at the smallest size that still reads well.
import type { Block, MindNode, PageSize, Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { codeSourceLines, gridLines } from "../../blocks/code/grid.js";
import { MONO_CELL_EM } from "../../fonts/cells.js";

/** Reference body size, px. Fill 1 means "fits at 14 px"; auto-fit then picks 12–26 px. */
export const REF_PX = 14;
const LINE = REF_PX * 1.4;
const LEAD_LINE = LINE * 1.08;
export const GAP = REF_PX * 0.6;
const ITEM_GAP = 3.2;
export const COL_GAP = REF_PX * 1.4;
export const MIN_COLUMN = 170;

// Page geometry as the layout stage draws it: 96 px/in, 8 mm margins, 3 mm gutters, and the title tape
// plus padding that each panel's border takes from its box.
const MM = 96 / 25.4;
const PAGES: Record<PageSize, [number, number]> = { a4: [297 * MM, 210 * MM], "16:9": [338.67 * MM, 190.5 * MM] };
const MARGIN = 8 * MM;
const GUTTER = 3 * MM;
const PAD = 3.6 * MM;
const CHROME = 40;

export interface Room {
  width: number;
  height: number;
}

/** The content box of a panel in a row of `ratio` percent, `share` of the page width. */
export function roomOf(page: PageSize, ratio: number, share: number): Room {
  const [w, h] = PAGES[page];
  const width = share * (w - 2 * MARGIN) - GUTTER - 2 * PAD;
  const height = (ratio / 100) * (h - 2 * MARGIN) - GUTTER - CHROME;
  return { width: Math.max(40, width), height: Math.max(20, height) };
}

const WIDE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{Extended_Pictographic}/u;
// Planning weighs the same strings against many panel assignments.
const widths = new Map<string, number>();

/** Drawn width of a string at the reference size: Hangul and other wide glyphs ≈ 0.82 em, Latin ≈ 0.4 em. */
export function textWidth(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = 0;
    for (const ch of text) w += WIDE.test(ch) ? 0.82 : ch === " " ? 0.28 : 0.4;
    if (widths.size > 20000) widths.clear();
    widths.set(text, (w *= REF_PX));
  }
  return w;
}

function lines(text: string, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(REF_PX * 3, width)));
}

/** Columns get their natural width when the table fits; otherwise each shrinks in proportion and its
 * cells wrap. Rows are one line plus rule spacing, or as many lines as their tallest cell. */
function tableHeight(header: Rich[], rows: Rich[][], width: number): number {
  const all = [header, ...rows];
  const cols = Math.max(1, ...all.map((r) => r.length));
  const natural = Array.from({ length: cols }, (_, j) => Math.max(...all.map((r) => textWidth(richText(r[j] ?? []))), REF_PX) + 0.8 * REF_PX);
  const total = natural.reduce((s, w) => s + w, 0);
  const scale = Math.min(1, width / total);
  const rowLines = (r: Rich[]) => Math.max(1, ...r.map((c, j) => Math.ceil((textWidth(richText(c)) + 0.8 * REF_PX) / Math.max(REF_PX * 2, (natural[j] ?? total) * scale))));
  return all.reduce((s, r) => s + rowLines(r) * LINE + 3.4, 0);
}

function leafCount(n: MindNode): number {
  return n.children.length === 0 ? 1 : n.children.reduce((s, c) => s + leafCount(c), 0);
}

/** Height of the lead lines (drawn 8% larger than body text). */
export function leadHeight(lead: Rich[], width: number): number {
  return lead.reduce((s, l) => s + Math.ceil(textWidth(richText(l)) * 1.08 / width) * LEAD_LINE, 0);
}

/** Height a block needs at `width`; bullets return one height per item, since lists may flow across columns. */
// Placement estimates every panel again at each item it places: a block's heights at a width are kept.
const heightCache = new WeakMap<Block, Map<number, number[]>>();

export function blockHeights(block: Block, width: number): number[] {
  let byWidth = heightCache.get(block);
  if (!byWidth) heightCache.set(block, (byWidth = new Map()));
  let hit = byWidth.get(width);
  if (!hit) byWidth.set(width, (hit = measureBlock(block, width)));
  return hit;
}

function measureBlock(block: Block, width: number): number[] {
  switch (block.kind) {
    case "paragraph":
      return [lines(richText(block.text), width) * LINE];
    case "quote":
      // Sticky note: padding, quote mark, the text, then the citation line.
      return [lines(richText(block.text), width - 1.9 * REF_PX) * LINE + 1.9 * REF_PX];
    case "bullets": {
      // Items sit 3.2 px apart, not a block gap apart: the first item carries the difference, so a
      // stack of the items (as neededHeight stacks units) comes to the list's real height.
      const item = (i: Rich) => lines(richText(i), width - 1.6 * REF_PX) * LINE + ITEM_GAP - GAP;
      return block.items.map((i, k) => item(i) + (k === 0 ? GAP - ITEM_GAP : 0));
    }
    case "table":
      return [tableHeight(block.header, block.rows, width)];
    case "flowchart": {
      // Boxes in one row with arrows between. Too long for the panel, labels first wrap to two lines in
      // taller boxes; only a chain still too long wraps to more rows.
      const arrows = (block.nodes.length - 1) * 1.6 * REF_PX;
      const total = block.nodes.reduce((s, n) => s + textWidth(n.label) + 1.4 * REF_PX, 0) + arrows;
      if (total <= width) return [2.8 * REF_PX];
      const wrapped = block.nodes.reduce((s, n) => s + textWidth(n.label) / 2 + 1.4 * REF_PX, 0) + arrows;
      const rows = Math.max(1, Math.ceil(wrapped / width));
      return [rows * 4.2 * REF_PX + (rows - 1) * 2 * REF_PX];
    }
    case "mindmap": {
      // Two-sided tree: half the leaves on each side, one label band each; narrow panels wrap labels.
      const perSide = Math.ceil(leafCount(block.root) / 2);
      return [(perSide * 1.9 + 2.5) * REF_PX * (width < 400 ? 1.15 : 1)];
    }
    case "knobs":
      // A row of dials with labels under them, the result box beside or under them; below ~300 px the
      // dials wrap to two rows.
      return [(6.5 * REF_PX + (block.result ? 4 * REF_PX : 0)) * (width < 300 ? 1.8 : 1)];
    case "code": {
      // Set at 0.9 of body size on the code grid's own cells, plus the card's padding.
      const px = REF_PX * 0.9;
      const rows = gridLines(codeSourceLines(block.text), (width - 1.1 * px) / (px * MONO_CELL_EM)).length;
      return [rows * px * 1.4 + 1.1 * px];
    }
  }
}

/** Needed height of a panel holding `lead` and `blocks` in the best of 1–3 columns, as the layout stage
 * arranges them: flowcharts and code span the full width on top, everything else flows into balanced columns. */
export function neededHeight(room: Room, lead: Rich[], blocks: Block[]): number {
  const stack = (hs: number[]) => hs.reduce((s, h) => s + h, 0) + GAP * Math.max(0, hs.length - 1);
  let best = Infinity;
  for (let n = 1; n <= 3; n++) {
    const colW = (room.width - COL_GAP * (n - 1)) / n;
    if (n > 1 && colW < MIN_COLUMN) break;
    const wide = n === 1 ? [] : blocks.filter((b) => b.kind === "flowchart" || b.kind === "code");
    const rest = n === 1 ? blocks : blocks.filter((b) => b.kind !== "flowchart" && b.kind !== "code");
    const leadTop = wide.length > 0 || n === 1;
    const top = [...(leadTop && lead.length ? [leadHeight(lead, room.width)] : []), ...wide.flatMap((b) => blockHeights(b, room.width))];
    const units = [...(!leadTop && lead.length ? [leadHeight(lead, colW)] : []), ...rest.flatMap((b) => blockHeights(b, colW))];
    if (n > 1 && units.length < n) break;
    if (n === 1) {
      best = Math.min(best, stack([...top, ...units]));
      continue;
    }
    // Balanced contiguous columns are at least the average and at least the tallest unit.
    const col = Math.max(...units, (stack(units) - GAP * (n - 1)) / n);
    best = Math.min(best, stack(top) + (top.length ? GAP : 0) + col);
  }
  return best;
}

/** Fill at the legible minimum (12 px): at 12 px the same room holds 14/12 as much, wrapped afresh. */
export function fillAtMin(room: Room, lead: Rich[], blocks: Block[]): number {
  const k = REF_PX / 12;
  return fillOf({ width: room.width * k, height: room.height * k }, lead, blocks);
}

/** Needed height over available height: 1 fits at the reference size, above 1 needs smaller text. */
export function fillOf(room: Room, lead: Rich[], blocks: Block[]): number {
  return neededHeight(room, lead, blocks) / room.height;
}
