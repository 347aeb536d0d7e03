// A plan section named by where its box stands on the page (`① 왼쪽 위 칸`, `Top-left box:`, `아래 줄 가운데`,
// `오른쪽 아래 — 핵심 정리`) goes to that box. People who drew the page refer to its boxes by place as often as by
// title; the words of such a section say nothing of its panel, so matching by words sent it wherever there was room.
import type { Panel, Row } from "../../model/sheet.js";
import { place, type Item, type Slot } from "./slots.js";
import { Matcher, pairsOf, profileOf, sameEmoji } from "./meaning.js";
import { splitEmoji } from "./words.js";
import { boxNumber } from "./box-number.js";
import { citedBoxes } from "./cite-box.js";

type Side = "low" | "mid" | "high";
interface Place {
  /** Horizontal: left, centre, right. */
  x?: Side;
  /** Vertical: top, middle, bottom. */
  y?: Side;
  /** `가운데` / `middle` alone: the middle row, else the centre column. */
  either?: boolean;
  /** Said to be a column (`오른쪽 열`, `the right column`): of the boxes on that side, the one running down it. */
  column?: boolean;
}

// A particle or `쪽` may follow a Korean place word (왼쪽의, 위에, 아래쪽).
const KO_TAIL = "(?:쪽)?(?:의|에|에서|은|는)?";
const word = (ko: string, en: string): RegExp => new RegExp(`^(?:(?:${ko})${KO_TAIL}|${en})$`, "i");
const LEFT = word("왼|왼편|좌|좌측", "left|lhs");
const RIGHT = word("오른|오른편|우|우측", "right|rhs");
const TOP = word("위|윗|상단|윗줄|윗칸|상", "top|upper");
const BOTTOM = word("아래|아랫|하단|아랫줄|밑|하", "bottom|lower");
const MIDDLE = word("가운데|중앙|중간|가운뎃줄", "middle|center|centre|central");
/** Two places in one word: 좌상단, 우하단, 좌상, 우하. */
const CORNER = /^([좌우])([상하])(?:단)?(?:의|에)?$/;
/** Words a place may carry without naming anything else: `맨 위`, `큰 칸`, `box`, `row`. */
const FILLER =
  /^(?:맨|제일|가장|큰|작은|넓은|좁은|긴|줄|행|칸|열|박스|상자|영역|패널|셀|섹션|블록|부분|구역|코너|the|big|large|small|wide|main|box|panel|cell|area|section|block|row|column|col|corner|side|one)(?:의|에|은|는)?$/i;
