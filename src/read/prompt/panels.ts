// Diagram rows + ratio table → sheet rows and panels; or, without a diagram, a default layout
// built from the plan sections.
import { InputError } from "../../errors.js";
import { type Flowchart, type PageSize, type Panel, type Row } from "../../model/sheet.js";
import type { DiagramBox, DiagramRow, TextLine } from "./ascii-layout.js";
import { chainsOf } from "./box-lines.js";
import { slotFor, type Slot } from "./slots.js";
import type { PlanSection } from "./plan.js";
import { dropPanelLabel } from "./plan-forms.js";
import { withoutWrappedRemarks } from "./wrapped-remarks.js";
import { boxLines, joinTitle, statedWidth, titleLines, undecoratedTitle } from "./box-text.js";
import { takeDrawnWidth } from "./box-heights.js";
import type { RatioTable } from "./ratios.js";
import { noteWidths } from "./width-words.js";
import { columnsOf, widthsOf } from "./drawn-widths.js";
import { richFromLine } from "./rich.js";
import { slug, splitEmoji, stripLayoutRemarks } from "./words.js";
import { bannerOf } from "./banner-lines.js";
import { TITLE_RATIO, rowGroups } from "../row-groups.js";
import type { GridShape } from "./grid-words.js";
import { withTitleRow } from "./title-outside.js";
import { stampedTitle, titleBesideSidebar } from "./title-stamp.js";
import { checkLegible, titleFits } from "./title-fit.js";
import { planWrapped } from "./plan-wrapped.js";

export { joinTitle, titleLines } from "./box-text.js";

export interface BuiltLayout {
  rows: Row[];
  banner?: string;
  /** What the title box adds under a complete banner line. */
  tagline?: string;
  slots: Slot[];
  /** Per slot: the arrow chains and little-box labels drawn in its box. */
  schematics: Map<Slot, { chains: string[][]; nested: string[]; before?: number[]; sketch?: Flowchart }>;
}


export interface Draft {
  title: string;
  /** Lines that seem to continue an all-capitals title; joined to it when the box is wide enough (`settleTitle`). */
  more?: string[];
  lines: string[];
  chains: string[][];
  nested: string[];
  box?: DiagramBox;
  /** The width share written into the box's title line, percent. */
  width?: number;
}

function draftsOf(row: DiagramRow, warnings: string[]): Draft[] {
  const texts = row.texts.map((t) => t.text);
  // One little box alone is no schematic (a chart needs two steps): its text is the panel's line.
  const schematic = (b: DiagramBox) => ({ chains: b.chains, nested: b.nested.length === 1 ? [] : b.nested, box: b });
  const lines = (b: DiagramBox | TextLine[]) => (Array.isArray(b) ? b.map((l) => l.text) : boxLines(b));
  const only = row.boxes[0];
  if (row.headingFirst && only && row.boxes.length === 1) {
    // "⚡ TRANSFORMER ARCHITECTURE" above one box: the heading titles the box, all its lines are lead, those
    // written between the heading and the box (a callout box drawn under the panel's first lines) first.
    const [above, below] = [true, false].map((up) => row.texts.slice(1).filter((t) => t.line < only.line === up).map((t) => t.text));
    return [{ title: texts[0] ?? "", lines: [...above!, ...lines(only), ...below!], ...schematic(only) }];
  }
  if (texts.length > 0 && row.boxes.length > 1) {
    warnings.push(
      `line ${row.texts[0]?.line}: text outside the boxes of a row with ${row.boxes.length} boxes was added to the last box's lines`,
    );
  }
  // `w=30` in a box (on its title line or a line of its own) is its width, taken out before the title is read.
  const drawnWidths = row.boxes.map((b) => (row.boxes.length > 1 ? (b.width ?? takeDrawnWidth(b)) : undefined));
  // A little box's label put among the lines has no file line of its own: then the lines' places are not known.
  const titled = row.boxes.map((b) => titleLines(lines(b), b.nested.length === 1 ? undefined : b.lines.map((l) => l.line)));
  const marks = titled.map((t) => (row.boxes.length > 1 ? statedWidth(t.title ?? "") : { title: t.title ?? "" }));
  // A percent in a title is a width when it leads the title in brackets (`[60%] 🧮 수학식`), or when every box of
  // the row has one and they make the whole row (`수학식 70%` · `노브 30%`); else it is the title's own words.
  const whole = marks.every((m) => m.width !== undefined) && Math.abs(marks.reduce((s, m) => s + (m.width ?? 0), 0) - 100) <= 1;
  return row.boxes.map((b, k) => {
    const { title: written, more, rest } = titled[k]!;
    const extra = k === row.boxes.length - 1 ? texts : [];
    if (written === undefined) warnings.push(`line ${b.line}: this box has no title line`);
    const mark = whole || marks[k]!.leading ? marks[k]! : { title: written ?? "" };
    const own = rest.filter((l) => !widthNote(l, b.line, row));
    const width = mark.width ?? drawnWidths[k];
    return { title: mark.title, more, lines: [...own, ...extra], ...schematic(b), ...(width !== undefined ? { width } : {}) };
  });
}

