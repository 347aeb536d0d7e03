// The repairs after the first layout (layout/index.ts): first the rescues of a page that overflows (blocks moved for
// room, mind maps in rows, lines set closer, chained moves, panels drawn wider), then the balancing of one that
// fits (blocks given or taken, trades home, crowded panels closer or wider, full panels evened). Each step lays
// the page out again through `relayout` and is kept only when that page is better by the step's own measure.
import { panelsOf, pinnedBy, type Sheet } from "../model/sheet.js";
import type { PositionedSheet } from "../model/positioned.js";
import { rehome, type FittedPanel, type Move } from "./rehome.js";
import { widenings, widerSidebar } from "./widths.js";
import { heightenings, heightNote, heightShift } from "./heights.js";
import { leadNote, onlyHome, restatedLeads } from "./restated.js";
import { namedHomes, withTags } from "./whose.js";
import { settle, type Rescued, type Step } from "./settle.js";
import { withPanels } from "./move.js";
import { besideLabels } from "./beside.js";
import { overOf } from "./bare.js";

/** Widenings tried each with a taller row, least first: each is a layout per height shift, on a page that fails anyway. */
const BOTH_TRIES = 4;
/** One layout of a page, with what each panel's fit was judged on. */
export interface Laid {
  positioned: PositionedSheet;
  fitted: FittedPanel[];
  cramped: boolean;
}

/** Lays a changed sheet out again in the first layout's page and chrome; the flags are the later rescues'. */
export type Relayout = (sheet: Sheet, mapRows?: boolean, dense?: boolean, closer?: Set<string>, mapStack?: boolean, beside?: Set<string>, smallCode?: boolean) => Laid;

/**
 * Repairs and balances the page laid out first; the result carries the repaired sheet (`sheet`) and the `moves`
 * when they changed anything.
 */
export function repairLayout(sheet: Sheet, first: Laid, layout: Relayout): PositionedSheet {
  // Each page remembers how it was laid out, so that the moved figures' tags are judged on the same terms.
  const how = new WeakMap<Laid, Parameters<Relayout>>();
  const relayout: Relayout = (...args) => {
    const laid = layout(...args);
    how.set(laid, args);
    return laid;
  };
  const rescued = rescue(sheet, first, relayout);
  const settled = settle(rescued, relayout);
  // Kept home, a block may leave its other panel bare enough to take blocks for balance: the home page wins only
  // when, balanced, every other block stands where it stands on the page without it (restated.ts `onlyHome`), but
  // for quotes balancing moved (one that went into the room a section's table left gives way to the table). Not
  // weighed where balancing moved more than quotes: staying as read would lose those moves too.
  const after = settled.moves.slice(rescued.now.moves.length);
  const kept = rescued.home && after.every((m) => m.kind === "quote") ? rescued.home() : undefined;
  const home = kept && settle(kept, relayout);
  let now = home && overOf(home.laid.positioned) === 0 && onlyHome(settled.sheet, home.sheet, rescued.now.moves, after) ? home : settled;
  // Still over after every rescue, with a mind map on the page: a map too wide for its box (a sidebar) is written
  // stacked, branch under branch (mindmap/stacked.ts), kept when the page overflows less that way. Only here, so a
  // page that fits any other way keeps its maps as they are.
  let stack = false;
  if (overOf(now.laid.positioned) > 0 && holds(now.sheet, "mindmap")) {
    const stacked = relayout(now.sheet, rescued.mapRows, rescued.dense, undefined, true);
    if (overOf(stacked.positioned) < overOf(now.laid.positioned) - 0.5) {
      now = { ...now, laid: stacked };
      stack = true;
    }
  }
  // The later rescues lay the page out as it now is, a map written stacked kept stacked: the rows drawn taller were
  // tried while the map still overflowed (a sidebar spanning every row, which no one row's height cures, left each
  // try short of a cure and a full panel beside it short of room), so they are tried again now, alone first.
  const lay = (s: Sheet): Laid => relayout(s, rescued.mapRows, rescued.dense, undefined, stack);
  if (stack && overOf(now.laid.positioned) > 0) now = taller(now, lay) ?? now;
  // Still over after every rescue, a panel too narrow and too low at once (a chart turned on its side in a short
  // band needs both): a wider panel alone or a taller row alone left it over, the two together may cure it. The
  // least widening whose row then drawn taller (heights.ts) cures the page, balanced again; kept only then, so a
  // page that fits any other way is as it was.
  if (overOf(now.laid.positioned) > 0) now = bothWays(now, rescued, relayout, lay, stack) ?? now;
  // Still over after all of that: a sidebar down several rows drawn wider (widths.ts `widerSidebar`). Only here, so
  // a page any other rescue cures keeps the columns its drawing gave.
  if (overOf(now.laid.positioned) > 0) now = widerSidebar(now, lay);
  // Still over: a low, wide panel's drawing set beside its label rather than under it (beside.ts).
  if (overOf(now.laid.positioned) > 0) now = besideLabels(now, (s, ids) => relayout(s, rescued.mapRows, rescued.dense, undefined, stack, ids));
  // Still over, a code sample on the page: code set a step under the minimum with every panel's lines closer
  // (model/sheet.ts DENSE_CODE), laid out as the page now is; kept only where that cures the page.
  if (overOf(now.laid.positioned) > 0 && holds(now.sheet, "code")) {
    const [, mapRows, , closer, mapStack, beside] = how.get(now.laid) ?? [now.sheet];
    const small = relayout(now.sheet, mapRows, true, closer, mapStack, beside, true);
    if (overOf(small.positioned) === 0) now = { ...now, laid: small };
  }
  // Heights the writer gave that were changed (heights.ts) are said, as a warning the build prints.
  const notes = [heightNote(sheet, now.sheet), leadNote(sheet, now.sheet)].filter((n): n is string => n !== undefined);
  const positioned = notes.length ? { ...now.laid.positioned, warnings: [...now.laid.positioned.warnings, ...notes] } : now.laid.positioned;
  // A quote the reader set beside the full panel it is about says so, in the report and by its tag.
  const named = namedHomes(now.sheet);
  const final = named ?? now.sheet;
  if (now.moves.length || named) {
    const tags = withTags(final, positioned, (s) => {
      const [, ...flags] = how.get(now.laid) ?? [now.sheet];
      return relayout(s, ...flags).positioned;
    });
    const moves = now.moves.length ? { moves: now.moves } : {};
    return tags ? { ...tags.positioned, warnings: positioned.warnings, sheet: tags.sheet, ...moves } : { ...positioned, sheet: final, ...moves };
  }
  return final !== sheet ? { ...positioned, sheet: final } : positioned;
}

