// The column arrangements auto-fit tries for a panel (fit.ts): one column, two (equal, or a narrow one beside a
// wide one), three in wide panels, a list of stages one stage a column, and the rescues (a diagram's own width
// beside the text, wide blocks in columns).
import type { Block, Panel } from "../model/sheet.js";
import { isWide } from "../blocks/index.js";
import { captionsNext } from "./caption.js";
import { splitTable } from "./flow.js";
import { END_ROOM, onlyText } from "./snug.js";
import { DIAGRAMS } from "./stack.js";

/** How a panel's blocks are set in columns: how many, and for two, the first column's share of the width. */
export interface Choice {
  n: number;
  /** The first of two columns' share of the width left after the gap; equal columns when absent. */
  split?: number;
  /** Wide blocks (flowcharts, code) flow into the columns too instead of spanning the top (a rescue). */
  flow?: boolean;
  /** With flow: the first column as wide as the diagram that opens it needs at half the width, the rest to the other. */
  snug?: boolean;
  /** The last column as wide as the diagram that closes the panel needs, the text before it in the rest (a rescue). */
  snugEnd?: boolean;
}

const MIN_COLUMN_PX = 170;
const MIN_COLUMN_TIGHT_PX = 110;
/** A column of short text (the box's lines, a quote) beside a diagram drawn as narrow as it fits (Choice.snugEnd). */
const MIN_TEXT_BESIDE_PX = 82;
/**
 * Unequal shares tried for two columns: a narrow column of text beside a wide table or diagram (or the other
 * way round). Blocks keep their order, so the narrow column is whichever holds the shorter text.
 */
const SPLITS = [0.36, 0.64];

/** At most this many stages side by side: past it, a stage's column is too narrow for its points. */
const MAX_STAGE_COLUMNS = 5;

/** How many stages a panel's column content is: one list, every top-level item with points nested under it; else 0. */
function stagesOf(blocks: Block[]): number {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.kind !== "bullets" || !only.depths) return 0;
  const depths = only.items.map((_, k) => only.depths?.[k] ?? 0);
  const heads = depths.flatMap((d, k) => (d === 0 ? [k] : []));
  if (depths[0] !== 0 || !heads.every((k) => (depths[k + 1] ?? 0) > 0)) return 0;
  return heads.length;
}

/** The blocks set across the full width above the columns: wide ones, and the caption that titles one. */
export function spanning(blocks: Block[]): boolean[] {
  return blocks.map((b, k) => isWide(b) || (captionsNext(blocks, k) && isWide(blocks[k + 1]!)));
}


/**
 * Column arrangements worth trying for this panel, fewest columns first. Unequal columns are searched only
 * for text beside a table (cheap to measure at more widths); `allSplits` offers them for every panel, as
 * the final arrangement at one fixed size does.
 */
export function columnChoices(panel: Panel, width: number, tight = false, allSplits = false, flow = false): Choice[] {
  const wide = panel.blocks.some((b) => isWide(b));
  const top = spanning(panel.blocks);
  const inColumns = panel.blocks.filter((_, k) => !top[k]);
  // What flows into columns: each list item, and pressed for room each row of a long table (`units`).
  const pieces = (b: Block): number => (b.kind === "bullets" ? b.items.length : b.kind === "table" && splitTable(panel, b, tight) ? b.rows.length : 1);
  const rest = inColumns.reduce((s, b) => s + pieces(b), 0) + (!wide && panel.lead.length ? 1 : 0);
  const min = tight ? MIN_COLUMN_TIGHT_PX : MIN_COLUMN_PX;
  const out: Choice[] = [{ n: 1 }];
  if (rest >= 2 && width / 2 >= min) out.push({ n: 2 });
  // Searched only for text beside a table: a mind map would be laid out anew at two more widths at every size.
  const mixed = panel.blocks.some((b) => b.kind === "table") && !panel.blocks.some((b) => b.kind === "mindmap" || b.kind === "knobs") && (panel.lead.length > 0 || panel.blocks.some((b) => b.kind !== "table" && !isWide(b)));
  // Unequal columns when the narrow one still holds a readable line.
  if (mixed || allSplits) for (const split of SPLITS) if (rest >= 2 && width * Math.min(split, 1 - split) >= min) out.push({ n: 2, split });
  if (rest >= 3 && width / 3 >= min) out.push({ n: 3 });
  // A list of stages, each with its points under it (a numbered pipeline's steps), set one stage a column as a
  // designer lays out the steps of a pipeline: in three columns, a stage's last points would run on into the
  // next column without the line they belong to, or the columns come out uneven.
  const stages = stagesOf(inColumns);
  if (stages >= 4 && stages <= MAX_STAGE_COLUMNS && !(!wide && panel.lead.length) && width / stages >= min) out.push({ n: stages });
  // Pressed for room: text beside the diagram that closes the panel, the diagram's column as narrow as it needs.
  const last = panel.blocks[panel.blocks.length - 1];
  if (tight && rest >= 2 && last && !top[panel.blocks.length - 1] && DIAGRAMS.includes(last.kind) && width * (1 - END_ROOM) >= MIN_TEXT_BESIDE_PX) out.push({ n: 2, snugEnd: true });
  // A rescue: a flowchart or code block in a column beside the text, wrapped to the column's width.
  const all = panel.blocks.reduce((s, b) => s + (b.kind === "bullets" ? b.items.length : 1), 0) + (panel.lead.length ? 1 : 0);
  if (flow && wide && all >= 2) {
    for (const split of [undefined, ...SPLITS]) if (width * Math.min(split ?? 0.5, 1 - (split ?? 0.5)) >= min) out.push({ n: 2, flow: true, ...(split !== undefined ? { split } : {}) });
    if (width / 2 >= min && DIAGRAMS.includes(panel.blocks[0]?.kind ?? "paragraph")) out.push({ n: 2, flow: true, snug: true });
    // A wide, low panel: the diagram in its own narrow column and the text after it across the rest, in as many
    // columns as its pieces (a chain of stages over a list per stage, set side by side instead).
    if (onlyText(panel.blocks.slice(1))) for (const k of [3, 4]) if (all - 1 >= k - 1 && width / k >= min && DIAGRAMS.includes(panel.blocks[0]?.kind ?? "paragraph")) out.push({ n: k, flow: true, snug: true });
  }
  return out;
}
