// The balancing of a page that fits, after the rescues (repair.ts): blocks given or taken between a panel at the
// minimum and a nearly bare one, trades home, crowded panels set closer or drawn wider, full panels evened. Each
// step lays the page out again through `relayout` and is kept only when that page is better by its own measure.
import type { PositionedSheet } from "../model/positioned.js";
import type { Sheet } from "../model/sheet.js";
import type { Move } from "./rehome.js";
import type { Laid, Relayout } from "./repair.js";
import { widenedIn, WIDEN_STEPS } from "./widths.js";
import { evener, evenings } from "./even.js";
import { balanceCandidates, HOME_PX, MAX_BALANCE_MOVES, MAX_PAGE_TRIALS, tradeCandidates, type Candidate } from "./rebalance.js";
import { bareBesideCrowded, betterBalanced, noWorse, smallestPx } from "./bare.js";
import { fewerBare, strayCandidates } from "./stray.js";

export interface Step {
  sheet: Sheet;
  laid: Laid;
  moves: Move[];
}

/** Where the rescues left the page, and which of the last rescues it needed (the balancing keeps them). */
export interface Rescued {
  now: Step;
  mapRows: boolean;
  dense: boolean;
  /** The page with a pinned block kept home by leaving out its panel's restated box lines, to weigh balanced;
   * laid out only when asked (it costs a dense page a third more time). */
  home?: () => Rescued | undefined;
}

/**
 * A panel at the minimum beside a nearly bare one gives or takes a block (rebalance.ts), each move kept only when
 * the page laid out again is better balanced; then the crowded panels are set closer or drawn wider, and a full
 * panel drawn smaller than its roomy neighbours is evened (even.ts).
 */
export function settle(rescued: Rescued, relayout: Relayout): Step {
  const { mapRows, dense } = rescued;
  let now = rescued.now;
  // Then balance: a panel at the minimum beside a nearly bare one, or one a move left nearly bare, gives or
  // takes a block (rebalance.ts).
  const emptied = new Set(now.moves.map((m) => m.from));
  let trials = 0;
  // A block placed by room goes back to, or trades places with one in, the panel it is about (rebalance.ts
  // `tradeCandidates`).
  // Up to MAX_BALANCE_MOVES times, the first candidate the page laid out again accepts; MAX_PAGE_TRIALS
  // layouts in all.
  // A move the page refused once is not laid out again after another move is kept.
  const refused = new Set<string>();
  const improve = (candidates: () => Candidate[], accept: (next: PositionedSheet, c: Candidate) => boolean): void => {
    for (let n = 0; n < MAX_BALANCE_MOVES; n++) {
      let taken = false;
      for (const c of candidates()) {
        const key = JSON.stringify(c.moves);
        if (refused.has(key)) continue;
        if (trials++ >= MAX_PAGE_TRIALS) break;
        const next = relayout(c.sheet, mapRows, dense);
        if (!accept(next.positioned, c)) {
          refused.add(key);
          continue;
        }
        now = { sheet: c.sheet, laid: next, moves: [...now.moves, ...c.moves] };
        taken = true;
        break;
      }
      if (!taken) break;
    }
  };
  // Quotes going home may cost the page a size in all (HOME_PX below the smallest before any of them), not each.
  const start = smallestPx(now.laid.positioned);
  improve(() => tradeCandidates(now.sheet, now.laid.fitted, emptied), (next, c) => noWorse(next, now.laid.positioned, emptied, c.home, c.quote ? start - HOME_PX : undefined));
  improve(() => balanceCandidates(now.sheet, now.laid.fitted, now.laid.positioned, emptied), (next) => betterBalanced(next, now.laid.positioned, emptied));
  improve(() => strayCandidates(now.sheet, now.laid.fitted, now.laid.positioned), (next) => fewerBare(next, now.laid.positioned, emptied));
  // Still a panel at the minimum beside a bare one: the crowded panels set their lines closer where that fits
  // them larger (fit.ts), lifting their row's size cap; kept only when the page is better balanced.
  const { crowded } = bareBesideCrowded(now.laid.positioned);
  if (crowded.length) {
    const next = relayout(now.sheet, mapRows, dense, new Set(crowded));
    if (betterBalanced(next.positioned, now.laid.positioned, emptied)) now = { ...now, laid: next };
  }
  // Still there, in a row whose widths the document left to the layout: the crowded panel is drawn wider and
  // the bare ones beside it narrower (widths.ts), the least step that leaves the page better balanced, and the
  // next larger while it is better balanced still (a list crowded in a low band may need more than one step to
  // leave the minimum and lift its row's size cap, the bare panels' text with it).
  const still = bareBesideCrowded(now.laid.positioned);
  const rowOf = new Map(now.laid.positioned.panels.map((p) => [p.id, p.row]));
  const unwidened = now.sheet;
  for (const id of still.crowded) {
    const donors = still.bare.filter((b) => rowOf.get(b) === rowOf.get(id));
    let kept = false;
    for (const step of WIDEN_STEPS) {
      const w = widenedIn(unwidened, id, step, donors);
      if (!w) break;
      const next = relayout(w.sheet, mapRows, dense);
      if (betterBalanced(next.positioned, now.laid.positioned, emptied)) {
        now = { ...now, sheet: w.sheet, laid: next };
        kept = true;
      } else if (kept) break;
    }
    if (kept) break;
  }
  // A full panel drawn smaller than the roomy ones beside it is drawn wider (even.ts), the least step kept.
  const packed = evenings(now.sheet, now.laid.positioned, new Map(now.laid.fitted.map((f) => [f.panel.id, f.fit.px])));
  for (const e of packed.slice(0, WIDEN_STEPS.length)) {
    const next = relayout(e.sheet, mapRows, dense);
    if (evener(next.positioned, now.laid.positioned, e.panel)) {
      now = { ...now, sheet: e.sheet, laid: next };
      break;
    }
  }
  return now;
}