// `세로` (upright) says the box runs down the page: `오른쪽 세로 사이드바`, `왼쪽 세로 박스`.
const COLUMN = /^(?:열|세로줄|세로|column|col|sidebar|사이드바)(?:의|에|은|는)?$/i;
/** What ends the place at the head of a title: a dash, a colon, a bracket, a bar. */
const HEAD_END = /\s[-–—]\s|[—–:：(（\[|]/;

/** The place a section title opens with, when everything before its first separator is place words. */
export function placeIn(title: string): Place | undefined {
  const bare = splitEmoji(title.replace(/^[\s\d.)#]*/, "").replace(/^[\u2460-\u2473\u2776-\u2793]\s*/u, "")).rest;
  const cut = HEAD_END.exec(bare);
  const head = (cut ? bare.slice(0, cut.index) : bare).trim();
  const tokens = head.split(/[\s,·/-]+/).filter(Boolean);
  const out: Place = {};
  let named = 0;
  for (const t of tokens) {
    const corner = CORNER.exec(t);
    if (corner) {
      out.x = corner[1] === "좌" ? "low" : "high";
      out.y = corner[2] === "상" ? "low" : "high";
      named += 2;
    } else if (LEFT.test(t)) (out.x = "low"), named++;
    else if (RIGHT.test(t)) (out.x = "high"), named++;
    else if (TOP.test(t)) (out.y = "low"), named++;
    else if (BOTTOM.test(t)) (out.y = "high"), named++;
    else if (MIDDLE.test(t)) (out.either = true), named++;
    else if (COLUMN.test(t)) out.column = true;
    else if (!FILLER.test(t)) return undefined;
  }
  if (named === 0) return undefined;
  if (out.either) {
    // With a row named, `가운데` is the centre of it; with a side named, the middle of that column.
    if (out.y && !out.x) out.x = "mid";
    else if (out.x && !out.y) out.y = "mid";
    if (out.x && out.y) delete out.either;
  }
  return out;
}

interface Box {
  panel: Panel;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each panel's rectangle in page widths and row indices: spans keep their column down, stacked boxes halve a row. */
export function boxesOf(rows: readonly Row[]): Box[] {
  const out: Box[] = [];
  const spans: Box[] = [];
  rows.filter((r) => r.kind === "panels").forEach((row, r) => {
    const held = spans.filter((s) => s.bottom > r);
    const from = held.filter((s) => s.left < 0.01).reduce((x, s) => Math.max(x, s.right), 0);
    const to = held.filter((s) => s.left >= 0.01).reduce((x, s) => Math.min(x, s.left), 1);
    const columns = row.panels.filter((p) => !p.below);
    const stated = columns.reduce((x, p) => x + (p.width ?? 0), 0);
    const open = columns.filter((p) => p.width === undefined).length;
    const each = open > 0 ? Math.max(0, 1 - stated) / open : 0;
    const scale = (to - from) / Math.max(stated + each * open, 1e-9);
    let x = from;
    let last: Box | undefined;
    for (const p of row.panels) {
      if (p.below && last) {
        const mid = (last.top + last.bottom) / 2;
        out.push({ panel: p, left: last.left, right: last.right, top: mid, bottom: last.bottom });
        last.bottom = mid;
        continue;
      }
      const w = (p.width ?? each) * scale;
      last = { panel: p, left: x, right: x + w, top: r, bottom: r + (p.rowSpan ?? 1) };
      out.push(last);
      if ((p.rowSpan ?? 1) > 1) spans.push(last);
      x += w;
    }
  });
  return out;
}

const EPS = 1e-6;

/** Boxes at one end or the middle of an axis. */
function along(boxes: Box[], side: Side, lo: (b: Box) => number, hi: (b: Box) => number, extent: number): Box[] {
  if (side === "low") return boxes.filter((b) => lo(b) <= Math.min(...boxes.map(lo)) + EPS);
  if (side === "high") return boxes.filter((b) => hi(b) >= Math.max(...boxes.map(hi)) - EPS);
  const mid = extent / 2;
  const across = boxes.filter((b) => lo(b) < mid - EPS && hi(b) > mid + EPS);
  // A box reaching an end of the page (a sidebar, a full-width row) is at that end before it is in the middle.
  const inner = across.filter((b) => lo(b) > EPS && hi(b) < extent - EPS);
  return inner.length > 0 ? inner : across;
}

/** The one panel at a place, or undefined when the place names none or several. */
export function panelAt(rows: readonly Row[], at: Place): Panel | undefined {
  const all = boxesOf(rows);
  const height = Math.max(0, ...all.map((b) => b.bottom));
  const byY = (bs: Box[], s: Side) => along(bs, s, (b) => b.top, (b) => b.bottom, height);
  const byX = (bs: Box[], s: Side) => along(bs, s, (b) => b.left, (b) => b.right, 1);
  const one = (bs: Box[]) => (bs.length === 1 ? bs[0]!.panel : undefined);
  if (at.either) return one(byY(all, "mid")) ?? one(byX(all, "mid"));
  let found = all;
  if (at.y) found = byY(found, at.y);
  if (at.x) found = byX(found, at.x);
  // A side's column named alone (`오른쪽 열`, `the right column`) is the box running down that side, when one
  // runs taller than the others there: a sidebar is the column a writer means. A side alone stays ambiguous.
  if (at.column && at.x && !at.y && found.length > 1) {
    const tall = Math.max(...found.map((b) => b.bottom - b.top));
    const tallest = found.filter((b) => b.bottom - b.top > tall - EPS);
    if (tallest.length === 1 && found.every((b) => b === tallest[0] || b.bottom - b.top < tall - EPS)) return tallest[0]!.panel;
  }
  return one(found);
}

/** The panel a plan numbers `n`: the drawing's boxes counted from 1 in reading order, row by row, the title not counted. */
export function numberedPanel(rows: readonly Row[], n: number): Panel | undefined {
  return rows.flatMap((r) => (r.kind === "panels" ? r.panels : []))[n - 1];
}

/**
 * Places the sections whose titles name a place on the page, and no panel by emoji or title words, in the panel
 * there, and returns the items left for placement by meaning. The reason is `title`: the title names the panel
 * (by where it stands), and layout keeps such a block home as it keeps one named by its title words. A section
 * naming its box by number (`②번 칸에`, `Box 3`) goes there unless its emoji names a box: the number is the
 * writer pointing at the drawing, surer than any word of the title.
 */
export function placeByPosition(rows: readonly Row[], slots: Slot[], items: Item[]): Item[] {
  // A quote signed with a box's title (`— Karpathy 습관`) is noted with that box.
  citedBoxes(items, slots);
  // A quote goes by the note the writer put after it (`— 하단 왼쪽 칸에`), never by its own words.
  const placed = items.map((item) => (item.role === "content" || item.role === "flow" ? placeIn(item.title) : item.where ? placeIn(item.where) : undefined));
  const box = (item: Item): number | undefined => (item.role === "quote" ? (item.where ? boxNumber(item.where)?.box : undefined) : item.box);
  const numbered = items.map((item) => (box(item) !== undefined ? numberedPanel(rows, box(item)!) : undefined));
  const titled = items.some((item, k) => item.role === "quote" && item.where && !placed[k] && !numbered[k]);
  if (placed.every((p) => !p) && numbered.every((p) => !p) && !titled) return items;
  const pairs = pairsOf(items.map((i) => i.block));
  const matcher = new Matcher(slots.map((s) => profileOf(s.panel, s.about, s.schematic, pairs)));
  // A quote noted with a box's title (`(→ 멀티모달 칸)`): the one panel whose title the note names most.
  items.forEach((item, k) => {
    if (item.role !== "quote" || !item.where || placed[k] || numbered[k]) return;
    // `(전부 💬 명언 박스에)`: an emoji opening the note names the box as a word of its title does.
    const mark = splitEmoji(item.where).emoji;
    const hits = slots.map((slot, s) => matcher.titleHit(s, item.where!).length + (mark && sameEmoji(mark, slot.panel.emoji) ? 1 : 0));
    const best = Math.max(0, ...hits);
    if (best > 0 && hits.filter((h) => h === best).length === 1) numbered[k] = slots[hits.indexOf(best)]!.panel;
  });
  const pinned = (item: Item) => slots.some((s, k) => sameEmoji(item.emoji, s.panel.emoji) || matcher.titleHit(k, item.title).length > 0);
  // An emoji naming a box pins the section there already (`Panel 1 of 6 — 🔌 …`): the number only counted.
  const byEmoji = (item: Item) => slots.some((s) => sameEmoji(item.emoji, s.panel.emoji));
  return items.filter((item, k) => {
    const at = placed[k];
    const byNumber = numbered[k];
    // A quote's own note (`[TAKEAWAYS] "…"` in the 💬 section) says more than its section's emoji.
    const panel = byNumber && (item.where || !byEmoji(item)) ? byNumber : at && (item.where || !pinned(item)) ? panelAt(rows, at) : undefined;
    const slot = panel && slots.find((s) => s.panel === panel);
    if (!slot) return true;
    place(slot, item, "title");
    return false;
  });
}