const WIDTH_WORDS = /좌|우|왼|오른|가운데|폭|너비|가로|left|right|middle|cent(?:er|re)|width/i;

/** A box line that is only a bracketed width remark for its row (`(좌 2 : 우 1)`): kept as the row's note, not drawn. */
function widthNote(line: string, at: number, row: DiagramRow): boolean {
  // Inside a box only a remark naming sides or widths (`좌 … 우`, `left … right`, `폭`, `width`): `(3/4 분기)` is a note.
  if (!/^[(（[][^()（）[\]]*[)）\]]$/.test(line.trim()) || !WIDTH_WORDS.test(line) || !noteWidths(line, at)) return false;
  (row.notes ??= []).push({ text: line, line: at });
  return true;
}

/** A row that is one box (read as the row's text lines): its first line titles it, its arrow chains are its schematic. */
function loneDraft(texts: TextLine[]): Draft {
  const { title = "", more, rest } = titleLines(texts.map((t) => t.text));
  const { lines, chains } = chainsOf(texts.slice(texts.length - rest.length));
  return { title, more, lines: lines.map((t) => t.text), chains, nested: [] };
}

function panelOf(d: Draft, ids: Set<string>, n: number): Panel {
  const { emoji, rest } = boxTitle(d.title);
  const id = uniqueId(rest, ids, n);
  const lead = withoutWrappedRemarks([...(d.more ?? []), ...d.lines]).map(stripLayoutRemarks).filter(Boolean).map(listMark).map(richFromLine);
  // A sketch drawn in the box (box-sketch.ts) is kept as typed, a block of its own.
  const drawn = d.box?.drawing;
  const panel: Panel = { id, title: rest, lead, blocks: drawn ? [{ kind: "code", lang: "text", text: drawn, at: { line: d.box!.line, reason: "box line" } }] : [] };
  if (emoji) panel.emoji = emoji;
  return panel;
}

/** A box line written as a list item (`- a`, `* a`, `· a`) keeps its place as a list item, drawn with a bullet
 * rather than the typed marker (`+ a` is left alone: in a box it as often means "plus"). */
function listMark(line: string): string {
  return line.replace(/^[-*•·▪◦]\s+(?=\S)/, "• ");
}

/**
 * A box's title line as its emoji and title: layout remarks out, a colon left at its end (`PARAMETERS:`) and
 * a `Panel A — ` label before or after the emoji.
 */
function boxTitle(line: string): { emoji?: string; rest: string } {
  const { emoji, rest } = splitEmoji(dropPanelLabel(stripLayoutRemarks(undecoratedTitle(line)).replace(/\s*[:：]$/, "")));
  return { ...(emoji ? { emoji } : {}), rest: dropPanelLabel(rest) };
}

function uniqueId(title: string, ids: Set<string>, n: number): string {
  let id = slug(title) || `panel-${n}`;
  for (let k = 2; ids.has(id); k++) id = `${slug(title) || `panel-${n}`}-${k}`;
  ids.add(id);
  return id;
}

/** A title the box wrapped over its first lines becomes whole when the panel is wide enough to show it at the
 * legible minimum; else those lines stay where panelOf put them, at the head of the lead. */
