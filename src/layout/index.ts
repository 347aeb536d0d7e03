// Stage 2, `layout`: Sheet → PositionedSheet. Pure: overflow and other trouble become `problems`; the
// build/CLI decides whether to refuse. Order: page geometry → title → panel chrome → fit each panel →
// balance sizes across the page → place.
import type { PageSize, Panel, Sheet } from "../model/sheet.js";
import type { PositionedPanel, PositionedSheet, Problem } from "../model/positioned.js";
import { pageGeometry, layoutRows, sheetSlots, gutterFor, MM } from "./page.js";
import { layoutTitle } from "./title.js";
import { layoutChrome, type Chrome } from "./panel.js";
import { arrange, arrangeAt, fitContext, fitPanel, fitsBox, type Fit, type FitContext } from "./fit.js";
import { balancedSizes, fillOf, NEARLY_EMPTY, placeArrangement } from "./balance.js";
import { markProblems } from "./problems.js";
import { roundMarks, roundBox } from "./round.js";
import { accentsFor, type ColorSlot } from "./color.js";
import { rehome, type FittedPanel, type Move } from "./rehome.js";
import { widenedIn, widenings, WIDEN_STEPS } from "./widths.js";
import { evener, evenings } from "./even.js";
import { balanceCandidates, bareBesideCrowded, betterBalanced, MAX_BALANCE_MOVES, MAX_PAGE_TRIALS, noWorse, tradeCandidates, type Candidate } from "./rebalance.js";

const COMPACT_GAIN_PX = 20;

export interface LayoutOptions {
  page?: PageSize;
  /** Move blocks out of panels that overflow at the minimum (default true); false lays the sheet out as read. */
  repair?: boolean;
}

interface Pending {
  panel: Panel;
  row: number;
  box: PositionedPanel["box"];
  accent: string;
  chrome: Chrome;
  ctx: FitContext;
  fit: Fit;
}

/**
 * Lays the sheet out; when some panel overflows at the minimum size, blocks the reader placed by meaning or
 * room move to panels that really fit them (rehome.ts) and the page is laid out again, kept only when it
 * overflows less. Then a panel at the minimum beside a nearly bare one gives or takes a block (rebalance.ts),
 * each move kept only when the page laid out again is better balanced. The result then carries the repaired
 * sheet (`sheet`) and the `moves`.
 */
