// Moving a block from one panel to another, for room (rehome.ts) and for balance (rebalance.ts): it leaves with
// its caption (left behind, a caption would title the wrong block) and its notes, the box lines only it said
// again come back to its old panel's box, and it arrives with the reason it moved, its caption just before it
// and its notes just after.
import { withBlock, type Block, type Panel, type Sheet } from "../model/sheet.js";
import { CAPTION_OF, NOTE_OF, captionBefore, captionOf, captionsNext, notesOf } from "./caption.js";

/** A block taken out of a panel: what is left, the block relabelled, and its caption and notes if it has any. */
export interface Taken {
  rest: Panel;
  moved: Block;
  caption?: Block;
  notes?: Block[];
}

/** `block` taken out of `panel`, its reason now `reason`; with `keepMatches` it may still go home later. */
export function take(panel: Panel, block: Block, reason: string, keepMatches = false): Taken {
  const caption = captionOf(panel.blocks, block);
  const notes = notesOf(panel.blocks, block);
  const { alternatives: _a, matches, near: _n, echo, ...at } = block.at ?? {};
  // A block placed here by its words (or title, emoji) matched no other panel, so none is on record: this one
  // is the panel it is about, where it may go home.
  const home = matches ?? (block.at?.reason && !block.at.reason.startsWith("room") ? [panel.id] : undefined);
  const moved = { ...block, at: { ...at, reason, ...(keepMatches && home ? { matches: home } : {}) } } as Block;
  const rest = { ...panel, blocks: panel.blocks.filter((b) => b !== block && b !== caption && !notes.includes(b)), lead: echo?.length ? [...panel.lead, ...echo] : panel.lead };
  const relabel = (b: Block, why: string): Block => ({ ...b, at: { ...b.at, reason: `${why}${panel.id})` } }) as Block;
  return {
    rest,
    moved,
    ...(caption ? { caption: relabel(caption, CAPTION_OF) } : {}),
    ...(notes.length ? { notes: notes.map((n) => relabel(n, NOTE_OF)) } : {}),
  };
}

/** `panel` with a taken block, its caption just before it. */
export function put(panel: Panel, t: Taken): Panel {
  return { ...panel, blocks: placed(panel.blocks, t.moved, t.caption, t.notes) };
}

/** Kinds a short text may sit beside, in a column of its own under the box's lines. */
const FIGURES: Block["kind"][] = ["table", "mindmap", "flowchart", "knobs", "code"];

/**
 * Where a short text coming into a panel may go, in the order worth trying: when the panel's own text (its box's
 * lines) is followed by a table or diagram, just before that figure (and its caption), so that the text joins
 * those lines in a column beside the figure rather than trailing under it; else, or when that does not fit,
 * last (as withBlock puts it).
 */
export function puts(panel: Panel, t: Taken): Panel[] {
  const last = put(panel, t);
  if (t.caption || t.notes || !["quote", "paragraph"].includes(t.moved.kind)) return [last];
  const k = panel.blocks.findIndex((b) => FIGURES.includes(b.kind));
  if (k < 0 || (k === 0 && panel.lead.length === 0)) return [last];
  const at = k > 0 && captionsNext(panel.blocks, k - 1) ? k - 1 : k;
  return [{ ...panel, blocks: [...panel.blocks.slice(0, at), t.moved, ...panel.blocks.slice(at)] }, last];
}

/** `blocks` with `block` where withBlock puts it, its caption, if any, just before it and its notes after. */
export function placed(blocks: Block[], block: Block, caption?: Block, notes: Block[] = []): Block[] {
  const out = withBlock(blocks, block);
  const k = out.indexOf(block);
  const noted = notes.length && k >= 0 ? [...out.slice(0, k + 1), ...notes, ...out.slice(k + 1)] : out;
  return caption ? captionBefore(noted, block, caption) : noted;
}

/** `sheet` with these panels in place of those with the same ids. */
export function withPanels(sheet: Sheet, panels: Panel[]): Sheet {
  const byId = new Map(panels.map((p) => [p.id, p]));
  return { ...sheet, rows: sheet.rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => byId.get(p.id) ?? p) } : r)) };
}