function settleTitle(p: Panel, d: Draft | undefined, share: number, page: PageSize, ids: Set<string>, known?: ReadonlySet<string>): void {
  if (!d?.more?.length) return;
  const { emoji, rest } = boxTitle(joinTitle(d.title, d.more, known));
  // The tape takes two lines (layout's panel.ts) before the continuation is left as lead lines.
  if (!titleFits(rest, emoji, share, page, 2)) return;
  ids.delete(p.id);
  p.id = uniqueId(rest, ids, ids.size + 1);
  p.title = rest;
  p.lead = p.lead.slice(d.more.filter((l) => stripLayoutRemarks(l)).length);
}

/** Row heights from the drawing when there is no ratio table: the title row keeps its 10% and the other
 * rows share the rest by the lines drawn inside them. Whole percents that add up to 100. */
function drawnRatios(diagram: DiagramRow[], isTitle: boolean[]): number[] {
  const titles = isTitle.filter(Boolean).length;
  const inner = diagram.map((r) => Math.max(1, r.lines - 1));
  const total = inner.reduce((s, n, k) => s + (isTitle[k] ? 0 : n), 0) || 1;
  const rest = titles === diagram.length ? 100 / Math.max(1, titles) : 100 - TITLE_RATIO * titles;
  const raw = diagram.map((_, k) => (isTitle[k] ? (titles === diagram.length ? rest : TITLE_RATIO) : (inner[k]! / total) * rest));
  const out = raw.map(Math.floor);
  const order = raw.map((v, k) => [v - Math.floor(v), k] as const).sort((a, b) => b[0] - a[0]);
  const missing = 100 - out.reduce((s, v) => s + v, 0);
  for (let k = 0; k < missing; k++) out[order[k % order.length]![1]]! += 1;
  return out;
}

export function layoutFromDiagram(
  diagram: DiagramRow[],
  table: RatioTable | undefined,
  codeLines: [number, number],
  warnings: string[],
  page: PageSize = "a4",
  /** The document's words (`knownWords`): a title a box broke mid-word is joined when they write it whole. */
  known?: ReadonlySet<string>,
  /** The plan's section titles: a box title broken over its lines is joined when it is one of them. */
  planTitles: readonly string[] = [],
): BuiltLayout {
  diagram = titleBesideSidebar(diagram) ?? diagram;
  const stamped = diagram[0] ? stampedTitle(diagram[0]) : undefined;
  if (table) table = withTitleRow(table, diagram.length, !!diagram[0] && (diagram[0].boxes.length === 0 || stamped !== undefined));
  if (table && table.rows.length !== diagram.length) {
    throw new InputError(
      `the layout ratio table has ${table.rows.length} rows but the layout diagram (lines ${codeLines[0]}–${codeLines[1]}) has ${diagram.length} rows`,
      { line: table.line },
      "give the ratio table one row per diagram row, top to bottom, counting the title row",
    );
  }
  // Only the top row can be the title: a lone box in a lower row (read as that row's one cell) is a wide panel.
  // A top row of the banner's box and a little stamp box beside it (`📅 2025.03`) is the title row too.
  const isTitle = diagram.map((r, k) => k === 0 && (r.boxes.length === 0 || stamped !== undefined));
  const drawn = drawnRatios(diagram, isTitle);
  if (!table) {
    warnings.push(
      `line ${codeLines[0]}: no layout ratio table (배치 비율) found: the title row gets 10% and the other rows follow the diagram's line counts (${drawn.map((r) => `${r}%`).join(" + ")})`,
    );
  }
  const ratios = diagram.map((_, k) => table?.rows[k]?.ratio ?? drawn[k]!);
  const out: BuiltLayout = { rows: [], slots: [], schematics: new Map() };
  const ids = new Set<string>();
  const spanning: { box: DiagramBox; until: number; share: number }[] = [];
  diagram.forEach((row, k) => {
    const spec = table?.rows[k];
    const ratio = ratios[k]!;
    if (isTitle[k]) {
      if (out.banner === undefined && stamped) {
        const read = bannerOf(stamped.lines);
        const tagline = [read.tagline, ...stamped.stamps].filter(Boolean).join(" · ");
        Object.assign(out, read, tagline ? { tagline } : {});
      } else if (out.banner === undefined) Object.assign(out, bannerOf(row.texts.map((t) => t.text)));
      out.rows.push({ kind: "title", ratio });
      return;
    }
    const drafts: Draft[] =
      row.boxes.length === 0
        ? [loneDraft(row.texts)]
        : draftsOf(row, warnings);
    planWrapped(drafts, planTitles);
    const panels = drafts.map((d) => panelOf(d, ids, ids.size + 1));
    drafts.forEach((d, i) => {
      const p = panels[i]!;
      const span = Math.min(d.box?.span ?? 1, diagram.length - k);
      if (span > 1) p.rowSpan = span;
      if (d.box?.below && i > 0) p.below = true;
    });
    const reserved = spanning.filter((s) => s.until >= k);
    const free = widthsOf(row, drafts, panels, reserved.map((s) => s.box), spec, warnings);
    const columns = columnsOf(panels);
    const fixed = columns.reduce((s, c) => s + (c[0]!.width ?? 0), 0);
    const unset = columns.filter((c) => c[0]!.width === undefined).length;
    panels.forEach((p, i) => {
      const column = columns.find((c) => c.includes(p))!;
      const lead = column[0]!;
      const share = (lead.width ?? (1 - fixed) / Math.max(1, unset)) * free;
      const span = lead.rowSpan ?? 1;
      const height = ratios.slice(k, k + span).reduce((s, r) => s + r, 0) / column.length;
      const d = drafts[i];
      if (p === lead && span > 1 && d?.box) spanning.push({ box: d.box, until: k + span - 1, share });
      settleTitle(p, d, share, page, ids, known);
      checkLegible(p, share, page, d?.box?.line ?? row.line);
      const schematic = d ? [...d.chains.flat(), ...d.nested] : [];
      const slot = slotFor(p, height, share, schematic, k);
      out.slots.push(slot);
      // Lines before each chain, the title less: where a chain no chart took goes back among them.
      const before = d?.box && d.chains === d.box.chains ? d.box.chainsBefore?.map((n) => Math.max(0, n - 1)) : undefined;
      out.schematics.set(slot, { chains: d?.chains ?? [], nested: d?.nested ?? [], ...(before ? { before } : {}), ...(d?.box?.sketch ? { sketch: d.box.sketch } : {}) });
    });
    out.rows.push({ kind: "panels", ratio, panels });
  });
  return out;
}