/**
 * When some panel overflows at the minimum size, blocks the reader placed by meaning or room move to panels that
 * really fit them (rehome.ts) and the page is laid out again, kept only when it overflows less; then the later
 * rescues in turn, each only while the page still overflows.
 */
function rescue(sheet: Sheet, first: Laid, relayout: Relayout): Rescued {
  let now: Step = { sheet, laid: first, moves: [] };
  let mapRows = false;
  const repair = (): void => {
    const repaired = rehome(now.sheet, now.laid.fitted);
    if (!repaired) return;
    // The moves were judged in the first layout's chrome (`relayout` keeps it): a cramped page stays cramped.
    const second = relayout(repaired.sheet, mapRows);
    if (overOf(second.positioned) < overOf(now.laid.positioned)) now = { sheet: repaired.sheet, laid: second, moves: [...now.moves, ...repaired.moves] };
  };
  if (overOf(first.positioned) > 0) repair();
  // Still over: mind maps may be written in rows (the last rescue; a map moved for room keeps its tree). Tried
  // on the page as the reader placed it, then with moves for room judged in that light, then after the moves
  // already made; the first with the least overflow wins, so a block stays home where rows make room.
  if (overOf(now.laid.positioned) > 0 && holds(now.sheet, "mindmap")) {
    let best: typeof now | undefined;
    const consider = (c: typeof now): void => {
      if (!best || overOf(c.laid.positioned) < overOf(best.laid.positioned) - 0.5) best = c;
    };
    const plain = { sheet, laid: relayout(sheet, true), moves: [] as Move[] };
    consider(plain);
    // Moves for room judged with maps in rows may differ from those judged without: a map placed by room may
    // now fit elsewhere, so it leaves first, and pinned blocks stay.
    const again = overOf(plain.laid.positioned) > 0 ? rehome(sheet, plain.laid.fitted, { pinned: false, roomFirst: true }) : undefined;
    if (again) consider({ sheet: again.sheet, laid: relayout(again.sheet, true), moves: again.moves });
    // Each next try only while the best so far still overflows.
    if (now.moves.length && overOf(best!.laid.positioned) > 0) consider({ ...now, laid: relayout(now.sheet, true) });
    if (overOf(best!.laid.positioned) < overOf(now.laid.positioned)) {
      now = best!;
      mapRows = true;
      if (overOf(now.laid.positioned) > 0) repair();
    }
  }
  // Still over after every move: the lines of text in a panel that fits no other way are set closer (the last
  // rescue, fit.ts); kept when the page overflows less. Judged only now, so moves for room still come first.
  let dense = false;
  if (overOf(now.laid.positioned) > 0) {
    const closer = relayout(now.sheet, mapRows, true);
    if (overOf(closer.positioned) < overOf(now.laid.positioned)) {
      now = { ...now, laid: closer };
      dense = true;
    }
  }
  // Still over: a pinned block may go where another block moves on to make room (rehome.ts `chained`).
  if (overOf(now.laid.positioned) > 0) {
    const chained = rehome(now.sheet, now.laid.fitted, { chain: true });
    const next = chained ? relayout(chained.sheet, mapRows, dense) : undefined;
    if (chained && next && overOf(next.positioned) < overOf(now.laid.positioned)) now = { sheet: chained.sheet, laid: next, moves: [...now.moves, ...chained.moves] };
  }
  // Still over: a full panel in a row of evenly shared widths is drawn wider, its neighbours narrower
  // (widths.ts); the least widening that cures it without a new overflow, else the one that leaves least.
  const widened = (from: typeof now, rows: boolean, closer: boolean): typeof now => {
    let at = from;
    const tried = new Set<string>();
    while (overOf(at.laid.positioned) > 0) {
      const options = widenings(at.sheet, at.laid.positioned).filter((w) => !tried.has(w.panel));
      if (options.length === 0) break;
      const was = new Set(at.laid.positioned.panels.filter((p) => p.overflow).map((p) => p.id));
      let best: typeof now | undefined;
      for (const w of options) {
        tried.add(w.panel);
        const next = relayout(w.sheet, rows, closer);
        const fresh = next.positioned.panels.some((p) => p.overflow && !was.has(p.id));
        if (fresh || overOf(next.positioned) >= overOf((best ?? at).laid.positioned) - 0.5) continue;
        best = { ...at, sheet: w.sheet, laid: next };
        if (!next.positioned.panels.find((p) => p.id === w.panel)?.overflow) break;
      }
      if (best) at = best;
    }
    return at;
  };
  const unwidened = now;
  now = widened(now, mapRows, dense);
  // Still over: the full panel's row drawn a little taller, a row whose panels all fit a little lower (heights.ts):
  // the first shift, least first, that cures the page. One that only lessens the overflow changes heights the
  // document wrote for a page that fails anyway, so it is not kept.
  const heightened = (from: typeof now, rows: boolean, closer: boolean): typeof now => {
    if (overOf(from.laid.positioned) === 0) return from;
    for (const h of heightenings(from.sheet, from.laid.positioned)) {
      const next = relayout(h.sheet, rows, closer);
      if (overOf(next.positioned) === 0) return { ...from, sheet: h.sheet, laid: next };
    }
    return from;
  };
  const tall = heightened(now, mapRows, dense);
  // Cured by height after a widening: the widths as written, with the height shift no larger, change the page less
  // (one proportion the writer gave moves, not two).
  const plain = tall !== now && now !== unwidened ? heightened(unwidened, mapRows, dense) : undefined;
  now = plain && plain !== unwidened && heightShift(sheet, plain.sheet) <= heightShift(sheet, tall.sheet) + 1e-9 ? plain : tall;
  // Cured by a taller row, the page may now hold at home the blocks pinned to their panels that left for room
  // before the row grew (a table sent from a short top row's box that the taller row holds beside its lines):
  // every block where the reader put it, in the rows as now drawn, kept when that page fits too.
  if (now === tall && tall !== unwidened && now.moves.length && now.moves.every((m) => pinnedMovedForRoom(sheet, m))) {
    const asRead = new Map(panelsOf(sheet).map((p) => [p.id, p.blocks]));
    const back = withPanels(now.sheet, panelsOf(now.sheet).map((p) => ({ ...p, blocks: asRead.get(p.id) ?? p.blocks })));
    const laid = relayout(back, mapRows, dense);
    if (overOf(laid.positioned) === 0) now = { sheet: back, laid, moves: [] };
  }
  // Still over: a box's drawn lines that its blocks say again are left out (restated.ts), then the panel drawn
  // wider or its row taller as above; kept only when that cures the page (lines lost for a page that fails
  // anyway help no one).
  // Cut from the page as it was before any widening, so the panel may then be widened as far as it needs.
  if (overOf(now.laid.positioned) > 0) {
    const cut = restatedLeads(unwidened.sheet, now.laid.positioned);
    const next = cut && heightened(widened({ ...unwidened, sheet: cut, laid: relayout(cut, mapRows, dense) }, mapRows, dense), mapRows, dense);
    if (next && overOf(next.laid.positioned) === 0) now = next;
  }
  // A block pinned to its panel by title or emoji that left only for room (to the nearest panel that took it, not
  // one its words share) stays home when drawing its panel wider cures the page instead: a chart belongs beside
  // what it is about, and a width the document left unstated gives way before that.
  if (now.moves.some((m) => pinnedMovedForRoom(sheet, m))) {
    const r = rehome(sheet, first.fitted, { pinned: false });
    // Not by drawing a row taller (heights.ts): a height the document wrote gives way only to a page that
    // overflows whatever moves, never to keep a block home.
    const home = widened(r ? { sheet: r.sheet, laid: relayout(r.sheet), moves: r.moves } : { sheet, laid: first, moves: [] }, false, false);
    // Not at the cost of a last rescue (a map's leaves joined into lists, lines set closer) the page did without.
    const rescued = (l: typeof now.laid): number => l.fitted.filter((f) => f.fit.joinLeaves || f.fit.dense).length;
    if (overOf(home.laid.positioned) === 0 && rescued(home.laid) <= rescued(now.laid)) {
      now = home;
      mapRows = false;
      dense = false;
    }
  }
  // Still away: its panel laid out without the box lines its own blocks say again (restated.ts), as a designer drops
  // the sketch of a chart rather than send the chart to a panel it is not about; with nothing else moved (its lines
  // may be set closer, its panel drawn wider).
  // Only where every move was such a block's: a page whose other moves set right where the reader put blocks
  // would lose those by staying as read.
  const away = now.moves.filter((m) => pinnedMovedForRoom(sheet, m));
  const cut = away.length && away.length === now.moves.length ? restatedLeads(sheet, first.positioned, new Set(away.map((m) => m.from))) : undefined;
  const home = (): Rescued | undefined => {
    for (const closer of [false, true]) {
      const kept = widened({ sheet: cut!, laid: relayout(cut!, false, closer), moves: [] }, false, closer);
      if (overOf(kept.laid.positioned) === 0 && !kept.laid.fitted.some((f) => f.fit.joinLeaves)) return { now: kept, mapRows: false, dense: closer };
    }
    return undefined;
  };
  return { now, mapRows, dense, ...(cut ? { home } : {}) };
}

