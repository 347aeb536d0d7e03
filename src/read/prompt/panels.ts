// Diagram rows + ratio table → sheet rows and panels; or, without a diagram, a default layout
// built from the plan sections.
import { InputError } from "../../errors.js";
import type { Panel, Row } from "../../model/sheet.js";
import type { DiagramBox, DiagramRow, TextLine } from "./ascii-layout.js";
import { slotFor, type Slot } from "./assign.js";
import type { PlanSection } from "./plan.js";
import type { RatioTable } from "./ratios.js";
import { richFromLine } from "./rich.js";
import { slug, splitEmoji, stripLayoutRemarks } from "./words.js";

export interface BuiltLayout {
  rows: Row[];
  banner?: string;
  slots: Slot[];
  /** Per slot: the arrow chains and little-box labels drawn in its box. */
  schematics: Map<Slot, { chains: string[][]; nested: string[] }>;
}

const TITLE_RATIO = 10;

interface Draft {
  title: string;
  lines: string[];
  chains: string[][];
  nested: string[];
}

function draftsOf(row: DiagramRow, warnings: string[]): Draft[] {
  const texts = row.texts.map((t) => t.text);
  const schematic = (b: DiagramBox) => ({ chains: b.chains, nested: b.nested });
  const lines = (ls: TextLine[]) => ls.map((l) => l.text);
  const only = row.boxes[0];
  if (row.headingFirst && only && row.boxes.length === 1) {
    // "⚡ TRANSFORMER ARCHITECTURE" above one box: the heading titles the box, all its lines are lead.
    return [{ title: texts[0] ?? "", lines: [...lines(only.lines), ...texts.slice(1)], ...schematic(only) }];
  }
  if (texts.length > 0 && row.boxes.length > 1) {
    warnings.push(
      `line ${row.texts[0]?.line}: text outside the boxes of a row with ${row.boxes.length} boxes was added to the last box's lines`,
    );
  }
  return row.boxes.map((b, k) => {
    const [first, ...rest] = lines(b.lines);
    const extra = k === row.boxes.length - 1 ? texts : [];
    if (first === undefined) warnings.push(`line ${b.line}: this box has no title line`);
    return { title: first ?? "", lines: [...rest, ...extra], ...schematic(b) };
  });
}

function panelOf(d: Draft, ids: Set<string>, n: number): Panel {
  const { emoji, rest } = splitEmoji(stripLayoutRemarks(d.title));
  let id = slug(rest) || `panel-${n}`;
  for (let k = 2; ids.has(id); k++) id = `${slug(rest) || `panel-${n}`}-${k}`;
  ids.add(id);
  const lead = d.lines.map(stripLayoutRemarks).filter(Boolean).map(richFromLine);
  const panel: Panel = { id, title: rest, lead, blocks: [] };
  if (emoji) panel.emoji = emoji;
  return panel;
}

