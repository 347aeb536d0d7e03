// The Sheet model: the single source of truth between the readers, the Markdown writer and the renderer.
// Plain data only (no classes, no functions) so it round-trips through JSON and compares with deep equality.
// The types are derived from the zod schemas in schema.ts (where each field is documented); importing them
// here is type-only, so code that only builds or reads sheets never loads zod.
import type { z } from "zod";
import type * as S from "./schema.js";

export type Span = z.infer<typeof S.Span>;
export type Rich = z.infer<typeof S.Rich>;
export type FlowDirection = z.infer<typeof S.FlowDirection>;
export type NodeShape = z.infer<typeof S.NodeShape>;
export type FlowNode = z.infer<typeof S.FlowNode>;
export type FlowEdge = z.infer<typeof S.FlowEdge>;
export type Subgraph = z.infer<typeof S.Subgraph>;
export type ClassDef = z.infer<typeof S.ClassDef>;
export type Flowchart = z.infer<typeof S.Flowchart>;
export type Mindmap = z.infer<typeof S.Mindmap>;
export type Knob = z.infer<typeof S.Knob>;
export type Knobs = z.infer<typeof S.Knobs>;
export type Paragraph = z.infer<typeof S.Paragraph>;
export type Bullets = z.infer<typeof S.Bullets>;
export type Table = z.infer<typeof S.Table>;
export type Quote = z.infer<typeof S.Quote>;
export type Code = z.infer<typeof S.Code>;
export type Block = z.infer<typeof S.Block>;
export type At = z.infer<typeof S.At>;
export type Panel = z.infer<typeof S.Panel>;
export type TitleRow = z.infer<typeof S.TitleRow>;
export type PanelRow = z.infer<typeof S.PanelRow>;
export type Row = z.infer<typeof S.Row>;
export type Meta = z.infer<typeof S.Meta>;
export type PageSize = z.infer<typeof S.PageSize>;
export type Style = z.infer<typeof S.Style>;
export type Source = z.infer<typeof S.Source>;
export type Sheet = z.infer<typeof S.Sheet>;
export type BlockKind = Block["kind"];

export type MindNode = {
  label: string;
  shape?: NodeShape | undefined;
  icon?: string | undefined;
  children: MindNode[];
};

/** 9 pt on paper is the legible minimum for body text: 12 CSS px. */
export const LEGIBLE_MIN_PX = 12;
/** Code on its fixed grid may go this far under the minimum, and only under the last rescue (lines set closer):
 * evenly spaced letters on a card stay legible at 7.7 pt, and a sample that wraps at 9 pt loses its shape. */
export const DENSE_CODE = 0.85;

export const DEFAULT_STYLE: Style = {
  palette: ["#e8590c", "#1c7ed6", "#2f9e44", "#9c36b5", "#c2255c", "#0c8599", "#f08c00"],
  paper: "grid",
  minFontPx: LEGIBLE_MIN_PX,
  maxFontPx: 26,
  seed: 7,
};

/** Every panel of a sheet in reading order. */
/**
 * A page size as people write it (`A4`, `a4-landscape`, `landscape`, `16:9`, `16x9`); undefined for anything else.
 * Here, not in schema.ts, so that the CLI reads `--page` without loading zod.
 */
export function pageSizeOf(name: string): PageSize | undefined {
  const v = name.trim().toLowerCase();
  if (v === "a4" || v === "a4-landscape" || v === "landscape") return "a4";
  if (v === "16:9" || v === "16x9") return "16:9";
  return undefined;
}

export function panelsOf(sheet: Sheet): Panel[] {
  return sheet.rows.flatMap((row) => (row.kind === "panels" ? row.panels : []));
}

/** A quote goes last; another block goes before the panel's quotes (they close a panel). */
export function withBlock(blocks: Block[], block: Block): Block[] {
  if (block.kind === "quote") return [...blocks, block];
  const q = blocks.findIndex((b) => b.kind === "quote");
  return q < 0 ? [...blocks, block] : [...blocks.slice(0, q), block, ...blocks.slice(q)];
}

/**
 * Whether a block's reason pins it to its panel: named there by its title or emoji, or its section's place in a
 * plan written box by box (`order`). Pinned blocks move for room only as the last resort.
 */
export function pinnedBy(reason: string | undefined): boolean {
  // `box line`: a line drawn in the box names the section (`📚 대화 예시 (표)`), as its title would.
  return reason === "title" || reason === "emoji" || reason === "order" || reason === "box line";
}