export function layoutSheet(sheet: Sheet, opts: LayoutOptions = {}): PositionedSheet {
  const first = layoutOnce(sheet, opts);
  if (opts.repair === false) return first.positioned;
  let now = { sheet, laid: first, moves: [] as Move[] };
  let mapRows = false;
  const over = (s: PositionedSheet): number => s.panels.reduce((sum, p) => sum + p.overflowPx, 0);
  const repair = (): void => {
    const repaired = rehome(now.sheet, now.laid.fitted);
    if (!repaired) return;
    // The moves were judged in the first layout's chrome: a cramped page stays cramped.
    const second = layoutOnce(repaired.sheet, opts, first.cramped, mapRows);
    if (over(second.positioned) < over(now.laid.positioned)) now = { sheet: repaired.sheet, laid: second, moves: [...now.moves, ...repaired.moves] };
  };
  if (over(first.positioned) > 0) repair();
  // Still over: mind maps may be written in rows (the last rescue; a map moved for room keeps its tree). Tried
  // on the page as the reader placed it, then with moves for room judged in that light, then after the moves
  // already made; the first with the least overflow wins, so a block stays home where rows make room.
  if (over(now.laid.positioned) > 0 && hasMap(now.sheet)) {
    let best: typeof now | undefined;
    const consider = (c: typeof now): void => {
      if (!best || over(c.laid.positioned) < over(best.laid.positioned) - 0.5) best = c;
    };
    const plain = { sheet, laid: layoutOnce(sheet, opts, first.cramped, true), moves: [] as Move[] };
    consider(plain);
    // Moves for room judged with maps in rows may differ from those judged without: a map placed by room may
    // now fit elsewhere, so it leaves first, and pinned blocks stay.
    const again = over(plain.laid.positioned) > 0 ? rehome(sheet, plain.laid.fitted, { pinned: false, roomFirst: true }) : undefined;
    if (again) consider({ sheet: again.sheet, laid: layoutOnce(again.sheet, opts, first.cramped, true), moves: again.moves });
    // Each next try only while the best so far still overflows.
    if (now.moves.length && over(best!.laid.positioned) > 0) consider({ ...now, laid: layoutOnce(now.sheet, opts, first.cramped, true) });
    if (over(best!.laid.positioned) < over(now.laid.positioned)) {
      now = best!;
      mapRows = true;
      if (over(now.laid.positioned) > 0) repair();
    }
  }
  // Still over after every move: the lines of text in a panel that fits no other way are set closer (the last
  // rescue, fit.ts); kept when the page overflows less. Judged only now, so moves for room still come first.
  let dense = false;
  if (over(now.laid.positioned) > 0) {
    const closer = layoutOnce(now.sheet, opts, first.cramped, mapRows, true);
    if (over(closer.positioned) < over(now.laid.positioned)) {
      now = { ...now, laid: closer };
      dense = true;
    }
  }
  // Still over: a pinned block may go where another block moves on to make room (rehome.ts `chained`).
  if (over(now.laid.positioned) > 0) {
    const chained = rehome(now.sheet, now.laid.fitted, { chain: true });
    const next = chained ? layoutOnce(chained.sheet, opts, first.cramped, mapRows, dense) : undefined;
    if (chained && next && over(next.positioned) < over(now.laid.positioned)) now = { sheet: chained.sheet, laid: next, moves: [...now.moves, ...chained.moves] };
  }
  // Still over: a full panel in a row of evenly shared widths is drawn wider, its neighbours narrower
  // (widths.ts); the least widening that cures it without a new overflow, else the one that leaves least.
  const widened = (from: typeof now, rows: boolean, closer: boolean): typeof now => {
    let at = from;
    const tried = new Set<string>();
    while (over(at.laid.positioned) > 0) {
      const options = widenings(at.sheet, at.laid.positioned).filter((w) => !tried.has(w.panel));
      if (options.length === 0) break;
      const was = new Set(at.laid.positioned.panels.filter((p) => p.overflow).map((p) => p.id));
      let best: typeof now | undefined;
      for (const w of options) {
        tried.add(w.panel);
        const next = layoutOnce(w.sheet, opts, first.cramped, rows, closer);
        const fresh = next.positioned.panels.some((p) => p.overflow && !was.has(p.id));
        if (fresh || over(next.positioned) >= over((best ?? at).laid.positioned) - 0.5) continue;
        best = { ...at, sheet: w.sheet, laid: next };
        if (!next.positioned.panels.find((p) => p.id === w.panel)?.overflow) break;
      }
      if (best) at = best;
    }
    return at;
  };
  now = widened(now, mapRows, dense);
  // A block pinned to its panel by title or emoji that left only for room (to the nearest panel that took it, not
  // one its words share) stays home when drawing its panel wider cures the page instead: a chart belongs beside
  // what it is about, and a width the document left unstated gives way before that.
  if (now.moves.some((m) => pinnedMovedForRoom(sheet, m))) {
    const r = rehome(sheet, first.fitted, { pinned: false });
    const home = widened(r ? { sheet: r.sheet, laid: layoutOnce(r.sheet, opts, first.cramped), moves: r.moves } : { sheet, laid: first, moves: [] }, false, false);
    // Not at the cost of a last rescue (a map's leaves joined into lists, lines set closer) the page did without.
    const rescued = (l: typeof now.laid): number => l.fitted.filter((f) => f.fit.joinLeaves || f.fit.dense).length;
    if (over(home.laid.positioned) === 0 && rescued(home.laid) <= rescued(now.laid)) {
      now = home;
      mapRows = false;
      dense = false;
    }
  }
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
        const next = layoutOnce(c.sheet, opts, first.cramped, mapRows, dense);
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
  improve(() => tradeCandidates(now.sheet, now.laid.fitted), (next, c) => noWorse(next, now.laid.positioned, emptied, c.home));
  improve(() => balanceCandidates(now.sheet, now.laid.fitted, now.laid.positioned, emptied), (next) => betterBalanced(next, now.laid.positioned, emptied));
  // Still a panel at the minimum beside a bare one: the crowded panels set their lines closer where that fits
  // them larger (fit.ts), lifting their row's size cap; kept only when the page is better balanced.
  const { crowded } = bareBesideCrowded(now.laid.positioned);
  if (crowded.length) {
    const next = layoutOnce(now.sheet, opts, first.cramped, mapRows, dense, new Set(crowded));
    if (betterBalanced(next.positioned, now.laid.positioned, emptied)) now = { ...now, laid: next };
  }
  // Still there, in a row whose widths the document left to the layout: the crowded panel is drawn wider and
  // the bare ones beside it narrower (widths.ts), the least step that leaves the page better balanced.
  const still = bareBesideCrowded(now.laid.positioned);
  const rowOf = new Map(now.laid.positioned.panels.map((p) => [p.id, p.row]));
  widen: for (const id of still.crowded) {
    const donors = still.bare.filter((b) => rowOf.get(b) === rowOf.get(id));
    for (const step of WIDEN_STEPS) {
      const w = widenedIn(now.sheet, id, step, donors);
      if (!w) break;
      const next = layoutOnce(w.sheet, opts, first.cramped, mapRows, dense);
      if (betterBalanced(next.positioned, now.laid.positioned, emptied)) {
        now = { ...now, sheet: w.sheet, laid: next };
        break widen;
      }
    }
  }
  // A full panel drawn smaller than the roomy ones beside it is drawn wider (even.ts), the least step kept.
  const packed = evenings(now.sheet, now.laid.positioned, new Map(now.laid.fitted.map((f) => [f.panel.id, f.fit.px])));
  for (const e of packed.slice(0, WIDEN_STEPS.length)) {
    const next = layoutOnce(e.sheet, opts, first.cramped, mapRows, dense);
    if (evener(next.positioned, now.laid.positioned, e.panel)) {
      now = { ...now, sheet: e.sheet, laid: next };
      break;
    }
  }
  if (now.moves.length) return { ...now.laid.positioned, sheet: now.sheet, moves: now.moves };
  return now.sheet !== sheet ? { ...now.laid.positioned, sheet: now.sheet } : now.laid.positioned;
}