export function layoutFromDiagram(
  diagram: DiagramRow[],
  table: RatioTable | undefined,
  codeLines: [number, number],
  warnings: string[],
): BuiltLayout {
  if (table && table.rows.length !== diagram.length) {
    throw new InputError(
      `the layout ratio table has ${table.rows.length} rows but the layout diagram (lines ${codeLines[0]}–${codeLines[1]}) has ${diagram.length} rows`,
      { line: table.line },
      "give the ratio table one row per diagram row, top to bottom, counting the title row",
    );
  }
  const isTitle = diagram.map((r, k) => r.boxes.length === 0 && (k === 0 || diagram.slice(0, k).every((p) => p.boxes.length === 0)));
  if (!table) {
    warnings.push("no layout ratio table (배치 비율) found: the title row gets 10% and the other rows share the rest equally");
  }
  const titleCount = isTitle.filter(Boolean).length;
  const evenShare = (100 - TITLE_RATIO * titleCount) / Math.max(1, diagram.length - titleCount);
  const out: BuiltLayout = { rows: [], slots: [], schematics: new Map() };
  const ids = new Set<string>();
  diagram.forEach((row, k) => {
    const spec = table?.rows[k];
    const ratio = spec?.ratio ?? (isTitle[k] ? TITLE_RATIO : evenShare);
    if (isTitle[k]) {
      out.banner ??= row.texts.map((t) => t.text).join(" ");
      out.rows.push({ kind: "title", ratio });
      return;
    }
    const drafts = row.boxes.length === 0 ? [{ title: row.texts[0]?.text ?? "", lines: row.texts.slice(1).map((t) => t.text), chains: [], nested: [] }] : draftsOf(row, warnings);
    if (drafts.length > 4) {
      throw new InputError(`this layout row has ${drafts.length} boxes; a row holds at most 4`, { line: row.line }, "split the row into two rows");
    }
    const panels = drafts.map((d) => panelOf(d, ids, ids.size + 1));
    applyWidths(panels, spec, row.line, warnings);
    const fixed = panels.reduce((s, p) => s + (p.width ?? 0), 0);
    const free = panels.filter((p) => p.width === undefined).length;
    panels.forEach((p, i) => {
      const share = p.width ?? (1 - fixed) / Math.max(1, free);
      const d = drafts[i];
      const schematic = d ? [...d.chains.flat(), ...d.nested] : [];
      const slot = slotFor(p, ratio, share, schematic, k);
      out.slots.push(slot);
      out.schematics.set(slot, { chains: d?.chains ?? [], nested: d?.nested ?? [] });
    });
    out.rows.push({ kind: "panels", ratio, panels });
  });
  return out;
}

function applyWidths(panels: Panel[], spec: RatioTable["rows"][number] | undefined, rowLine: number, warnings: string[]): void {
  if (!spec) return;
  const stated = spec.widths?.length ?? spec.equal;
  if (stated !== undefined && stated !== panels.length) {
    warnings.push(
      `line ${spec.line}: the ratio table asks for ${stated} panels in this row but the diagram row at line ${rowLine} has ${panels.length}; widths ignored`,
    );
    return;
  }
  spec.widths?.forEach((w, i) => {
    const p = panels[i];
    if (p) p.width = w;
  });
}

const GROUPS: Record<number, number[]> = {
  1: [1], 2: [2], 3: [1, 2], 4: [2, 2], 5: [2, 3], 6: [3, 3], 7: [2, 2, 3], 8: [2, 3, 3], 9: [3, 3, 3],
};

/** No diagram: a title row and 1–3 rows of 1–3 panels, one panel per plan section. */
export function defaultLayout(sections: PlanSection[]): BuiltLayout {
  const n = Math.max(1, sections.length);
  const groups = GROUPS[n] ?? chunk(n);
  const ratio = (100 - TITLE_RATIO) / groups.length;
  const out: BuiltLayout = { rows: [{ kind: "title", ratio: TITLE_RATIO }], slots: [], schematics: new Map() };
  const ids = new Set<string>();
  let next = 0;
  for (const [k, size] of groups.entries()) {
    const panels = sections.slice(next, next + size).map((s) =>
      panelOf({ title: `${s.emoji ?? ""} ${s.title}`, lines: [], chains: [], nested: [] }, ids, ids.size + 1),
    );
    next += size;
    if (panels.length === 0) panels.push(panelOf({ title: "Notes", lines: [], chains: [], nested: [] }, ids, 1));
    for (const p of panels) out.slots.push(slotFor(p, ratio, 1 / panels.length, [], k + 1));
    out.rows.push({ kind: "panels", ratio, panels });
  }
  return out;
}

/** More than 9 sections: rows of up to 4; extra sections still land by title or room. */
function chunk(n: number): number[] {
  const rows = Math.min(5, Math.ceil(n / 4));
  const out = Array.from({ length: rows }, (_, k) => Math.floor(n / rows) + (k < n % rows ? 1 : 0));
  return out.map((x) => Math.min(4, x));
}
