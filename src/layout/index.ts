// Stage 2, `layout`: Sheet → PositionedSheet. Pure: overflow and other trouble become `problems`; the
// build/CLI decides whether to refuse. Order: page geometry → title → panel chrome → fit each panel →
// balance sizes across the page → place.
import { panelsOf, type PageSize, type Panel, type Sheet } from "../model/sheet.js";
import type { Box, PositionedPanel, PositionedSheet, Problem } from "../model/positioned.js";
import { grown } from "./grow.js";
import { pageGeometry, layoutRows, sheetSlots, gutterFor, MM } from "./page.js";
import { layoutTitle } from "./title.js";
import { layoutChrome, type Chrome } from "./panel.js";
import { arrange, arrangeAt, fitContext, fitPanel, fitsBox, type Fit, type FitContext } from "./fit.js";
import { balancedSizes, fillOf, NEARLY_EMPTY, placeArrangement } from "./balance.js";
import { markProblems } from "./problems.js";
import { roundMarks, roundBox } from "./round.js";
import { accentsFor, type ColorSlot } from "./color.js";
import { repairLayout, type Laid } from "./repair.js";
import { splitStacks } from "./stack-split.js";

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
 * Lays the sheet out once, then repairs the page (repair.ts): blocks move out of panels that overflow at the
 * minimum size and across panels left at the minimum beside nearly bare ones, each change kept only when the
 * page laid out again is better. The result then carries the repaired sheet (`sheet`) and the `moves`.
 */
export function layoutSheet(sheet: Sheet, opts: LayoutOptions = {}): PositionedSheet {
  const first = layoutOnce(sheet, opts);
  if (opts.repair === false) return first.positioned;
  return repairLayout(sheet, first, (s, mapRows, dense, closer, mapStack, beside, smallCode) => layoutOnce(s, opts, first.cramped, mapRows, dense, closer, mapStack, beside, smallCode));
}

function layoutOnce(sheet: Sheet, opts: LayoutOptions, tryCompact = false, mapRows = false, dense = false, closer = new Set<string>(), mapStack = false, beside = new Set<string>(), smallCode = false): Laid {
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

  const evenSlots = sheetSlots(sheet.rows, rows, page);
  const colorSlots: ColorSlot[] = [];
  sheet.rows.forEach((row, r) => {
    if (row.kind === "panels") evenSlots[r]!.forEach(({ box }, i) => colorSlots.push({ id: row.panels[i]!.id, color: row.panels[i]!.color, box }));
  });
  const accents = accentsFor(colorSlots, style.palette, gutterFor(page) * 1.5);
  const fitOne = (panel: Panel, box: Box, n: number, titlePx: number, compact: boolean) => {
    const accent = accents.get(panel.id) ?? style.palette[n % style.palette.length]!;
    const seed = style.seed + (n + 1) * 1000;
    const chrome = layoutChrome(panel, box, { accent, seed, titlePx, pad, compact, ...(beside.has(panel.id) ? { beside: true } : {}) });
    const ctx: FitContext = { accent, palette: style.palette, seed, minFontPx: style.minFontPx, maxFontPx: Math.max(style.minFontPx, Math.min(style.maxFontPx, 200)), width: chrome.content.width, height: chrome.content.height, ...(mapRows ? { mapRows: true } : {}), ...(mapStack ? { mapStack: true } : {}), ...(smallCode ? { smallCode: true } : {}), ...(dense ? { denseOk: true } : {}), ...(closer.has(panel.id) ? { closer: true } : {}) };
    return { accent, chrome, ctx, fit: fitPanel(panel, ctx) };
  };
  // Colours follow the even split (they only ask who neighbours whom); then stacked panels share their column
  // by need, judged at the page's first tape-label size.
  const baseTitlePx = Math.max(14, Math.min(20, page.height * 0.023));
  const order = new Map(panelsOf(sheet).map((p, n) => [p.id, n]));
  const slots = splitStacks(sheet.rows, evenSlots, g, (panel, box) => fitOne(panel, box, order.get(panel.id) ?? 0, baseTitlePx, false).fit);
  const fitAll = (titlePx: number, compact = false): Pending[] => {
    const pending: Pending[] = [];
    sheet.rows.forEach((row, r) => {
      if (row.kind !== "panels") return;
      slots[r]!.forEach(({ box }, i) => {
        const panel = row.panels[i]!;
        pending.push({ panel, row: r, box, ...fitOne(panel, box, pending.length, titlePx, compact) });
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
    // A lone schematic in a roomy panel drawn larger than the body text (grow.ts).
    arrangement = grown(p.panel, px, p.fit.choice, ctxOf(p), arrangement).arrangement;
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