/** Whether a move took a block the reader pinned to its panel (title, emoji) elsewhere for room, not by meaning. */
function pinnedMovedForRoom(sheet: Sheet, m: Move): boolean {
  if (m.balance) return false;
  const from = sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels : [])).find((p) => p.id === m.from);
  const block = from?.blocks.find((b) => b.kind === m.kind && b.at?.line === m.line);
  return !!block && /^(title|emoji)$/.test(block.at?.reason ?? "") && !(block.at?.near ?? []).includes(m.to);
}

function hasMap(sheet: Sheet): boolean {
  return sheet.rows.some((r) => r.kind === "panels" && r.panels.some((p) => p.blocks.some((b) => b.kind === "mindmap")));
}

function layoutOnce(sheet: Sheet, opts: LayoutOptions, tryCompact = false, mapRows = false, dense = false, closer = new Set<string>()): { positioned: PositionedSheet; fitted: FittedPanel[]; cramped: boolean } {
  const page = pageGeometry(opts.page ?? sheet.page);
  const rows = layoutRows(sheet.rows, page);
  const { style } = sheet;
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const g = gutterFor(page) / 2;
  let title: PositionedSheet["title"];
  const pad = 3.6 * MM;

  sheet.rows.forEach((row, r) => {
    const rowBox = rows[r]!;
    if (row.kind !== "title") return;
    const box = { x: page.margin + g, y: rowBox.y + g, width: page.width - 2 * page.margin - 2 * g, height: rowBox.height - 2 * g };
    const t = layoutTitle(sheet.meta, box, style.seed);
    title = { box, marks: t.marks };
    warnings.push(...t.warnings);
  });

  const slots = sheetSlots(sheet.rows, rows, page);
  const colorSlots: ColorSlot[] = [];
  sheet.rows.forEach((row, r) => {
    if (row.kind === "panels") slots[r]!.forEach(({ box }, i) => colorSlots.push({ id: row.panels[i]!.id, color: row.panels[i]!.color, box }));
  });
  const accents = accentsFor(colorSlots, style.palette, gutterFor(page) * 1.5);
  const fitAll = (titlePx: number, compact = false): Pending[] => {
    const pending: Pending[] = [];
    sheet.rows.forEach((row, r) => {
      if (row.kind !== "panels") return;
      slots[r]!.forEach(({ box }, i) => {
        const panel = row.panels[i]!;
        const n = pending.length;
        const accent = accents.get(panel.id) ?? style.palette[n % style.palette.length]!;
        const seed = style.seed + (n + 1) * 1000;
        const chrome = layoutChrome(panel, box, { accent, seed, titlePx, pad, compact });
        const ctx: FitContext = { accent, palette: style.palette, seed, minFontPx: style.minFontPx, maxFontPx: Math.max(style.minFontPx, Math.min(style.maxFontPx, 200)), width: chrome.content.width, height: chrome.content.height, ...(mapRows ? { mapRows: true } : {}), ...(dense ? { denseOk: true } : {}), ...(closer.has(panel.id) ? { closer: true } : {}) };
        pending.push({ panel, row: r, box, accent, chrome, ctx, fit: fitPanel(panel, ctx) });
      });
    });
    return pending;
  };
  const ctxOf = (p: Pending): FitContext => fitContext(p.ctx, p.fit);
  const sizesOf = (pending: Pending[]): number[] =>
    balancedSizes(
      pending.map((p) => p.fit.px),
      pending.map((p) => p.row),
      style.minFontPx,
      (i, px) => {
        const p = pending[i]!;
        // The fitted arrangement at the capped size is near enough to judge by (and cheap: one layout).
        return fillOf(arrange(p.panel, px, p.fit.choice, ctxOf(p)), p.ctx) < NEARLY_EMPTY;
      },
    );
  // One tape-label size for the whole page. It should not look smaller than the body text, so when the
  // page ends up with large text, fit once more with labels to match.
  const baseTitlePx = Math.max(14, Math.min(20, page.height * 0.023));
  let pending = fitAll(baseTitlePx);
  let cramped = false;
  // Compact chrome gains a panel at most ~16 px (tape position and size, bottom padding): refit the page only
  // when some panel is over by less than that.
  if (pending.some((p) => !p.fit.fits && (tryCompact || p.fit.overflowPx < COMPACT_GAIN_PX))) {
    // A cramped page: smaller tape labels stuck over the borders give every panel more room.
    const compact = fitAll(14, true);
    cramped = compact.filter((p) => !p.fit.fits).length <= pending.filter((p) => !p.fit.fits).length;
    if (cramped) pending = compact;
  }
  let sizes = sizesOf(pending);
  const smallest = Math.min(...sizes);
  if (sizes.length && !cramped && smallest > baseTitlePx + 1) {
    pending = fitAll(Math.min(26, Math.floor(smallest * 2) / 2));
    sizes = sizesOf(pending);
  }
  const panels = pending.map((p, i): PositionedPanel => {
    let px = Math.min(sizes[i] ?? style.minFontPx, p.fit.px);
    let arrangement = arrangeAt(p.panel, px, p.fit.choice, ctxOf(p));
    // Capped below its fitted size, a panel with a diagram can (rarely) come out a hair taller than at the
    // fitted size (the diagram picks another shape): step down until it fits again.
    while (p.fit.fits && !fitsBox(arrangement, ctxOf(p)) && px > style.minFontPx) {
      px = Math.max(style.minFontPx, px - 0.5);
      arrangement = arrangeAt(p.panel, px, p.fit.choice, ctxOf(p));
    }
    const tall = Math.max(0, arrangement.height - p.ctx.height);
    const wide = arrangement.overWidth > 0.5 ? arrangement.overWidth : 0;
    const overflowPx = tall + wide;
    if (tall > 0.5) {
      problems.push({ kind: "overflow", panel: p.panel.id, message: `panel "${p.panel.id}" (${p.panel.title}) is ${Math.ceil(tall)} px too tall even at the minimum ${style.minFontPx} px text; shorten it or give its row more height` });
    }
    if (wide > 0) {
      problems.push({ kind: "overflow", panel: p.panel.id, message: `panel "${p.panel.id}" (${p.panel.title}): a block is ${Math.ceil(wide)} px wider than the panel; widen the panel or simplify the diagram` });
    }
    const blocks = placeArrangement(arrangement, p.chrome.content);
    const all = [...p.chrome.marks, ...blocks.flatMap((b) => b.marks)];
    problems.push(...markProblems(all, p.panel.id, `panel "${p.panel.id}"`));
    return {
      id: p.panel.id,
      title: p.panel.title,
      row: p.row,
      box: roundBox(p.box),
      accent: p.accent,
      fontPx: px,
      minFontPx: style.minFontPx,
      overflow: overflowPx > 0.5,
      overflowPx: Math.round(overflowPx * 100) / 100,
      marks: roundMarks(p.chrome.marks),
      content: roundBox(p.chrome.content),
      blocks: blocks.map((b) => ({ ...b, box: roundBox(b.box), marks: roundMarks(b.marks), ...(b.nodes ? { nodes: b.nodes.map((nd) => ({ ...nd, box: roundBox(nd.box) })) } : {}) })),
    };
  });
  if (title) problems.push(...markProblems(title.marks, undefined, "title row"));

  const positioned: PositionedSheet = {
    page: { ...page, width: round(page.width), height: round(page.height), margin: round(page.margin) },
    paper: style.paper,
    rows: rows.map((r) => ({ ...r, y: round(r.y), height: round(r.height) })),
    title: title ? { box: roundBox(title.box), marks: roundMarks(title.marks) } : undefined,
    panels,
    problems,
    warnings,
  };
  return { positioned, fitted: pending.map((p, i) => ({ panel: p.panel, ctx: p.ctx, fit: p.fit, px: panels[i]!.fontPx, overflow: panels[i]!.overflow })), cramped };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
