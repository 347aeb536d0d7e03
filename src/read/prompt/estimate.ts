// A panel's needed height during placement, kept as running sums. Placement asks how full each panel would be
// with each item it places; measured afresh (room.ts `neededHeight` over the panel's blocks and `shownLead`),
// that is the whole panel again at every item, quadratic in the items. Here each block's heights at the widths
// the 1–3 column estimate uses are added once, and a question costs the one item's heights: the same numbers
// as `neededHeight(room, shownLead(lead, blocks), blocks)`.
import type { Block, Panel, Rich } from "../../model/sheet.js";
import { leadSaid } from "./lead.js";
import { blockHeights, COL_GAP, GAP, leadHeight, MIN_COLUMN, REF_PX, type Room } from "./room.js";

interface Sums {
  sum: number;
  count: number;
  max: number;
}

const isWide = (b: Block): boolean => b.kind === "flowchart" || b.kind === "code";
const total = (hs: number[]): number => hs.reduce((s, h) => s + h, 0);

function added(s: Sums, hs: number[]): void {
  s.sum += total(hs);
  s.count += hs.length;
  for (const h of hs) s.max = Math.max(s.max, h);
}

export class Estimate {
  /** Blocks added, for the owner's check that it still describes the panel. */
  size = 0;
  private whole = 0;
  private lineSaid: number[];
  /** All blocks at the full width (one column). */
  private all: Sums = { sum: 0, count: 0, max: 0 };
  /** Flowcharts and code at the full width, above the columns. */
  private wide: Sums = { sum: 0, count: 0, max: 0 };
  private wideBlocks = 0;
  /** The other blocks at each column count's width (2 and 3 where the columns are wide enough). */
  private rest: { n: number; width: number; sums: Sums }[] = [];

  constructor(
    readonly room: Room,
    readonly lead: Rich[],
    blocks: Block[],
  ) {
    this.lineSaid = lead.map(() => 0);
    for (let n = 2; n <= 3; n++) {
      const width = (room.width - COL_GAP * (n - 1)) / n;
      if (width < MIN_COLUMN) break;
      this.rest.push({ n, width, sums: { sum: 0, count: 0, max: 0 } });
    }
    for (const b of blocks) this.add(b);
  }

  add(block: Block): void {
    this.size++;
    const said = leadSaid(this.lead, block);
    if (said.all) this.whole++;
    for (const i of said.lines) this.lineSaid[i]!++;
    const full = blockHeights(block, this.room.width);
    added(this.all, full);
    if (isWide(block)) {
      this.wideBlocks++;
      added(this.wide, full);
    } else for (const r of this.rest) added(r.sums, blockHeights(block, r.width));
  }

  /** Needed height with `extra` added. */
  needed(extra?: Block): number {
    const said = extra ? leadSaid(this.lead, extra) : undefined;
    const lines = this.whole > 0 || said?.all ? [] : this.lead.filter((_, i) => this.lineSaid[i] === 0 && !said?.lines.includes(i));
    const { width } = this.room;
    const extraFull = extra ? blockHeights(extra, width) : [];
    // One column: the lead, then every block.
    const leadFull = lines.length ? leadHeight(lines, width) : 0;
    const count1 = (lines.length ? 1 : 0) + this.all.count + extraFull.length;
    let best = leadFull + this.all.sum + total(extraFull) + GAP * Math.max(0, count1 - 1);
    const extraWide = !!extra && isWide(extra);
    // Lead lines go above a full-width diagram, else at the head of the first column.
    const leadTop = this.wideBlocks + (extraWide ? 1 : 0) > 0;
    const topCount = (leadTop && lines.length ? 1 : 0) + this.wide.count + (extraWide ? extraFull.length : 0);
    const topSum = (leadTop && lines.length ? leadFull : 0) + this.wide.sum + (extraWide ? total(extraFull) : 0);
    const top = topSum + GAP * Math.max(0, topCount - 1) + (topCount ? GAP : 0);
    for (const r of this.rest) {
      const extraCol = extra && !extraWide ? blockHeights(extra, r.width) : [];
      const leadCol = !leadTop && lines.length ? leadHeight(lines, r.width) : undefined;
      const count = (leadCol !== undefined ? 1 : 0) + r.sums.count + extraCol.length;
      if (count < r.n) break;
      const sum = (leadCol ?? 0) + r.sums.sum + total(extraCol);
      const tallest = Math.max(r.sums.count ? r.sums.max : 0, leadCol ?? 0, ...extraCol);
      // Balanced contiguous columns are at least the average and at least the tallest unit.
      const col = Math.max(tallest, (sum + GAP * Math.max(0, count - 1) - GAP * (r.n - 1)) / r.n);
      best = Math.min(best, top + col);
    }
    return best;
  }
}

/** A panel being filled: its room and what it holds so far. */
export interface Holder {
  room: Room;
  panel: Panel;
}

/** Each panel's running estimate at the reference size and at the legible minimum. */
const estimates = new WeakMap<Holder, { room: Room; ref: Estimate; min: Estimate }>();

function current(h: Holder, e: { room: Room; ref: Estimate }, size = h.panel.blocks.length): boolean {
  return e.room === h.room && e.ref.lead === h.panel.lead && e.ref.size === size;
}

function estimateOf(h: Holder): { ref: Estimate; min: Estimate } {
  let e = estimates.get(h);
  if (!e || !current(h, e)) {
    const { room, panel } = h;
    // At 12 px the same room holds 14/12 as much, wrapped afresh (room.ts `fillAtMin`).
    const k = REF_PX / 12;
    e = { room, ref: new Estimate(room, panel.lead, panel.blocks), min: new Estimate({ width: room.width * k, height: room.height * k }, panel.lead, panel.blocks) };
    estimates.set(h, e);
  }
  return e;
}

/** The block just pushed onto the panel's blocks. */
export function placed(h: Holder, block: Block): void {
  const e = estimates.get(h);
  if (e && current(h, e, h.panel.blocks.length - 1)) {
    e.ref.add(block);
    e.min.add(block);
  }
}

/** The panel lost a block: its estimate is made afresh when next asked. */
export function forget(h: Holder): void {
  estimates.delete(h);
}

/** Needed over available height at the reference size (1: fits at 14 px), with `extra` added. */
export function fill(h: Holder, extra?: Block): number {
  const { ref } = estimateOf(h);
  return ref.needed(extra) / ref.room.height;
}

/** The same at the legible minimum (room.ts `fillAtMin`). */
export function fillMin(h: Holder, extra: Block): number {
  const { min } = estimateOf(h);
  return min.needed(extra) / min.room.height;
}