/** The page drawn wider and taller at once where one overflowing panel needs both, or undefined when that cures
 * nothing. Balanced again after (settle.ts), unless a map is written stacked, which balancing would lay out again
 * unstacked. */
function bothWays(now: Step, rescued: Rescued, relayout: Relayout, lay: (sheet: Sheet) => Laid, stack: boolean): Step | undefined {
  for (const w of widenings(now.sheet, now.laid.positioned).slice(0, BOTH_TRIES)) {
    const wide = lay(w.sheet);
    for (const h of heightenings(w.sheet, wide.positioned)) {
      const laid = lay(h.sheet);
      if (overOf(laid.positioned) > 0) continue;
      const cured = { ...now, sheet: h.sheet, laid };
      if (stack) return cured;
      const settled = settle({ ...rescued, now: cured }, relayout);
      return overOf(settled.laid.positioned) === 0 ? settled : cured;
    }
  }
  return undefined;
}

/** The least height shift (heights.ts) that cures the page, laid out by `lay`, or undefined when none does. */
function taller(now: Step, lay: (sheet: Sheet) => Laid): Step | undefined {
  for (const h of heightenings(now.sheet, now.laid.positioned)) {
    const laid = lay(h.sheet);
    if (overOf(laid.positioned) === 0) return { ...now, sheet: h.sheet, laid };
  }
  return undefined;
}

/** Whether a move took a block the reader pinned to its panel (title, emoji) elsewhere for room, not by meaning. */
function pinnedMovedForRoom(sheet: Sheet, m: Move): boolean {
  if (m.balance) return false;
  const from = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === m.from);
  const block = from?.blocks.find((b) => b.kind === m.kind && b.at?.line === m.line);
  return !!block && pinnedBy(block.at?.reason) && !(block.at?.near ?? []).includes(m.to);
}

/** Whether any panel of the sheet holds a block of that kind. */
function holds(sheet: Sheet, kind: "code" | "mindmap"): boolean {
  return panelsOf(sheet).some((p) => p.blocks.some((b) => b.kind === kind));
}
