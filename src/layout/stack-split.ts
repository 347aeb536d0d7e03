// Panels stacked in one column (`below`) share the column's height by what they hold, not in equal halves: a
// person drawing a log excerpt over a short list of samples gives the log the taller box. The row ratios stay
// exact (the column's height is the row's); only the split inside the column moves, in steps of a twentieth,
// while that leaves fewer panels over, less overflow, or the stack's smallest text larger.
import type { Panel, Row } from "../model/sheet.js";
import type { Box } from "../model/positioned.js";
import type { Fit } from "./fit.js";

type Slot = { slot: Box; box: Box };

const STEP = 1 / 20;
/** The least share of its column a stacked panel keeps, times the number of panels in the stack. */
const LEAST = 0.5;
const MAX_STEPS = 10;

/**
 * The slots with each stack's column height split by need. `fitIn` fits a panel in a box (the same fit the page
 * uses); a stack whose panels already come out at one size keeps the even split without further fitting.
 */
export function splitStacks(rows: Row[], slots: Slot[][], gutter: number, fitIn: (panel: Panel, box: Box) => Fit): Slot[][] {
  return rows.map((row, r) => {
    const out = [...(slots[r] ?? [])];
    if (row.kind !== "panels") return out;
    for (const stack of stacksOf(row.panels)) {
      const parts = stack.map((i) => out[i]!);
      const top = parts[0]!.slot.y;
      const total = parts.reduce((s, p) => s + p.slot.height, 0);
      const place = (shares: number[]): Slot[] => {
        let y = top;
        return shares.map((share, k) => {
          const slot = { ...parts[k]!.slot, y, height: share * total };
          y += slot.height;
          return { slot, box: { x: slot.x + gutter, y: slot.y + gutter, width: slot.width - 2 * gutter, height: slot.height - 2 * gutter } };
        });
      };
      const panels = stack.map((i) => row.panels[i]!);
      const best = bestShares(panels.length, (shares) => place(shares).map((s, k) => fitIn(panels[k]!, s.box)));
      if (best) place(best).forEach((s, k) => (out[stack[k]!] = s));
    }
    return out;
  });
}

/** Index runs of a row's panels that stack in one column (a panel and the `below` ones after it). */
function stacksOf(panels: Panel[]): number[][] {
  const out: number[][] = [];
  panels.forEach((p, i) => {
    const last = out[out.length - 1];
    if (p.below && last) last.push(i);
    else out.push([i]);
  });
  return out.filter((s) => s.length > 1);
}

/** Shares better than the even split, or undefined when the even split is already as good as a move makes it. */
function bestShares(n: number, fits: (shares: number[]) => Fit[]): number[] | undefined {
  const least = LEAST / n;
  const memo = new Map<string, number[]>();
  const score = (shares: number[]): number[] => {
    const key = shares.map((s) => Math.round(s / STEP)).join(",");
    let s = memo.get(key);
    if (!s) memo.set(key, (s = worth(fits(shares))));
    return s;
  };
  let shares = Array.from({ length: n }, () => 1 / n);
  let now = score(shares);
  if (now[0] === 0 && now[2] === now[now.length - 1]) return undefined;
  let moved = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    let next: { shares: number[]; s: number[] } | undefined;
    // A step of two twentieths too: text sizes come in half pixels, so one step may lift neither panel.
    for (const by of [STEP, 2 * STEP]) {
      for (let from = 0; from < n && !next; from++) {
        for (let to = 0; to < n; to++) {
          if (from === to || shares[from]! - by < least - 1e-9) continue;
          const tried = shares.map((v, k) => (k === from ? v - by : k === to ? v + by : v));
          const s = score(tried);
          if (better(s, next?.s ?? now)) next = { shares: tried, s };
        }
      }
      if (next) break;
    }
    if (!next) break;
    ({ shares, s: now } = next);
    moved = true;
  }
  return moved ? shares : undefined;
}

/**
 * A split's worth, compared first to last: fewer panels over (the page's rescue moves blocks out of each one),
 * less overflow, then the fitted sizes smallest first (the stack's worst panel decides, then the next).
 */
function worth(fits: Fit[]): number[] {
  const over = fits.filter((f) => !f.fits);
  return [-over.length, -Math.round(over.reduce((s, f) => s + f.overflowPx, 0)), ...fits.map((f) => f.px).sort((a, b) => a - b)];
}

/** Scores compared first to last. */
function better(a: number[], b: number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! > b[k]!;
  return false;
}
