// Moving a block from one panel to another, for room (rehome.ts) and for balance (rebalance.ts): it leaves with
// its caption (left behind, a caption would title the wrong block), the box lines only it said again come back
// to its old panel's box, and it arrives with the reason it moved, its caption just before it.
import { withBlock, type Block, type Panel, type Sheet } from "../model/sheet.js";
import { CAPTION_OF, captionBefore, captionOf } from "./caption.js";

/** A block taken out of a panel: what is left, the block relabelled, and its caption if it has one. */
export interface Taken {
  rest: Panel;
  moved: Block;
  caption?: Block;
}

/** `block` taken out of `panel`, its reason now `reason`. */
export function take(panel: Panel, block: Block, reason: string): Taken {
  const caption = captionOf(panel.blocks, block);
  const { alternatives: _a, matches: _m, echo, ...at } = block.at ?? {};
  const moved = { ...block, at: { ...at, reason } } as Block;
  const rest = { ...panel, blocks: panel.blocks.filter((b) => b !== block && b !== caption), lead: echo?.length ? [...panel.lead, ...echo] : panel.lead };
  if (!caption) return { rest, moved };
  return { rest, moved, caption: { ...caption, at: { ...caption.at, reason: `${CAPTION_OF}${panel.id})` } } as Block };
}

/** `panel` with a taken block, its caption just before it. */
export function put(panel: Panel, t: Taken): Panel {
  return { ...panel, blocks: placed(panel.blocks, t.moved, t.caption) };
}

/** `blocks` with `block` where withBlock puts it and its caption, if any, just before it. */
export function placed(blocks: Block[], block: Block, caption?: Block): Block[] {
  const out = withBlock(blocks, block);
  return caption ? captionBefore(out, block, caption) : out;
}

/** `sheet` with these panels in place of those with the same ids. */
export function withPanels(sheet: Sheet, panels: Panel[]): Sheet {
  const byId = new Map(panels.map((p) => [p.id, p]));
  return { ...sheet, rows: sheet.rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => byId.get(p.id) ?? p) } : r)) };
}