/** No diagram: a title row and 1–3 rows of 1–3 panels, one panel per plan section. */
/** `shape`: the rows' boxes and heights a layout said in words gives (grid-words.ts), heights without the title's
 * scaled to what the title leaves. */
export function defaultLayout(sections: PlanSection[], shape?: GridShape): BuiltLayout {
  const groups = shape?.groups ?? rowGroups(sections.length);
  const title = shape?.title ?? TITLE_RATIO;
  const ratios = shape?.ratios?.map((r) => (shape.title === undefined ? (r * (100 - title)) / 100 : r));
  const out: BuiltLayout = { rows: [{ kind: "title", ratio: title }], slots: [], schematics: new Map() };
  const ids = new Set<string>();
  let next = 0;
  for (const [k, size] of groups.entries()) {
    const panels = sections.slice(next, next + size).map((s) =>
      panelOf({ title: `${s.emoji ?? ""} ${s.title}`, lines: [], chains: [], nested: [] }, ids, ids.size + 1),
    );
    next += size;
    if (panels.length === 0) panels.push(panelOf({ title: "Notes", lines: [], chains: [], nested: [] }, ids, 1));
    const ratio = ratios?.[k] ?? (100 - title) / groups.length;
    const said = shape?.widths?.[k]?.slice(0, panels.length) ?? [];
    const fixed = said.reduce<number>((s, w) => s + (w ?? 0), 0);
    const unset = panels.length - said.filter((w) => w !== undefined).length;
    const valid = fixed > 0 && (unset > 0 ? fixed < 1 : Math.abs(fixed - 1) < 0.02);
    panels.forEach((p, i) => {
      const w = valid ? said[i] : undefined;
      if (w !== undefined) p.width = w;
      const share = w ?? (valid ? (1 - fixed) / unset : 1 / panels.length);
      out.slots.push(slotFor(p, ratio, share, [], k + 1));
    });
    out.rows.push({ kind: "panels", ratio, panels });
  }
  return out;
}
